"""Schedules: crawl every few hours and send the digest each morning, in the configured time zone."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import dagster as dg

if TYPE_CHECKING:
    from dagster._core.definitions.unresolved_asset_job_definition import (
        UnresolvedAssetJobDefinition,
    )

from pipelines.config import Config


def make_crawl_schedule(job: UnresolvedAssetJobDefinition, config: Config) -> dg.ScheduleDefinition:
    """Crawl on ``config.crawl_cron`` (every three hours unless configured)."""
    return dg.ScheduleDefinition(
        name="crawl_schedule",
        job=job,
        cron_schedule=config.crawl_cron,
        execution_timezone=config.timezone,
        default_status=dg.DefaultScheduleStatus.RUNNING,
    )


def make_digest_schedule(
    job: UnresolvedAssetJobDefinition, config: Config
) -> dg.ScheduleDefinition:
    """Fill yesterday's digest partition on ``config.digest_cron`` (07:00 unless configured)."""

    @dg.schedule(
        name="digest_schedule",
        job=job,
        cron_schedule=config.digest_cron,
        execution_timezone=config.timezone,
        default_status=dg.DefaultScheduleStatus.RUNNING,
    )
    def digest_schedule(context: dg.ScheduleEvaluationContext):
        """Request the partition of the local day before the tick: the digest reports yesterday."""
        tick = context.scheduled_execution_time.astimezone(ZoneInfo(config.timezone))
        day = (tick.date() - timedelta(days=1)).isoformat()
        return dg.RunRequest(run_key=f"digest-{day}", partition_key=day)

    return digest_schedule


def make_schedules(
    crawl_job: UnresolvedAssetJobDefinition,
    digest_job: UnresolvedAssetJobDefinition,
    config: Config,
) -> list[dg.ScheduleDefinition]:
    """Both schedules for one deployment's config."""
    return [make_crawl_schedule(crawl_job, config), make_digest_schedule(digest_job, config)]
