"""A plan the news has overtaken ("had planned to invest") makes no event; a plan still
standing does. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

OVERTAKEN = [
    (
        "The joint venture had planned to invest $900 million in a lithium plant in Chile.",
        "investment",
    ),
    (
        "The miner had been due to start production at the nickel mine in Indonesia this year.",
        "project",
    ),
]


@pytest.mark.parametrize(("text", "action"), OVERTAKEN)
def test_an_overtaken_plan_is_no_event(extractor: Extractor, text: str, action: str) -> None:
    assert action not in action_types(extractor, text)


def test_a_standing_plan_is_an_event(extractor: Extractor) -> None:
    assert "investment" in action_types(
        extractor, "The joint venture plans to invest $900 million in a lithium plant in Chile."
    )
