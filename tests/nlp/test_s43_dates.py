"""s43: days and months named without a year, read by the tense of their clause and by the
month the sentence names; a legal text's "Number N of YEAR" is no date; a measure named by its
date gives no day to the step that changes it."""

import pytest
from predict import deadlines

from nlp.dates import event_date, find_dates
from nlp.extract import Extractor


def _last(text: str, published: str) -> tuple[str, str]:
    found = find_dates(text, published)[-1]
    return found.value, found.kind


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a step told as past on a day later than the report is that day a year before
        (
            "On March 2 the ministry imposed licences on antimony shipments.",
            "2026-01-20",
            ("2025-03-02", "event"),
        ),
        (
            "Santiago signed its lithium accord with La Paz on 14 February.",
            "2025-01-10",
            ("2024-02-14", "event"),
        ),
        # a step still to come, or a day told as a plan, keeps the day ahead
        (
            "Ministers from both capitals are due to meet on February 4.",
            "2026-01-03",
            ("2026-02-04", "event"),
        ),
        (
            "The planned February 4 vote on the cobalt levy drew protests.",
            "2026-01-03",
            ("2026-02-04", "event"),
        ),
        # a condition's day is its own, still ahead
        (
            "Washington threatened new duties on cobalt once the envoy takes office on February 4.",
            "2026-01-03",
            ("2026-02-04", "event"),
        ),
        # a day already past needs no shift
        (
            "On December 12 the ministry imposed licences on antimony.",
            "2026-01-20",
            ("2025-12-12", "event"),
        ),
    ],
)
def test_a_past_step_s_later_day_is_last_year_s(text: str, published: str, want: tuple) -> None:
    assert _last(text, published) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a step to come that starts or stops something: its day is the target
        (
            "The ministry said cobalt exports will be halted on July 3.",
            "2025-06-30",
            ("2025-07-03", "effective"),
        ),
        (
            "Lusaka plans to introduce the copper levy on Friday.",
            "2025-06-30",
            ("2025-07-04", "effective"),
        ),
        # beyond the coming week the day stays the event's until merging has read it
        (
            "The ministry said cobalt exports will be halted on August 20.",
            "2025-06-30",
            ("2025-08-20", "event"),
        ),
        # a meeting or a signing set for a day stays the event's day, and so do talks or a
        # framework set to start or open on it
        (
            "The minister will open lithium talks with Santiago on July 3.",
            "2025-06-30",
            ("2025-07-03", "event"),
        ),
        (
            "The two ministers will sign the graphite deal on July 3.",
            "2025-06-30",
            ("2025-07-03", "event"),
        ),
    ],
)
def test_a_day_a_measure_starts_or_stops_is_a_start(text: str, published: str, want: tuple) -> None:
    assert _last(text, published) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a month still to come when something starts or ends is this year's, not last year's
        ("The smelter is expected to begin output in October.", "2025-03-10", "2025-10"),
        (
            "Officials said the refinery would be commissioned in September.",
            "2025-02-01",
            "2025-09",
        ),
        ("The anti-dumping review will conclude in November.", "2025-06-02", "2025-11"),
        # a past expectation, a month after a past step, or a month of another verb stay back
        ("The smelter was expected to begin output in October.", "2025-03-10", "2024-10"),
        ("The plant will restart the line it shut in October.", "2025-03-10", "2024-10"),
        (
            "The agency will publish the tender rules it drafted in October.",
            "2025-03-10",
            "2024-10",
        ),
    ],
)
def test_a_future_start_month_reads_ahead(text: str, published: str, want: str) -> None:
    assert _last(text, published)[0] == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a day after "In <month>" is read from that month, as after a month with its year
        (
            "In August Harare said lithium exports would be barred from 1 September.",
            "2025-11-20",
            ("2025-09-01", "effective", "2025-08"),
        ),
        (
            "In May, Kinshasa ruled that the quota applies from June 20.",
            "2025-12-01",
            ("2025-06-20", "effective", "2025-05"),
        ),
        # a month after "since", or a step told in the present, dates nothing
        (
            "Since May, Kinshasa has said the quota applies from June 20.",
            "2025-12-01",
            ("2026-06-20", "effective", None),
        ),
        (
            "The Commission opened its probe in February and must rule by March.",
            "2020-09-14",
            ("2021-03", "deadline", None),
        ),
    ],
)
def test_a_day_is_read_after_the_month_the_sentence_names(
    text: str, published: str, want: tuple
) -> None:
    last = find_dates(text, published)[-1]
    assert (last.value, last.kind, last.told_at) == want


@pytest.mark.parametrize(
    "text",
    [
        "Nickel ore exports stopped under Law Number 4 of 2009.",
        "Jakarta cited Government Regulation Nr. 7 of 2022 on smelters.",
        "The ministry's Regulation No. 11/2024 sets the bauxite quota.",
        "Presidential Decree 123 of 2019 created the mining agency.",
    ],
)
def test_a_legal_text_s_number_year_is_no_date(text: str) -> None:
    assert find_dates(text, "2025-11-09") == []


@pytest.mark.parametrize(
    ("text", "published", "cue", "want"),
    [
        # a step that changes a measure named by its date takes no day from the name
        (
            "Jakarta lifted the March 3 nickel export quotas for six months.",
            "2025-05-01",
            "export quotas",
            None,
        ),
        (
            "Washington paused parts of the April 2 tariffs on Chinese graphite.",
            "2025-05-14",
            "tariffs",
            None,
        ),
        # the day the change was told, wherever it stands
        (
            "Jakarta lifted the March 3 nickel export quotas on Tuesday.",
            "2025-05-01",
            "export quotas",
            "2025-04-29",
        ),
        # the measure's own tale keeps its day
        (
            "Beijing's December 3 controls cover gallium and germanium.",
            "2025-05-01",
            "controls",
            "2024-12-03",
        ),
        (
            "Beijing announced the December 3 controls on gallium.",
            "2025-05-01",
            "controls",
            "2024-12-03",
        ),
    ],
)
def test_a_changed_measure_s_date_is_not_the_change_s(
    text: str, published: str, cue: str, want: str | None
) -> None:
    assert event_date(find_dates(text, published), text.index(cue)) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "On March 2 Beijing announced licensing rules for antimony exports.",
            "2026-01-20",
            [("export_control", "agreed", "2025-03-02", None)],
        ),
        (
            "Jakarta said that nickel ore exports will be halted on July 3.",
            "2025-06-30",
            [("export_control", "agreed", None, "2025-07-03")],
        ),
        (
            "In August Harare announced that lithium exports would be barred from 1 September.",
            "2025-11-20",
            [("export_control", "agreed", "2025-08", "2025-09-01")],
        ),
    ],
)
def test_in_events(extractor: Extractor, text: str, published: str, want: list) -> None:
    assert deadlines(extractor, text, published) == want
