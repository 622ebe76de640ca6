"""An amount is money committed (TAXONOMY `investment`: grants, loans, equity, funds, credits)
only when it is not a price, the value of goods or a company, a total reached, a need or a cost.
Sentences written here, read through the whole extractor; each uncommitted amount stands beside
a word that makes an investment cue when the amount is committed."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NOT_COMMITTED = [
    "Buyers in China paid $80,000 a tonne for lithium carbonate at the peak.",
    "Japan received $2 billion worth of rare earths from China last year.",
    "Investment in Chile's copper sector reached $20 billion last year, official data showed.",
    "Foreign investment in Indonesia's nickel industry has topped $15 billion since 2020.",
    "The United States needs $100 billion of investment in critical minerals by 2030.",
    "The state fund's lithium stake has a market value of $3 billion, Chile's officials said.",
    "Funding for cobalt refining in Congo is estimated at $2 billion, the ministry said.",
]

COMMITTED = [
    "Buyers in China paid $80 million for a stake in the lithium miner on Monday.",
    "Japan received $2 billion in loans from Australia for rare earth refining last year.",
    "The Pentagon committed $400 million of funding to the rare earth magnet plant in Texas.",
    "The United States will provide $100 million of financing for a graphite mine in Mozambique.",
]


@pytest.mark.parametrize("text", NOT_COMMITTED)
def test_amount_not_committed(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", COMMITTED)
def test_amount_committed(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)
