"""Speed38 (roles, dates, amounts): the cheaper paths to the date and amount patterns must find
what the plain patterns find, on random texts built from the pieces the patterns read."""

from __future__ import annotations

import random
import re

import pytest

from nlp import amounts, dates

# pieces of the words and marks the patterns read, joined at random
DURATION_PIECES = [
    "for", "For", "BY", "by", "phase", "Phased", "in", "over", "another", "a", "an", "further",
    "additional", "more", "one", "two", "Ninety", "90", "1", "_", "x", "day", "Days", "week",
    "month", "YEAR", "years", "truce", "pause", "comment", "period", "-", "--", " ", "  ", "\n",
    ",", ".", "before", "lobby", "é",
]  # fmt: skip
BREAK_PIECES = [
    "said", "Said", "SAYS", "says", "saids", "xsaid", "told", "retold", "Announced",
    "announcedx", ",", ";", ":", " ", "  ", "a", "s", "t", "_", "1", "-", "\n", "is", "due",
    "expected", "Scheduled", "set", "upset", "on", "ON", "were", "also", "to", "will", "ſ",
]  # fmt: skip


def _random_texts(pieces: list[str], count: int, seed: int = 38) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _cased(rng: random.Random, text: str) -> str:
    return rng.choice(
        [text, text.upper(), text.title(), "".join(rng.choice([c, c.upper()]) for c in text)]
    )


def _grammar_texts(
    templates: list[list[list[str]]], junk: list[str], count: int, cased: bool = True
) -> list[str]:
    """Texts of one to three phrases, each a choice of every slot of a template, in random
    case, between random junk: most hold a match, many near misses."""
    rng = random.Random(38)
    out = []
    for _ in range(count):
        parts = [rng.choice(junk)]
        for _ in range(rng.randint(1, 3)):
            phrase = "".join(rng.choice(slot) for slot in rng.choice(templates))
            parts += [_cased(rng, phrase) if cased else phrase, rng.choice(junk)]
        out.append("".join(parts))
    return out


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_duration_tried_at_its_leads_finds_what_finditer_finds() -> None:
    counts = ["a", "an", "one", "two", "ninety", "90", "1", "x", ""]
    units = ["day", "week", "month", "year", "days", "years", "yearly", "hour"]
    space = [" ", "  ", "\n", "", "-"]
    templates = [
        [["for", "by", "bye", "fore"], space, ["", "another ", "a further ", "an extra "]]
        + [counts, space, ["", "more "], units],
        [["phase", "phased", "phases"], space, ["in "], ["over "], counts, space, units],
        [counts, ["-", "--", " "], units, space, ["", "new "], ["truce", "grace period", "pact"]],
    ]
    junk = ["", " ", "x", "_", "3", ", ", ". ", "lobby ", "é", " for "]
    texts = _random_texts(DURATION_PIECES, 2000) + _grammar_texts(templates, junk, 6000)
    found = 0
    for text in texts:
        expected = _spans(dates._DURATION.finditer(text))
        found += len(expected)
        assert _spans(dates._duration_matches(text)) == expected, text
    assert found > 300


def test_within_tried_where_it_starts_finds_what_finditer_finds() -> None:
    templates = [
        [["within", "within", "withing"], [" ", " ", ""], ["", "the next "]]
        + [["90", "ninety", "x"], [" ", " ", ""], ["days", "weeks", "months", "years", "hours"]]
    ]
    found = 0
    for text in _grammar_texts(templates, ["", " ", "x", "_", "3", ", ", "é"], 4000):
        expected = [m.span() for m in dates._WITHIN.finditer(text)]
        found += len(expected)
        got = dates._matches_in(dates._WITHIN, text, [(0, len(text))], text.lower(), ("within",))
        assert [m.span() for m in got] == expected, text
    assert found > 100


def test_clause_start_is_the_end_of_the_last_break() -> None:
    for text in _random_texts(BREAK_PIECES, 6000):
        breaks = list(dates._DB35_CLAUSE_BREAK.finditer(text))
        assert dates._db35_clause_start(text) == (breaks[-1].end() if breaks else 0), text


def test_around_tails_and_reach_cover_every_match() -> None:
    import re._parser as parser

    pattern = dates._DB35_AHEAD_AROUND
    assert parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= dates._DB35_AROUND_REACH
    space = [" ", "  ", "\n", "\t", ""]
    verbs = ["due", "expected", "scheduled", "set", "upset", "slated", "seen"]
    templates = [
        [["is", "are", "was", "were", "this"], space, ["", "also "], verbs, space]
        + [["", "on", "on ", "on \n", "in"], ["", " ", "\n"]]
    ]
    found = 0
    for text in _grammar_texts(templates, ["", " ", "x", ", ", "ſ", "3"], 6000):
        expected = pattern.search(text) is not None
        found += expected
        got = dates._ends_with(pattern, text, dates._DB35_AROUND_REACH, dates._DB35_AROUND_TAILS)
        assert got is expected, repr(text)
    assert found > 40


