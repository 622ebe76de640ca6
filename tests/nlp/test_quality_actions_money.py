"""A deal priced right before its noun is money committed (investment), while a priced
offtake or supply deal stays an offtake only, and a government pact with no price stays an
agreement. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PRICED_DEALS = [
    "A U.S.-backed company signed a $1.1 billion agreement on Thursday to develop tungsten "
    "deposits in Kazakhstan.",
    "The Japanese trading house signed a $300 million deal to develop a lithium mine in Argentina.",
    "Korea Zinc struck a $250 million contract with Chile's Codelco to build a copper refinery.",
    "Ivanhoe sealed a 400 million euro accord to expand its copper smelter in Congo.",
]


@pytest.mark.parametrize("text", PRICED_DEALS)
def test_a_priced_deal_is_an_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


NOT_INVESTMENT = [
    (
        "Tesla signed a $500 million offtake agreement with Piedmont Lithium for spodumene.",
        "offtake",
    ),
    (
        "Glencore agreed a $2 billion supply deal with a Chinese battery maker for cobalt "
        "hydroxide.",
        "offtake",
    ),
    (
        "Ford signed a $200 million off-take deal for graphite from a Canadian mine.",
        "offtake",
    ),
]


@pytest.mark.parametrize(("text", "action"), NOT_INVESTMENT)
def test_a_priced_offtake_is_no_investment(extractor: Extractor, text: str, action: str) -> None:
    found = action_types(extractor, text)
    assert action in found
    assert "investment" not in found


def test_an_unpriced_pact_is_no_investment(extractor: Extractor) -> None:
    found = action_types(
        extractor,
        "Japan and Chile signed a critical minerals agreement on lithium and copper on Monday.",
    )
    assert "agreement" in found
    assert "investment" not in found
