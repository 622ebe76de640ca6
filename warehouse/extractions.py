"""Hand documents to the extractor and store what it found, one version's rows at a time."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute  # noqa: F401 - pa.compute

from warehouse.db import connect

LOGGER = logging.getLogger(__name__)

_LIST = pa.list_(pa.string())
EVENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("ev_index", pa.int32()), ("sentence", pa.int32()),
        ("action", pa.string()), ("status", pa.string()), ("actors", _LIST),
        ("partners", _LIST), ("minerals", _LIST), ("amount_usd", pa.float64()),
        ("amount", pa.string()), ("currency", pa.string()), ("quantity_t", pa.float64()),
        ("event_date", pa.string()), ("deadline", pa.string()), ("evidence", pa.string()),
        ("confidence", pa.float64()), ("bloc_phrase", pa.string()),
        ("start_char", pa.int32()), ("end_char", pa.int32()),
    ]
)  # fmt: skip
MENTION_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()), ("sentence", pa.int32()), ("start_char", pa.int32()),
        ("end_char", pa.int32()), ("kind", pa.string()), ("norm_id", pa.string()),
        ("text", pa.string()),
    ]
)  # fmt: skip

# The day of a report's news: the latest full date its lead sentence's events give, up to a
# week before publication ("said on Monday"). A report's undated steps are mostly that day's
# news: on the labelled sets, of 1,362 undated events with a labelled date, the lead's day is
# right for 582 and the publication day for 365.
NEWS_DAY_SQL = """
SELECT l.doc_id, max(TRY_CAST(l.event_date AS DATE)) AS news_day
FROM batch_events l JOIN documents d USING (doc_id)
WHERE l.sentence = 0 AND regexp_full_match(l.event_date, '\\d{4}-\\d{2}-\\d{2}')
  AND TRY_CAST(l.event_date AS DATE)
      BETWEEN CAST(coalesce(d.published_at, d.fetched_at) AS DATE) - INTERVAL 7 DAY
          AND CAST(coalesce(d.published_at, d.fetched_at) AS DATE)
