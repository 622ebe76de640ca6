"""s42b: a day named without its year in a sentence that gives an earlier date of its own is
read against that date ("In July 2023, ... would take effect on Aug. 1": August 2023, not the
report's year); a number's year ("Announcement 46 of 2024") is no date; a date that names a
measure ("the Oct. 9 export control measures") yields to the date of the step told about it."""

from datetime import date

import pytest
from predict import deadlines

from nlp.dates import event_date, find_dates, start_ahead
from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # (value, kind, the date it was read against) of the day named without its year
        (
            "In July 2023, Beijing announced licences for gallium exports that would take "
            "effect on Aug. 1.",
            "2025-04-10",
            ("2023-08-01", "effective", "2023-07"),
        ),
        (
            "July 2023 - Beijing announces licences for gallium exports, effective Aug. 1.",
            "2025-04-10",
            ("2023-08-01", "effective", "2023-07"),
        ),
        (
            "In 2022, Jakarta said its bauxite ore ban would apply from June.",
            "2025-04-10",
            ("2022-06", "effective", "2022"),
        ),
        (
            "On February 10, 2025, the duty on Chinese aluminium foil rose to 30%, effective "
            "March 12.",
            "2025-06-10",
            ("2025-03-12", "effective", "2025-02-10"),
        ),
        (
            "In March 2024, Harare said lithium concentrate exports would be allowed until "
            "the end of December.",
            "2025-10-01",
            ("2024-12", "deadline", "2024-03"),
        ),
        # "will" tells a step still to come from the report's day
        (
            "The cobalt rules, adopted in 2017, will from January 1 oblige importers to audit "
            "their smelters.",
            "2020-04-29",
            ("2021-01-01", "effective", None),
        ),
        # a state since a date, a measure named by its date and a law's title year give no
        # reading
        (
            "Jakarta has barred nickel ore shipments since January 2020, and from March "
            "miners must sell at benchmark prices.",
            "2025-02-19",
            ("2025-03", "effective", None),
        ),
        (
            "Beijing's December 2024 ban on antimony exports to Washington is suspended "
            "until November 27.",
            "2026-02-09",
            ("2026-11-27", "deadline", None),
        ),
        (
            "Under the Mining Law of 2019, the royalty applies from August 1.",
            "2025-05-01",
            ("2025-08-01", "effective", None),
        ),
    ],
)
def test_a_day_without_its_year_is_read_against_the_sentence_date(
    text: str, published: str, want: tuple
) -> None:
    # the last mention of each text is the day named without its year
    last = find_dates(text, published)[-1]
    assert (last.value, last.kind, last.told_at) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a start after the date the sentence tells is a target then, though past now
        (
            "In July 2023, Beijing announced licences for gallium exports that would take "
            "effect on Aug. 1.",
            "2025-04-10",
            "2023-08-01",
        ),
        # read against the report's day, a past start is none
        ("Licences for gallium exports took effect on Aug. 1.", "2025-09-10", None),
    ],
)
def test_a_start_after_the_told_date_is_ahead(text: str, published: str, want: str) -> None:
    mentions = find_dates(text, published)
    assert start_ahead(mentions, date.fromisoformat(published)) == want


@pytest.mark.parametrize(
    "text",
    [
        "Beijing suspended Announcement 46 of 2024 on gallium exports.",
        "Beijing suspended Announcement No. 46 of 2024 on gallium exports.",
        "Jakarta issued Government Regulation No. 96 of 2021 on mining.",
        "Presidential Decree No. 22 of 2024 sets the nickel royalty.",
        "The quota follows Regulation 19 of 2025.",
        "Commission Implementing Regulation (EU) 2026/512 lists the magnets.",
    ],
)
def test_a_number_s_year_is_no_date(text: str) -> None:
    assert find_dates(text, "2025-11-09") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Energy Act of 2020 set up the loan office.", ["2020"]),
        ("Exports fell in the first half of 2024.", ["2024"]),
        ("Article 3 of 2023 guidance was withdrawn.", ["2023"]),
    ],
)
def test_other_years_after_of_stay_dates(text: str, want: list[str]) -> None:
    assert [d.value for d in find_dates(text, "2025-11-09")] == want


@pytest.mark.parametrize(
    ("text", "published", "cue", "want"),
    [
        # the day of the telling, not the measure's own day
        (
            "Beijing said on Thursday it will suspend the Oct. 9 export control measures on "
            "rare earths for one year.",
            "2025-10-31",
            "export control",
            "2025-10-30",
        ),
        (
            "On Monday Washington paused the April 2 tariffs on Chinese graphite.",
            "2025-05-14",
            "tariffs",
            "2025-05-12",
        ),
        # a heading that holds the measure's day keeps the day
        (
            "October 2025: Beijing's October 9 export controls on rare earths, since "
            "suspended, raised alarm in Brussels.",
            "2026-01-20",
            "export controls",
            "2025-10-09",
        ),
        # the measure's day alone dates it
        (
            "Washington's March 20 executive order told agencies to list priority mines.",
            "2025-05-13",
            "executive order",
            "2025-03-20",
        ),
        # a date before a noun of no measure is no measure's name
        (
            "Gallium shipments reached 5 tons in July, double the June figure.",
            "2023-09-20",
            "figure",
            "2023-06",
        ),
    ],
)
def test_a_measure_s_name_date_yields_to_the_telling(
    text: str, published: str, cue: str, want: str
) -> None:
    assert event_date(find_dates(text, published), text.index(cue)) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "In July 2023, China announced export controls on gallium that would take effect "
            "on Aug. 1.",
            "2025-04-10",
            [("export_control", "agreed", "2023-07", "2023-08-01")],
        ),
        (
            "China's commerce ministry said on Thursday it will suspend the Oct. 9 export "
            "control measures on rare earths for one year.",
            "2025-10-31",
            [("export_control", "revoked", "2025-10-30", "2026-10")],
        ),
        (
            "China suspended Announcement 46 of 2024 on gallium exports to the United States "
            "until November 27, 2026.",
            "2025-11-09",
            [("export_control", "revoked", None, "2026-11-27")],
        ),
    ],
)
def test_in_events(extractor: Extractor, text: str, published: str, want: list) -> None:
    assert deadlines(extractor, text, published) == want
