"""The phrase matcher shared by the entity gazetteer and the cue lists."""

import contextlib
import json
import pickle
from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from nlp.cues import CueMatcher
from nlp.entities import FACTORY_NAME, READER
from nlp.phrases import SharedPhrases, shared_phrases
from nlp.pipeline import build_pipeline

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"

TEXTS = [
    "China said it would restrict exports of gallium and germanium from August 1.",
    "The Inflation Reduction Act and the Defense Production Act fund rare earths projects.",
    "The EU's Critical Raw Materials Act sets targets; CFIUS reviewed the deal.",
    "U.S.-China talks on lithium, cobalt and nickel stalled. Indonesia banned ore exports.",
    "The National Defense Stockpile and the Defense Logistics Agency bought rare earth oxide.",
    "",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:15]
    return texts


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def test_pipeline_components_share_one_matcher(pipeline):
    entities = pipeline.get_pipe(FACTORY_NAME)
    cues = pipeline.get_pipe("oreline_events_v1").cues
    assert entities.phrases is cues.phrases
    assert set(entities.phrases.readers) == {"entities", "cues"}


def test_a_span_gives_one_match_however_many_keys_hold_it(pipeline):
    """Each distinct phrase is stored once: the scan lists every span once, and the readers'
    own matches of a span held by several keys come from that one match."""
    shared = pipeline.get_pipe(FACTORY_NAME).phrases
    for text in _texts():
        doc = pipeline.make_doc(text)
        spans = [(s, e) for _, s, e in shared.matches(doc)]
        assert len(spans) == len(set(spans))
        owned = {(s, e) for reader in shared.readers for _, s, e in shared.own(reader, doc)}
        assert owned == set(spans)


def test_shared_matching_gives_what_separate_matchers_give(pipeline):
    """Cue hits and entity matches equal those of a cue matcher and an entity component
    built alone, in the same order, on every text, when both list every match; with the
    deferred combo words looked for beside their triggers alone (which words are deferred
    depends on the phrases the other reader shares), each lists a part of them."""
    cue_nlp = spacy.blank("en")
    alone_cues = CueMatcher(cue_nlp)
    alone_nlp = spacy.blank("en")
    alone_entities = alone_nlp.add_pipe(FACTORY_NAME)
    assert alone_entities.phrases is not alone_cues.phrases
    shared_cues = pipeline.get_pipe("oreline_events_v1").cues
    shared_entities = pipeline.get_pipe(FACTORY_NAME)
    for text in _texts():
        doc = pipeline.make_doc(text)
        deferred = shared_cues(doc)
        alone_deferred = alone_cues(cue_nlp.make_doc(text))
        with _every_match(shared_cues, alone_cues):
            got_cues = shared_cues(pipeline.make_doc(text))
            assert got_cues == alone_cues(cue_nlp.make_doc(text))
        for part in (deferred, alone_deferred):
            assert part == [hit for hit in got_cues if hit in set(part)]
        got_entities = shared_entities.phrases.own(READER, doc)
        separate = alone_entities.phrases.own(READER, alone_nlp.make_doc(text))
        named = [(alone_nlp.vocab.strings[m], s, e) for m, s, e in separate]
        assert [(pipeline.vocab.strings[m], s, e) for m, s, e in got_entities] == named


@contextlib.contextmanager
def _every_match(*matchers):
    """The cue matchers list every match while inside (as for the action model's candidates)."""
    saved = [m.phrases.complete for m in matchers]
    for m in matchers:
        m.phrases.complete = lambda: True
    try:
        yield
    finally:
        for m, complete in zip(matchers, saved, strict=True):
            m.phrases.complete = complete


def test_a_doc_is_scanned_once_per_pass(pipeline):
    shared = pipeline.get_pipe(FACTORY_NAME).phrases
    doc = pipeline.make_doc(TEXTS[0])
    first = shared.matches(doc)
    assert shared.matches(doc) is first
    other = pipeline.make_doc(TEXTS[0])
    assert shared.matches(other) is not first
    assert shared.matches(other) == first


