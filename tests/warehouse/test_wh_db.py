"""connect(): migrations on open, newer files refused, bounded wait on a locked file."""

from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pytest

from warehouse.db import code_schema_version, connect
from warehouse.errors import SchemaTooNew, WarehouseBusy

CONTRACT_TABLES = {
    "schema_migrations": ["version", "applied_at"],
    "sources": ["source_id", "name", "kind", "url", "publisher", "country", "first_seen", "last_seen"],
    "raw_files": ["path", "run_id", "loaded_at", "n_documents", "n_fetches", "status", "error"],
    "fetches": ["run_id", "source_id", "url", "kind", "status", "bytes", "etag", "last_modified",
                "error", "started_at", "elapsed_ms", "items", "raw_file"],
    "documents": ["doc_id", "url", "canonical_url", "source_id", "publisher", "title",
                  "published_at", "fetched_at", "language", "text", "content_hash", "revision",
                  "is_current", "near_duplicate_of", "raw_file"],
    "document_sightings": ["doc_id", "source_id", "url", "seen_at"],
    "extractions": ["doc_id", "extractor_version", "extracted_at", "error"],
    "mentions": ["doc_id", "sentence", "start_char", "end_char", "kind", "norm_id", "text",
                 "extractor_version"],
    "events": ["event_id", "doc_id", "sentence", "action", "status", "actors", "partners",
               "minerals", "amount_usd", "amount", "currency", "quantity_t", "event_date",
               "event_day", "deadline", "evidence", "confidence", "bloc_phrase",
               "extractor_version", "cluster_id"],
    "event_clusters": ["cluster_id", "action", "status", "actors", "partners", "minerals",
                       "event_day", "first_seen", "last_seen", "n_documents", "n_sources",
                       "official", "amount_usd", "quantity_t", "deadline", "evidence",
                       "evidence_doc_id", "source_urls", "updated_at"],
    "bloc_members": ["bloc", "country", "joined", "left"],
    "digests": ["digest_date", "recipient", "message_id", "sent_at", "status", "error", "n_items"],
}  # fmt: skip


@pytest.mark.parametrize("table,columns", sorted(CONTRACT_TABLES.items()))
def test_migration_creates_the_contract_columns(db_path, table, columns):
    with connect(db_path) as con:
        have = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall()]  # fmt: skip
    assert have[: len(columns)] == columns


@pytest.mark.parametrize("view", ["timeline", "bloc_developments", "commitments"])
def test_views_exist(db_path, view):
    with connect(db_path) as con:
        assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] == 0


def test_connect_creates_parent_folder_and_records_every_migration(tmp_path):
    path = tmp_path / "deep" / "er" / "w.duckdb"
    with connect(path) as con:
        versions = [
            v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        ]
    assert path.exists()
    assert versions == list(range(1, code_schema_version() + 1))


def test_reopening_applies_nothing_twice(db_path):
    with connect(db_path):
        pass
    with connect(db_path) as con:
        assert (
            con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
            == code_schema_version()
        )


def test_read_only_open_of_a_missing_file_migrates_it_first(tmp_path):
    with connect(tmp_path / "new.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM bloc_members").fetchone()[0] > 0


def test_a_newer_schema_is_refused_with_a_clear_message(db_path):
    with connect(db_path) as con:
        con.execute("INSERT INTO schema_migrations VALUES (999, now())")
    for read_only in (False, True):
        with pytest.raises(SchemaTooNew, match="newer release"):
            with connect(db_path, read_only=read_only):
                pass
    raw = duckdb.connect(str(db_path))
    assert raw.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 999
    raw.close()


HOLD_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def _hold(db_path, seconds):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.parametrize("read_only", [False, True])
def test_a_locked_file_raises_busy_after_the_timeout(db_path, read_only):
    with connect(db_path):
        pass
    proc = _hold(db_path, 10)
    try:
        started = time.monotonic()
        with pytest.raises(WarehouseBusy, match="busy"):
            with connect(db_path, read_only=read_only, timeout=0.6):
                pass
        assert 0.5 <= time.monotonic() - started < 10
    finally:
        proc.kill()
        proc.wait()


def test_a_briefly_locked_file_is_waited_for(db_path):
    with connect(db_path):
        pass
    proc = _hold(db_path, 0.8)
    try:
        with connect(db_path, timeout=20) as con:
            assert con.execute("SELECT 1").fetchone() == (1,)
    finally:
        proc.wait()
