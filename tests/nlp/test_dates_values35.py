"""Date values of session 35 (helper dates35b): what a date mention resolves to and how
precisely. A week gives its month ("last week" -> YYYY-MM, read by the Thursday of that week);
a day named without a year in a clause told ahead ("are due to meet on Friday") is the next
such day; "in May of that year" takes the year the sentence named before it; "a year ago this
week" is the month a year back. Each table holds rows the reading sets and near misses that
keep their old value. The whole-extractor rows are published on Tuesday 2026-03-10."""

import pytest
from predict import predict

from nlp.dates import find_dates
from nlp.extract import Extractor


def _event_dates(extractor: Extractor, text: str, action: str) -> list[str | None]:
    """The event_date of each event of `action` the whole extractor finds in one text."""
    return [e["event_date"] for e in predict(extractor, text)["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a week names no day: its month
        (
            "The European Union signed a critical minerals partnership with Chile last week.",
            "agreement",
            ["2026-03"],
        ),
        (
            "Japan signed a lithium supply agreement with Argentina this week.",
            "offtake",
            ["2026-03"],
        ),
        # a day told ahead is the next one
        (
            "Indonesia and the European Union are due to sign a nickel trade agreement on Friday.",
            "agreement",
            ["2026-03-13"],
        ),
        (
            "Australian and Indian ministers are expected on Thursday to sign a critical "
            "minerals agreement.",
            "agreement",
            ["2026-03-12"],
        ),
        # not: the day of a step done, or of a step told in a clause of its own
        (
            "Australia and India signed a critical minerals agreement on Friday.",
            "agreement",
            ["2026-03-06"],
        ),
        (
            "Canada will lift the tariffs on Chinese steel that it imposed on Friday.",
            "trade_measure",
            ["2026-03-06"],
        ),
        (
            "Chile's ministry said on Friday it will ban exports of lithium to China.",
            "export_control",
            ["2026-03-06"],
        ),
        # the anniversary a retrospective opens with
        (
            "A year ago this week, Japan and Chile signed a copper cooperation agreement.",
            "agreement",
            ["2025-03"],
        ),
        # a month of "that year" takes the year named before it
        (
            "China scrapped its export quotas on rare earths in January 2015 and its export "
            "taxes on tungsten in May of that year.",
            "export_control",
            ["2015-01", "2015-05"],
        ),
        (
            "Washington imposed tariffs on Chinese graphite in 2022, and Beijing banned graphite "
            "exports to the United States in December that year.",
            "export_control",
            ["2022-12"],
        ),
    ],
)
def test_event_dates_as_the_extractor_gives_them(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _event_dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # "last week" is read by the Thursday of the week before: told on Tuesday 4 April the
        # week of 27 March is March's, told on Monday 7 April the week of 31 March is April's
        ("the cabinet approved the plan last week", "2023-04-04", "2023-03"),
        ("the cabinet approved the plan last week", "2025-04-07", "2025-04"),
        # told on a Sunday, "last week" is the working week just ended
        ("the ministry announced the curbs last week", "2025-04-06", "2025-04"),
        ("the ministry announced the curbs last week", "2023-07-09", "2023-07"),
        # "this week" is the report's month, "next week" the month of next week's Thursday
        ("officials met in Brussels this week", "2025-11-14", "2025-11"),
        ("the bill is due to pass next week", "2023-03-25", "2023-03"),
        ("the bill is due to pass next week", "2023-03-28", "2023-04"),
        # not: a weekend keeps its day
        ("a fact sheet published last weekend", "2025-11-09", "2025-11-02"),
        # a day told ahead: the next one, the same day when told that day
        ("the leaders are due to meet on Saturday", "2024-11-15", "2024-11-16"),
        ("the ban will end on Thursday", "2025-10-15", "2025-10-16"),
        ("the two sides are expected to sign the deal on Wednesday", "2023-11-15", "2023-11-15"),
        ("the ban will end on October 16", "2025-08-01", "2025-10-16"),
        # not: a day told back, before the future verb or after a past form
        ("on Friday, the ministry said it will ban exports", "2025-10-15", "2025-10-10"),
        ("Canada will remove the duty it imposed on Monday", "2025-10-15", "2025-10-13"),
        ("the tariffs will stay under the deal signed on Monday", "2025-10-15", "2025-10-13"),
        # not: a month keeps its backward reading, even told ahead
        ("the commission will present its strategy in March", "2019-12-11", "2019-03"),
        # a month of "that year" with the year named before it
        (
            "a panel ruled in 2022, and Jakarta appealed in December that year",
            "2024-12-27",
            "2022-12",
        ),
        ("since August 2023 and of graphite since December that year", "2025-01-03", "2023-12"),
        # "a year ago this week" and "two years ago this month"
        ("A year ago this week, the leaders met", "2025-06-03", "2024-06"),
        ("two years ago this month the law passed", "2025-06-03", "2023-06"),
    ],
)
def test_last_event_date_values(text: str, published: str, value: str) -> None:
    """The value of the text's last date mention read as an event's own date."""
    mention = [d for d in find_dates(text, published) if d.kind == "event"][-1]
    assert mention.value == value


@pytest.mark.parametrize(
    "text",
    [
        "in December that year",  # the year is another sentence's
        "Castillo, who took office two weeks ago",  # an aside's age is no step's date
        "prices far above their level of a year ago",
    ],
)
def test_no_date_from_these(text: str) -> None:
    assert find_dates(text, "2024-05-28") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a word cut at the end of the search window around a month is no month ("declared")
        (
            "The mine has been idle since November, when the Supreme Court declared the law void.",
            ["2023-11"],
        ),
        ("In July, Trump signed memoranda declaring magnets essential.", ["2023-07"]),
        # not: a month spelled out keeps its place
        (
            "The court ruled in November and the government declared in December.",
            ["2023-11", "2023-12"],
        ),
    ],
)
def test_words_cut_at_a_window_end_are_no_months(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, "2024-03-01")] == values
