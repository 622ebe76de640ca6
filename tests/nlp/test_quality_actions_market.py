"""A floor the market reaches or a company hedges at is no price mechanism, and inventories that
traders, automakers or buyers build are no strategic stockpile; a floor a government sets and a
state stockpile still are. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

MARKET = [
    (
        "The nickel market has reached a price floor as high-cost output falls, Macquarie said.",
        "price_mechanism",
    ),
    ("Cobalt hit a price floor of $10 a pound in March, the lowest since 2016.", "price_mechanism"),
    (
        "The floor price for copper in the miner's hedging programme is $8,000 a tonne.",
        "price_mechanism",
    ),
    (
        "Chinese traders have built up a stockpile of cobalt hydroxide at ports this year.",
        "stockpile",
    ),
    (
        "Automakers have been stockpiling rare earth magnets to guard against Chinese curbs.",
        "stockpile",
    ),
    ("Battery makers are stockpiling lithium ahead of the new US tariffs.", "stockpile"),
]


@pytest.mark.parametrize(("text", "action"), MARKET)
def test_market_floors_and_firms_inventories_are_no_event(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


POLICY = [
    ("The Pentagon set a price floor of $110 per kilogram for NdPr oxide.", "price_mechanism"),
    (
        "Australia will establish a price floor for rare earths from its strategic reserve.",
        "price_mechanism",
    ),
    ("Japan will stockpile rare earths and gallium through the state agency JOGMEC.", "stockpile"),
    (
        "South Korea's state procurement agency is stockpiling lithium and cobalt for 100 days of "
        "demand.",
        "stockpile",
    ),
]


@pytest.mark.parametrize(("text", "action"), POLICY)
def test_state_floors_and_stockpiles_stay(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)
