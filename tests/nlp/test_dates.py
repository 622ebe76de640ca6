"""Event dates and deadlines resolved against the publication date."""

import pytest

from nlp import dates
from nlp.dates import deadline, event_date, find_dates, parse_published

PUBLISHED = "2023-07-04"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the ministry said late on Monday", "2023-07-03"),
        ("the ministry said on Tuesday", "2023-07-04"),
        ("announced on Wednesday", "2023-06-28"),
        ("last Friday", "2023-06-30"),
        ("yesterday", "2023-07-03"),
        ("last month", "2023-06"),
        ("earlier this month", "2023-07"),
        ("on March 3", "2023-03-03"),
        ("on 3 March", "2023-03-03"),
        ("on Sunday, March 3", "2023-03-03"),
        ("in December", "2022-12"),
        ("in early July", "2023-07"),
        ("in June last year", "2022-06"),
        ("in May 2024", "2024-05"),
        ("on August 1, 2022", "2022-08-01"),
        ("in 2025", "2025"),
        ("last year", "2022"),
        ("earlier this year", "2023"),
        ("on 2023-05-01", "2023-05-01"),
        ("Sept. 20", "2022-09-20"),
        # a day a few weeks ahead is this year's, not last year's
        ("if it wins the July 29 election", "2023-07-29"),
        ("on December 5", "2022-12-05"),
    ],
)
def test_event_dates_resolve_against_publication(text, value):
    assert event_date(find_dates(text, PUBLISHED)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a target of recycling 25% by 2030", "2030"),
        ("an action plan by the end of 2027", "2027"),
        ("permits within 90 days", "2023-10-02"),
        ("concrete actions within 12 months", "2024-06"),
        ("the suspension runs until November 27, 2026", "2026-11-27"),
        ("no later than 2028", "2028"),
        ("$10 billion over six years to 2030", "2030"),
        ("a supply of up to 2029", "2029"),
        ("stockpiles ready ahead of 2027", "2027"),
    ],
)
def test_deadlines_are_not_event_dates(text, value):
    mentions = find_dates(text, PUBLISHED)
    assert deadline(mentions) == value
    assert event_date(mentions) is None


def test_start_dates_look_ahead_and_are_neither_event_nor_deadline():
    [mention] = find_dates("licences will be required from August 1", PUBLISHED)
    assert (mention.kind, mention.value) == ("effective", "2023-08-01")


@pytest.mark.parametrize(
    "text",
    [
        "exports may fall",  # "may" the verb
        "a rare earth separation plant",  # "sep" inside a word
        "$2030 million",
        "a 2,030-tonne cargo",
        "in December that year",  # the year is another sentence's
    ],
)
def test_no_date_where_there_is_none(text):
    assert find_dates(text, PUBLISHED) == []


def test_nearest_event_date_to_the_cue_wins():
    text = "China banned exports on Monday, extending rules it first set in 2006."
    mentions = find_dates(text, PUBLISHED)
    assert event_date(mentions, anchor=text.index("banned")) == "2023-07-03"
    assert event_date(mentions, anchor=text.index("first set")) == "2006"


@pytest.mark.parametrize(
    ("published", "iso"),
    [
        ("2026-02-05", "2026-02-05"),
        ("2026-11-27T09:00:00Z", "2026-11-27"),
        ("2026-11-27T09:00:00+02:00", "2026-11-27"),
        ("not a date", None),
        (None, None),
    ],
)
def test_published_dates(published, iso):
    parsed = parse_published(published)
    assert (parsed.isoformat() if parsed else None) == iso


def test_relative_dates_need_a_publication_date():
    assert event_date(find_dates("on Monday, last month", None)) is None
    assert event_date(find_dates("in May 2024", None)) == "2024-05"


# -- the cheap paths of find_dates must find what the plain patterns find ------------------


