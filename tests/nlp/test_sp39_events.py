"""Sp39: the event assembler's cheaper readings give what the readings they replaced gave."""

from __future__ import annotations

import bisect

import pytest

import nlp.events as events
from nlp.actions import ActionCue
from nlp.cues import CueKey, Hit

TRIGGER = CueKey("action", "export_control", "trigger", 0)
CONTEXT = CueKey("action", "export_control", "context", 0)
PHRASE = CueKey("action", "tariff", "phrase")
STATUS = CueKey("status", "agreed", "phrase")
KEYS = {1: (TRIGGER,), 2: (CONTEXT,), 3: (CONTEXT, PHRASE)}
STATUS_KEYS = {3: (STATUS,), 4: (STATUS,)}


def _cue(start: int) -> ActionCue:
    return ActionCue("export_control", start, start + 1, "combo", 1.0)


@pytest.mark.parametrize(
    ("matches", "anchors"),
    [
        ([(1, 4, 5), (2, 6, 7), (4, 7, 8)], [4]),
        ([(2, 3, 4), (1, 5, 6), (3, 5, 7), (9, 8, 9)], [3, 5]),
        ([(3, 2, 3), (3, 8, 9), (4, 8, 9)], [8]),
        ([(7, 1, 2)], [1]),
    ],
)
def test_sentence_hits_as_action_hits_and_status_hits(
    matches: list[tuple[int, int, int]], anchors: list[int]
) -> None:
    cues = [_cue(a) for a in anchors]
    unanchored = events.unanchored_keys(KEYS)
    table = events.hit_table(KEYS, unanchored, STATUS_KEYS)
    hits, status_hits = events._sentence_hits(matches, cues, table)
    starts = {c.start for c in cues}
    # the reading of helper speed8 that the one walk replaced
    assert hits == [
        Hit(k, s, e)
        for g, s, e in matches
        if g in unanchored or (s in starts and g in KEYS)
        for k in (KEYS[g] if s in starts else unanchored[g])
    ]
    assert status_hits == [
        Hit(k, s, e) for g, s, e in matches if g in STATUS_KEYS for k in STATUS_KEYS[g]
    ]


def _buckets_by_bisection(
    matches: list[tuple[int, int, int]], starts: list[int], marks_of: dict[int, int]
) -> tuple[list[list[tuple[int, int, int]]], list[int]]:
    """Each match put in its sentence by bisection, as before sp39 (groups with no marks kept)."""
    buckets: list[list[tuple[int, int, int]]] = [[] for _ in starts]
    marks = [0] * len(starts)
    for match in matches:
        index = bisect.bisect_right(starts, match[1]) - 1
        buckets[index].append(match)
        marks[index] |= marks_of.get(match[0], 0)
    return buckets, marks


@pytest.mark.parametrize(
    ("matches", "starts"),
    [
        ([(1, 0, 1), (2, 0, 2), (5, 3, 4), (1, 9, 10)], [0, 3, 6]),
        ([(1, 1, 2), (2, 4, 5), (3, 4, 6)], [2, 4]),  # one before the first sentence
        ([], [0, 5]),
        ([(4, 7, 8), (4, 7, 9)], [0, 7]),
    ],
)
def test_match_buckets_as_bisection(matches: list[tuple[int, int, int]], starts: list[int]) -> None:
    marks_of = {1: 1, 2: 2, 3: 4}
    want = _buckets_by_bisection(matches, starts, marks_of)
    table = dict(marks_of)
    assert events._match_buckets(matches, starts, table) == want
    assert table.keys() >= {m[0] for m in matches}  # groups met are given a 0


def test_places_in_order() -> None:
    words = [5, 1, 7, 1, 5, 9]
    assert events._places(words, {1, 5}, 10) == [10, 11, 13, 14]
    assert events._places(words, {9}, 0) == [5]
    assert events._places(words, set(), 0) == []
