"""Supply contracts a sentence makes conditional, still missing, habitual across a trade, or
under review are no offtake event; a contract signed is. Sentences written here, read
through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_OFFTAKE = [
    "Refiners will struggle to raise money for new lithium plants unless battery makers sign "
    "long-term contracts with them.",
    "Brokers said Western buyers would need to sign supply deals for cobalt at a premium to "
    "Chinese prices.",
    "The Australian developer has yet to sign any offtake agreements for its graphite.",
    "Anode makers have been signing longer supply contracts with graphite miners in Africa.",
    "European carmakers are reviewing their supply agreements for nickel after the new rules.",
]


@pytest.mark.parametrize("text", NO_OFFTAKE)
def test_a_hedged_or_habitual_contract_is_no_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" not in action_types(extractor, text)


OFFTAKE = [
    "LG Energy Solution signed a long-term supply agreement with a Canadian graphite miner on "
    "Tuesday.",
    "Toyota Tsusho agreed to buy 30% of the nickel output of a new mine in Indonesia.",
    "Glencore struck a five-year supply deal with a Chinese battery maker for cobalt hydroxide.",
]


@pytest.mark.parametrize("text", OFFTAKE)
def test_a_signed_contract_is_an_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" in action_types(extractor, text)