def test_reach_constants_cover_the_longest_preceding_phrase():
    """The search for "by the end of" / "from" words starts REACH characters from the end:
    a pattern edited to match longer phrases must raise its constant."""
    import re._parser as parser

    from nlp import dates

    for pattern, reach in (
        (dates._DEADLINE_BEFORE, dates.DEADLINE_REACH),
        (dates._EFFECTIVE_BEFORE, dates.EFFECTIVE_REACH),
    ):
        assert parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= reach


def _pattern_texts(items) -> list[str]:
    """Every text the (small, finite) pattern matches, each whitespace as a space or a newline."""
    import re._constants as c

    out = [""]
    for op, av in items:
        if op is c.LITERAL:
            alts = [chr(av)]
        elif op is c.IN:
            assert av == [(c.CATEGORY, c.CATEGORY_SPACE)]
            alts = [" ", "\n"]
        elif op is c.AT:
            alts = [""]
        elif op is c.SUBPATTERN:
            alts = _pattern_texts(av[3])
        elif op is c.BRANCH:
            alts = [text for branch in av[1] for text in _pattern_texts(branch)]
        else:
            assert op is c.MAX_REPEAT and av[1] <= 1
            alts = ([""] if av[0] == 0 else []) + _pattern_texts(av[2])
        out = [a + b for a in out for b in alts]
    return out


def test_tails_cover_every_text_the_before_patterns_match():
    """A date's preceding text skips the pattern search when it ends in none of the tails:
    every text the pattern matches must end in one, in any case, before a final newline too."""
    import re._parser as parser

    from nlp import dates

    for pattern, reach, tails in (
        (dates._DEADLINE_BEFORE, dates.DEADLINE_REACH, dates.DEADLINE_TAILS),
        (dates._EFFECTIVE_BEFORE, dates.EFFECTIVE_REACH, dates.EFFECTIVE_TAILS),
    ):
        texts = _pattern_texts(parser.parse(pattern.pattern, pattern.flags))
        assert len(texts) > 100
        for text in texts:
            for variant in (text, text.upper(), text + "\n"):
                before = "officials said the ban applies " + variant
                assert pattern.search(before)
                assert dates._ends_with(pattern, before, reach, tails), repr(before)


@pytest.mark.parametrize(
    ("before", "deadline", "effective"),
    [
        ("the ban took effect in ", False, False),
        ("shipments resumed on ", False, False),
        ("exports must stop BY ", True, False),
        ("curbs apply starting\ton ", False, True),
        ("curbs apply from\n", False, True),
        ("the rule, in effect since ", False, False),
        # outside ASCII the pattern itself decides: the long s folds to "s"
        ("the target\u017f for ", True, False),
    ],
)
def test_ends_with_deadline_and_start_words(before, deadline, effective):
    from nlp import dates

    assert (
        dates._ends_with(dates._DEADLINE_BEFORE, before, dates.DEADLINE_REACH, dates.DEADLINE_TAILS)
        is deadline
    )
    assert (
        dates._ends_with(
            dates._EFFECTIVE_BEFORE, before, dates.EFFECTIVE_REACH, dates.EFFECTIVE_TAILS
        )
        is effective
    )


