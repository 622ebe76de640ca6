"""The pipeline's steps as plain functions, so the command line and the Dagster assets run the same code.

Each stage takes the data folder's ``Paths`` and returns a dict of counts. Stages are
idempotent: running one twice on the same input changes nothing the second time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from pipelines.config import Config, Paths
from pipelines.errors import StageError

LOGGER = logging.getLogger(__name__)

# Extractions are stored in batches so a crash late in a long run keeps the earlier work.
EXTRACT_BATCH = 500


def sources_file(config: Config, sources: Path | None = None) -> Path:
    """The sources file a crawl uses: the argument, else the config's, else the packaged default."""
    from spiders.sources import DEFAULT_SOURCES

    chosen = Path(sources or config.sources or DEFAULT_SOURCES)
    if not chosen.exists():
        raise StageError(f"sources file {chosen} does not exist; pass --sources or fix the config")
    return chosen


def crawl(
    paths: Paths,
    config: Config,
    only: Sequence[str] | None = None,
    sources: Path | None = None,
) -> dict:
    """Fetch the sources into the landing zone; failed sources are reported, not raised."""
    from spiders.crawl import run_crawl

    chosen = sources_file(config, sources)
    paths.root.mkdir(parents=True, exist_ok=True)
    LOGGER.info("crawling %s (only=%s) into %s", chosen, list(only) if only else "all", paths.raw)
    report = run_crawl(chosen, paths.root, only=list(only) if only else None)
    failed = failed_sources(report)
    if failed:
        LOGGER.warning("crawl %s: sources failed: %s", report.get("run_id"), ", ".join(failed))
    return report


def failed_sources(report: dict) -> list[str]:
    """Ids of the sources a crawl report marks as failed (status other than ok/not modified)."""
    out = []
    for source_id, row in (report.get("sources") or {}).items():
        status = str((row or {}).get("status") or "").lower()
        if (row or {}).get("error") or status in {"failed", "error"}:
            out.append(source_id)
    return sorted(out)


def load(paths: Paths) -> dict:
    """Load raw landing-zone files not yet loaded into the warehouse's documents."""
    from warehouse.load import load_raw

    paths.raw.mkdir(parents=True, exist_ok=True)
    return load_raw(paths.warehouse, paths.raw)


@lru_cache(maxsize=1)
def _extractor() -> Any:
    """One spaCy pipeline per process: building it costs far more than one document."""
    from nlp.extract import Extractor

    return Extractor()


def _batches(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _add_counts(total: dict, part: dict) -> None:
    for key, value in (part or {}).items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            total[key] = total.get(key, 0) + value
        else:
            total[key] = value


def extract(paths: Paths, workers: int = 1) -> dict:
    """Extract events from the documents the current extractor version has not yet processed."""
    from nlp import EXTRACTOR_VERSION
    from warehouse.extractions import pending_documents, store_extractions

    pending = pending_documents(paths.warehouse, EXTRACTOR_VERSION)
    totals: dict = {
        "pending": len(pending),
        "documents": 0,
        "events": 0,
        "mentions": 0,
        "errors": 0,
    }
    if not pending:
        LOGGER.info("extract: nothing pending for %s", EXTRACTOR_VERSION)
        return {**totals, "extractor_version": EXTRACTOR_VERSION}
    extractor = _extractor()
    for batch in _batches(pending, EXTRACT_BATCH):
        preds = list(extractor.extract_many(batch, workers=workers))
        _add_counts(totals, store_extractions(paths.warehouse, preds, EXTRACTOR_VERSION))
        LOGGER.info("extract: stored %d of %d documents", len(batch), len(pending))
    totals["extractor_version"] = EXTRACTOR_VERSION
    totals["pending"] = len(pending)
    return totals


def cluster(paths: Paths) -> dict:
    """Group events that report the same real-world event across documents and outlets."""
    from warehouse.clusters import cluster_events

    return cluster_events(paths.warehouse)


def process(paths: Paths, workers: int = 1) -> dict:
    """Load, extract and cluster: everything between the landing zone and the timeline."""
    return {
        "load": load(paths),
        "extract": extract(paths, workers=workers),
        "cluster": cluster(paths),
    }


def export(paths: Paths, out_dir: Path | None = None) -> dict:
    """Write the warehouse tables as Parquet for readers outside DuckDB."""
    from warehouse.export import export_parquet

    target = Path(out_dir) if out_dir else paths.exports
    target.mkdir(parents=True, exist_ok=True)
    return export_parquet(paths.warehouse, target)


def digest(
    paths: Paths,
    config: Config,
    day: date | str | None = None,
    send: bool = False,
    to: Sequence[str] = (),
    preview: Path | None = None,
) -> dict:
    """Render the day's digest (and send it when asked); without SMTP it lands in the outbox."""
    from pipelines.digest import run_digest

    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError as exc:
            raise StageError(f"digest day '{day}' is not a date (YYYY-MM-DD)") from exc
    return run_digest(paths, config, day=day, send=send, to=to, preview=preview)
