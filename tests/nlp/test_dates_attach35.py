"""Which date of a sentence an event takes (session 35, da35), read through the whole
extractor as shipped. The texts are published on Tuesday 2026-03-10 (tests/nlp/predict.py).
Each table holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


def _dates(extractor: Extractor, text: str, action: str) -> list[str | None]:
    return [when for _, when in dated_statuses(extractor, text, action)]


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a date ahead of the report, or the current year, tells the period a step covers; the
        # reporting clause's day is the day it was announced
        (
            "Chile will raise royalties on lithium producers next year, the finance ministry "
            "said on Monday.",
            "strategy",
            ["2026-03-09"],
        ),
        (
            "Indonesia will ban exports of bauxite ore next year, the energy ministry said on "
            "Monday.",
            "export_control",
            ["2026-03-09"],
        ),
        (
            "Peru has approved copper mining quotas for 2026, the energy ministry said on Friday.",
            "permitting",
            ["2026-03-06"],
        ),
        (
            "Glencore has agreed to buy cobalt from Congo's state miner for five years starting "
            "in 2027, the companies said on Thursday.",
            "offtake",
            ["2026-03-05"],
        ),
        (
            "Congo will lift its ban on cobalt exports on April 16, the regulator said on "
            "Saturday.",
            "export_control",
            ["2026-03-07"],
        ),
        # not: a past date dates the step itself
        (
            "Chile raised royalties on lithium producers in 2024, the finance ministry said on "
            "Monday.",
            "strategy",
            ["2024"],
        ),
        (
            "Indonesia banned exports of bauxite ore in 2023, the energy ministry said on Monday.",
            "export_control",
            ["2023"],
        ),
        (
            "Peru approved copper mining quotas for 2025, the energy ministry said on Friday.",
            "permitting",
            ["2025"],
        ),
        # not: the current month, which may be the step's own ("later this month")
        (
            "Indonesia will raise royalties on nickel ore later this month, the energy ministry "
            "said on Monday.",
            "strategy",
            ["2026-03"],
        ),
    ],
)
def test_a_period_date_yields_to_the_reporting_day(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a year naming a period or standing in a title is not the day the step was taken
        (
            "China's commerce ministry on Friday published the 2027 catalogue of goods subject "
            "to export licences, keeping gallium and germanium on the list.",
            "export_control",
            ["2026-03-06"],
        ),
        (
            "India's parliament on Monday passed the Mines and Minerals Amendment Bill, 2026, "
            "which lets private companies mine lithium.",
            "strategy",
            ["2026-03-09"],
        ),
        (
            "Congress on Monday passed the Critical Minerals Security Act of 2026, which creates "
            "a strategic reserve of rare earths.",
            "stockpile",
            ["2026-03-09"],
        ),
        (
            "Japan said on Friday it would ask for more money in next year's budget to expand "
            "its stockpile of rare earths.",
            "stockpile",
            ["2026-03-06"],
        ),
        # not: a past date of an earlier step told in the sentence keeps dating it
        (
            "The ban on lithium ore exports, which Zimbabwe imposed in December, was tightened "
            "on Monday.",
            "export_control",
            ["2025-12"],
        ),
    ],
)
def test_a_year_naming_a_period_or_a_title_yields_to_the_day(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a date ahead of the report is when a step will happen, not when it happened or was
        # announced: no event date
        (
            "The company expects to start production at its lithium mine in Nevada in 2028.",
            "project",
            [None],
        ),
        ("Indonesia will ban exports of bauxite ore next year.", "export_control", [None]),
        # not: a past or current date
        (
            "The company started production at its lithium mine in Nevada in 2024.",
            "project",
            ["2024"],
        ),
        (
            "Officials said a critical minerals dialogue between Japan and India would meet for "
            "the first time later this year.",
            "negotiation",
            ["2026"],
        ),
    ],
)
def test_a_date_ahead_of_the_report_is_no_event_date(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert _dates(extractor, text, action) == dates
