"""Schedules and sensors, evaluated with Dagster's context builders against real folders."""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dagster as dg
import pytest

from pipelines.config import Config
from pipelines.definitions import crawl_job, defs, digest_job, processing_job
from pipelines.resources import WarehouseResource
from pipelines.schedules import make_crawl_schedule, make_digest_schedule, make_schedules
from pipelines.sensors import (
    FAILURE_LOG,
    failure_line,
    landed_files,
    make_raw_files_sensor,
    make_run_failure_sensor,
)


@pytest.mark.parametrize(
    ("config", "cron", "tz"),
    [
        (Config(), "0 */3 * * *", "UTC"),
        (
            Config(crawl_cron="15 */6 * * *", timezone="Europe/Berlin"),
            "15 */6 * * *",
            "Europe/Berlin",
        ),
    ],
)
def test_crawl_schedule_follows_the_config(config: Config, cron: str, tz: str) -> None:
    schedule = make_crawl_schedule(crawl_job, config)
    assert schedule.cron_schedule == cron
    assert schedule.execution_timezone == tz
    assert schedule.job_name == "crawl_job"


@pytest.mark.parametrize(
    ("tz", "tick", "partition"),
    [
        # 07:00 local is the previous evening in UTC: the partition is still the local
        # day before the tick, so nothing published after the morning run is skipped.
        ("Australia/Sydney", datetime(2026, 6, 2, 7, 0), "2026-06-01"),
        ("UTC", datetime(2026, 6, 2, 7, 0), "2026-06-01"),
        ("America/Los_Angeles", datetime(2026, 6, 2, 7, 0), "2026-06-01"),
        ("UTC", datetime(2026, 3, 1, 7, 0), "2026-02-28"),
    ],
)
def test_digest_schedule_requests_the_previous_local_day(
    tz: str, tick: datetime, partition: str
) -> None:
    schedule = make_digest_schedule(digest_job, Config(timezone=tz))
    assert schedule.cron_schedule == "0 7 * * *"
    assert schedule.execution_timezone == tz
    context = dg.build_schedule_context(scheduled_execution_time=tick.replace(tzinfo=ZoneInfo(tz)))
    request = schedule(context)
    assert request.partition_key == partition
    assert request.run_key == f"digest-{partition}"


def test_digest_schedule_tick_is_a_valid_partition_of_the_digest_job() -> None:
    schedule = defs.resolve_schedule_def("digest_schedule")
    tz = ZoneInfo(schedule.execution_timezone)
    context = dg.build_schedule_context(
        scheduled_execution_time=datetime(2026, 6, 2, 7, 0, tzinfo=tz),
        repository_def=defs.get_repository_def(),
    )
    (request,) = schedule.evaluate_tick(context).run_requests
    assert request.partition_key == "2026-06-01"
    assert defs.resolve_job_def("digest_job").tags["oreline/writes"] == "warehouse"


def test_definitions_carry_both_schedules_and_both_sensors() -> None:
    names = {s.name for s in make_schedules(crawl_job, digest_job, Config())}
    assert names == {"crawl_schedule", "digest_schedule"}
    assert defs.resolve_schedule_def("digest_schedule").job_name == "digest_job"
    assert defs.resolve_sensor_def("new_raw_files").job_name == "processing_job"
    assert defs.resolve_sensor_def("report_run_failures") is not None


def _land(raw: Path, rel: str) -> Path:
    path = raw / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("{}\n")
    return path


def test_raw_files_sensor_runs_processing_once_per_new_batch(tmp_path: Path) -> None:
    warehouse = WarehouseResource(data=str(tmp_path))
    sensor = make_raw_files_sensor(processing_job)

    def tick(cursor: str | None):
        context = dg.build_sensor_context(
            cursor=cursor,
            resources={"warehouse": warehouse},
            repository_def=defs.get_repository_def(),
        )
        return sensor.evaluate_tick(context)

    first = tick(None)
    assert first.run_requests == [] and "no new raw files" in first.skip_message

    _land(tmp_path / "raw", "2026-11-28/20261128T120000Z-0000aaaa.jsonl.gz")
    (tmp_path / "raw" / "2026-11-28" / "20261128T130000Z-0000bbbb.jsonl.gz.part").write_bytes(b"")
    second = tick(first.cursor)
    assert len(second.run_requests) == 1
    assert landed_files(warehouse) == ["2026-11-28/20261128T120000Z-0000aaaa.jsonl.gz"]

    third = tick(second.cursor)
    assert third.run_requests == []

    # A file renamed into place later, even with an older name, is still noticed.
    _land(tmp_path / "raw", "2026-11-28/20261128T110000Z-0000cccc.jsonl.gz")
    fourth = tick(third.cursor)
    assert len(fourth.run_requests) == 1
    assert fourth.run_requests[0].run_key != second.run_requests[0].run_key


@dg.asset
def _broken_asset() -> None:
    raise RuntimeError("the sample mail server refused the digest")


def test_run_failure_sensor_writes_what_failed_where(tmp_path: Path) -> None:
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([_broken_asset], instance=instance, raise_on_error=False)
    assert not result.success
    (entry,) = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)
    failure = entry.dagster_event
    context = dg.build_run_status_sensor_context(
        sensor_name="report_run_failures",
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        dagster_event=failure,
        resources={"warehouse": WarehouseResource(data=str(tmp_path))},
    ).for_run_failure()
    make_run_failure_sensor()(context)
    logged = (tmp_path / "dagster" / FAILURE_LOG).read_text(encoding="utf-8")
    assert result.run_id in logged
    assert "_broken_asset" in logged
    assert "refused the digest" in logged


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (["digest"], "failed at digest: boom"),
        ([], "failed at before any step ran: boom"),
        (["documents", "events"], "failed at documents, events: boom"),
    ],
)
def test_failure_line_names_the_steps(steps: list[str], expected: str) -> None:
    assert failure_line("processing_job", "r1", steps, "boom").endswith(expected)
