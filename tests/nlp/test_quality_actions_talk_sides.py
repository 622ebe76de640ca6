"""Talks, consultations or dialogue count as negotiation when governments sit on both sides;
talks with communities, between miners or a draft put to the public for comment are not.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TALKS = [
    "Japan held consultations with Chile on copper supply chains on Tuesday.",
    "Indonesia and the United States opened talks on a nickel trade deal, officials said.",
]

NOT_TALKS = [
    "Rio Tinto held consultations with communities near the lithium mine in Serbia.",
    "Analysts expect talks between the miners to drag on, but Chilean lithium supply will rise.",
    "The Peruvian ministry launched public consultations on the draft copper mining rules.",
    "The Canadian agency opened a dialogue with industry on graphite processing standards.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_TALKS)
def test_not_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)
