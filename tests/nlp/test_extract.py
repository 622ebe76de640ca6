"""Batch extraction: the prediction format, input order, process pool, JSON lines and CLI."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from predict import PRED_KEYS

import nlp.extract as extract_module
from nlp import EXTRACTOR_VERSION
from nlp.extract import Extractor, chunks, extract_jsonl, main

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
EVENT_KEYS = {
    "action",
    "status",
    "actors",
    "partners",
    "minerals",
    "amount_usd",
    "event_date",
    "amount",
    "currency",
    "quantity_t",
    "deadline",
    "sentence",
    "start_char",
    "end_char",
    "evidence",
    "confidence",
    "bloc_phrase",
}
DOC = {
    "id": "doc-1",
    "title": "China curbs gallium exports",
    "published": "2023-07-04",
    "text": (
        "China will require exporters of gallium and germanium to hold licences from August 1, "
        "the commerce ministry said on Monday.\n\nThe European Commission said it was concerned."
    ),
}


def test_prediction_has_the_contract_fields(extractor):
    pred = extractor.extract(DOC)
    assert set(pred) == PRED_KEYS
    assert pred["id"] == "doc-1"
    assert pred["error"] is None
    assert pred["extractor_version"] == EXTRACTOR_VERSION
    assert set(pred["minerals"]) == {"gallium", "germanium"}
    assert {"CHN", "EU"} <= set(pred["countries"]) | set(pred["blocs"])
    assert pred["actions"] == ["export_control"]
    [event] = pred["events"]
    assert set(event) == EVENT_KEYS
    assert (event["action"], event["status"], event["actors"]) == (
        "export_control",
        "agreed",
        ["CHN"],
    )
    assert event["event_date"] == "2023-07-03"
    assert DOC["text"][event["start_char"] : event["end_char"]].strip() == event["evidence"]
    json.dumps(pred)  # plain JSON all the way down


def test_mentions_point_into_the_text(extractor):
    pred = extractor.extract(DOC)
    assert pred["mentions"]
    for mention in pred["mentions"]:
        assert DOC["text"][mention["start_char"] : mention["end_char"]] == mention["text"]
        assert mention["kind"] in ("mineral", "country", "bloc")
    kinds = {(m["kind"], m["norm_id"]) for m in pred["mentions"]}
    assert ("mineral", "gallium") in kinds
    assert {m["sentence"] for m in pred["mentions"]} == {0, 1}


def test_long_text_is_chunked_with_offsets_kept(extractor):
    filler = "Markets were calm and nothing else happened that week. " * 5000
    text = filler + "China banned exports of antimony to the United States on Monday."
    pred = extractor.extract({"id": "long", "text": text, "published": "2024-12-03"})
    [event] = pred["events"]
    assert text[event["start_char"] : event["end_char"]].strip() == event["evidence"]
    assert event["sentence"] == 5000


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Lithium\x00 ban\x07.\tNew.\nline", "Lithium  ban .\tNew.\nline"),
        ("Cobalt\x1f curbs\x7f", "Cobalt  curbs "),
        ("Côte d'Ivoire\x0b and \x85 \ud800 cobalt", "Côte d'Ivoire  and     cobalt"),
        ("plain ascii text.\r\nnext.\rend", "plain ascii text. \nnext.\nend"),
        (
            "Japan will lend \uff04500 million in \uff12\uff10\uff12\uff16\u3000now",
            "Japan will lend $500 million in 2026 now",
        ),
        ("\ufeffIndonesia\u200b banned nickel\u2060 exports", " Indonesia  banned nickel  exports"),
    ],
)
def test_clean_text_replaces_control_characters_in_ascii_and_other_text(text, cleaned):
    assert extract_module.clean_text(text) == cleaned


def test_chunks_cut_at_sentence_ends_and_cover_the_text():
    text = "One sentence here. " * 30
    parts = chunks(text, size=100)
    assert "".join(piece for _, piece in parts) == text
    assert all(len(piece) <= 100 for _, piece in parts)
    assert all(piece.endswith(". ") or piece.endswith(".") for _, piece in parts[:-1])


def _docs(n: int) -> list[dict]:
    return [
        {
            "id": f"d{i}",
            "text": f"China banned exports of gallium on day {i}.",
            "published": "2024-12-03",
        }
        for i in range(n)
    ]


def test_extract_many_keeps_input_order(extractor):
    ids = [p["id"] for p in extractor.extract_many(iter(_docs(20)))]
    assert ids == [f"d{i}" for i in range(20)]


@pytest.mark.slow
def test_extract_many_with_two_workers_keeps_order_and_results(extractor):
    docs = _docs(30)
    single = list(extractor.extract_many(docs))
    pooled = list(extractor.extract_many(iter(docs), workers=2, chunk_docs=4))
    assert [p["id"] for p in pooled] == [d["id"] for d in docs]
    assert pooled == single


def test_extract_jsonl_writes_one_line_per_input_line(tmp_path, extractor):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(d) for d in _docs(3)]
    lines.insert(1, "{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "pred.jsonl"
    counts = extract_jsonl(src, out, extractor=extractor)
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in preds] == ["d0", "line-2", "d1", "d2"]
    assert preds[1]["error"].startswith("BadDocument: not JSON")
    assert counts["documents"] == 4 and counts["errors"] == 1 and counts["bad_lines"] == 1


def test_command_line_writes_predictions(tmp_path, monkeypatch, capsys, extractor):
    """`python -m nlp.extract --jsonl IN --out OUT`, run in-process on the shared pipeline."""
    monkeypatch.setattr(extract_module, "Extractor", lambda *args, **kwargs: extractor)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in _docs(2)) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert main(["--jsonl", str(src), "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().err.strip().splitlines()[-1])["documents"] == 2
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_command_line_without_out_writes_to_stdout(tmp_path, monkeypatch, capsys, extractor):
    monkeypatch.setattr(extract_module, "Extractor", lambda *args, **kwargs: extractor)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(_docs(1)[0]) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(src)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "d0"


def test_main_requires_an_input():
    with pytest.raises(SystemExit):
        main([])


def test_dev_set_meets_the_event_targets(tmp_path, extractor):
    """The development corpus, scored by the shared scorer, stays above the issue's targets."""
    gold_path = SHARED / "corpus" / "dev.jsonl"
    scorer = SHARED / "eval" / "score.py"
    if not gold_path.exists() or not scorer.exists():
        pytest.skip("../shared corpus or scorer is absent")
    out = tmp_path / "dev.pred.jsonl"
    extract_jsonl(gold_path, out, extractor=extractor)
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold_path), str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["actions"]["f1"] >= 0.85
    assert scores["events"]["f1"] >= 0.70


