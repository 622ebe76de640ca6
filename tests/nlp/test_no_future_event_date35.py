"""TAXONOMY's `event_date` is when the event happened or was announced. A date after the report's
is when a step is due (a start, a deadline), so such an event carries none, unless it is a day in
the coming week (a meeting or signing set for it); a date on or before the report's day stays. The tests' reports are published on 2026-03-10 (`predict`)."""

import pytest
from predict import event_fields

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "want"),
    [
        # due later: no event date
        (
            "Rio Tinto's lithium plant in Serbia is due to start production in 2028.",
            "project",
            [None],
        ),
        (
            "Indonesia's ban on exports of bauxite ore will take effect in June 2027.",
            "export_control",
            [None],
        ),
        (
            "The European Union's tariffs on Chinese graphite anodes will take effect on April 30.",
            "trade_measure",
            [None],
        ),
        # a day in the coming week is a meeting or signing set for it: kept
        (
            "Japanese and Chilean ministers are due to sign a lithium partnership agreement on Thursday.",
            "agreement",
            ["2026-03-12"],
        ),
        # told on or before the report's day: kept
        (
            "China banned exports of gallium and germanium to the United States on Monday.",
            "export_control",
            ["2026-03-09"],
        ),
        (
            "Indonesia banned exports of nickel ore in January 2020.",
            "export_control",
            ["2020-01"],
        ),
        # this year, as the report's own: kept
        (
            "Chile approved a national lithium strategy earlier this year.",
            "strategy",
            ["2026"],
        ),
    ],
)
def test_event_date_never_after_the_report(
    extractor: Extractor, text: str, action: str, want: list
) -> None:
    assert event_fields(extractor, text, action, "event_date") == want
