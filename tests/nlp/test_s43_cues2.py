"""Session 43 cues, second round: a ministerial meeting named by the adjective alone, a
grouping taken part in or come on board, and a commitment verb inside a comparison clause,
which refers back to an earlier figure and is no step. Sentences written here, read through
the whole extractor, with the learned action model on and off."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FOUND = [
    # a ministerial held, hosted or convened
    ("The Quad convened its second ministerial on supply chains in Tokyo.", "negotiation"),
    (
        "Canada will host the partnership's inaugural ministerial on graphite in Ottawa next month.",
        "negotiation",
    ),
    (
        "Ministers from twelve states held a ministerial on lithium refining in Santiago.",
        "negotiation",
    ),
    # a grouping taken part in or come on board
    ("India is considering whether to take part in the new cobalt buyers' club.", "bloc_formation"),
    ("South Korea came on board the critical minerals coalition last week.", "bloc_formation"),
    (
        "Brazil said it would take part in the Lobito Corridor grouping for copper and cobalt.",
        "bloc_formation",
    ),
]

NOT_FOUND = [
    # a grouping's working groups taken part in as an observer: no membership
    (
        "Tokyo will take part in the alliance's working groups on nickel as an observer for now.",
        "bloc_formation",
    ),
    # firms taking part in mining beside a state company: no grouping of states
    (
        "Foreign companies may take part in uranium mining in partnership with the state firm.",
        "bloc_formation",
    ),
    # a commitment verb in a comparison clause refers back
    (
        "The ministry asked for 30 billion won in next year's budget to buy tungsten for the"
        " reserve, up from 12 billion won allocated this year.",
        "investment",
    ),
    (
        "Seoul has requested 80 billion won to stockpile gallium, compared to the 50 billion won"
        " set aside in 2025.",
        "investment",
    ),
]


@pytest.mark.parametrize(("text", "action"), FOUND)
def test_the_step_is_found(
    extractor: Extractor, action_model_mode: bool, text: str, action: str
) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), NOT_FOUND)
def test_no_such_step(
    extractor: Extractor, action_model_mode: bool, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)
