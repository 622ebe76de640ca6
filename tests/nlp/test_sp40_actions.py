"""Speed40: the frozen records made without their dataclass `__init__` behave as made with it,
and the bounds and loops that replaced builtin calls answer as those did."""

from __future__ import annotations

import dataclasses

import pytest

from nlp.amounts import Money, _money, word_starts
from nlp.dates import DateMention, _mention, _window_starts, event_date
from nlp.roles import Party, _leader_words, leader_hashes


def test_party_is_made_as_the_dataclass_makes_it() -> None:
    party = Party(3, 5, "CN")
    assert party == Party(start=3, end=5, norm_id="CN")
    assert hash(party) == hash(Party(3, 5, "CN"))
    assert repr(party) == "Party(start=3, end=5, norm_id='CN')"
    assert dataclasses.replace(party, end=6) == Party(3, 6, "CN")
    with pytest.raises(dataclasses.FrozenInstanceError):
        party.start = 4  # type: ignore[misc]


def test_money_and_mentions_equal_their_dataclass_made_twins() -> None:
    made = _money("$5 million", 0, 10, "USD", 5e6, 5e6)
    assert made == Money("$5 million", 0, 10, "USD", 5e6, 5e6, 5e6)
    assert _money("5 euros", 0, 7, "EUR", 5.0, 5.0).usd is None
    mention = _mention("March 3", 4, 11, "2025-03-03", "event")
    twin = DateMention("March 3", 4, 11, "2025-03-03", "event")
    assert mention == twin and hash(mention) == hash(twin) and repr(mention) == repr(twin)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.kind = "deadline"  # type: ignore[misc]


@pytest.mark.parametrize("anchor", [None, 0, 10, 20, 30, 45, 100])
def test_event_date_is_the_nearest_first_of_equal_distance(anchor: int | None) -> None:
    mentions = [
        DateMention("a", 10, 12, "2025-01", "event"),
        DateMention("b", 20, 22, "2025-02", "deadline"),
        DateMention("c", 30, 32, "2025-03", "event"),
    ]
    events = [d for d in mentions if d.kind == "event"]
    expected = (
        events[0].value
        if anchor is None
        else min(events, key=lambda d: abs(d.start - anchor)).value
    )
    assert event_date(mentions, anchor) == expected


def test_starts_as_a_sorted_find_walk() -> None:
    low = "the ban last year and the curbs this year, then last month"
    leads = ("last", "this", "the", "none")
    expected = sorted(i for w in leads for i in range(len(low)) if low.startswith(w, i))
    assert word_starts(low, leads) == expected
    windows = [(0, 20), (30, len(low))]
    inside = {
        i
        for s, e in windows
        for w in leads
        for i in range(s, e)
        if low.startswith(w, i) and i + len(w) <= e
    }
    assert _window_starts(low, leads, windows) == sorted(inside)
    assert word_starts(low, ("none",)) == [] and _window_starts(low, ("none",), windows) == []


def test_leader_words_are_the_leaders_keys() -> None:
    assert _leader_words() == frozenset(leader_hashes())
