"""The warehouse group: raw landing-zone files loaded into deduplicated documents."""

import dagster as dg

from pipelines import stages
from pipelines.assets import WAREHOUSE_POOL, metadata, tell
from pipelines.assets.crawl import KIND_ASSETS
from pipelines.resources import WarehouseResource


@dg.asset(deps=list(KIND_ASSETS.values()), pool=WAREHOUSE_POOL, kinds={"duckdb"})
def documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """One row per distinct article, loaded from every raw file not loaded before."""
    result = stages.load(warehouse.paths)
    tell(
        context,
        "load: %s raw files loaded (%s skipped), %s new documents",
        result.get("files_loaded", 0),
        result.get("files_skipped", 0),
        result.get("documents_new", 0),
    )
    return dg.MaterializeResult(metadata=metadata(result))