def test_a_model_that_is_not_installed_falls_back_to_the_rules(monkeypatch):
    import spacy

    from nlp.pipeline import build_pipeline

    if spacy.util.is_package("oreline_no_such_model"):
        pytest.skip("a package of that name exists")
    monkeypatch.setenv("ORELINE_SPACY_MODEL", "oreline_no_such_model")
    nlp = build_pipeline()
    assert nlp.pipe_names == ["oreline_sentences", "oreline_entities", "oreline_events_v1"]


def test_the_tokenizer_cache_has_room_for_the_documents_words(extractor):
    """The components tokenize ~20,000 phrases while the pipeline is built; spaCy's tokenizer
    caches only its first 10,000 chunks, so the built pipeline's cache must be larger than
    a blank tokenizer's, or no word of the documents is ever cached."""
    import spacy

    from nlp.pipeline import room_for_text

    default = spacy.blank("en").tokenizer.max_cache_size
    assert default > 0
    assert extractor.nlp.tokenizer.max_cache_size == 2 * default
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = 0  # a cache turned off stays off
    room_for_text(nlp)
    assert nlp.tokenizer.max_cache_size == 0


# --- sentence splitter ------------------------------------------------------------------------

SPLIT_CASES = [
    "",
    ".",
    "...",
    "China curbs gallium",
    "!! Then words. And more",
    'He said "Yes." Then left. "No!" she said.',
    "U.S. rules. Next!? ok",
    "Mr. Smith went. He left",
    "x:\n\ny. z",
    ". . . word",
    # long enough for the array path (48 tokens and more)
    " ".join(["China restricts gallium exports, citing security (again)."] * 12),
    " ".join(["The ministry said so! Really? Yes… the curbs start soon; prices rose 4%."] * 9),
    # enders beyond ASCII, and characters beyond ASCII that are no enders
    "Beijing said so。Curbs follow。 Next",
    "Stop‼ Go on. Naïve “quotes” stay — here？ Yes",
    "भारत ने कहा। नया नियम॥ ok",
    "A deal 𑁇 struck. Then",
    # an ender inside a token is no ender token; closing punctuation before the next word
    "3.5 tonnes (approx.) sold.) Next [ok]. «Then» 'x' ... end",
    "“Done.” ‘Next.’ — Ok!\n\n\nNew paragraph?!  Spaces   here.",
]


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_sentence_splitter_agrees_with_spacy_sentencizer(text):
    import spacy

    from nlp.sentences import FACTORY, sentence_bounds

    stock = spacy.blank("en")
    stock.add_pipe("sentencizer")
    ours = spacy.blank("en")
    ours.add_pipe(FACTORY)
    a, b = stock(text), ours(text)
    assert [t.is_sent_start for t in b] == [t.is_sent_start for t in a]
    expected = [_past_blank(s) for s in a.sents] if len(a) else []
    assert [tuple(s) for s in sentence_bounds(b)] == expected
    assert [tuple(s) for s in sentence_bounds(a)] == expected


