"""pending_documents and store_extractions: one version's rows replaced whole."""

from __future__ import annotations

import shutil

import pytest
from wh_factories import load_docs, make_event

from warehouse.db import connect
from warehouse.extractions import event_id_for, pending_documents, store_extractions


def q(db_path, sql, params=()):
    with connect(db_path, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def pred(doc_id, events=(), mentions=(), error=None):
    return {"id": doc_id, "events": list(events), "mentions": list(mentions), "error": error}


MENTION = {
    "sentence": 0,
    "start_char": 0,
    "end_char": 5,
    "kind": "country",
    "norm_id": "CHN",
    "text": "China",
}


def test_pending_lists_current_documents_not_yet_extracted_by_this_version(db_path, add_docs):
    ids = add_docs(
        [
            {"url": "http://x/a", "text": "China restricts gallium.", "published_at": "2026-11-27T23:30:00Z"},
            {"url": "http://x/b", "text": "Japan funds lithium.", "published_at": None,
             "fetched_at": "2026-11-28T08:00:00Z"},
        ]
    )  # fmt: skip
    pending = {p["id"]: p for p in pending_documents(db_path, "v1")}
    assert set(pending) == set(ids.values())
    assert pending[ids["http://x/a"]]["published"] == "2026-11-27"
    assert pending[ids["http://x/b"]]["published"] == "2026-11-28"  # falls back to fetched_at
    assert pending[ids["http://x/a"]]["text"] == "China restricts gallium."
    store_extractions(db_path, [pred(ids["http://x/a"])], "v1")
    assert [p["id"] for p in pending_documents(db_path, "v1")] == [ids["http://x/b"]]
    assert len(pending_documents(db_path, "v2")) == 2


def test_a_page_without_text_is_read_from_its_feed_summary(db_path, add_docs):
    ids = add_docs(
        [
            {"url": "http://x/a", "text": "", "summary": "China restricts gallium exports."},
            {"url": "http://x/b", "text": "  \n", "summary": "Japan funds a lithium refinery."},
            {"url": "http://x/c", "text": "Chile signs a lithium pact.", "summary": "Teaser."},
            {"url": "http://x/d", "text": "", "summary": None},
        ]
    )
    texts = {p["id"]: p["text"] for p in pending_documents(db_path, "v1")}
    assert texts == {
        ids["http://x/a"]: "China restricts gallium exports.",
        ids["http://x/b"]: "Japan funds a lithium refinery.",
        ids["http://x/c"]: "Chile signs a lithium pact.",
        ids["http://x/d"]: "",
    }


def test_a_revised_document_is_pending_again(db_path, add_docs):
    first = add_docs([{"url": "http://x/a", "text": "China restricts gallium."}])
    store_extractions(db_path, [pred(first["http://x/a"])], "v1")
    second = add_docs([{"url": "http://x/a", "text": "China restricts gallium and germanium."}])
    assert [p["id"] for p in pending_documents(db_path, "v1")] == [second["http://x/a"]]


def test_storing_again_replaces_that_versions_rows_only(db_path, add_docs):
    doc = add_docs([{"url": "http://x/a", "text": "China restricts gallium."}])["http://x/a"]
    store_extractions(db_path, [pred(doc, [make_event(), make_event()], [MENTION])], "v1")
    store_extractions(db_path, [pred(doc, [make_event(action="trade_measure")])], "v2")
    store_extractions(
        db_path, [pred(doc, [make_event(status="revoked")], [MENTION, MENTION])], "v1"
    )
    got = q(db_path, "SELECT extractor_version, status, action FROM events ORDER BY 1")
    assert got == [("v1", "revoked", "export_control"), ("v2", "agreed", "trade_measure")]
    assert q(db_path, "SELECT extractor_version, count(*) FROM mentions GROUP BY 1") == [("v1", 2)]
    assert q(
        db_path, "SELECT extractor_version, count(*) FROM extractions GROUP BY 1 ORDER BY 1"
    ) == [
        ("v1", 1),
        ("v2", 1),
    ]


def test_a_failed_document_is_recorded_with_its_error_and_not_handed_out_again(db_path, add_docs):
    doc = add_docs([{"url": "http://x/a", "text": "text"}])["http://x/a"]
    report = store_extractions(db_path, [pred(doc, error="tokenizer exploded")], "v1")
    assert report["errors"] == 1
    assert q(db_path, "SELECT error FROM extractions") == [("tokenizer exploded",)]
    assert pending_documents(db_path, "v1") == []


def test_event_ids_are_deterministic_and_distinct_per_version(db_path, add_docs):
    doc = add_docs([{"url": "http://x/a", "text": "text"}])["http://x/a"]
    events = [make_event(sentence=0), make_event(sentence=0), make_event(sentence=2)]
    store_extractions(db_path, [pred(doc, events)], "v1")
    store_extractions(db_path, [pred(doc, events)], "v2")
    got = {r[0] for r in q(db_path, "SELECT event_id FROM events WHERE extractor_version = 'v1'")}
    want = {event_id_for(doc, "v1", e["sentence"], e["action"], i) for i, e in enumerate(events)}
    assert got == want and len(got) == 3
    assert q(db_path, "SELECT count(DISTINCT event_id) FROM events") == [(6,)]


DAY_CASES = [
    ("2026-03-15", "2026-11-27T09:00:00Z", "2026-03-15"),
    ("2026-03", "2026-11-27T09:00:00Z", "2026-03-01"),
    ("2025", "2026-11-27T09:00:00Z", "2025-01-01"),
    (None, "2026-11-27T09:00:00Z", "2026-11-27"),
    ("2026-02-30", "2026-11-27T09:00:00Z", "2026-11-27"),
    ("next week", "2026-11-27", "2026-11-27"),
    (None, None, "2026-11-28"),  # no publication date: the fetch day
]


def _days_of_cases(root, template_db, published: list, events_of, where: str = "") -> list:
    """One document per case, published as given, holding `events_of(k)`, all stored in one
    warehouse: each document's `event_day` (of its events matching `where`)."""
    db_path = root / "oreline.duckdb"
    shutil.copyfile(template_db, db_path)
    docs = [{"url": f"http://x/{k}", "text": f"t{k}", "published_at": when}
            for k, when in enumerate(published)]  # fmt: skip
    ids = load_docs(db_path, root / "raw", docs)
    preds = [pred(ids[f"http://x/{k}"], events_of(k)) for k in range(len(published))]
    store_extractions(db_path, preds, "v1")
    got = dict(q(db_path, f"SELECT doc_id, event_day::VARCHAR FROM events {where}"))
    return [got[ids[f"http://x/{k}"]] for k in range(len(published))]


@pytest.fixture(scope="module")
def event_days(tmp_path_factory, template_db):
    """Each case is one document with one event, all stored in one warehouse."""
    return _days_of_cases(
        tmp_path_factory.mktemp("days"),
        template_db,
        [c[1] for c in DAY_CASES],
        lambda k: [make_event(event_date=DAY_CASES[k][0])],
    )


@pytest.mark.parametrize("k", range(len(DAY_CASES)), ids=[str(c[:2]) for c in DAY_CASES])
def test_event_day_resolves_partial_dates(event_days, k):
    assert event_days[k] == DAY_CASES[k][2]


# (the lead sentence's event dates, the published time, the undated later event's day): the
# report's news day is the latest full date of its lead, at most a week before publication
NEWS_DAY_CASES = [
    (["2026-11-26"], "2026-11-27T09:00:00Z", "2026-11-26"),  # "said on Thursday"
    (["2026-11-20", "2026-11-26"], "2026-11-27T09:00:00Z", "2026-11-26"),  # the latest
    (["2026-11-27"], "2026-11-27T09:00:00Z", "2026-11-27"),  # the day itself
    (["2026-11-10"], "2026-11-27T09:00:00Z", "2026-11-27"),  # older than a week: background
    (["2026-12-01"], "2026-11-27T09:00:00Z", "2026-11-27"),  # after publication: a plan
    (["2026-11"], "2026-11-27T09:00:00Z", "2026-11-27"),  # a month only
    ([None], "2026-11-27T09:00:00Z", "2026-11-27"),  # an undated lead
]


@pytest.fixture(scope="module")
def news_days(tmp_path_factory, template_db):
    """Each case is one document: its lead's events, then an undated event in sentence 3."""
    return _days_of_cases(
        tmp_path_factory.mktemp("news"),
        template_db,
        [c[1] for c in NEWS_DAY_CASES],
        lambda k: (
            [make_event(sentence=0, event_date=d) for d in NEWS_DAY_CASES[k][0]]
            + [make_event(sentence=3, action="investment", event_date=None)]
        ),
        "WHERE sentence = 3",
    )


@pytest.mark.parametrize("k", range(len(NEWS_DAY_CASES)), ids=[str(c[0]) for c in NEWS_DAY_CASES])
def test_an_undated_event_takes_the_day_of_the_reports_news(news_days, k):
    assert news_days[k] == NEWS_DAY_CASES[k][2]


def test_list_and_number_fields_round_trip(db_path, add_docs):
    doc = add_docs([{"url": "http://x/a", "text": "t"}])["http://x/a"]
    event = make_event(
        actors=["USA", "JPN"], partners=["EU"], minerals=[], amount_usd=1.5e9, amount="$1.5bn",
        currency="USD", quantity_t=2000.0, deadline="2030", bloc_phrase="a trading bloc",
    )  # fmt: skip
    store_extractions(db_path, [pred(doc, [event])], "v1")
    got = q(
        db_path,
        "SELECT actors, partners, minerals, amount_usd, amount, currency, quantity_t, deadline, "
        "bloc_phrase, confidence FROM events",
    )
    assert got == [(["USA", "JPN"], ["EU"], [], 1.5e9, "$1.5bn", "USD", 2000.0, "2030",
                     "a trading bloc", 0.8)]  # fmt: skip


def test_odd_field_types_are_coerced_not_fatal(db_path, add_docs):
    doc = add_docs([{"url": "http://x/a", "text": "t"}])["http://x/a"]
    odd = {"action": "stockpile", "sentence": "3", "actors": ("USA",), "amount_usd": "lots",
           "confidence": True, "minerals": None}  # fmt: skip
    store_extractions(db_path, [pred(doc, [odd])], "v1")
    got = q(
        db_path, "SELECT action, sentence, actors, minerals, amount_usd, confidence FROM events"
    )
    assert got == [("stockpile", None, ["USA"], [], None, None)]


def test_a_document_repeated_across_batches_keeps_its_last_prediction(db_path, add_docs):
    ids = add_docs([{"url": f"http://x/{i}", "text": f"t{i}"} for i in range(3)])
    a, b, c = (ids[f"http://x/{i}"] for i in range(3))
    preds = [pred(a, [make_event()]), pred(b), pred(a, [make_event(action="stockpile")]), pred(c)]
    report = store_extractions(db_path, preds, "v1", batch_docs=2)
    assert report["documents"] == 3
    assert q(db_path, "SELECT doc_id, action FROM events") == [(a, "stockpile")]
    assert q(db_path, "SELECT count(*) FROM extractions") == [(3,)]
