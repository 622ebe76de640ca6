"""Hand documents to the extractor and store what it found, one version's rows at a time."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from warehouse.db import connect

LOGGER = logging.getLogger(__name__)

_LIST = pa.list_(pa.string())
EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence", pa.int32()),
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

# event_date as written (YYYY-MM-DD, YYYY-MM or YYYY) resolved to a DATE; otherwise the
# document's publication (or fetch) day.
EVENT_DAY_SQL = """
coalesce(
    CASE
        WHEN regexp_full_match(e.event_date, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(e.event_date AS DATE)
        WHEN regexp_full_match(e.event_date, '\\d{4}-\\d{2}') THEN TRY_CAST(e.event_date || '-01' AS DATE)
        WHEN regexp_full_match(e.event_date, '\\d{4}') THEN TRY_CAST(e.event_date || '-01-01' AS DATE)
    END,
    CAST(coalesce(d.published_at, d.fetched_at) AS DATE)
)
"""


def event_id_for(doc_id: str, version: str, sentence: Any, action: Any, index: int) -> str:
    """A stable event id: the same document, version and position always give the same id."""
    key = f"{doc_id}|{version}|{sentence}|{action}|{index}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def pending_documents(
    db_path: str | Path, extractor_version: str, limit: int | None = None, timeout: float = 30.0
) -> list[dict]:
    """Current documents this extractor version has not processed yet (new or revised)."""
    sql = """
        SELECT d.doc_id, d.text, CAST(coalesce(d.published_at, d.fetched_at) AS DATE), d.title
        FROM documents d
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
            "text": text or "",
            "published": day.isoformat() if day else None,
            "title": title,
        }
        for doc_id, text, day, title in rows
    ]


def _columns(rows: list[tuple], names: list[str]) -> dict[str, list]:
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def _event_table(preds: list[dict], version: str) -> pa.Table:
    rows = []
    for pred in preds:
        doc_id = pred["id"]
        for index, ev in enumerate(pred.get("events") or []):
            get = ev.get
            rows.append(
                (
                    event_id_for(doc_id, version, get("sentence"), get("action"), index),
                    doc_id, get("sentence"), get("action"), get("status"),
                    list(get("actors") or []), list(get("partners") or []),
                    list(get("minerals") or []), get("amount_usd"), get("amount"),
                    get("currency"), get("quantity_t"), get("event_date"), get("deadline"),
                    get("evidence"), get("confidence"), get("bloc_phrase"),
                    get("start_char"), get("end_char"),
                )
            )  # fmt: skip
    names = EVENT_SCHEMA.names
    return pa.table(_columns(rows, names), schema=EVENT_SCHEMA)


def _mention_table(preds: list[dict]) -> pa.Table:
    rows = [
        (pred["id"], m.get("sentence"), m.get("start_char"), m.get("end_char"), m.get("kind"),
         m.get("norm_id"), m.get("text"))
        for pred in preds
        for m in pred.get("mentions") or []
    ]  # fmt: skip
    return pa.table(_columns(rows, MENTION_SCHEMA.names), schema=MENTION_SCHEMA)


def store_extractions(
    db_path: str | Path, preds: Iterable[dict], extractor_version: str, timeout: float = 30.0
) -> dict:
    """Replace this version's mentions and events of the given documents in one transaction.

    Each prediction (docs/contracts.md §3) also gets an ``extractions`` row, with its
    ``error`` when the extractor failed on it, so it is not handed out again for this version.
    A reader never sees half of a re-run: the old rows go and the new ones arrive together.
    """
    preds = [p for p in preds if p.get("id")]
    # The last prediction for a document wins when one appears twice in a batch.
    preds = list({p["id"]: p for p in preds}.values())
    # Local Arrow tables are read by DuckDB by name (replacement scans), without a copy.
    batch_events = _event_table(preds, extractor_version)
    batch_mentions = _mention_table(preds)
    now = datetime.now(UTC).replace(tzinfo=None)
    batch_done = pa.table(  # noqa: F841 - read by DuckDB by name
        {
            "doc_id": [p["id"] for p in preds],
            "extractor_version": [extractor_version] * len(preds),
            "extracted_at": pa.array([now] * len(preds), pa.timestamp("us")),
            "error": [p.get("error") for p in preds],
        }
    )
    errors = sum(1 for p in preds if p.get("error"))
    with connect(db_path, timeout=timeout) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("events", "mentions", "extractions"):
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
                SELECT e.event_id, e.doc_id, e.sentence, e.action, e.status, e.actors,
                    e.partners, e.minerals, e.amount_usd, e.amount, e.currency, e.quantity_t,
                    e.event_date, {EVENT_DAY_SQL}, e.deadline, e.evidence, e.confidence,
                    e.bloc_phrase, ?, NULL, e.start_char, e.end_char
                FROM batch_events e LEFT JOIN documents d USING (doc_id)
                """,
                [extractor_version],
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
        batch_events.num_rows, batch_mentions.num_rows, len(preds), extractor_version, errors,
    )  # fmt: skip
    return {
        "documents": len(preds),
        "events": batch_events.num_rows,
        "mentions": batch_mentions.num_rows,
        "errors": errors,
        "extractor_version": extractor_version,
    }
