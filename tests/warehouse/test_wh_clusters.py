"""cluster_events: the same measure reported by several outlets is one cluster."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from wh_factories import load_docs, make_event, make_source

from warehouse.clusters import cluster_events
from warehouse.db import connect
from warehouse.extractions import store_extractions


def q(db_path, sql):
    with connect(db_path, read_only=True) as con:
        return con.execute(sql).fetchall()


FILLER = " - officials gave no further detail on the measure, its timing or the goods it covers."


def docs(n, **extra):
    return [{"url": f"http://outlet{i}/story", "text": f"report number {i}{FILLER}", "source_id": f"outlet{i}",
             **extra} for i in range(n)]  # fmt: skip


def store(db_path, ids, events_by_index, version="v1"):
    urls = sorted(ids)
    preds = [
        {"id": ids[urls[i]], "events": evs, "mentions": []} for i, evs in events_by_index.items()
    ]
    store_extractions(db_path, preds, version)


CASES = [
    # (first report, second report, days between them, same cluster?)
    ("same measure, two outlets", {}, {}, 0, True),
    ("dates 5 days apart", {}, {}, 5, True),
    ("dates 40 days apart", {}, {}, 40, False),
    ("different action", {}, {"action": "trade_measure"}, 0, False),
    ("no shared party", {"actors": ["CHN"]}, {"actors": ["USA"]}, 0, False),
    ("party as partner in the other", {"actors": ["USA"], "partners": ["CHN"]},
     {"actors": ["CHN"]}, 0, True),
    ("disjoint minerals", {"minerals": ["gallium"]}, {"minerals": ["lithium"]}, 0, False),
    ("one names no mineral", {"minerals": []}, {"minerals": ["gallium"]}, 0, True),
    ("imposing vs lifting", {"status": "agreed"}, {"status": "revoked"}, 0, False),
    ("proposed then agreed", {"status": "proposed"}, {"status": "agreed"}, 0, True),
]  # fmt: skip


@pytest.fixture(scope="module")
def cases_warehouse(tmp_path_factory, template_db):
    """Every case in one warehouse, each a hundred days from the next so none interact."""
    root = tmp_path_factory.mktemp("cases")
    db_path = root / "oreline.duckdb"
    shutil.copyfile(template_db, db_path)
    ids = load_docs(db_path, root / "raw", docs(2 * len(CASES)))
    preds = []
    for k, (_name, first, second, gap, _together) in enumerate(CASES):
        day = date(2020, 1, 1) + timedelta(days=100 * k)
        for j, (overrides, offset) in enumerate(((first, 0), (second, gap))):
            event = make_event(event_date=(day + timedelta(days=offset)).isoformat(), **overrides)
            preds.append({"id": ids[f"http://outlet{2 * k + j}/story"], "events": [event]})
    store_extractions(db_path, preds, "v1")
    cluster_events(db_path)
    with connect(db_path, read_only=True) as con:
        by_doc = dict(con.execute("SELECT doc_id, cluster_id FROM events").fetchall())
    return {url: by_doc[doc_id] for url, doc_id in ids.items()}


@pytest.mark.parametrize("k", range(len(CASES)), ids=[c[0] for c in CASES])
def test_when_two_reports_are_one_event(cases_warehouse, k):
    first = cases_warehouse[f"http://outlet{2 * k}/story"]
    second = cases_warehouse[f"http://outlet{2 * k + 1}/story"]
    assert first and second
    assert (first == second) is CASES[k][4]


def test_cluster_counts_outlets_and_prefers_the_official_source(db_path, add_docs):
    ids = add_docs(
        docs(2) + [{"url": "http://mofcom/notice", "text": "official notice", "source_id": "mofcom",
                    "publisher": "gov", "published_at": "2026-11-20T08:00:00Z"}],
        sources=[make_source("mofcom", "gov", "CHN")],
    )  # fmt: skip
    # The same text also carried by a third outlet: a sighting, one more source.
    add_docs(
        [{"url": "http://mirror/x", "text": f"report number 0{FILLER}", "source_id": "mirror"}]
    )
    preds = [
        {"id": ids["http://outlet0/story"], "events": [make_event(status="proposed", evidence="news says", confidence=0.9)]},
        {"id": ids["http://outlet1/story"], "events": [make_event(status="proposed", evidence="news too", amount_usd=5.0)]},
        {"id": ids["http://mofcom/notice"], "events": [make_event(status="agreed",
         evidence="The ministry announced export controls on gallium.", confidence=0.5,
         minerals=["gallium", "germanium"], actors=["CHN"], partners=["USA"])]},
    ]  # fmt: skip
    store_extractions(db_path, preds, "v1")
    cluster_events(db_path)
    [row] = q(
        db_path,
        "SELECT n_documents, n_sources, official, status, evidence, evidence_doc_id, minerals, "
        "actors, partners, amount_usd, first_seen::VARCHAR, last_seen::VARCHAR, len(source_urls) "
        "FROM event_clusters",
    )
    assert row == (
        3, 4, True, "agreed", "The ministry announced export controls on gallium.",
        ids["http://mofcom/notice"], ["gallium", "germanium"], ["CHN"], ["USA"], 5.0,
        "2026-11-20 08:00:00", "2026-11-27 09:00:00", 4,
    )  # fmt: skip


def test_reclustering_is_idempotent_with_stable_ids(db_path, add_docs):
    ids = add_docs(docs(3))
    store(db_path, ids, {0: [make_event()], 1: [make_event()], 2: [make_event(action="stockpile")]})
    cluster_events(db_path)
    before = q(db_path, "SELECT * FROM event_clusters ORDER BY cluster_id")
    events_before = q(db_path, "SELECT event_id, cluster_id FROM events ORDER BY 1")
    cluster_events(db_path)
    assert q(db_path, "SELECT * FROM event_clusters ORDER BY cluster_id") == before
    assert q(db_path, "SELECT event_id, cluster_id FROM events ORDER BY 1") == events_before


def test_only_the_latest_extractor_version_counts(db_path, add_docs):
    ids = add_docs(docs(2))
    store(db_path, ids, {0: [make_event()], 1: [make_event()]}, version="v1")
    store(db_path, ids, {0: [make_event(action="stockpile")], 1: []}, version="v2")
    report = cluster_events(db_path)
    assert report["extractor_version"] == "v2"
    assert q(db_path, "SELECT action, n_events FROM event_clusters") == [("stockpile", 1)]
    assert q(db_path, "SELECT count(*) FROM events WHERE cluster_id IS NOT NULL") == [(1,)]


def test_events_of_a_superseded_revision_drop_out(db_path, add_docs):
    ids = add_docs([{"url": "http://x/a", "text": "first text"}])
    store_extractions(db_path, [{"id": ids["http://x/a"], "events": [make_event()]}], "v1")
    cluster_events(db_path)
    ids = add_docs([{"url": "http://x/a", "text": "second text"}])
    store_extractions(
        db_path, [{"id": ids["http://x/a"], "events": [make_event(action="stockpile")]}], "v1"
    )
    cluster_events(db_path)
    assert q(db_path, "SELECT action FROM event_clusters") == [("stockpile",)]


def test_a_long_running_story_does_not_chain_into_one_cluster(db_path, add_docs):
    ids = add_docs(docs(6))
    days = ["2026-01-01", "2026-01-08", "2026-01-15", "2026-01-22", "2026-01-29", "2026-02-05"]
    store(db_path, ids, {i: [make_event(event_date=d)] for i, d in enumerate(days)})
    assert cluster_events(db_path)["clusters"] >= 3


def test_an_assignment_made_stale_by_new_events_is_not_written(db_path, add_docs):
    import pyarrow as pa

    from warehouse.clusters import _write

    ids = add_docs(docs(2))
    store(db_path, ids, {0: [make_event()]})
    cluster_events(db_path)
    before = q(db_path, "SELECT * FROM event_clusters")
    stale = pa.table({"event_id": ["nope"], "cluster_id": ["cnope"]})
    assert _write(db_path, "v1", stale, (0, None), timeout=5) is None
    assert q(db_path, "SELECT * FROM event_clusters") == before


def test_the_window_holds_for_a_cluster_that_gained_a_party_late():
    import pyarrow as pa

    from warehouse.clusters import assign_clusters

    start = date(2026, 1, 1)
    rows = [  # (event_id, day offset, parties, minerals)
        ("e1", 0, ["CHN"], ["gallium"]),  # cluster A
        ("e2", 3, ["USA"], ["lithium"]),  # cluster B
        ("e3", 4, ["CHN", "USA"], ["gallium"]),  # joins A, which now also answers to USA
        ("e4", 11, ["USA"], ["gallium"]),  # 11 days after A began: not A
    ]
    table = pa.table(
        {
            "event_id": [r[0] for r in rows],
            "action": ["export_control"] * 4,
            "status": ["agreed"] * 4,
            "event_day": [start + timedelta(days=r[1]) for r in rows],
            "parties": [r[2] for r in rows],
            "minerals": [r[3] for r in rows],
        }
    )
    _ids, clusters = assign_clusters(table)
    assert clusters[0] == clusters[2]
    assert len({clusters[0], clusters[1], clusters[3]}) == 3
