"""Policy told as a law, regulation or plan made, changed or published: draft regulations published, revisions or changes to a law, a new regulation or decree, a national plan or a new policy unveiled; a forecast revised or a firm's plan unveiled is no policy. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "strategy",
        "China has published draft regulations that would tighten state control over the rare earth industry.",
    ),
    ("strategy", "The ministry unveiled a national plan to develop the lithium industry."),
    ("strategy", "The government approved a new policy on critical minerals processing."),
    ("strategy", "The change would need revisions to the agency's founding law on rare earths."),
    (
        "strategy",
        "Congress approved changes to the mining law declaring lithium a strategic mineral.",
    ),
    ("strategy", "The Senate passed a bill to nationalise lithium deposits."),
    ("strategy", "Indonesia's new regulation requires nickel smelters to use domestic ore."),
    (
        "strategy",
        "The EU's Critical Raw Materials Act entered into force in May, covering lithium and graphite.",
    ),
    ("strategy", "Vietnam's government introduced a new mining law covering rare earths."),
    (
        "strategy",
        "Australia's parliament enacted legislation creating a critical minerals production tax credit.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    ("strategy", "Analysts revised their forecasts for lithium demand downward."),
    ("strategy", "The company unveiled a plan to build a nickel refinery in Finland."),
    ("strategy", "Codelco published its copper output figures for the quarter."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
