"""An issue raised with another government and a further meeting agreed or planned are talks
(negotiation); a firm raising an issue with its board or meeting a target is not. Sentences
written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

TALKS = [
    "Australia's prime minister will raise the issue with Indonesia's president, officials said "
    "of the nickel export curbs.",
    "Trade ministers from Chile and Argentina agreed to meet again in March on lithium.",
    "Tokyo plans to meet Australian officials on rare earth supply before the summer.",
]

NOT_TALKS = [
    "The Australian lithium miner expects to meet its output target of 40,000 tonnes this year.",
    "Chile's copper miners raised output by 4% and expect to meet demand again next year.",
]


@pytest.mark.parametrize("text", TALKS)
def test_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_TALKS)
def test_not_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)
