"""A plant's step told in other words: a plant named before the verb that builds it (a refinery that a firm plans to build, plants to be built), building begun, a plant inaugurated, wound down, brought online or decommissioned; supply chains being built and too few smelters built are no plant's step. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "project",
        "The gallium refinery that Alcoa plans to build at Wagerup would produce 100 tonnes a year.",
    ),
    (
        "project",
        "YLB said the lithium plants, to be built by the consortium CBC, would use direct extraction.",
    ),
    ("project", "MP Materials began building a rare earth magnet plant in Fort Worth."),
    (
        "project",
        "Malaysia's prime minister inaugurated the rare earth processing plant in Kuantan.",
    ),
    ("project", "Albemarle will wind down its lithium hydroxide plant in Kemerton."),
    ("project", "The Indonesian nickel smelter was brought online in March."),
    ("project", "Glencore will decommission the cobalt refinery in Norway next year."),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    ("project", "Western governments are building supply chains for lithium outside China."),
    ("project", "Analysts said Europe is building too few smelters to meet demand for nickel."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
