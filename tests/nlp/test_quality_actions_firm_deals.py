"""Deals that firms sign or strike are business deals, not agreements between governments, even
when the firms are named by their countries. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PACTS = [
    "Japan and Australia signed a critical minerals agreement covering lithium on Monday.",
    "Chinese and Russian officials signed a memorandum on nickel and cobalt supply.",
]

FIRM_DEALS = [
    "Chinese and Russian companies signed deals worth $5 billion on nickel and cobalt.",
    "Japanese and Australian firms have signed agreements on lithium and hydrogen.",
    "Korean and Indonesian carmakers struck a deal on nickel supply chains this week.",
]


@pytest.mark.parametrize("text", PACTS)
def test_pact(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize("text", FIRM_DEALS)
def test_firm_deal_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)