def _past_blank(sent):
    """A stock sentence's bounds with the blank lines it opens on left out (not all of a
    sentence that is only blank)."""
    start = sent.start
    while start < sent.end - 1 and sent.doc[start].is_space:
        start += 1
    return (start, sent.end, sent.doc[start].idx, sent.end_char)


@pytest.mark.parametrize(
    "text, openings",
    [
        ("Chile acted. It said so.\n\nIts senate agreed. More.", ["Chile", "It", "Its", "More"]),
        ("One.\n\n\n\n“Quote,” he said.\n\n", ["One", "“", "\n\n"]),
        ("\n\nLead text. Then", ["Lead", "Then"]),
    ],
)
def test_a_paragraphs_first_sentence_opens_on_its_first_word(text, openings):
    """Readings of a sentence's opening ("Its ...", "Governments ...") must see a
    paragraph's first sentence too: spaCy's sentencizer opens it on the line break."""
    import spacy

    from nlp.sentences import FACTORY, sentence_bounds

    ours = spacy.blank("en")
    ours.add_pipe(FACTORY)
    doc = ours(text)
    assert [doc[s.start].text for s in sentence_bounds(doc)] == openings
    assert all(doc.text[s.start_char :].startswith(doc[s.start].text) for s in sentence_bounds(doc))


def test_title_entities_match_the_title_run_through_the_pipeline(extractor):
    """Titles skip the pipeline's annotation steps; their entities must not change by it."""
    from nlp.entities import found

    titles = [
        "Beijing tightens gallium curbs",
        "AU summit: lead, tin and the U.S.-China row. Georgia reacts",
        "Congo cobalt: Kinshasa and Brazzaville disagree",
        "",
        "   ",
        "Chad and Jordan sign a lithium pact",
    ]
    for title in titles:
        doc = extractor._run(title, {}, events=False)
        assert extractor._title_entities(title)[0] == (found(doc) if len(doc) else [])


GEORGIA_STATE_BODY = (
    "ATLANTA - Georgia's environmental regulators on Tuesday issued draft permits for a "
    "titanium mine near the Okefenokee Swamp, where black bears and sea birds nest. The "
    "company plans to mine heavy mineral sands on 582 acres."
)


@pytest.mark.parametrize(
    ("title", "body", "countries"),
    [
        # the body's dateline says which Georgia the title means
        ("Georgia regulators issue draft titanium permits", GEORGIA_STATE_BODY, []),
        (
            "Georgia regulators issue draft manganese permits",
            "TBILISI - Georgia's economy ministry issued draft permits for manganese mines "
            "in Chiatura on Tuesday.",
            ["GEO"],
        ),
        # "black" and "sea" apart are no cue for the country; the phrase is
        (
            "Georgia approves a new port",
            "Georgia approved a deep-water port on the Black Sea coast for manganese exports.",
            ["GEO"],
        ),
        # a title with no word of `title_reads_body` is read alone
        ("Chile sets a lithium royalty", GEORGIA_STATE_BODY, ["CHL"]),
    ],
)
def test_an_ambiguous_title_is_read_with_its_body(extractor, title, body, countries):
    spans, _ = extractor._title_entities(title, body)
    assert sorted({s.kb_id_ for s in spans if s.label_ == "COUNTRY"}) == countries
    # only the title's own entities are kept
    assert all(s.end <= len(extractor.nlp.make_doc(title)) for s in spans)


def test_a_georgia_state_story_is_not_the_countrys(extractor):
    pred = extractor.extract(
        {
            "id": "ga1",
            "published": "2025-03-04",
            "title": "Georgia regulators issue draft titanium permits",
            "text": GEORGIA_STATE_BODY,
        }
    )
    assert "GEO" not in pred["countries"]
    assert all("GEO" not in e["actors"] + e["partners"] for e in pred["events"])


def test_sentence_bounds_without_sentences_fails_like_doc_sents():
    import spacy

    from nlp.sentences import sentence_bounds

    doc = spacy.blank("en")("Two sentences. Not split yet.")
    with pytest.raises(ValueError):
        sentence_bounds(doc)


