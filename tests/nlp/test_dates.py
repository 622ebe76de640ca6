"""Event dates and deadlines resolved against the publication date."""

import pytest

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
