"""Session 40's speed round on the event assembler: the shortcuts read what the long ways read."""

import pytest

from nlp.actions import ActionCue
from nlp.entities import found
from nlp.events import (
    _clause_marks,
    _dc35_last_day,
    _label_positions,
    _sentence_place,
    _Tokens,
    one_per_span,
)
from nlp.sentences import sentence_bounds

SENTENCES = [
    "Indonesia signed a deal with Texas-based Blue Line on graphite; talks went on.",
    "The ministry met London-listed Rainbow and U.S.-based Westwin on cobalt, and it agreed.",
    "Quebec issued the certificate for the lithium mine, but the firm said it would wait.",
    "Chile signed a supply deal with South Korea for lithium.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentences_word_set_gives_what_its_words_give(extractor, text):
    doc = extractor.nlp(text)
    tokens = _Tokens(doc, text, None)
    sent = sentence_bounds(doc)[0]
    spans = [s for s in found(doc) if sent.start <= s.start < sent.end]
    words = set(tokens.lowers[sent.start : sent.end])
    assert _label_positions(tokens, sent, spans, words) == _label_positions(tokens, sent, spans)
    lowers = tokens.lowers[sent.start : sent.end]
    marks = extractor.nlp.get_pipe("oreline_events_v1")._hashes
    args = (lowers, sent.start, marks["barriers"], marks["clause_words"], marks["punct"])
    assert _clause_marks(*args, words) == _clause_marks(*args)
    assert _sentence_place(doc, tokens.lowers, sent, words) == _sentence_place(
        doc, tokens.lowers, sent
    )


def test_the_last_day_is_the_latest_sentences_first_full_day():
    groups = [
        [{"event_date": "2024-05-02"}],
        [{"event_date": "2024-06"}, {"event_date": "2024-06-03"}, {"event_date": "2024-06-09"}],
        [{"event_date": None}],
    ]
    assert _dc35_last_day(groups) == "2024-06-03"
    assert _dc35_last_day(groups[:1]) == "2024-05-02"
    assert _dc35_last_day([]) is None


def test_a_day_set_apart_is_the_one_shown():
    groups = [[{"event_date": "2024-06-03", "_dc35_date": ("2024-06-03", "2024-06-02")}]]
    assert _dc35_last_day(groups) == "2024-06-02"


def test_one_anchor_stands_alone_in_a_new_list():
    anchors = [ActionCue("export_control", 3, 5, "phrase", 1.0)]
    kept = one_per_span(anchors, [])
    assert kept == anchors and kept is not anchors


def test_overlapping_anchors_of_one_action_tell_one_step():
    first = ActionCue("export_control", 3, 6, "combo", 1.0)
    second = ActionCue("export_control", 5, 7, "phrase", 1.0)
    other = ActionCue("trade_measure", 5, 7, "phrase", 1.0)
    assert one_per_span([first, second, other], []) == [first, other]
