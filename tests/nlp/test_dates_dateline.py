"""A dateline's day ("HARARE, April 8 (Reuters) - ") is the day of the report: a step the lead
sentence dates itself keeps its own date, so an older measure told there stays a standing one
(session 22, events.py `_past_dateline`); with no other date the dateline still dates the news."""

import pytest
from predict import dated_statuses

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LUSAKA, May 6 (Reuters) - When Zambia banned exports of raw manganese ore in "
            "March 2021, officials said the rule would push miners to refine at home.",
            [("in_force", "2021-03")],
        ),
        (
            "JAKARTA, Feb 12 - Indonesia, which banned nickel ore exports in January 2020, "
            "is weighing a similar step for bauxite, the energy minister said.",
            [("in_force", "2020-01")],
        ),
        (
            "LUSAKA, March 10 (Reuters) - Zambia banned exports of raw manganese ore.",
            [("agreed", "2026-03-10")],
        ),
    ],
)
def test_a_dateline_day_does_not_date_a_step_its_sentence_dates(
    extractor: Extractor, text: str, expected: list
) -> None:
    assert dated_statuses(extractor, text, "export_control")[:1] == expected
