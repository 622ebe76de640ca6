"""Funding or financing named with no amount is money committed when someone gives, wins or
approves it, not when it is wished for, talked over or made easier to reach. Sentences written
here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

MONEY_COMMITTED = [
    "Germany's KfW provided financing for a lithium refinery in Brandenburg.",
    "The Canadian government approved funding for a graphite anode plant in Quebec.",
    "Japan's JOGMEC will provide $80 million of funding for a nickel project in Brazil.",
]

NO_MONEY_COMMITTED = [
    "The plan could ease access to defence funding for Australian rare earth companies.",
    "Ministers discussed ways to pool public financing for cobalt refineries outside China.",
    "The association said funding for roads to remote lithium deposits was badly needed.",
]


@pytest.mark.parametrize("text", MONEY_COMMITTED)
def test_money_committed(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


@pytest.mark.parametrize("text", NO_MONEY_COMMITTED)
def test_no_money_committed(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)
