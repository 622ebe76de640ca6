"""The `digests` table: which day's digest reached whom, so a re-run never sends twice."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import duckdb

LOGGER = logging.getLogger(__name__)

DONE = ("sent", "outbox")  # 'rejected' and 'failed' may be tried again


def recipient_key(address: str) -> str:
    """Addresses compare case-insensitively; the table keeps them lower-case."""
    return address.strip().lower()


def previous(con: duckdb.DuckDBPyConnection, day: date) -> dict[str, tuple[str, str | None]]:
    """Recipient -> (status, message_id) already recorded for the day."""
    rows = con.execute(
        "SELECT recipient, status, message_id FROM digests WHERE digest_date = ?", [day]
    ).fetchall()
    return {r: (s, m) for r, s, m in rows}


def record(
    con: duckdb.DuckDBPyConnection,
    day: date,
    recipient: str,
    message_id: str,
    status: str,
    error: str | None,
    n_items: int,
) -> None:
    """Write (or overwrite a retried) row for the day and recipient."""
    con.execute(
        """
        INSERT OR REPLACE INTO digests
            (digest_date, recipient, message_id, sent_at, status, error, n_items)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        [
            day,
            recipient_key(recipient),
            message_id,
            datetime.now(UTC).replace(tzinfo=None),
            status,
            error,
            n_items,
        ],
    )
