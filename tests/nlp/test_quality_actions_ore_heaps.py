"""Ore a mine keeps in heaps, reserves of money, and information about stockpiles are no
strategic reserve built or drawn; a state stockpile released is. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_STOCKPILE = [
    "The plant will treat ore stockpiles at the cobalt mine in Congo from next year.",
    "The Indonesian smelter draws nickel from concentrate stockpiles at the port.",
    "Zambia needs copper export revenue to rebuild its reserves, the finance minister said.",
    "Officials agreed to share information on national stockpiles of rare earths.",
]


@pytest.mark.parametrize("text", NO_STOCKPILE)
def test_no_strategic_reserve(extractor: Extractor, text: str) -> None:
    assert "stockpile" not in action_types(extractor, text)


def test_a_state_stockpile_released_is_a_stockpile(extractor: Extractor) -> None:
    assert "stockpile" in action_types(
        extractor, "South Korea will release tungsten from its national stockpile next month."
    )