GROUP BY l.doc_id
"""

# event_date as written (YYYY-MM-DD, YYYY-MM or YYYY) resolved to a DATE; otherwise the day of
# the report's news (`n`, NEWS_DAY_SQL); otherwise the document's publication (or fetch) day.
EVENT_DAY_SQL = """
coalesce(
    CASE
        WHEN regexp_full_match(e.event_date, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(e.event_date AS DATE)
        WHEN regexp_full_match(e.event_date, '\\d{4}-\\d{2}') THEN TRY_CAST(e.event_date || '-01' AS DATE)
        WHEN regexp_full_match(e.event_date, '\\d{4}') THEN TRY_CAST(e.event_date || '-01-01' AS DATE)
    END,
    n.news_day,
    CAST(coalesce(d.published_at, d.fetched_at) AS DATE)
)
"""


def event_id_for(doc_id: str, version: str, sentence: Any, action: Any, index: int) -> str:
    """A stable event id: the same document, version and position always give the same id.

    The warehouse computes the same value in SQL (EVENT_ID_SQL), vectorised.
    """
    key = f"{doc_id}|{version}|{sentence}|{action}|{index}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


EVENT_ID_SQL = """
substr(sha1(concat_ws('|', e.doc_id, $version, coalesce(CAST(e.sentence AS VARCHAR), 'None'),
                      coalesce(e.action, 'None'), CAST(e.ev_index AS VARCHAR))), 1, 20)
"""


def pending_documents(
    db_path: str | Path, extractor_version: str, limit: int | None = None, timeout: float = 30.0
) -> list[dict]:
    """Current documents this extractor version has not processed yet (new or revised). A
    page that gave no text (a paywall, a page built by script) is read from its feed summary,
    so the step its feed announced still reaches the timeline; offsets then point into it.
    A government source's document carries its `issuer`, the source's country or bloc: such a
    release speaks of its own government's steps without naming it ("The Department today
    announced ..."), and the extractor makes the issuer their actor (contracts §3)."""
    sql = """
        SELECT d.doc_id, d.text, CAST(coalesce(d.published_at, d.fetched_at) AS DATE), d.title,
               d.summary,
               CASE WHEN coalesce(d.publisher, s.publisher) = 'gov'
                    THEN nullif(trim(coalesce(d.source_country, s.country)), '') END
        FROM documents d LEFT JOIN sources s USING (source_id)
        WHERE d.is_current
          AND NOT EXISTS (SELECT 1 FROM extractions x
                          WHERE x.doc_id = d.doc_id AND x.extractor_version = ?)
        ORDER BY d.fetched_at, d.doc_id
    """
    params: list[Any] = [extractor_version]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    with connect(db_path, read_only=True, timeout=timeout) as con:
        rows = con.execute(sql, params).fetchall()
    return [
        {
            "id": doc_id,
            "text": text if text and text.strip() else summary or "",
            "published": day.isoformat() if day else None,
            "title": title,
            "issuer": issuer,
        }
        for doc_id, text, day, title, summary, issuer in rows
    ]


# Field names of an event in a prediction, in EVENT_SCHEMA order after event_id and doc_id.
_EVENT_FIELDS = [name for name in EVENT_SCHEMA.names if name not in ("doc_id", "ev_index")]
_EVENT_STRUCT = pa.struct([EVENT_SCHEMA.field(name) for name in _EVENT_FIELDS])
_LIST_FIELDS = {"actors", "partners", "minerals"}
_NUMBER_FIELDS = {"sentence", "start_char", "end_char", "amount_usd", "quantity_t", "confidence"}


def _number(value: Any) -> Any:
    # Booleans and strings are not numbers here; a bad value is dropped, not fatal.
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _event_table(preds: list[dict], version: str) -> pa.Table:
    """One Arrow table of every event of the batch, built column by column (fast)."""
    events: list[dict] = []
    doc_ids: list[str] = []
    indexes: list[int] = []
    for pred in preds:
        doc_id = pred["id"]
        found = pred.get("events") or []
        events.extend(found)
        doc_ids.extend([doc_id] * len(found))
        indexes.extend(range(len(found)))
    columns: dict[str, Any] = {"doc_id": doc_ids, "ev_index": indexes}
    try:
        # Arrow converts the dicts in C++, about twice as fast as Python column by column.
        struct = pa.array(events, type=_EVENT_STRUCT)
        for name in _EVENT_FIELDS:
            columns[name] = struct.field(name)
        return pa.table(columns, schema=EVENT_SCHEMA)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        LOGGER.debug("an event field has an unexpected type: converting field by field")
    for name in _EVENT_FIELDS:
        values = [ev.get(name) for ev in events]
        if name in _LIST_FIELDS:
            values = [
                [str(x) for x in v] if isinstance(v, list | tuple | set) else [] for v in values
            ]
        elif name in _NUMBER_FIELDS:
            values = [_number(v) for v in values]
            if pa.types.is_integer(EVENT_SCHEMA.field(name).type):
                values = [int(v) if v is not None else None for v in values]
        elif pa.types.is_string(EVENT_SCHEMA.field(name).type):
            values = [v if v is None or isinstance(v, str) else str(v) for v in values]
        columns[name] = values
    return pa.table(columns, schema=EVENT_SCHEMA)


def _mention_table(preds: list[dict]) -> pa.Table:
    mentions = [(pred["id"], m) for pred in preds for m in pred.get("mentions") or []]
    columns: dict[str, list] = {"doc_id": [doc_id for doc_id, _ in mentions]}
    for name in MENTION_SCHEMA.names[1:]:
        values = [m.get(name) for _, m in mentions]
        if name in _NUMBER_FIELDS:
            values = [int(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
                      for v in values]  # fmt: skip
        columns[name] = values
    return pa.table(columns, schema=MENTION_SCHEMA)


def _batches(preds: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for pred in preds:
        if pred.get("id"):
            batch.append(pred)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def store_extractions(
    db_path: str | Path,
    preds: Iterable[dict],
    extractor_version: str,
    timeout: float = 30.0,
    batch_docs: int = 20_000,
) -> dict:
    """Replace this version's mentions and events of the given documents in one transaction.

    Each prediction (docs/contracts.md §3) also gets an ``extractions`` row, with its
    ``error`` when the extractor failed on it, so it is not handed out again for this version.
    A reader never sees half of a re-run: the old rows go and the new ones arrive together.
    The predictions are turned into Arrow tables before the file is opened, so a slow
    producer never holds the warehouse lock.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    event_parts, mention_parts, done_parts = [], [], []
    seen: set[str] = set()
    errors = n_docs = 0
    for batch in _batches(preds, batch_docs):
        # The last prediction for a document wins when one appears twice.
        batch = list({p["id"]: p for p in batch}.values())
        repeated = seen.intersection(p["id"] for p in batch)
        if repeated:
            drop = pa.array(sorted(repeated))
            event_parts = [t.filter(pa.compute.invert(pa.compute.is_in(t["doc_id"], drop)))
                           for t in event_parts]  # fmt: skip
            mention_parts = [t.filter(pa.compute.invert(pa.compute.is_in(t["doc_id"], drop)))
                             for t in mention_parts]  # fmt: skip
            done_parts = [t.filter(pa.compute.invert(pa.compute.is_in(t["doc_id"], drop)))
                          for t in done_parts]  # fmt: skip
        seen.update(p["id"] for p in batch)
        event_parts.append(_event_table(batch, extractor_version))
        mention_parts.append(_mention_table(batch))
        done_parts.append(
            pa.table(
                {
                    "doc_id": [p["id"] for p in batch],
                    "extractor_version": [extractor_version] * len(batch),
                    "extracted_at": pa.array([now] * len(batch), pa.timestamp("us")),
                    "error": [_error(p.get("error")) for p in batch],
                }
            )
        )
    if not done_parts:
        return {"documents": 0, "events": 0, "mentions": 0, "errors": 0,
                "extractor_version": extractor_version}  # fmt: skip
    # Local Arrow tables are read by DuckDB by name (replacement scans), without a copy.
    batch_events = pa.concat_tables(event_parts)
    batch_mentions = pa.concat_tables(mention_parts)
    batch_done = pa.concat_tables(done_parts)
    n_docs = batch_done.num_rows
    errors = n_docs - batch_done["error"].null_count
    with connect(db_path, timeout=timeout) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "mentions", "extractions"):
                if table != "extractions" and not _has_version(con, table, extractor_version):
                    continue  # a first run of this version has nothing to replace
                con.execute(
                    f"DELETE FROM {table} WHERE extractor_version = ? "
                    "AND doc_id IN (SELECT doc_id FROM batch_done)",
                    [extractor_version],
                )
            con.execute(
                f"""
                INSERT INTO events (event_id, doc_id, sentence, action, status, actors, partners,
                    minerals, amount_usd, amount, currency, quantity_t, event_date, event_day,
                    deadline, evidence, confidence, bloc_phrase, extractor_version, cluster_id,
                    start_char, end_char)
                SELECT {EVENT_ID_SQL}, e.doc_id, e.sentence, e.action, e.status,
                    coalesce(e.actors, []), coalesce(e.partners, []), coalesce(e.minerals, []),
                    e.amount_usd, e.amount, e.currency, e.quantity_t,
                    e.event_date, {EVENT_DAY_SQL}, e.deadline, e.evidence, e.confidence,
                    e.bloc_phrase, $version, NULL, e.start_char, e.end_char
                FROM batch_events e LEFT JOIN documents d USING (doc_id)
                    LEFT JOIN ({NEWS_DAY_SQL}) n USING (doc_id)
                """,
                {"version": extractor_version},
            )
            con.execute(
                "INSERT INTO mentions SELECT doc_id, sentence, start_char, end_char, kind, "
                "norm_id, text, ? FROM batch_mentions",
                [extractor_version],
            )
            con.execute("INSERT INTO extractions SELECT * FROM batch_done")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    LOGGER.info(
        "stored %d events and %d mentions from %d documents (%s, %d errors)",
        batch_events.num_rows, batch_mentions.num_rows, n_docs, extractor_version, errors,
    )  # fmt: skip
    return {
        "documents": n_docs,
        "events": batch_events.num_rows,
        "mentions": batch_mentions.num_rows,
        "errors": errors,
        "extractor_version": extractor_version,
    }


def _error(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _has_version(con, table: str, version: str) -> bool:
    return bool(
        con.execute(
            f"SELECT 1 FROM {table} WHERE extractor_version = ? LIMIT 1", [version]
        ).fetchall()
    )
