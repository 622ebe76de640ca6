"""Helper speed8: the cue hits handed to the status choice hold a context key only where an
event's cue starts (`nlp.events._sentence_hits`, sp39), and the events must be the same as when
every action key of the sentence is handed over."""

from __future__ import annotations

from typing import Any

import pytest

import nlp.events as events
from nlp.actions import ActionCue
from nlp.cues import CueKey, Hit
from nlp.extract import Extractor

TRIGGER = CueKey("action", "export_control", "trigger", 0)
CONTEXT = CueKey("action", "export_control", "context", 0)
OTHER_CONTEXT = CueKey("action", "investment", "context", 1)
PHRASE = CueKey("action", "tariff", "phrase")
KEYS = {1: (TRIGGER,), 2: (CONTEXT, OTHER_CONTEXT), 3: (CONTEXT, PHRASE)}


def _cue(start: int) -> ActionCue:
    return ActionCue("export_control", start, start + 1, "combo", 1.0)


@pytest.mark.parametrize(
    ("matches", "anchors", "want"),
    [
        # context words away from the cue: left out
        ([(1, 4, 5), (2, 6, 7)], [4], [(TRIGGER, 4, 5)]),
        # a context word where a cue starts: kept, in its group's order
        (
            [(2, 3, 4), (1, 5, 6)],
            [3],
            [(CONTEXT, 3, 4), (OTHER_CONTEXT, 3, 4), (TRIGGER, 5, 6)],
        ),
        # a group with a phrase and a context word: the phrase stays everywhere
        ([(3, 2, 3), (3, 8, 9)], [8], [(PHRASE, 2, 3), (CONTEXT, 8, 9), (PHRASE, 8, 9)]),
        # a group of no action key: no hit
        ([(7, 1, 2)], [1], []),
    ],
)
def test_action_hits_keep_context_at_cues(
    matches: list[tuple[int, int, int]], anchors: list[int], want: list[tuple[Any, int, int]]
) -> None:
    table = events.hit_table(KEYS, events.unanchored_keys(KEYS), {})
    hits, status_hits = events._sentence_hits(matches, [_cue(a) for a in anchors], table)
    assert hits == [Hit(*h) for h in want]
    assert status_hits == []


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_SENTENCE_HITS = events._sentence_hits


def _every_key(
    matches: list[tuple[int, int, int]],
    anchors: list[ActionCue],
    table: dict[int, events.HitKeys],
) -> tuple[list[Hit], list[Hit]]:
    """The action hits as built before: every action key of every match (status hits kept)."""
    _, status_hits = _SENTENCE_HITS(matches, anchors, table)
    every = [Hit(k, s, e) for g, s, e in matches if g in table and table[g][1] for k in table[g][1]]
    return every, status_hits


@pytest.mark.parametrize(
    "text",
    [
        "Peru said on Monday it would restrict exports of tin ore and zinc concentrate.",
        "The ministry lifted the ban on shipments of cobalt, which had hurt exports.",
        "Chile has not imposed any quota on lithium exports, officials said.",
        "Analysts expect Jakarta to raise royalties on nickel ore sales next year.",
        "The two states signed an accord on graphite supplies, and Lima approved a $40 million "
        "loan for a copper smelter.",
    ],
)
def test_events_as_with_every_action_key(
    extractor: Extractor, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = {"id": "h", "text": "Cobalt output grew. " + text, "published": "2025-06-02"}
    fewer = extractor.extract(doc)["events"]
    monkeypatch.setattr(events, "_sentence_hits", _every_key)
    assert extractor.extract(doc)["events"] == fewer
