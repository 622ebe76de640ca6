"""The status of restrictions (export controls, trade measures, sanctions) through the whole
extractor, rules alone, on sentences written here (published 2026-03-10): a measure decided
against a measure working (docs/status-convention.md R4-R6)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # sanctions named as the regime of a group of states stand (R4, R5)
        (
            "Vietnam and Laos are large tin exporters, and Western sanctions on Myanmar's tin "
            "smelters have pushed prices higher.",
            "in_force",
        ),
        (
            "Myanmar has blamed Western sanctions for a fall in its tin sales.",
            "in_force",
        ),
        (
            "U.S. and British sanctions keep Russian nickel out of London warehouses.",
            "in_force",
        ),
        # guard: the day's own sanctions stay the news
        (
            "Britain imposed sanctions on two Myanmar tin smelters on Monday.",
            "agreed",
        ),
    ],
)
def test_sanctions_named_as_a_regime_stand(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "sanction") == status
