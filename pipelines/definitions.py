"""The one Dagster ``Definitions`` object: wiring only, the logic lives in the modules it names."""

import dagster as dg

from pipelines import checks
from pipelines.assets import clusters, crawl, digest, export, extraction, warehouse
from pipelines.resources import deployment_config, make_resources
from pipelines.schedules import make_schedules
from pipelines.sensors import make_raw_files_sensor, make_run_failure_sensor

# Runs tagged with the same value here are queued one at a time (dagster.yaml).
WRITES_WAREHOUSE = {"oreline/writes": "warehouse"}
WRITES_LANDING = {"oreline/writes": "landing"}
# In-process by default: each step would otherwise pay a fresh process and a spaCy import.
IN_PROCESS = {"execution": {"config": {"in_process": {}}}}

crawl_job = dg.define_asset_job(
    "crawl_job", selection=dg.AssetSelection.groups("crawl"), tags=WRITES_LANDING, config=IN_PROCESS
)
processing_job = dg.define_asset_job(
    "processing_job",
    selection=dg.AssetSelection.groups("warehouse", "extraction", "clusters", "export"),
    tags=WRITES_WAREHOUSE,
    config=IN_PROCESS,
)
digest_job = dg.define_asset_job(
    "digest_job",
    selection=dg.AssetSelection.groups("digest"),
    tags=WRITES_WAREHOUSE,
    config=IN_PROCESS,
)

defs = dg.Definitions(
    assets=[
        *dg.load_assets_from_modules([crawl], group_name="crawl"),
        *dg.load_assets_from_modules([warehouse], group_name="warehouse"),
        *dg.load_assets_from_modules([extraction], group_name="extraction"),
        *dg.load_assets_from_modules([clusters], group_name="clusters"),
        *dg.load_assets_from_modules([export], group_name="export"),
        *dg.load_assets_from_modules([digest], group_name="digest"),
    ],
    asset_checks=dg.load_asset_checks_from_modules([checks]),
    jobs=[crawl_job, processing_job, digest_job],
    schedules=make_schedules(crawl_job, digest_job, deployment_config()),
    sensors=[make_raw_files_sensor(processing_job), make_run_failure_sensor()],
    resources=make_resources(),
    executor=dg.multi_or_in_process_executor,
)
