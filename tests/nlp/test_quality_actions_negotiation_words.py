"""Negotiations under way between governments are talks wherever the noun stands; a price or a
deal described as negotiated is a result (a deal negotiated is an agreement reached), and
negotiations with firms are no talks between governments. Sentences written here, read through
the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TALKS = [
    "Chile's foreign minister said negotiations with Japan over lithium supply would resume.",
    "Indonesia is negotiating a nickel trade deal with the United States.",
]

NOT_TALKS = [
    "Codelco will lead negotiations with the two companies that extract lithium in Chile.",
    "The negotiated price for Australian lithium concentrate fell by a third this quarter.",
    "The Australian lithium producer is in negotiations with buyers in China and Korea.",
    "The Chilean copper miner opened negotiations with unions at its Escondida mine.",
]


CONCLUDED = [
    "Indonesia and the United States negotiated a nickel trade deal in Washington.",
]


@pytest.mark.parametrize("text", CONCLUDED)
def test_deal_negotiated_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert action_types(extractor, text) >= {"agreement"}
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", TALKS)
def test_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_TALKS)
def test_not_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)