def test_a_retokenized_doc_is_matched_again(pipeline):
    shared = pipeline.get_pipe(FACTORY_NAME).phrases
    doc = pipeline.make_doc("Rare earths from China.")
    before = shared.matches(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = shared.matches(doc)
    assert {e for _, _, e in before} != {e for _, _, e in after}
    assert all(e <= len(doc) for _, _, e in after)


def _words(nlp, *texts):
    return [nlp.make_doc(t) for t in texts]


def test_readers_keep_their_own_key_order_on_a_phrase_both_hold():
    """One reader stores a phrase under several keys, another under one: each reader gets
    its keys in the order a matcher of its own would list them."""
    nlp = spacy.blank("en")
    shared = SharedPhrases(nlp.vocab)
    names_a = [f"a{i}" for i in range(12)]
    for name in names_a:
        shared.add("a", name, _words(nlp, "rare earth", f"word {name}"))
    for i in range(12):
        shared.add("b", f"b{i}", _words(nlp, "rare earth"))
    alone = PhraseMatcher(nlp.vocab, attr="LOWER")
    for name in names_a:
        alone.add(name, _words(nlp, "rare earth", f"word {name}"))
    doc = nlp.make_doc("Rare earth and word a3 and rare earth.")
    assert shared.own("a", doc) == alone(doc)
    alone_b = PhraseMatcher(nlp.vocab, attr="LOWER")
    for i in range(12):
        alone_b.add(f"b{i}", _words(nlp, "rare earth"))
    assert shared.own("b", doc) == alone_b(doc)


def test_keyed_matches_are_the_own_matches_with_their_keys():
    """`keyed` reads the shared scan once; it must list what `own` lists, with the values
    the reader gave its keys, also after more keys were added."""
    nlp = spacy.blank("en")
    shared = SharedPhrases(nlp.vocab)
    keys: dict[str, dict[int, str]] = {"a": {}, "b": {}}
    doc = nlp.make_doc("Rare earth and word a3, lithium and rare earth. Word a11")
    for i in range(12):
        keys["a"][shared.add("a", f"a{i}", _words(nlp, "rare earth", f"word a{i}"))] = f"A{i}"
        keys["b"][shared.add("b", f"b{i}", _words(nlp, "rare earth", "lithium"))] = f"B{i}"
        if i == 5:
            assert len(shared.keyed("a", doc, dict(keys["a"]))) == 2 * 6 + 1
    for reader in ("a", "b"):
        own = shared.own(reader, doc)
        assert own
        assert shared.keyed(reader, doc, keys[reader]) == [
            (keys[reader][m], s, e) for m, s, e in own
        ]
    assert len(shared.keyed("a", doc, keys["a"])) == 2 * 12 + 2
    assert len(shared.keyed("b", doc, keys["b"])) == 3 * 12


def test_a_key_cannot_belong_to_two_readers():
    nlp = spacy.blank("en")
    shared = SharedPhrases(nlp.vocab)
    shared.add("a", "same", _words(nlp, "x"))
    with pytest.raises(ValueError):
        shared.add("b", "same", _words(nlp, "y"))


def test_a_second_reader_of_a_kind_gets_its_own_matcher():
    nlp = spacy.blank("en")
    first = shared_phrases(nlp, "entities")
    assert shared_phrases(nlp, "cues") is first
    assert shared_phrases(nlp, "entities") is not first


def test_sharing_survives_pickling(pipeline):
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy.get_pipe(FACTORY_NAME).phrases is copy.get_pipe("oreline_events_v1").cues.phrases
    doc = copy(TEXTS[0])
    assert sorted(f.kb_id_ for f in doc.spans["oreline"]) == ["CHN", "gallium", "germanium"]
