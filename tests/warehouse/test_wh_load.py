"""load_raw: idempotent loading, bad files set aside, documents folded by URL, hash and copy."""

from __future__ import annotations

import gzip

import pytest
from wh_factories import make_doc, make_fetch, make_source

from warehouse.db import connect
from warehouse.load import load_raw

WIRE = (
    "The United States and Japan signed a framework on critical minerals on Monday, pledging "
    "to coordinate stockpiles and price floors for rare earths and gallium over the next "
    "decade. Officials said more partners could join the arrangement later this year."
)
OTHER = (
    "Indonesia said on Tuesday it would keep its ban on nickel ore exports in place and "
    "expand smelting capacity, rejecting calls from trading partners to reopen shipments."
)


def rows(db_path, sql):
    with connect(db_path, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_file_loads_once_and_a_second_run_changes_nothing(db_path, raw_dir, write_raw):
    write_raw([make_source(), make_fetch("http://x/a"), make_doc("http://x/a", WIRE)])
    first = load_raw(db_path, raw_dir)
    snapshot = rows(db_path, "SELECT * FROM documents ORDER BY doc_id")
    second = load_raw(db_path, raw_dir)
    assert (first["files_loaded"], first["documents_new"], first["fetches"]) == (1, 1, 1)
    assert (second["files_loaded"], second["files_skipped"]) == (0, 1)
    assert rows(db_path, "SELECT * FROM documents ORDER BY doc_id") == snapshot
    assert rows(db_path, "SELECT count(*) FROM fetches") == [(1,)]
    assert rows(db_path, "SELECT path, status FROM raw_files") == [
        (next(raw_dir.rglob("*.jsonl.gz")).relative_to(raw_dir).as_posix(), "loaded")
    ]


def test_a_part_file_is_never_loaded(db_path, raw_dir, write_raw):
    path = write_raw([make_doc("http://x/a", WIRE)])
    path.rename(path.with_name(path.name + ".part"))
    assert load_raw(db_path, raw_dir)["files_loaded"] == 0
    assert rows(db_path, "SELECT count(*) FROM documents") == [(0,)]


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garble_json(path):
    with gzip.open(path, "at") as handle:
        handle.write('{"type": "document", "url": \n')


def _not_gzip(path):
    path.write_bytes(b"this is not gzip at all")


@pytest.mark.parametrize("damage", [_truncate, _garble_json, _not_gzip])
def test_a_damaged_file_is_set_aside_and_the_rest_load(db_path, raw_dir, write_raw, damage):
    bad = write_raw([make_doc(f"http://x/{i}", f"{WIRE} number {i}") for i in range(30)])
    damage(bad)
    write_raw([make_doc("http://y/good", OTHER)])
    report = load_raw(db_path, raw_dir)
    assert (report["files_loaded"], report["files_failed"]) == (1, 1)
    assert report["failed"][0]["path"].endswith(bad.name)
    # Whole file or nothing: no row of the damaged file is kept.
    assert rows(db_path, "SELECT canonical_url FROM documents") == [("http://y/good",)]
    status = dict(rows(db_path, "SELECT status, error FROM raw_files WHERE status = 'failed'"))
    assert status["failed"]
    # Set aside: not retried while its bytes stay the same ...
    assert load_raw(db_path, raw_dir)["files_failed"] == 0
    # ... and loaded once it is repaired.
    with gzip.open(bad, "wt") as handle:
        handle.write('{"type": "fetch", "run_id": "r", "source_id": "s", "url": "http://z"}\n')
    again = load_raw(db_path, raw_dir)
    assert again["files_loaded"] == 1
    assert rows(db_path, "SELECT count(*) FROM raw_files WHERE status = 'loaded'") == [(2,)]


def test_the_same_url_with_tracking_parameters_is_one_document(db_path, raw_dir, write_raw):
    write_raw([make_doc("http://x/a", WIRE)])
    write_raw([make_doc("http://x/a", WIRE, canonical_url="HTTP://X/a/?utm_medium=rss#top")])
    load_raw(db_path, raw_dir)
    assert rows(db_path, "SELECT count(*) FROM documents") == [(1,)]


def test_same_text_from_another_outlet_is_a_sighting(db_path, raw_dir, write_raw):
    write_raw([make_doc("http://x/a", WIRE, source_id="wire")])
    write_raw([make_doc("http://mirror/b", WIRE, source_id="mirror", publisher="gov")])
    report = load_raw(db_path, raw_dir)
    assert report["documents_new"] == 1
    assert rows(db_path, "SELECT count(*) FROM documents") == [(1,)]
    assert rows(
        db_path, "SELECT source_id, url, publisher FROM document_sightings ORDER BY source_id"
    ) == [("mirror", "http://mirror/b", "gov"), ("wire", "http://x/a", "news")]


def test_a_changed_article_becomes_a_new_current_revision(db_path, raw_dir, write_raw):
    write_raw([make_doc("http://x/a", WIRE)])
    load_raw(db_path, raw_dir)
    write_raw([make_doc("http://x/a", WIRE + " The ministry later corrected the date.")])
    report = load_raw(db_path, raw_dir)
    got = rows(db_path, "SELECT revision, is_current FROM documents ORDER BY revision")
    assert report["revisions"] == 1
    assert got == [(1, False), (2, True)]
    ids = [r[0] for r in rows(db_path, "SELECT doc_id FROM documents")]
    assert len(set(ids)) == 2


def test_doc_ids_are_deterministic_across_warehouses(tmp_path, raw_dir, write_raw):
    write_raw([make_doc("http://x/a", WIRE), make_doc("http://x/b", OTHER)])
    load_raw(tmp_path / "one.duckdb", raw_dir)
    load_raw(tmp_path / "two.duckdb", raw_dir)
    sql = "SELECT doc_id FROM documents ORDER BY 1"
    assert rows(tmp_path / "one.duckdb", sql) == rows(tmp_path / "two.duckdb", sql)


def test_a_syndicated_copy_is_linked_to_the_first_copy_and_both_kept(db_path, raw_dir, write_raw):
    write_raw([make_doc("http://wire/a", WIRE, source_id="wire")])
    load_raw(db_path, raw_dir)
    copy = "SYDNEY (Wire) - " + WIRE + " Reporting by a correspondent; editing by a desk."
    write_raw(
        [
            make_doc("http://paper/b", copy, source_id="paper"),
            make_doc("http://other/c", OTHER, source_id="other"),
        ]
    )
    report = load_raw(db_path, raw_dir)
    got = dict(rows(db_path, "SELECT canonical_url, near_duplicate_of FROM documents"))
    first = rows(db_path, "SELECT doc_id FROM documents WHERE canonical_url = 'http://wire/a'")
    assert report["near_duplicates"] == 1
    assert got["http://paper/b"] == first[0][0]
    assert got["http://wire/a"] is None and got["http://other/c"] is None


def test_sources_are_upserted_and_fetches_appended(db_path, raw_dir, write_raw):
    write_raw([make_source("wire", "news"), make_fetch("http://x/1")])
    write_raw([make_source("wire", "gov"), make_fetch("http://x/2", status=304)])
    load_raw(db_path, raw_dir)
    assert rows(db_path, "SELECT source_id, publisher FROM sources") == [("wire", "gov")]
    assert rows(db_path, "SELECT url, status FROM fetches ORDER BY url") == [
        ("http://x/1", 200),
        ("http://x/2", 304),
    ]


PUBLISHED = [
    ("2026-11-27T09:00:00Z", "2026-11-27 09:00:00"),
    ("2026-11-27T11:00:00+02:00", "2026-11-27 09:00:00"),
    ("2026-11-27", "2026-11-27 00:00:00"),
    (None, None),
    ("not a date", None),
]


def test_published_at_is_stored_as_utc(db_path, raw_dir, write_raw):
    write_raw(
        [
            make_doc(f"http://x/{k}", f"{WIRE} {k}", published_at=p)
            for k, (p, _) in enumerate(PUBLISHED)
        ]
    )
    load_raw(db_path, raw_dir)
    got = dict(rows(db_path, "SELECT canonical_url, published_at::VARCHAR FROM documents"))
    assert [got[f"http://x/{k}"] for k in range(len(PUBLISHED))] == [w for _, w in PUBLISHED]


def test_an_article_that_goes_back_to_an_older_text_is_a_new_revision(db_path, raw_dir, write_raw):
    changed = WIRE + " Updated."
    for text in (WIRE, changed, WIRE, WIRE):
        write_raw([make_doc("http://x/a", text)])
    load_raw(db_path, raw_dir)
    got = rows(db_path, "SELECT revision, is_current, text FROM documents ORDER BY revision")
    assert got == [(1, False, WIRE), (2, False, changed), (3, True, WIRE)]


@pytest.mark.parametrize("text", ["", "Read more", "   \n  "])
def test_empty_or_tiny_texts_are_not_merged_across_urls(db_path, raw_dir, write_raw, text):
    write_raw([make_doc("http://x/a", text), make_doc("http://y/b", text, source_id="other")])
    load_raw(db_path, raw_dir)
    assert rows(db_path, "SELECT count(*) FROM documents") == [(2,)]


def test_several_revisions_in_one_file_leave_only_the_last_current(db_path, raw_dir, write_raw):
    write_raw([make_doc("http://x/a", WIRE + f" Edit {i}.") for i in range(3)])
    load_raw(db_path, raw_dir)
    got = rows(db_path, "SELECT revision, is_current FROM documents ORDER BY revision")
    assert got == [(1, False), (2, False), (3, True)]


def test_odd_field_types_in_a_fetch_are_stored_as_null(db_path, raw_dir, write_raw):
    fetch = make_fetch("http://x/1")
    fetch.update(status="two hundred", bytes=float("inf"), elapsed_ms="slow", items=[1])
    write_raw([fetch])
    assert load_raw(db_path, raw_dir)["files_loaded"] == 1
    assert rows(db_path, "SELECT status, bytes, elapsed_ms, items FROM fetches") == [
        (None, None, None, None)
    ]
