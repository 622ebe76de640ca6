"""fd36b: a deadline is the target its own step commits to (TAXONOMY: "a target date or year the
event commits to"): a period or target told beside several steps times the one it belongs to;
a spending period's end, the date a step was moved from, another thing's due date and a law's
title year are no target; targets the date patterns missed are read forward; a start the next
sentence tells of the step just told is the step's."""

from datetime import date

import pytest
from predict import deadlines

from nlp.dates import fd36b_ahead, fd36b_targets, find_dates
from nlp.extract import Extractor

PUBLISHED = "2024-08-28"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the truce's period times the truce, not the export ban told far before it
        (
            "Indonesia's mines ministry has ordered a crackdown on nickel ore smuggling, saying "
            "some traders had been getting round its export ban by shipping through third "
            "countries, just as Jakarta and Beijing agreed a 60-day truce in their tariff "
            "dispute.",
            [
                ("export_control", "in_force", None, None),
                ("agreement", "agreed", None, "2024-10-27"),
            ],
        ),
        # a start told in another clause, on a condition, is not the pact's
        (
            "Chile's copper tariff on Argentine cathodes stays at 5% under the trade pact the two "
            "sides signed in May, but could rise to 15% from October 1 if Buenos Aires misses its "
            "targets.",
            [
                ("trade_measure", "in_force", "2024-05", None),
                ("agreement", "agreed", "2024-05", None),
            ],
        ),
        # a start of the step's own clause still is
        (
            "Chile will raise its copper tariff on Argentine cathodes to 15% from October 1, the "
            "ministry said on Monday.",
            [("trade_measure", "agreed", "2024-08-26", "2024-10-01")],
        ),
        # a rate of spending until a year: a spending period, no target
        (
            "Under the amended deal, the mining partners will pay for roads and schools worth up "
            "to $50 million a year until 2035.",
            [("investment", "agreed", None, None)],
        ),
        # a sum by a year: a target
        (
            "Under the amended deal, the mining partners will pay for roads and schools worth up "
            "to $50 million by 2035.",
            [("investment", "agreed", None, "2035")],
        ),
        # "by" before a law's title year starts no target
        (
            "The subsidy was created by the 2021 Clean Minerals Act, which ties support to "
            "domestic processing.",
            [("strategy", "in_force", None, None)],
        ),
        # the end of the decade, read forward
        (
            "Rio Tinto said on Monday it will invest $900 million in the Jadar lithium project, "
            "with production targeted before the end of the decade.",
            [("investment", "agreed", "2024-08-26", "2030")],
        ),
        (
            "Ghana said on Monday it hoped to sign the lithium royalty agreement with Atlantic "
            "Lithium before year-end.",
            [("agreement", "proposed", "2024-08-26", "2024")],
        ),
        # a suspension's end is the suspension's, not the truce's it is part of
        (
            "Beijing on Monday suspended until November 2025 its ban on gallium exports to the "
            "United States, part of a truce reached by the two presidents in Busan.",
            [
                ("export_control", "revoked", "2024-08-26", "2025-11"),
                ("agreement", "revoked", "2024-08-26", None),
            ],
        ),
        # a start the next sentence tells of the rules just told
        (
            "Chile on Monday published rules that tighten state control of lithium mining.\n\n"
            "The rules, signed by the president and due to take effect on December 1, say that "
            "no company may mine lithium without a state partner.",
            [("strategy", "agreed", "2024-08-26", "2024-12-01")],
        ),
    ],
)
def test_deadline_of_its_own_step(extractor: Extractor, text: str, want: list) -> None:
    assert deadlines(extractor, text, PUBLISHED) == want


def test_moved_from_is_no_target() -> None:
    text = "Vietnam said it would bring forward a ban on ore exports to January 1, 2025, from 2027."
    found = find_dates(text, PUBLISHED)
    assert any(d.value == "2027" for d in found)
    assert all(d.value != "2027" for d in fd36b_targets(found, text))


def test_others_due_date_is_no_target() -> None:
    text = "Serbia revoked the permits, bowing to protests ahead of elections due in April."
    found = find_dates(text, PUBLISHED)
    assert any(d.kind == "deadline" for d in found)
    assert fd36b_targets(found, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("with output targeted before the end of the decade", "2030"),
        ("it hopes to close the loan before year-end", "2024"),
        ("the plant should start by the end of the year", "2024"),
        ("the minister could travel to Jakarta as soon as Friday", "2024-08-30"),
        ("as soon as Wednesday", "2024-09-04"),  # the report's own weekday: next week's
        ("a law, due to be presented in March, that", "2025-03"),
        ("a plan due to be unveiled in October", "2024-10"),
        ("production began in March", None),
    ],
)
def test_fd36b_ahead(text: str, want: str | None) -> None:
    found = fd36b_ahead(text, date(2024, 8, 28))
    assert (found[0].value if found else None) == want
    assert all(d.kind == "deadline" for d in found)
