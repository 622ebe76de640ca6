"""The clusters group: the same real-world event seen across documents and outlets."""

import dagster as dg

from pipelines import stages
from pipelines.assets import WAREHOUSE_POOL, metadata, tell
from pipelines.resources import WarehouseResource


@dg.asset(deps=["events"], pool=WAREHOUSE_POOL, kinds={"duckdb"})
def event_clusters(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Events grouped into clusters with first/last seen and how many outlets carried them."""
    result = stages.cluster(warehouse.paths)
    tell(context, "cluster: %s clusters", result.get("clusters", "?"))
    return dg.MaterializeResult(metadata=metadata(result))
