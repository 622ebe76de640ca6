"""TAXONOMY's `quantity_t` is a volume committed: a purchase, a stock, a quota, a pact's supply,
a plan's target or a project's capacity (session 36's labels) carries one; the capacity of a
plant a loan pays for is not the lender's, and the tonnage of reserves or resources is no one's."""

import pytest
from predict import event_fields

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("text", "action", "want"),
    [
        # committed: a purchase, a quota
        (
            "Tesla agreed to buy 40,000 tonnes of lithium hydroxide a year from Albemarle.",
            "offtake",
            [40_000],
        ),
        (
            "Congo set an export quota of 96,600 tonnes of cobalt a year for 2026.",
            "export_control",
            [96_600],
        ),
        # a plant's capacity: the project's
        (
            "Vale will build a nickel refinery in Sudbury capable of producing 30,000 tonnes a "
            "year.",
            "project",
            [30_000],
        ),
        # the money lent for it commits no volume
        (
            "The Export-Import Bank approved a $400 million loan to help Vale build a nickel "
            "refinery capable of producing 30,000 tonnes a year.",
            "investment",
            [None],
        ),
        # the ground's content before a plan's own target: the target
        (
            "Vietnam, whose rare earth reserves are estimated at 22 million tonnes, approved a "
            "plan to mine 2 million tonnes of rare earth ore a year by 2030.",
            "strategy",
            [2_000_000],
        ),
    ],
)
def test_only_committed_volumes_are_kept(
    extractor: Extractor, text: str, action: str, want: list
) -> None:
    assert event_fields(extractor, text, action, "quantity_t") == want
