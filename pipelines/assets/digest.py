"""The digest group: one partition per day, so a missed morning can be backfilled."""

from datetime import date

import dagster as dg

from pipelines import stages
from pipelines.assets import NETWORK_RETRY, WAREHOUSE_POOL, metadata, tell
from pipelines.resources import MailResource, WarehouseResource, deployment_config

# Partitions are days in the operator's time zone; today's exists so the morning run can fill it.
DIGEST_PARTITIONS = dg.DailyPartitionsDefinition(
    start_date="2026-01-01", end_offset=1, timezone=deployment_config().timezone
)


@dg.asset(
    deps=["event_clusters"],
    partitions_def=DIGEST_PARTITIONS,
    pool=WAREHOUSE_POOL,
    retry_policy=NETWORK_RETRY,
    kinds={"email"},
)
def digest(context: dg.AssetExecutionContext, warehouse: WarehouseResource, mail: MailResource):
    """The day's digest: sent when an SMTP host is configured, else written to the outbox."""
    day = date.fromisoformat(context.partition_key)
    with mail.environment():
        result = stages.digest(warehouse.paths, warehouse.settings(), day=day, send=mail.can_send)
    recipients = result.get("recipients") or []
    where = [r.get("path") or r.get("message_id") or r.get("status") for r in recipients]
    tell(
        context,
        "digest %s: %s items -> %s",
        day,
        result.get("items", 0),
        ", ".join(map(str, where)),
    )
    failed = [r for r in recipients if r.get("status") == "failed"]
    if failed:
        # Raising lets the retry policy try the mail server again.
        raise dg.Failure(
            description=f"digest {day}: sending failed for {len(failed)} recipients",
            metadata=metadata({"failed": failed}),
        )
    rejected = [r["address"] for r in recipients if r.get("status") == "rejected"]
    if rejected:
        # a refused address is permanent: retrying the run would not help, a person must fix it
        context.log.warning(f"digest {day}: the mail server refused {', '.join(rejected)}")
    return dg.MaterializeResult(metadata=metadata({**result, "rejected": rejected}))
