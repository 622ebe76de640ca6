"""Read-only access for analysts: SQL that cannot write, the timeline with filters, output formats."""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import connect
from warehouse.errors import QueryError, ReadOnlyViolation

LOGGER = logging.getLogger(__name__)

# PRAGMAs that only report; every other PRAGMA may change state and is refused.
_READ_PRAGMAS = {
    "table_info", "show", "show_tables", "show_tables_expanded", "database_list",
    "database_size", "storage_info", "version", "platform", "functions", "metadata_info",
    "user_agent", "collations", "show_databases",
}  # fmt: skip
_EXPLAIN = re.compile(r"^\s*explain\s+(analyze\s+)?", re.IGNORECASE)
_PRAGMA_NAME = re.compile(r"^\s*pragma\s+([a-z_]+)", re.IGNORECASE)


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse any statement that is not a plain query, before anything runs."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError(f"could not parse the SQL: {exc}") from exc
    if not statements:
        raise QueryError("no SQL statement given")
    for statement in statements:
        kind = statement.type.name
        text = statement.query
        if kind == "SELECT":
            continue
        if kind == "EXPLAIN":
            check_read_only(con, _EXPLAIN.sub("", text, count=1))
            continue
        if kind == "PRAGMA":
            match = _PRAGMA_NAME.match(text)
            if match and match.group(1).lower() in _READ_PRAGMAS:
                continue
        raise ReadOnlyViolation(
            f"refused: `{text.strip()[:80]}` is a {kind} statement, and the warehouse is "
            "opened read-only for SQL. Only queries (SELECT, WITH, FROM, SHOW, DESCRIBE, "
            "SUMMARIZE, EXPLAIN) are allowed; nothing was changed. Loading, extracting and "
            "clustering go through `oreline process`."
        )


def _harden(con: duckdb.DuckDBPyConnection) -> None:
    # Defence in depth beside the statement check: no file access, settings frozen.
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def run_sql(
    db_path: str | Path, sql: str, params: list | None = None, timeout: float = 30.0
) -> tuple[list[str], list[tuple]]:
    """Run a query on a read-only connection and return (columns, rows).

    A statement that would write (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, ATTACH,
    COPY, EXPORT, SET, a state-changing PRAGMA, ...) raises ``ReadOnlyViolation``
    before it runs; the file is also opened read-only, so nothing can change.
    """
    with connect(db_path, read_only=True, timeout=timeout) as con:
        check_read_only(con, sql)
        _harden(con)
        try:
            cursor = con.execute(sql, params or [])
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall() if cursor.description else []
        except duckdb.Error as exc:
            if "read-only" in str(exc).lower():
                raise ReadOnlyViolation(f"refused by the read-only warehouse: {exc}") from exc
            raise QueryError(f"query failed: {exc}") from exc
    return columns, rows


TIMELINE_COLUMNS = [
    "event_day", "action", "status", "actors", "partners", "minerals", "amount_usd", "amount",
    "quantity_t", "deadline", "n_sources", "n_documents", "official", "evidence", "source_urls",
    "first_seen", "cluster_id",
]  # fmt: skip


def timeline_sql(
    mineral: str | None = None,
    country: str | None = None,
    bloc: str | None = None,
    action: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    limit: int | None = None,
    expand_blocs: bool = True,
) -> tuple[str, list]:
    """The timeline query with its filters, as (sql, params)."""
    where, params = [], []
    if mineral:
        where.append("list_contains(minerals, ?)")
        params.append(mineral)
    if country:
        country = country.upper()
        if expand_blocs:
            # A country also matches the clusters of blocs it belonged to on the event's day.
            where.append(
                "(list_contains(actors, ?) OR list_contains(partners, ?) OR EXISTS ("
                "SELECT 1 FROM bloc_members b WHERE b.country = ? "
                "AND (list_contains(actors, b.bloc) OR list_contains(partners, b.bloc)) "
                "AND (b.joined IS NULL OR b.joined <= event_day) "
                'AND (b."left" IS NULL OR b."left" > event_day)))'
            )
            params += [country, country, country]
        else:
            where.append("(list_contains(actors, ?) OR list_contains(partners, ?))")
            params += [country, country]
    if bloc:
        where.append("(list_contains(actors, ?) OR list_contains(partners, ?))")
        params += [bloc.upper(), bloc.upper()]
    if action:
        where.append("action = ?")
        params.append(action)
    if since:
        where.append("event_day >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append("event_day <= CAST(? AS DATE)")
        params.append(str(until))
    sql = f"SELECT {', '.join(TIMELINE_COLUMNS)} FROM timeline"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_day, first_seen, cluster_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def timeline(
    db_path: str | Path,
    mineral: str | None = None,
    country: str | None = None,
    bloc: str | None = None,
    action: str | None = None,
    since: str | date | None = None,
    limit: int | None = None,
    until: str | date | None = None,
    expand_blocs: bool = True,
    timeout: float = 30.0,
) -> tuple[list[str], list[tuple]]:
    """Clusters in date order, filtered; ``country`` also matches its blocs as of each day."""
    sql, params = timeline_sql(mineral, country, bloc, action, since, until, limit, expand_blocs)
    with connect(db_path, read_only=True, timeout=timeout) as con:
        cursor = con.execute(sql, params)
        return [d[0] for d in cursor.description], cursor.fetchall()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, list | tuple):
        text = ", ".join(_cell(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:g}"
    else:
        text = str(_plain(value))
    text = " ".join(text.split())
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def format_rows(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    """Render query output as an aligned text table, CSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps(
            [dict(zip(columns, map(_plain, row), strict=True)) for row in rows],
            ensure_ascii=False,
            indent=1,
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [";".join(map(str, v)) if isinstance(v, list | tuple) else _plain(v) for v in row]
            )
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r}: use table, csv or json")
    cells = [[_cell(v, 60) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
