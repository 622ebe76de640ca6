"""Action cues for wording of fresh news (helper actfresh): offtake named as a condition a project
must meet or a programme helps attract is no contract struck; a grouping founded under a long
name, a state suspended from all of a grouping's activities and an association of producing
states are bloc_formation. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# offtake a project or a borrower must still find, or a programme helps attract: a condition
OFFTAKE_CONDITIONS = [
    "Canadian lenders say graphite developers need offtake contracts before any loan can close.",
    "The nickel programme is meant to help Indonesian smelters attract offtake from buyers in "
    "Japan.",
]


@pytest.mark.parametrize("text", OFFTAKE_CONDITIONS)
def test_offtake_as_a_condition_is_no_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" not in action_types(extractor, text)


# groupings formed, a member suspended, a grouping of producing states proposed
BLOC_STEPS = [
    "Leaders welcomed the establishment of the Andean-Pacific Lithium Producers Forum, which will "
    "share data on lithium brines.",
    "The African Union suspended bauxite producer Guinea from all of its activities after the "
    "coup.",
    "Jakarta is sounding out neighbours about an association of cobalt-producing countries to "
    "coordinate policy on cobalt.",
]


@pytest.mark.parametrize("text", BLOC_STEPS)
def test_grouping_steps_are_bloc_formation(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)
