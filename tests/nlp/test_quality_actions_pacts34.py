"""Pact and grouping readings of session 34 (pc34 in nlp/data/actions.yaml): minerals
partnerships named in the plural are agreements; a state admitted to a grouping, a tier of
partner states created or taken up, an invitation to join a grouping and a refusal to join a
named bloc are bloc_formation; a dialogue or forum meeting for the first time is talks.
Sentences written here, read through the whole extractor, with the action model off (the
rules) and as shipped; each table holds rows where the reading must fire and rows where it
must not."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FIRES = [
    # plural minerals partnerships
    (
        "Canberra already has critical minerals partnerships with Tokyo, Seoul and New Delhi.",
        "agreement",
    ),
    (
        "The European Union holds raw materials and minerals partnerships with Chile and Namibia.",
        "agreement",
    ),
    # a state admitted to a grouping
    (
        "Leaders agreed to admit Timor-Leste as the bloc's 11th member, a step toward a regional "
        "critical minerals strategy.",
        "bloc_formation",
    ),
    # a tier of partner states created or taken up
    (
        "BRICS leaders agreed on Wednesday to create a new category of partner countries and to "
        "study a platform for trading precious metals and rare earths.",
        "bloc_formation",
    ),
    (
        "Nigeria became a BRICS partner country on Friday, Brazil said, as the bloc courts "
        "lithium producers.",
        "bloc_formation",
    ),
    # an invitation to join a grouping
    (
        "Brazil accepted an invitation to join the producers' charter in December, a step for its "
        "oil and critical minerals.",
        "bloc_formation",
    ),
    # a refusal to join a named bloc
    (
        "Argentina will not join BRICS, the incoming foreign minister said on Thursday, as the "
        "country courts lithium investors.",
        "bloc_formation",
    ),
    (
        "Brazil will not join FORGE, the U.S.-led forum on critical minerals trade, the foreign "
        "minister said.",
        "bloc_formation",
    ),
    # a dialogue to meet for the first time
    (
        "Officials said the critical minerals dialogue would meet for the first time within months.",
        "negotiation",
    ),
]

# near misses: no pact, grouping or talks of governments
STAYS_OUT = [
    ("Canberra already has education partnerships with Tokyo, Seoul and New Delhi.", "agreement"),
    ("The miner signed partnerships with two battery makers to supply lithium.", "agreement"),
    (
        "Companies admitted to the incentive regime will pay corporate tax of 25% on their "
        "lithium mines.",
        "bloc_formation",
    ),
    ("The lithium tender is open to investors from partner countries.", "bloc_formation"),
    (
        "The chief executive of the lithium miner accepted an invitation to join the board of a "
        "rival.",
        "bloc_formation",
    ),
    (
        "Lula said Brazil would not join the Belt and Road Initiative formally but would welcome "
        "Chinese investment in lithium.",
        "bloc_formation",
    ),
    ("The lithium fund's governing board met for the first time this week.", "negotiation"),
]


@pytest.mark.parametrize(("text", "action"), FIRES)
def test_reading_fires_by_the_rules(
    extractor: Extractor, action_rules_alone: None, text: str, action: str
) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), FIRES)
def test_reading_fires_as_shipped(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("text", "action"), STAYS_OUT)
def test_near_miss_stays_out(extractor: Extractor, text: str, action: str) -> None:
    assert action not in action_types(extractor, text)
