"""Talks told as a meeting of leaders or ministers of two governments (a president due to meet a president, a meeting between a prime minister and a president), and discussions or a dialogue between governments; a firm's dialogue or discussions with its industry or buyers, and a topic the ministers discussed, are no talks. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "negotiation",
        "President Biden will meet Chinese President Xi Jinping in Busan next week, with rare earth curbs high on the agenda.",
    ),
    (
        "negotiation",
        "Indonesian President Joko Widodo met U.S. Vice President Kamala Harris to press for a nickel deal.",
    ),
    (
        "negotiation",
        "The plan follows a meeting between Canada's prime minister and the U.S. president on critical minerals in June.",
    ),
    ("negotiation", "Japan and Chile will start a dialogue on lithium and copper supply."),
    ("negotiation", "The European Union and Chile are in discussions over a lithium partnership."),
    (
        "negotiation",
        "Australia held discussions with India on rare earths processing in New Delhi.",
    ),
    (
        "negotiation",
        "Korea's trade minister will meet his Japanese counterpart in Tokyo to talk about graphite.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    (
        "negotiation",
        "The Chilean lithium producer opened a dialogue with industry groups on water use.",
    ),
    (
        "negotiation",
        "The Australian graphite miner is in discussions with buyers in Japan and Korea.",
    ),
    (
        "negotiation",
        "The company president met analysts in Sydney to present its lithium output forecast.",
    ),
    (
        "negotiation",
        "The ministers also discussed maritime security and cobalt prices over dinner.",
    ),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