def test_mentions_carry_sentence_numbers_and_exact_text(extractor):
    doc = {
        "id": "t1",
        "published": "2025-06-04",
        "title": "Beijing tightens gallium curbs",
        "text": "China said on Monday it would restrict exports of gallium from August 1. "
        "Prices of germanium rose. The weather was mild.",
    }
    pred = extractor.extract(doc)
    assert pred["minerals"] == ["gallium", "germanium"]
    assert [m["sentence"] for m in pred["mentions"]] == [0, 0, 1]
    for m in pred["mentions"]:
        assert doc["text"][m["start_char"] : m["end_char"]] == m["text"]
    assert [(e["action"], e["sentence"]) for e in pred["events"]] == [("export_control", 0)]


DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"


def _sample_documents() -> list[dict]:
    docs = [
        {
            "id": "s1",
            "title": "AU summit: lead and tin curbs. Georgia reacts",
            "published": "2025-01-10",
            "text": "China restricted exports of gallium on Monday. The African Union (AU) met "
            "in Addis Ababa. Lead prices rose; U.S.-China talks stalled!\n\nIndonesia banned "
            "nickel ore exports from January, the ministry said.",
        }
    ]
    if DEV.exists():
        docs += [json.loads(line) for line in DEV.open(encoding="utf-8")][:12]
    return docs


def test_a_pipeline_with_spacys_sentencizer_predicts_the_same(extractor):
    """The stock sentencizer in place of ours (as a statistical model's parser would be):
    the title then runs through the pipeline, and sentence starts come from the doc."""
    import spacy

    import nlp.entities  # noqa: F401 - registers the entity factory

    stock = spacy.blank("en")
    stock.add_pipe("sentencizer")
    stock.add_pipe("oreline_entities")
    stock.add_pipe("oreline_events_v1")
    other = Extractor(nlp=stock)
    assert other._title_procs is None and extractor._title_procs is not None
    for doc in _sample_documents():
        assert other.extract(doc) == extractor.extract(doc)


def test_nlp_pipe_gives_what_the_extractor_gives(extractor):
    """The components run by spaCy itself (nlp.pipe) find the same entities and events."""
    from nlp.entities import entity_sets

    docs = [d for d in _sample_documents()]
    texts = [extract_module.clean_text(d["text"]) for d in docs]
    for doc, parsed in zip(docs, extractor.nlp.pipe(texts), strict=True):
        pred = extractor.extract({"id": doc["id"], "text": doc["text"]})
        sets = entity_sets(parsed)
        assert [sets[k] for k in ("minerals", "countries", "blocs")] == [
            pred["minerals"],
            pred["countries"],
            pred["blocs"],
        ]
        events = [dict(e) for e in parsed._.oreline_events]
        assert events == pred["events"]


def test_extractor_docs_carry_entities_and_sentences_without_annotations(extractor):
    """The extractor's own docs file the entity tuples and sentence starts only; they are
    the ones the spaCy components put beside their spans and SENT_START annotations, and the
    pipeline run by hand still gets those."""
    from nlp.entities import SPANS_KEY, found
    from nlp.sentences import sentence_bounds
    from nlp.token_arrays import forget

    text = (
        "China and the EU agreed on cobalt and lithium supplies. Chile sells copper! "
        "Did Peru? Georgia, the country, said no."
    )
    doc = extractor._run(text, {}, events=False)
    assert SPANS_KEY not in doc.spans
    assert not doc.has_annotation("SENT_START")
    full = extractor.nlp(text)
    spans = [(s.start, s.end, s.label_, s.kb_id_) for s in full.spans[SPANS_KEY]]
    assert [tuple(f) for f in found(doc)] == spans
    assert len(spans) >= 5
    sents = [(s.start, s.end, s.start_char, s.end_char) for s in full.sents]
    forget()  # the starts come from the doc itself, not the arrays kept for the last doc
    assert [tuple(s) for s in sentence_bounds(doc)] == sents
    assert len(sents) == 4


def test_a_component_after_the_rules_still_reads_their_annotations():
    """Annotations are skipped only when no component of another kind comes after the rule
    components: one added after them still reads sentences and entity spans."""
    from spacy.language import Language

    from nlp.entities import SPANS_KEY
    from nlp.pipeline import build_pipeline

    seen: list[tuple[int, list[str]]] = []

    @Language.component("test_reads_annotations")
    def reads(doc):
        seen.append((len(list(doc.sents)), [s.kb_id_ for s in doc.spans[SPANS_KEY]]))
        return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_reads_annotations")
    pred = Extractor(nlp=nlp).extract({"id": "x", "text": "Chile sells copper. Peru too."})
    assert seen == [(2, ["CHL", "copper", "PER"])]
    assert pred["countries"] == ["CHL", "PER"]
