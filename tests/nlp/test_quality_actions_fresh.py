"""Action cues for wording of fresh news (helper actfresh): offtake named as a condition a project
must meet or a programme helps attract is no contract struck; a grouping founded under a long
name, a state suspended from all of a grouping's activities and an association of producing
states are bloc_formation; talks named only as where a report's sources sit ("people familiar
with the talks") are no talks (session 24). Sentences written here, read through the whole
extractor."""

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


# actfresh (session 24): talks named only as where a report's sources sit are no talks: the step
# the sources tell is something else
SOURCES_ON_TALKS = [
    "Chile's mining ministry is weighing a cut in lithium royalties, two people familiar with the "
    "talks said.",
    "The ministry plans to raise the royalty on cobalt, according to two people briefed on the "
    "negotiations.",
    "Vietnam is preparing new rules on rare earth mining licences, a source close to the "
    "negotiations said on Friday.",
]


@pytest.mark.parametrize("text", SOURCES_ON_TALKS)
def test_sources_on_talks_are_no_negotiation(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


# what must not change: talks held, told in their own words, stay talks beside the sources
TALKS_HELD = [
    "Japan and Chile held talks on lithium supply on Monday, officials briefed on the "
    "discussions said.",
    "Indonesia and the European Union opened negotiations on a nickel deal, two people familiar "
    "with the talks said.",
]


@pytest.mark.parametrize("text", TALKS_HELD)
def test_talks_held_stay_negotiation(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)
