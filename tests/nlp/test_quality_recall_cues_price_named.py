"""A price mechanism in other words: price supports in the plural, a support price, a price topped up, guaranteed, or studied as a floor; a floor the market finds, an analyst's target and demand propping up prices are none. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    ("price_mechanism", "The EU is considering price supports for European rare earth producers."),
    (
        "price_mechanism",
        "The scheme would top up the price received by lithium miners when markets slump.",
    ),
    (
        "price_mechanism",
        "Canberra will offer a support price for rare earth oxides produced in Australia.",
    ),
    (
        "price_mechanism",
        "The Pentagon guaranteed a price floor of $110 a kilogram for neodymium oxide.",
    ),
    (
        "price_mechanism",
        "The G7 is studying a minimum price for rare earths sold by allied producers.",
    ),
    (
        "price_mechanism",
        "Japan and the United States will explore mechanisms such as price floors for gallium.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    ("price_mechanism", "Lithium prices found a floor in March, traders said."),
    ("price_mechanism", "Analysts raised their price target for the Australian lithium miner."),
    (
        "price_mechanism",
        "Strong demand from battery makers helped prop up nickel prices in Indonesia.",
    ),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
