"""Read-only SQL refuses writes; the timeline filters; output formats."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from wh_factories import load_docs, make_event

from warehouse.clusters import cluster_events
from warehouse.errors import QueryError, ReadOnlyViolation
from warehouse.extractions import store_extractions
from warehouse.query import format_rows, run_sql, timeline

WRITES = [
    "INSERT INTO sources (source_id) VALUES ('x')",
    "UPDATE documents SET title = 'x'",
    "DELETE FROM documents",
    "CREATE TABLE t (a INTEGER)",
    "CREATE TEMP TABLE t AS SELECT 1",
    "CREATE VIEW v AS SELECT 1",
    "DROP TABLE documents",
    "ALTER TABLE documents ADD COLUMN x INTEGER",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "COPY documents TO '{tmp}/out.csv'",
    "COPY (SELECT 1) TO '{tmp}/out.parquet' (FORMAT parquet)",
    "EXPORT DATABASE '{tmp}/dump'",
    "PRAGMA enable_profiling",
    "SET threads = 1",
    "INSTALL httpfs",
    "CHECKPOINT",
    "SELECT 1; DELETE FROM documents",
    "EXPLAIN ANALYZE DELETE FROM documents",
    "BEGIN TRANSACTION",
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, template_db):
    """One small warehouse for the module: these tests only read (or are refused)."""
    root = tmp_path_factory.mktemp("query")
    db_path = root / "oreline.duckdb"
    shutil.copyfile(template_db, db_path)
    ids = load_docs(
        db_path,
        root / "raw",
        [
            {"url": "http://x/a", "text": "a"},
            {"url": "http://x/b", "text": "b"},
            {"url": "http://x/c", "text": "c"},
        ],
    )
    preds = [
        {"id": ids["http://x/a"], "events": [make_event(event_date="2023-07-03", actors=["CHN"],
                                                        minerals=["gallium", "germanium"])]},
        {"id": ids["http://x/b"], "events": [make_event(action="investment", actors=["EU"],
                                                        partners=["CHL"], minerals=["lithium"],
                                                        amount_usd=2e8, event_date="2019-05-01")]},
        {"id": ids["http://x/c"], "events": [make_event(action="investment", actors=["EU"],
                                                        minerals=["lithium"], amount_usd=1e8,
                                                        event_date="2024-05-01")]},
    ]  # fmt: skip
    store_extractions(db_path, preds, "v1")
    cluster_events(db_path)
    return db_path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("sql", WRITES)
def test_a_writing_statement_is_refused_and_nothing_changes(warehouse, tmp_path, sql):
    before = _digest(warehouse)
    with pytest.raises(ReadOnlyViolation, match="read-only"):
        run_sql(warehouse, sql.format(tmp=tmp_path))
    assert _digest(warehouse) == before
    assert run_sql(warehouse, "SELECT count(*) FROM documents")[1] == [(3,)]
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "other.duckdb").exists()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) FROM timeline",
        "WITH t AS (SELECT * FROM events) SELECT count(*) FROM t",
        "FROM bloc_members_on('EU', DATE '2020-06-01') SELECT count(*)",
        "DESCRIBE timeline",
        "SHOW TABLES",
        "SUMMARIZE events",
        "EXPLAIN SELECT * FROM events",
        "PRAGMA table_info('events')",
    ],
)
def test_queries_run(warehouse, sql):
    columns, rows = run_sql(warehouse, sql)
    assert columns and rows


def test_reading_local_files_is_blocked_too(warehouse, tmp_path):
    (tmp_path / "x.csv").write_text("a\n1\n")
    with pytest.raises(QueryError):
        run_sql(warehouse, f"SELECT * FROM read_csv('{tmp_path}/x.csv')")


def test_a_bad_query_says_so(warehouse):
    with pytest.raises(QueryError, match="no_such_table"):
        run_sql(warehouse, "SELECT * FROM no_such_table")


@pytest.mark.parametrize(
    "filters,expected_actions",
    [
        ({}, ["investment", "export_control", "investment"]),
        ({"mineral": "gallium"}, ["export_control"]),
        ({"action": "investment"}, ["investment", "investment"]),
        ({"since": "2023-01-01"}, ["export_control", "investment"]),
        ({"country": "chn"}, ["export_control"]),
        ({"country": "CHL"}, ["investment"]),
        # FRA belongs to the EU: both EU clusters match.
        ({"country": "FRA"}, ["investment", "investment"]),
        # GBR was in the EU in 2019, not in 2024.
        ({"country": "GBR"}, ["investment"]),
        ({"country": "GBR", "expand_blocs": False}, []),
        ({"bloc": "EU"}, ["investment", "investment"]),
        ({"limit": 1}, ["investment"]),
    ],
)
def test_timeline_filters(warehouse, filters, expected_actions):
    columns, rows = timeline(warehouse, **filters)
    assert [r[columns.index("action")] for r in rows] == expected_actions
    days = [r[columns.index("event_day")] for r in rows]
    assert days == sorted(days)


def test_format_rows_in_every_format(warehouse):
    columns, rows = timeline(warehouse)
    table = format_rows(columns, rows, "table")
    assert table.splitlines()[0].startswith("event_day") and table.endswith("(3 rows)")
    assert "gallium, germanium" in table
    parsed = list(csv.DictReader(io.StringIO(format_rows(columns, rows, "csv"))))
    assert [r["action"] for r in parsed] == ["investment", "export_control", "investment"]
    assert parsed[1]["minerals"] == "gallium;germanium"
    objects = json.loads(format_rows(columns, rows, "json"))
    assert objects[0]["event_day"] == "2019-05-01" and objects[0]["amount_usd"] == 2e8
    with pytest.raises(ValueError, match="unknown format"):
        format_rows(columns, rows, "xml")


DOC = Path(__file__).resolve().parents[2] / "docs" / "warehouse.md"


def _doc_queries():
    if not DOC.exists():
        return []
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("sql", _doc_queries())
def test_every_example_query_in_the_docs_runs(warehouse, sql):
    columns, _rows = run_sql(warehouse, sql)
    assert columns


def test_the_docs_hold_the_analyst_questions():
    assert len(_doc_queries()) >= 6
