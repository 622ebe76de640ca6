"""Ore that miners or smelters stockpiled ahead of a ban and a central bank's currency reserves are
no strategic reserve; a government's stockpile purchases are. Sentences written here, read
through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NOT_A_RESERVE = [
    "Bauxite miners stockpiled ore before the export deadline, the ministry said.",
    "Nickel smelters have stockpiled ore for months, traders said.",
    "Copper exports help the country rebuild its currency reserves, the central bank said.",
]

RESERVE = [
    "Japan will stockpile 60 days of rare earth consumption under the new plan.",
    "The government plans to buy cobalt for its national reserve this year.",
]


@pytest.mark.parametrize("text", NOT_A_RESERVE)
def test_not_a_reserve(extractor: Extractor, text: str) -> None:
    assert "stockpile" not in action_types(extractor, text)


@pytest.mark.parametrize("text", RESERVE)
def test_reserve(extractor: Extractor, text: str) -> None:
    assert "stockpile" in action_types(extractor, text)
