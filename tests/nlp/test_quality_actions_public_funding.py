"""Money a government keeps paying out, a scheme named by its outlay or its incentives, a
request to the legislature for funds, and a deal priced right after its noun are
investment. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

INVESTMENT = [
    "The Energy Department has been funding pilot plants that recover lithium from "
    "geothermal brines in California.",
    "Ottawa has funded three graphite processing projects in Quebec since 2022.",
    "The Japanese cabinet approved a programme with a total outlay of $2 billion for "
    "rare earth separation capacity.",
    "India launched a production-linked incentive scheme for battery cells using nickel "
    "and cobalt.",
    "The White House will ask Congress for funding for cobalt refining in the United States.",
    "Zambia picked a Gulf investor for its copper smelter in a deal worth about $1.1 billion.",
]


@pytest.mark.parametrize("text", INVESTMENT)
def test_public_money_is_an_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


def test_a_supply_deal_priced_after_its_noun_stays_an_offtake(extractor: Extractor) -> None:
    found = action_types(
        extractor, "Ford signed a supply deal worth $300 million for Canadian graphite on Monday."
    )
    assert "offtake" in found
    assert "investment" not in found
