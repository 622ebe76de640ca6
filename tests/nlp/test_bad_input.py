"""Hostile input never crashes the extractor; a failing document is reported and the batch goes on."""

import json
import os
import time

import pytest
from predict import PRED_KEYS

from nlp.extract import MAX_TEXT_CHARS, clean_text, extract_jsonl


def _random_junk(n: int) -> str:
    return os.urandom(n).decode("latin-1")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("empty", ""),
        ("whitespace", " \n\t\r\n  \u00a0 \u2003"),
        ("none", None),
        ("binary junk", _random_junk(20_000)),
        ("nul bytes", "China\x00 banned\x00 exports of gallium.\x00"),
        ("control characters", "China\x07 banned \x1b[31mexports\x1b[0m of \x0cgallium\x7f."),
        ("invalid surrogates", "lithium \ud800 exports \udfff banned"),
        (
            "html left in",
            "<html><head><style>p{}</style><script>var x='<p>';</script></head>"
            "<body><p>China banned exports of <b>gallium</b> on Monday.</p></body></html>",
        ),
        ("non-English", "中国商务部周一宣布对镓和锗实施出口管制。Китай ограничил экспорт галлия."),
        ("right-to-left", "أعلنت الصين حظر تصدير الغاليوم إلى الولايات المتحدة"),
        ("one huge token", "x" * 300_000),
        ("only punctuation", "!?.;,:-" * 2000),
        ("emoji", "🚀🔥 lithium 💎 exports banned by China 🇨🇳 " * 100),
    ],
)
def test_bad_text_does_not_crash(extractor, name, text):
    pred = extractor.extract({"id": name, "text": text, "published": "2024-12-03"})
    assert set(pred) == PRED_KEYS
    assert pred["id"] == name
    assert pred["error"] is None, pred["error"]
    json.dumps(pred, ensure_ascii=False)


def test_html_is_stripped_before_extraction(extractor):
    text = "<p>China banned exports of <b>gallium</b> to the United States on Monday.</p>"
    pred = extractor.extract({"id": "h", "text": text, "published": "2024-12-03"})
    [event] = pred["events"]
    assert event["action"] == "export_control"
    assert (event["actors"], event["partners"]) == (["CHN"], ["USA"])
    # the offsets point into the text given, markup and all, and the evidence is its slice
    assert event["evidence"] == text[event["start_char"] : event["end_char"]].strip()
    assert event["evidence"].startswith("China banned")


def test_non_english_text_yields_no_events(extractor):
    pred = extractor.extract(
        {"id": "zh", "text": "中国商务部周一宣布对镓和锗实施出口管制。", "published": "2024-12-03"}
    )
    assert pred["events"] == []


@pytest.mark.slow
def test_five_megabytes_is_capped_and_finishes(extractor):
    sentence = "Officials met in Canberra to discuss lithium supply and shipping schedules. "
    text = sentence * (5_000_000 // len(sentence))
    started = time.perf_counter()
    pred = extractor.extract({"id": "big", "text": text, "published": "2024-12-03"})
    assert pred["error"] is None
    assert time.perf_counter() - started < 60
    assert max(m["end_char"] for m in pred["mentions"]) <= MAX_TEXT_CHARS


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"text": "no id here"}, "BadDocument: document has no 'id'"),
        ({"id": "n", "text": 42}, "BadDocument: 'text' must be a string, got int"),
        ({"id": "l", "text": ["a", "list"]}, "BadDocument: 'text' must be a string, got list"),
        (["not", "a", "dict"], "BadDocument: expected a JSON object, got list"),
        ("a string", "BadDocument: expected a JSON object, got str"),
    ],
)
def test_malformed_documents_fail_with_a_reason(extractor, document, reason):
    pred = extractor.extract(document)
    assert pred["error"] == reason
    assert pred["events"] == [] and pred["minerals"] == []


@pytest.mark.parametrize("published", [None, "", "yesterday-ish", "2024-13-45", 20241203, {"x": 1}])
def test_odd_publication_dates_are_tolerated(extractor, published):
    pred = extractor.extract(
        {"id": "p", "text": "China banned exports of gallium on Monday.", "published": published}
    )
    assert pred["error"] is None
    assert pred["events"][0]["action"] == "export_control"


def test_a_document_that_raises_is_reported_and_the_batch_goes_on(extractor, monkeypatch):
    original = extractor._collect

    def explode(doc, offset, base, pred):
        if "boom" in doc.text:
            raise RuntimeError("simulated failure\nsecond line")
        return original(doc, offset, base, pred)

    monkeypatch.setattr(extractor, "_collect", explode)
    docs = [
        {"id": "a", "text": "China banned exports of gallium.", "published": "2024-12-03"},
        {"id": "b", "text": "boom", "published": "2024-12-03"},
        {"id": "c", "text": "Japan signed a lithium pact with Chile.", "published": "2024-12-03"},
    ]
    preds = list(extractor.extract_many(docs))
    assert [p["id"] for p in preds] == ["a", "b", "c"]
    assert preds[1]["error"] == "RuntimeError: simulated failure"
    assert preds[0]["error"] is None and preds[2]["error"] is None


def test_jsonl_with_junk_lines_keeps_one_output_per_line(tmp_path, extractor):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "ok", "text": "China banned gallium exports.", "published": "2024-12-03"}\n'
        b"\xff\xfe garbage \x00\n"
        b"[1, 2, 3]\n"
        b"\n"
        b'{"id": "ok2", "text": "", "published": null}\n'
    )
    out = tmp_path / "out.jsonl"
    counts = extract_jsonl(src, out, extractor=extractor)
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["ok", "line-2", "line-3", "ok2"]
    assert [p["error"] is None for p in preds] == [True, False, False, True]
    assert counts["bad_lines"] == 2


def test_clean_text_removes_controls_and_keeps_newlines():
    assert clean_text("a\x00b.\r\nc\x1bd\te") == "a b. \nc d\te"  # as long as the text


@pytest.mark.parametrize(
    "text",
    [
        "The United States pledged 10 billion dollar\u017f for lithium mines in Chile.",
        "Japan offered 5 million euro\u017f and 20 \u212at of cobalt to Zambia.",
        "India will spend 3 bn rupee\u017f on a graphite plant, 10 b\u0131llion dollars in all.",
    ],
)
def test_unicode_case_oddities_in_amounts_do_not_fail_the_document(extractor, text):
    pred = extractor.extract({"id": "fold", "text": text, "published": "2024-12-03"})
    assert pred["error"] is None, pred["error"]
