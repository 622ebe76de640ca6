"""A step someone hopes a decision leads to, or one judged slow or still to be proven, is no
event; a step taken is. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_EVENT = [
    (
        "Miners said the new strategy should lead to loans for graphite projects in Canada.",
        "investment",
    ),
    ("Producers said permitting for new lithium mines in Australia remained slow.", "permitting"),
    (
        "Executives said Japanese funding for rare earth projects in Vietnam would be the real "
        "test.",
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "action"), NO_EVENT)
def test_a_hoped_or_judged_step_is_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert action not in action_types(extractor, text)


def test_a_loan_granted_stays_an_investment(extractor: Extractor) -> None:
    assert "investment" in action_types(
        extractor, "Canada granted a $100 million loan to a graphite project in Quebec."
    )
