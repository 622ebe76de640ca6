"""A topic discussed or an idea floated is no negotiation by itself: talks are held, opened or
planned between governments, and a meeting called to discuss a matter is one. Sentences written
here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TALKS = [
    "Japanese and Chilean trade officials met to discuss copper supply on Monday.",
    "Indonesia asked Washington to open negotiations on a nickel trade deal.",
    "The idea of a joint lithium reserve was first floated by Argentina's minister in May.",
]

NOT_TALKS = [
    "The ministers also discussed maritime security and cobalt prices over dinner.",
    "The quarterly report discussed the outlook for lithium demand in Europe and Japan.",
    "Shares of the Australian graphite miner floated on the exchange in 2021.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_TALKS)
def test_not_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)
