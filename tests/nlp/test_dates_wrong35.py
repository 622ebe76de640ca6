"""Dates taken from the wrong mention of the sentence (session 35, dd35), read through the whole
extractor as shipped. The texts are published on Tuesday 2026-03-10 (tests/nlp/predict.py).
Each table holds rows where the reading must fire and rows where it must not."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "expected"),
    [
        # an undoing of a measure named by when it was made takes the sentence's other date
        (
            "China will suspend the export controls on graphite it announced on February 12, "
            "the commerce ministry said on Friday.",
            "export_control",
            [("revoked", "2026-03-06")],
        ),
        (
            "Zambia will remove the export duty on copper concentrate it introduced in January, "
            "the finance minister said on Wednesday.",
            "export_control",
            [("revoked", "2026-03-04"), ("in_force", "2026-01")],
        ),
        (
            "Japan will lift the export restrictions it imposed on South Korea in 2021 on three "
            "chipmaking chemicals, the trade ministry said on Thursday.",
            "export_control",
            [("revoked", "2026-03-05"), ("in_force", "2021")],
        ),
        # a measure named by its year, undone on a day of the sentence
        (
            "Kenya on Monday lifted a 2019 moratorium on new mining licences.",
            "permitting",
            [("revoked", "2026-03-09")],
        ),
        # not: no other date to take, the step keeps the one it was told with
        (
            "Japan will lift the export restrictions it imposed on South Korea in 2021 on three "
            "chipmaking chemicals.",
            "export_control",
            [("revoked", "2021"), ("in_force", "2021")],
        ),
        # not: a measure named by its year with no undoing is the measure itself
        (
            "Kenya's 2019 moratorium on new mining licences remains in force, the ministry said "
            "on Monday.",
            "permitting",
            [("revoked", "2019")],
        ),
        # not: a step that is no undoing keeps the making's date
        (
            "China expanded the export controls it announced on February 12, the commerce "
            "ministry said on Friday.",
            "export_control",
            [("in_force", "2026-02-12")],
        ),
        (
            "The export controls on graphite that China announced on February 12 remain in "
            "force, the ministry said on Friday.",
            "export_control",
            [("agreed", "2026-02-12")],
        ),
    ],
)
def test_an_undoing_takes_its_own_date(
    extractor: Extractor, text: str, action: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dated_statuses(extractor, text, action) == expected


@pytest.mark.parametrize(
    ("text", "action", "dates"),
    [
        # a measure named by when it was made, told with its month, is dated to the month
        (
            "The gallium project is the latest step under the Japan-Australia Critical Minerals "
            "Partnership signed in October 2022.",
            "agreement",
            ["2022-10"],
        ),
        (
            "The order builds on an executive order Trump signed in December 2017 on critical "
            "minerals.",
            "strategy",
            ["2017-12"],
        ),
        # not: a name told with its year only keeps the year
        (
            "The gallium project is the latest step under the Japan-Australia Critical Minerals "
            "Partnership signed in 2022.",
            "agreement",
            ["2022"],
        ),
        (
            "The new plan builds on the critical minerals strategy the government published in "
            "July 2023.",
            "strategy",
            ["2023-07"],
        ),
    ],
)
def test_a_named_measure_takes_its_full_date(
    extractor: Extractor, text: str, action: str, dates: list[str | None]
) -> None:
    assert [when for _, when in dated_statuses(extractor, text, action)] == dates