@pytest.mark.parametrize(
    ("text", "values", "kinds"),
    [
        # the longest deadline phrase, right at the edge of the searched reach
        ("exports must stop no later than the middle of the 2026 season", ["2026"], ["deadline"]),
        (
            "the rules apply with effect from the 1 August 2023 notice",
            ["2023-08-01"],
            ["effective"],
        ),
        # "within" with a number word: read once the text has other date material (a digit
        # or a date word); "within" alone does not start the search
        ("the ministry will decide within ninety days", [], []),
        (
            "on Monday it said it will decide within ninety days",
            ["2023-07-03", "2023-10-02"],
            ["event", "deadline"],
        ),
        # the year patterns read the character before the year
        ("a $2024 fee and x2024 and 2024x and 2024", ["2024"], ["event"]),
        ("filed on 2023-05-06 and ab2023-05-07", ["2023-05-06"], ["event"]),
        # month words only as whole words: "mayor", "decade", "market" are not months
        ("the mayor said the decade-long market slump ended", [], []),
        ("in mid-May the talks resumed", ["2023-05"], ["event"]),
        ("in Sept. 2022 and on Sunday, March 3", ["2022-09", "2023-03-03"], ["event", "event"]),
    ],
)
def test_dates_on_the_edges_of_the_fast_paths(text, values, kinds):
    found = find_dates(text, PUBLISHED)
    assert [d.value for d in found] == values
    assert [d.kind for d in found] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mayday in MAY, mid-may; Décembre december; Ïn JUNE 2024 — the yearly year-end",
        "naïve façade: Tuesday’s week-long «weekend» within months",
        "ЯMay May5 5May jan. Sept! sep-2024 oct_1 Nov2",
        "",
    ],
)
def test_key_words_are_the_whole_letter_runs(text):
    """_key_words gives exactly the key words standing as whole [a-z]+ runs of the text."""
    import re

    from nlp import dates

    low = text.lower()
    keys = {w.decode() for w in dates._KEY_WORDS}
    assert dates._key_words(low) == set(re.findall(r"[a-z]+", low)) & keys


def test_patterns_searched_near_their_words_fit_in_the_window():
    """Patterns searched only around their anchor words must not reach past the window."""
    import inspect
    import re._parser as parser

    from nlp import dates

    radius = inspect.signature(dates._windows).parameters["radius"].default
    for kind in dates._ANCHOR_WORDS:
        pattern = dates._PATTERN[kind]
        assert parser.parse(pattern.pattern, pattern.flags).getwidth()[1] < radius


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("earlier this year-end review, the previous yearly report", ["2023"]),
        # a week names no day: "last week" gives its month (TAXONOMY: YYYY-MM when the text
        # gives only that), session 35
        ("this weekend's talks followed last week's", ["2023-07-04", "2023-06"]),
        ("on the same day, yesterday's order", ["2023-07-04", "2023-07-03"]),
        ("Last  year, this Year, THE CURRENT YEAR", ["2023", "2023"]),
    ],
)
def test_relative_dates_near_their_words(text, values):
    assert [d.value for d in find_dates(text, PUBLISHED)] == values


@pytest.mark.parametrize("kind", ["mdy", "my", "weekday"])
@pytest.mark.parametrize(
    "text",
    [
        "By the end of May 2025, or mid-Sept. 3, early March, late december 2024, Xmay 4 and this Friday",
        "it may come on Monday, next thursday or last Sunday, Mondays aside, March 3rd 2026",
        "The beginning of January that year, the start of jun. next year, Friday Dec 12, 2027.",
    ],
)
def test_patterns_tried_only_where_a_lead_starts_find_what_finditer_finds(kind, text):
    """Trying a pattern where a lead word starts finds what scanning every character finds,
    in whole-text, overlapping and cut windows."""
    pattern, low = dates._PATTERN[kind], text.lower()
    assert list(pattern.finditer(text))  # each text holds matches of each kind
    for windows in ([(0, len(text))], [(0, 30), (10, 60)], [(5, 17), (40, len(text))]):
        expected = [m.span() for m in dates._matches_in(pattern, text, windows)]
        found = dates._matches_in(pattern, text, windows, low, dates._LEADS[kind])
        assert [m.span() for m in found] == expected


# stdate2: a date closing a range opened by "from" or "between" ends a period: a deadline read
# forward, never the step's own date
@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("duties on copper from August 1 to December 31", "2023-12-31"),
        ("the quota runs from May 2 to September 30", "2023-09-30"),
        ("deliveries from 2024 to 2028", "2028"),
        ("output fell between 2015 and 2019 at the mine", "2019"),
    ],
)
def test_the_end_of_a_range_is_no_event_date(text, ends):
    mentions = find_dates(text, PUBLISHED)
    assert (mentions[-1].kind, mentions[-1].value) == ("deadline", ends)
    assert event_date(mentions, len(text)) != ends
