"""TAXONOMY's `amount_usd` is money committed: only investments and stockpile purchases carry a
sum. A tariff on a value of goods, a plan's budget, a project's cost or a price floor names money
without committing it, and a sum there would make the event a commitment in the digest."""

import pytest
from predict import predict

from nlp.extract import Extractor


def sums(extractor: Extractor, text: str, action: str) -> list[tuple]:
    """(amount_usd, amount, currency) of each event of `action` in one short text."""
    events = predict(extractor, text)["events"]
    found = [(e["amount_usd"], e["amount"], e["currency"]) for e in events if e["action"] == action]
    assert found, f"no {action} event in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the value of the goods a tariff covers
        (
            "Canada on Friday imposed tariffs of 25% on $18 billion of U.S. steel and aluminum "
            "products in retaliation for Washington's duties.",
            "trade_measure",
        ),
        # the cost of a plant
        (
            "Korea Zinc will build a $1.4 billion nickel refinery in Ulsan that is due to start "
            "production in 2027.",
            "project",
        ),
        # a price floor's level
        (
            "The government set a floor price of $110 per kilogram for neodymium oxide "
            "produced by the national lithium and rare earth company.",
            "price_mechanism",
        ),
        # a law's budget envelope, in another currency
        (
            "Parliament passed a critical minerals strategy backed by an envelope of "
            "A$2 billion for lithium and rare earth processing.",
            "strategy",
        ),
    ],
)
def test_money_not_committed_carries_no_sum(extractor: Extractor, text: str, action: str) -> None:
    assert set(sums(extractor, text, action)) == {(None, None, None)}


@pytest.mark.parametrize(
    ("text", "action", "usd"),
    [
        # money lent: committed
        (
            "The U.S. International Development Finance Corporation will lend $150 million to a "
            "graphite mine in Mozambique, the agency said on Tuesday.",
            "investment",
            150_000_000,
        ),
        # a stockpile purchase: committed
        (
            "Japan's JOGMEC will spend $40 million to buy rare earths for the national "
            "stockpile, the trade ministry said.",
            "stockpile",
            40_000_000,
        ),
    ],
)
def test_money_committed_keeps_its_sum(
    extractor: Extractor, text: str, action: str, usd: float
) -> None:
    assert any(found[0] == usd for found in sums(extractor, text, action))
