"""Deferred combo words (helper speed6): an exclusion combo's context words that must touch
its trigger ("grant" beside "the", "and", "of") are looked for only beside a trigger, and
every cue reader gets what it got when the shared matcher listed them everywhere. Since
speed37, so are an action combo's context words within a word of its trigger ("joined" and a
comma after it: the comma was an eighth of all matches)."""

import pytest
import spacy

from nlp import cues as cues_module
from nlp.cues import CueMatcher
from nlp.pipeline import build_pipeline

# (sentence, deferred words far from any trigger, so no longer listed; deferred words beside
# a trigger, still listed)
ROWS = [
    (
        "The ministry and the regulator met on Monday to discuss the plan.",
        ["the", "and", "on"],
        [],
    ),
    (
        "The government will provide a grant for the new refinery in the north.",
        ["the", "in"],
        ["a", "for"],
    ),
    (
        "Officials said the grants to local firms were paid on time and in full.",
        ["and", "in"],
        ["the", "to"],
    ),
    (
        "A grant of land was approved, and the permit for the mine followed in May.",
        ["and", "the", "in"],
        ["a", "of"],
    ),
    (
        "Under the law, the state may grant a licence to the company and its partners.",
        ["the", "and"],
        ["a"],
    ),
    # speed37: an action combo's context word that must stand within a word of its trigger
    # (a comma or full stop right after "joined") is deferred too
    (
        "Officials met in Lima, Santiago and Quito, and the talks ended on Friday.",
        [","],
        [],
    ),
    (
        "Chile joined, and Peru followed a year later, officials said.",
        [],
        [","],
    ),
]


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.fixture(scope="module")
def full_cues():
    """A cue matcher that defers nothing: every match, as one matcher gives them."""
    saved = cues_module.DEFER_WINDOW, cues_module.ACTION_DEFER_WINDOW
    cues_module.DEFER_WINDOW = cues_module.ACTION_DEFER_WINDOW = -1
    try:
        return CueMatcher(spacy.blank("en"))
    finally:
        cues_module.DEFER_WINDOW, cues_module.ACTION_DEFER_WINDOW = saved


def _deferred_words(pipeline, doc, hits):
    """The texts of the hits whose keys the shared matcher defers."""
    cues = pipeline.get_pipe("oreline_events_v1").cues
    deferred = {cues.keys[m] for m in cues.phrases._deferred}
    return {doc[s:e].text.lower() for key, s, e in hits if key in deferred}


@pytest.mark.parametrize(("text", "far", "near"), ROWS)
def test_deferred_words_are_listed_only_beside_a_trigger(pipeline, full_cues, text, far, near):
    doc = pipeline.make_doc(text)
    cues = pipeline.get_pipe("oreline_events_v1").cues
    got = cues(doc)
    everything = full_cues(spacy.blank("en").make_doc(text))
    # nothing but deferred words is missing, in the order one matcher lists them
    assert got == [hit for hit in everything if hit in set(got)]
    listed = _deferred_words(pipeline, doc, got)
    missing = _deferred_words(pipeline, doc, [h for h in everything if h not in set(got)])
    for word in far:
        assert word in missing
    for word in near:
        assert word in listed


@pytest.mark.parametrize(("text", "far", "near"), ROWS)
def test_every_match_when_candidates_are_wanted(pipeline, full_cues, text, far, near):
    """The candidates of the learned action model read context words with no trigger near:
    then the shared matcher lists every match."""
    cues = pipeline.get_pipe("oreline_events_v1").cues
    saved = cues.phrases.complete
    cues.phrases.complete = lambda: True
    try:
        got = cues(pipeline.make_doc(text))
    finally:
        cues.phrases.complete = saved
    assert got == full_cues(spacy.blank("en").make_doc(text))


@pytest.mark.parametrize(("text", "far", "near"), ROWS)
def test_events_are_those_of_every_match(pipeline, text, far, near):
    cues = pipeline.get_pipe("oreline_events_v1").cues
    deferred = pipeline(text)._.oreline_events
    saved = cues.phrases.complete
    cues.phrases.complete = lambda: True
    try:
        complete = pipeline(text)._.oreline_events
    finally:
        cues.phrases.complete = saved
    assert deferred == complete


@pytest.mark.parametrize(("text", "far", "near"), ROWS)
def test_shared_matches_stay_in_span_order(pipeline, text, far, near):
    """speed37: the late matches merged in by bisection leave the list in (start, end) order."""
    doc = pipeline.make_doc(text * 3)
    matches = pipeline.get_pipe("oreline_events_v1").cues.phrases.matches(doc)
    assert matches == sorted(matches, key=lambda m: (m[1], m[2]))
