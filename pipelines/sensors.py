"""Sensors: process new raw files as soon as a crawl lands them, and say loudly when a run fails."""

import hashlib
import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import dagster as dg

if TYPE_CHECKING:
    from dagster._core.definitions.unresolved_asset_job_definition import (
        UnresolvedAssetJobDefinition,
    )

from pipelines.resources import WarehouseResource

LOGGER = logging.getLogger(__name__)

# The cursor remembers this many landed files; older ones are long loaded.
CURSOR_FILES = 500
FAILURE_LOG = "run_failures.log"


def landed_files(warehouse: WarehouseResource) -> list[str]:
    """Finished raw files (``.part`` files are still being written), relative to the landing zone."""
    raw = warehouse.paths.raw
    if not raw.exists():
        return []
    return sorted(p.relative_to(raw).as_posix() for p in raw.glob("*/*.jsonl.gz"))


def make_raw_files_sensor(job: "UnresolvedAssetJobDefinition") -> dg.SensorDefinition:
    """A sensor that starts ``job`` once for every batch of newly landed raw files."""

    @dg.sensor(
        name="new_raw_files",
        job=job,
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.RUNNING,
    )
    def new_raw_files(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
        """Start processing when the landing zone has files this sensor has not seen."""
        seen = set(json.loads(context.cursor)) if context.cursor else set()
        files = landed_files(warehouse)
        new = [f for f in files if f not in seen]
        if not new:
            return dg.SkipReason(f"no new raw files in {warehouse.paths.raw}")
        key = hashlib.sha256("\n".join(new).encode()).hexdigest()[:16]
        context.update_cursor(json.dumps(files[-CURSOR_FILES:]))
        context.log.info(f"new raw files: {', '.join(new)}")
        return dg.RunRequest(run_key=key, tags={"oreline/raw_files": str(len(new))})

    return new_raw_files


def root_error(error) -> str:
    """The innermost cause of a Dagster error, which names what really went wrong."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    text = (error.message or "").strip()
    return text.splitlines()[0] if text else error.cls_name or "unknown error"


def failure_line(job_name: str, run_id: str, steps: list[str], message: str) -> str:
    """One line saying which run failed, at which steps and why."""
    where = ", ".join(steps) or "before any step ran"
    return f"run {run_id} of job {job_name} failed at {where}: {message}"


def make_run_failure_sensor() -> dg.SensorDefinition:
    """A sensor that logs every failed run to the UI, the Python log and DATA/dagster/run_failures.log."""

    @dg.run_failure_sensor(
        name="report_run_failures",
        monitor_all_code_locations=False,
        default_status=dg.DefaultSensorStatus.RUNNING,
    )
    def report_run_failures(context: dg.RunFailureSensorContext, warehouse: WarehouseResource):
        """Write what failed where an operator will see it without opening each run."""
        run = context.dagster_run
        step_failures = context.get_step_failure_events()
        steps = sorted({e.step_key for e in step_failures if e.step_key})
        errors = [
            root_error(e.event_specific_data.error)
            for e in step_failures
            if e.event_specific_data and e.event_specific_data.error
        ]
        message = "; ".join(errors) or (context.failure_event.message or "no message")
        message = message.splitlines()[0] if message else "no message"
        line = failure_line(run.job_name, run.run_id, steps, message)
        context.log.error(line)
        LOGGER.error(line)
        log_file = warehouse.paths.dagster_home / FAILURE_LOG
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now(UTC).isoformat(timespec='seconds')} {line}\n")

    return report_run_failures
