"""The extraction group: policy events found by the rule-based spaCy pipeline."""

import dagster as dg

from pipelines import stages
from pipelines.assets import WAREHOUSE_POOL, metadata, tell
from pipelines.resources import WarehouseResource


@dg.asset(deps=["documents"], pool=WAREHOUSE_POOL, kinds={"spacy", "duckdb"})
def events(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Events and mentions of every document the current extractor version has not processed."""
    result = stages.extract(warehouse.paths)
    tell(
        context,
        "extract: %s documents pending for %s, %s events stored",
        result.get("pending", 0),
        result.get("extractor_version"),
        result.get("events", "?"),
    )
    return dg.MaterializeResult(metadata=metadata(result))
