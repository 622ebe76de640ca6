"""Speed39 (second round): the date patterns tried only where a lead word starts give what
`finditer` gives, and the action model's module is looked up once."""

from __future__ import annotations

import pytest

from nlp import cues, dates

# texts with matches of each anchored pattern and of `_FD36B_AHEAD`, near misses and words
# that hold a lead inside them ("within", "other", "nothing", "bring")
TEXTS = [
    "Exports fell last year and this year, and will rise next year.",
    "Earlier this year the ministry said later this year it would act; the previous year too.",
    "The current year and THE PREVIOUS YEAR; Lastyear is one word.",
    "Output rose last week, this weekend, next week and earlier this week.",
    "Last month, this month, next month and later this month.",
    "Today, yesterday and tomorrow; on the same day the ban began.",
    "Nothing happened on the other day; within the year, another year.",
    "The ban is due by the end of the year, before the end of this decade, by year-end.",
    "No later than the end of the year, until year end, as soon as next Friday.",
    "The plan is due to be presented in March, due to take effect in January 2026.",
    "By mid-2027 output will rise; in late-2030 it may; before early-2029 too.",
    "Bring the date forward; as soon as Monday; thru nothing; till the end of the decade.",
    "Prices in Japan rose by the end of the year.",
]


def _lead_matches(kind: str, text: str) -> list[tuple[int, int]]:
    low = text.lower()
    windows = dates._windows(low, set(dates._ANCHOR_WORDS[kind]))
    found = dates._matches_in(dates._PATTERN[kind], text, windows, low, dates._ANCHOR_LEADS[kind])
    return [m.span() for m in found]


@pytest.mark.parametrize("kind", sorted(dates._ANCHOR_LEADS))
@pytest.mark.parametrize("text", TEXTS)
def test_anchored_patterns_match_as_finditer_does(kind: str, text: str) -> None:
    low = text.lower()
    windows = dates._windows(low, set(dates._ANCHOR_WORDS[kind]))
    expected = [m.span() for m in dates._matches_in(dates._PATTERN[kind], text, windows)]
    assert _lead_matches(kind, text) == expected


@pytest.mark.parametrize("kind", sorted(dates._ANCHOR_LEADS))
def test_every_anchored_match_starts_with_a_lead(kind: str) -> None:
    leads = dates._ANCHOR_LEADS[kind]
    for text in TEXTS:
        for m in dates._PATTERN[kind].finditer(text):
            assert not leads or m.group(0).lower().startswith(leads)


@pytest.mark.parametrize("text", TEXTS)
def test_ahead_matches_are_finditer_s(text: str) -> None:
    low = text.lower() if text.isascii() else None
    expected = [(m.span(), m.groupdict()) for m in dates._FD36B_AHEAD.finditer(text)]
    got = [(m.span(), m.groupdict()) for m in dates._fd36b_ahead_matches(text, low)]
    assert got == expected
    for m in dates._FD36B_AHEAD.finditer(text):
        assert m.group(0).lower().startswith(dates._FD36B_AHEAD_LEADS)


def test_ahead_matches_outside_ascii() -> None:
    text = "Le projet est dû by the end of the year, d’après Séoul."
    expected = [m.span() for m in dates._FD36B_AHEAD.finditer(text)]
    assert [m.span() for m in dates._fd36b_ahead_matches(text, None)] == expected
    assert expected


def test_every_match_reads_the_model_s_wish(monkeypatch: pytest.MonkeyPatch) -> None:
    from nlp import action_model

    monkeypatch.setattr(action_model, "SHADOWS", True)
    assert cues._every_match() is True
    monkeypatch.setattr(action_model, "SHADOWS", False)
    assert cues._every_match() is False
