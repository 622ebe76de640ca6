"""Dagster assets, one module per group; each asset is a thin call into ``pipelines.stages``."""

import json
import logging
from typing import Any

import dagster as dg

# Every asset that opens the DuckDB file for writing (or reading, which DuckDB refuses
# while another process writes) runs in this pool; dagster.yaml limits it to one.
WAREHOUSE_POOL = "warehouse"

# Steps that talk to the outside world retry transient failures with growing pauses.
NETWORK_RETRY = dg.RetryPolicy(max_retries=2, delay=15, backoff=dg.Backoff.EXPONENTIAL)

PROGRESS = logging.getLogger("pipelines.assets")


def tell(context: dg.AssetExecutionContext, message: str, *args: Any) -> None:
    """Log a progress line to the run (UI) and to Python logging (the demo's console)."""
    text = message % args if args else message
    context.log.info(text)
    PROGRESS.info(text)


def metadata(result: dict) -> dict:
    """A stage's counts as asset metadata: numbers stay numbers, the rest becomes JSON text."""
    out: dict[str, Any] = {}
    for key, value in (result or {}).items():
        if isinstance(value, bool) or value is None:
            out[key] = str(value)
        elif isinstance(value, (int, float, str)):
            out[key] = value
        else:
            out[key] = dg.MetadataValue.json(json.loads(json.dumps(value, default=str)))
    return out
