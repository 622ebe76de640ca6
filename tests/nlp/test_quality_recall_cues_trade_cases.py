"""A trade case opened between governments: dispute settlement consultations requested (a trade case, not talks), a request for consultations, a complaint at the WTO, a trade case; a firm's dispute with its workers and residents' complaints are none. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "trade_measure",
        "Washington requested dispute settlement consultations with Mexico over its lithium rules.",
    ),
    (
        "trade_measure",
        "The EU filed a request for consultations at the WTO over Indonesia's nickel policy.",
    ),
    (
        "trade_measure",
        "Korean officials said they could consider a WTO complaint over the graphite rules.",
    ),
    ("trade_measure", "China opened a trade case against Australian lithium hydroxide last month."),
    ("trade_measure", "India raised customs duties on imported lithium cells to 20%."),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    ("trade_measure", "The Chilean lithium producer settled a dispute with its workers over pay."),
    (
        "trade_measure",
        "Residents near the Peruvian copper smelter sent complaints about dust to the city.",
    ),
    (
        "negotiation",
        "Washington requested dispute settlement consultations with Mexico over its lithium rules.",
    ),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
