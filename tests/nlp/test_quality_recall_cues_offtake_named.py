"""Offtake told in other words: a commitment or pledge to buy all the output, a long-term deal, an agreement to source from a project, offtake or purchase rights; output bought on the market, a stake sold and output figures are no offtake. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "offtake",
        "Lynas has sold most of its rare earths output to Japanese buyers under a long-term deal.",
    ),
    (
        "offtake",
        "The Pentagon committed to buy all the neodymium magnets from the new plant for ten years.",
    ),
    ("offtake", "Ford agreed to source lithium from the Argentine project for six years."),
    (
        "offtake",
        "The state agreed to acquire the entire output of the graphite plant in Mozambique.",
    ),
    (
        "offtake",
        "Korea Zinc signed a long-term deal to supply germanium to the U.S. Defense Department.",
    ),
    (
        "offtake",
        "Japan and the United States will receive offtake rights to the gallium in line with their stakes.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    (
        "offtake",
        "Chinese buyers took most of Australia's lithium output last year, customs data showed.",
    ),
    ("offtake", "The miner sold its stake in the Chilean copper mine to a Japanese group."),
    ("offtake", "Lithium output from Chile rose by 12% in the quarter."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
