"""Asset checks: the first two block downstream steps, since bad rows would spread into every view."""

import logging
from datetime import UTC, datetime, timedelta

import dagster as dg

from pipelines.resources import WarehouseResource

LOGGER = logging.getLogger(__name__)

# The yield check needs this much history before it judges anything.
MIN_RECENT_DOCUMENTS = 10
MIN_BASELINE_DOCUMENTS = 20
# A day whose event yield falls below this share of the trailing week's is a collapse.
COLLAPSE_RATIO = 0.5
BASELINE_DAYS = 7


def _fetch_one(warehouse: WarehouseResource, sql: str, params: list | dict | None = None) -> tuple:
    from warehouse.db import connect

    with connect(warehouse.paths.warehouse, read_only=True) as con:
        return con.execute(sql, params or []).fetchone()


@dg.asset_check(asset="documents", blocking=True)
def documents_have_text_and_source(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """Every current document has text and a known source; extraction of empty rows is waste."""
    total, empty, unsourced = _fetch_one(
        warehouse,
        """
        SELECT count(*),
               count(*) FILTER (WHERE text IS NULL OR trim(text) = ''),
               count(*) FILTER (WHERE source_id IS NULL OR source_id = '')
        FROM documents WHERE is_current
        """,
    )
    return dg.AssetCheckResult(
        passed=empty == 0 and unsourced == 0,
        metadata={"documents": total, "without_text": empty, "without_source": unsourced},
    )


@dg.asset_check(asset="events", blocking=True)
def events_point_at_documents(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """Every event names a stored document, so its evidence can be traced to a source."""
    total, orphans = _fetch_one(
        warehouse,
        """
        SELECT count(*), count(*) FILTER (WHERE d.doc_id IS NULL)
        FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
        """,
    )
    return dg.AssetCheckResult(
        passed=orphans == 0, metadata={"events": total, "orphan_events": orphans}
    )


def yield_figures(warehouse: WarehouseResource, now: datetime | None = None) -> dict:
    """Share of documents with at least one event: the last day against the week before it."""
    from nlp import EXTRACTOR_VERSION

    now = (now or datetime.now(UTC)).replace(tzinfo=None)
    day_ago, week_ago = now - timedelta(days=1), now - timedelta(days=1 + BASELINE_DAYS)
    recent_n, recent_hits, base_n, base_hits = _fetch_one(
        warehouse,
        """
        WITH processed AS (
            SELECT d.fetched_at,
                   EXISTS (SELECT 1 FROM events e
                           WHERE e.doc_id = d.doc_id AND e.extractor_version = $v) AS hit
            FROM documents d
            JOIN extractions x ON x.doc_id = d.doc_id AND x.extractor_version = $v
            WHERE d.is_current
        )
        SELECT count(*) FILTER (WHERE fetched_at >= $day),
               count(*) FILTER (WHERE fetched_at >= $day AND hit),
               count(*) FILTER (WHERE fetched_at >= $week AND fetched_at < $day),
               count(*) FILTER (WHERE fetched_at >= $week AND fetched_at < $day AND hit)
        FROM processed
        """,
        {"v": EXTRACTOR_VERSION, "day": day_ago, "week": week_ago},
    )
    return {
        "recent_documents": recent_n,
        "recent_share": recent_hits / recent_n if recent_n else None,
        "baseline_documents": base_n,
        "baseline_share": base_hits / base_n if base_n else None,
    }


def yield_collapsed(figures: dict) -> bool:
    """True when there is enough history and the last day's yield fell below the allowed ratio."""
    if figures["recent_documents"] < MIN_RECENT_DOCUMENTS:
        return False
    if figures["baseline_documents"] < MIN_BASELINE_DOCUMENTS or not figures["baseline_share"]:
        return False
    return figures["recent_share"] < COLLAPSE_RATIO * figures["baseline_share"]


@dg.asset_check(asset="events")
def event_yield_holds(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """Warn when far fewer documents yield events than last week: an extractor or source broke.

    Not blocking: a quiet news day looks the same, and the digest should still go out.
    """
    figures = yield_figures(warehouse)
    return dg.AssetCheckResult(
        passed=not yield_collapsed(figures),
        severity=dg.AssetCheckSeverity.WARN,
        metadata={k: -1.0 if v is None else v for k, v in figures.items()},
    )
