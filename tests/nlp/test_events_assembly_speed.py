"""Helper speed10: event assembly skips work that cannot change an answer: a window with no
negation and a sentence naming no state or province are told apart in C calls instead of word
by word. Each shortcut must give what the loop it spares gave (that loop is the oracle here)."""

from __future__ import annotations

from typing import Any

import pytest

import nlp.events as events
from nlp.sentences import Sent


class _SlicesOnly(list):
    """Lower-case hashes that may be sliced but not read one by one: a shortcut must tell a
    stretch holding none of its words from a slice alone."""

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            raise AssertionError("a word read one by one")
        return super().__getitem__(i)


@pytest.mark.parametrize(("start", "end"), [(0, 4), (1, 3), (2, 2)])
def test_negated_reads_no_word_of_a_window_without_negation(start: int, end: int) -> None:
    lowers = _SlicesOnly([11, 12, 13, 14])
    assert events._negated(lowers, start, end, frozenset({99})) is False


@pytest.mark.parametrize(
    ("lowers", "want"),
    [
        ([1, 99, 2, 3], True),  # "not" before the cue
        ([1, 99, events._THAN, 3], False),  # "no lower than": a comparison
        ([1, 2, 3, 4], False),
    ],
)
def test_negated_as_before(lowers: list[int], want: bool) -> None:
    assert events._negated(lowers, 0, 4, frozenset({99})) is want


def _hashes(text: str) -> list[int]:
    return [events.hash_string(w) for w in text.lower().split()]


def test_sentence_place_skips_a_sentence_naming_no_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence none of whose words starts a state's or province's name asks no scan."""

    def scan(*args: Any) -> None:
        raise AssertionError("place_party called")

    monkeypatch.setattr(events, "place_party", scan)
    lowers = _hashes("the ministry approved the permit .")
    sent = Sent(0, len(lowers), 0, 30)
    assert events._sentence_place(None, lowers, sent) == []  # type: ignore[arg-type]
