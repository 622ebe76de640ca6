"""A state's production-sharing contracts with miners, treaty arbitration, agreeing with a
finding, and a deal still to be concluded are no agreement between governments; a signed
pact is. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_AGREEMENT = [
    "Indonesia will sign new production sharing agreements with nickel miners next year.",
    "The Australian lithium developer said it would take Chile to a treaty tribunal.",
    "In a memo, the Canadian minister said she agreed with the review's findings on "
    "graphite supply.",
    "Peru chose a Chinese bidder for the copper mine; the deal has yet to be signed.",
]


@pytest.mark.parametrize("text", NO_AGREEMENT)
def test_no_pact_between_governments(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)


AGREEMENT = [
    "Japan and Chile signed a critical minerals agreement on lithium and copper.",
    "South Korea agreed with Australia on a framework for rare earths supply.",
]


@pytest.mark.parametrize("text", AGREEMENT)
def test_a_signed_pact_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)
