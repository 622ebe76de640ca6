"""The export group: warehouse tables as Parquet for readers outside DuckDB."""

import dagster as dg

from pipelines import stages
from pipelines.assets import WAREHOUSE_POOL, metadata, tell
from pipelines.resources import WarehouseResource


@dg.asset(deps=["event_clusters"], pool=WAREHOUSE_POOL, kinds={"parquet"})
def parquet_export(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Parquet copies of the tables under DATA/exports (or object storage when scaled out)."""
    result = stages.export(warehouse.paths)
    tell(context, "export: Parquet files in %s", warehouse.paths.exports)
    return dg.MaterializeResult(metadata=metadata(result))