def test_ahead_words_stand_in_every_match() -> None:
    space = [" ", "  ", "\n", "", "-"]
    leads = ["by", "before", "until", "till", "through", "no later than", "in", "as"]
    templates = [
        [leads, space, ["", "the "], ["end", "ends", "year"], space, ["of", "end"], space]
        + [["the", "this", ""], space, ["decade", "year", "month"]],
        [["as"], space, ["soon", "son"], space, ["as"], space, ["", "next "], ["friday", "fri"]],
        [["due", "dues"], space, ["to"], space, ["", "be "], ["presented", "held", "x"], space]
        + [["in", "by"], space, ["march", "may", "mar."], ["", " 3", "x"]],
        [leads, space, ["early", "mid", "late", "midst"], ["-", " "], ["2023", "1999", "20"]],
    ]
    found = 0
    for text in _grammar_texts(templates, ["", " ", "x", ", ", "3", "_"], 8000):
        if dates._FD36B_AHEAD.search(text):
            found += 1
            runs = text.lower().encode("ascii").translate(dates._LETTERS_ONLY).split()
            assert not dates._FD36B_AHEAD_WORDS.isdisjoint(runs), text
    assert found > 150


def test_moved_from_needs_from_before_the_date() -> None:
    space = [" ", "  ", "\n", "\t", ""]
    templates = [
        [["bring", "moved", "brought", "move"], space, ["the ban ", "", "it. "], ["forward"]]
        + [space, ["", "the date "], ["from", "fro", "fromx"], space],
        [["brought", "moved"], space, ["forward"], space, ["from", "form"], space],
    ]
    found = 0
    for text in _grammar_texts(templates, ["", " ", "x", ", ", "2022", "é"], 1500):
        for start in range(len(text) + 1):
            expected = dates._FD36B_MOVED_FROM.search(text, max(0, start - 240), start)
            found += expected is not None
            assert dates._fd36b_moved_from(text, start) is (expected is not None), (text, start)
    assert found > 300


def test_quantity_runs_hold_every_unit_of_the_pattern() -> None:
    units = re.search(r"\(\?P<unit>([^)]*)\)", amounts._QTY.pattern).group(1).split("|")
    scales = re.search(r"\(\?P<scale>([^)]*)\)", amounts._QTY.pattern).group(1).split("|")
    assert {u.lower() for u in units} == set(amounts._QTY_UNITS)
    assert scales == list(amounts._QTY_SCALES)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_text_with_a_tonnage_holds_a_unit_run(seed: int) -> None:
    units = [*amounts._QTY_UNITS, "Mt", "MT", "Tonnes", "tonnage"]
    templates = [
        [["1", "2,500", "3.5", "x"], ["", " "], ["", *amounts._QTY_SCALES, "bn"]]
        + [["", " ", "-", " -"], units, ["", " ", ".", "s", "x", "3"]]
    ]
    found = 0
    junk = ["", " ", "x", "_", "é", "4", ", "]
    for text in _grammar_texts(templates, junk, 3000, cased=seed == 1):
        if not text.isascii():
            continue
        if amounts._QTY.search(text):
            found += 1
            runs = text.lower().encode("ascii").translate(amounts._LETTERS_ONLY).split()
            assert not amounts._QTY_RUNS.isdisjoint(runs), text
    assert found > 50


def test_letter_runs_kept_for_the_last_text_are_its_own() -> None:
    """The runs kept for the last text are those of the text asked about, whichever texts
    come between (a repeat, another text, one outside ASCII, the empty text)."""
    texts = ["Paid 5 Billion Dollars.", "in May 2024", "in may 2024", "ſome 5 yuan", "", "x"]
    rng = random.Random(38)
    for _ in range(200):
        low = rng.choice(texts).lower()
        expected = low.encode("ascii", "replace").translate(amounts._LETTERS_ONLY).split()
        assert amounts.letter_runs(low) == expected, low


def _date_texts(count: int) -> list[str]:
    space = [" ", "  ", "", "-", ", "]
    months = ["May", "sept.", "Sep", "march", "MAR", "dec", "Declared", "june", "Mayor", "jan"]
    templates = [
        [["", "early ", "mid-", "the end of ", "The start of ", "end of "], months, space]
        + [["", "3", "3rd", "31", "2024", "of 2023", "last year", "that year", "x"]],
        [["3", "21st", "0", "x"], space, months, space, ["", "2025", "x"]],
        [["", "last ", "This ", "next ", "nextx "], ["monday", "Friday", "SUNDAY", "Sundays"]]
        + [space, ["", "March 3", "the"]],
    ]
    junk = ["", " ", "x", "_", "3", ", ", ". ", "the ", "may "]
    return _grammar_texts(templates, junk, count)


def test_leads_of_the_months_and_weekdays_present_find_what_finditer_finds() -> None:
    found = 0
    for text in _date_texts(4000):
        low = text.lower()
        words = dates._key_words(low)
        for kind, table in (
            ("mdy", dates._MONTH_WORDS),
            ("my", dates._MONTH_WORDS),
            ("weekday", dates._WEEKDAY_WORDS),
        ):
            present = words & table
            pattern = dates._PATTERN[kind]
            for windows in ([(0, len(text))], dates._windows(low, present)):
                expected = [m.span() for m in dates._matches_in(pattern, text, windows)]
                found += len(expected)
                leads = dates._present_leads(kind, present)
                got = dates._matches_in(pattern, text, windows, low, leads)
                assert [m.span() for m in got] == expected, (kind, text)
    assert found > 3000


def test_find_dates_with_the_present_leads_finds_what_all_leads_find(monkeypatch) -> None:
    texts = _date_texts(1500)
    narrowed = [dates.find_dates(text, "2024-07-04") for text in texts]
    monkeypatch.setattr(dates, "_present_leads", lambda kind, present: dates._LEADS[kind])
    assert [dates.find_dates(text, "2024-07-04") for text in texts] == narrowed
    assert sum(map(len, narrowed)) > 1000
