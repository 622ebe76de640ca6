"""A mine or plant described as running ("has been operating since 2010", "the only operating
rare earth mine") is its state, no project step; one that begins operating or is shut is.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STEPS = [
    "The Zimbabwean lithium plant began operating in May, its Chinese owner said.",
    "Glencore halted production at its Congolese cobalt mine on Tuesday.",
]

STATES = [
    "The United States has only one operating rare earth mine, Mountain Pass in California.",
    "The Congolese copper mine has been operating since 2010 under Chinese ownership.",
    "Three nickel smelters are operating in the Indonesian province, officials said.",
]


@pytest.mark.parametrize("text", STEPS)
def test_step(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize("text", STATES)
def test_state_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)
