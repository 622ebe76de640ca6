"""Investment a country attracted, aid a rule makes firms eligible for, and guarantees offered to
investors above a size are descriptions or a rule's effect, not money committed; money a
government or firm commits stays an investment. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NOT_COMMITTED = [
    "Chile has attracted more than $10 billion of investment in lithium since 2016, officials said.",
    "The reform drew $4 billion in foreign investment into cobalt refining last year.",
    "Listing graphite as critical makes miners eligible for cheap loans from the export agency.",
    "The regime offers investors of more than $200 million tax guarantees for lithium mines.",
]

COMMITTED = [
    "The export credit agency granted a $300 million loan to the graphite miner on Monday.",
    "The government will invest $1 billion in a lithium refinery to attract private investment.",
]


@pytest.mark.parametrize("text", NOT_COMMITTED)
def test_not_money_committed(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", COMMITTED)
def test_money_committed(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)
