"""Action cues of session 35 for steps the extractor missed in whole documents (rc35 combos of
nlp/data/actions.yaml): a plant's stage or an industrial park built or opened, a policy or an
action plan a government will write, and a memorandum priced as a deal is. Each table holds
rows where the cue must fire and near misses where it must not, read through the whole
extractor as shipped and with the action rules alone."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FIRES = [
    # the works of a plant's stage or a park, named by their place in the build
    (
        "project",
        "Construction of the first phase of Canada's Nechalacho lithium project started in May.",
    ),
    (
        "project",
        "Kazakhstan said construction of the second unit of its uranium conversion plant would "
        "begin next year.",
    ),
    (
        "project",
        "Vietnam's export curbs spurred the construction of a rare earths industrial park in Lao "
        "Cai.",
    ),
    # a stage opened or begun by its verb, a plant word after it
    (
        "project",
        "Mongolia's president opened the first phase of the Oyu Tolgoi copper concentrator on "
        "Thursday.",
    ),
    (
        "project",
        "Finland's Keliber plans to begin the first stage of its lithium hydroxide refinery in "
        "2025.",
    ),
    # a policy or an action plan a government says it will write
    (
        "strategy",
        "Ghana's government will develop a policy to keep lithium refining in the country.",
    ),
    (
        "strategy",
        "Kenya and Tanzania agreed to draw up an action plan on graphite and nickel within 90 "
        "days.",
    ),
    # a memorandum priced as a deal is
    (
        "investment",
        "Zambia signed a memorandum of understanding worth $300 million with a Saudi firm to "
        "develop copper mines.",
    ),
]

MISSES = [
    # a stage of something else than a plant: a programme's phase begun
    (
        "project",
        "Canada will begin the first phase of its critical minerals strategy review on lithium "
        "next year.",
    ),
    # a programme's first phase launched is no plant's stage
    (
        "project",
        "Japan launched the first phase of its rare earths research programme on Monday.",
    ),
    # "develop" with another object than a policy or a plan
    (
        "strategy",
        "Ghana's government wants to develop a lithium refining industry.",
    ),
    # a memorandum not priced
    (
        "investment",
        "Namibia signed a memorandum of understanding on lithium with Germany on Tuesday.",
    ),
]


@pytest.mark.parametrize(("action", "text"), FIRES)
def test_missed_steps_are_found(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), FIRES)
def test_missed_steps_are_found_by_the_rules(
    extractor: Extractor, action_rules_alone: None, action: str, text: str
) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), MISSES)
def test_near_misses_make_no_step(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
