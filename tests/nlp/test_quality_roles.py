"""Reactions: a party that criticises, welcomes or rejects someone else's measure is not its
actor, on sentences written here, read through the whole extractor."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[list[str], list[str]]:
    pred = predict(extractor, text)
    event = next(e for e in pred["events"] if e["action"] == action)
    return event["actors"], event["partners"]


@pytest.mark.parametrize(
    ("text", "action", "actor", "reactor"),
    [
        (
            "Beijing criticised the new U.S. tariffs on Chinese graphite.",
            "trade_measure",
            "USA",
            "CHN",
        ),
        (
            "China's foreign ministry condemned Washington's export controls on gallium.",
            "export_control",
            "USA",
            "CHN",
        ),
        (
            "Japan welcomed the EU's decision to set reference prices for rare earths.",
            "price_mechanism",
            "EU",
            "JPN",
        ),
        (
            "Indonesia rejected the European Union's anti-dumping duties on nickel pig iron.",
            "trade_measure",
            "EU",
            "IDN",
        ),
        (
            "Canada slammed China's ban on exports of graphite anodes.",
            "export_control",
            "CHN",
            "CAN",
        ),
        # arguing against or challenging a measure is a reaction too
        (
            "Brussels argued that Indonesia's nickel ore export ban broke WTO rules.",
            "export_control",
            "IDN",
            "EU",
        ),
        (
            "Washington challenged China's restrictions on graphite exports at the WTO.",
            "export_control",
            "CHN",
            "USA",
        ),
        (
            "Seoul questioned Beijing's new licensing rules for rare earth exports.",
            "export_control",
            "CHN",
            "KOR",
        ),
    ],
)
def test_a_reacting_party_is_not_the_actor(extractor, text, action, actor, reactor):
    actors, partners = roles(extractor, text, action)
    assert actor in actors
    assert reactor not in actors
    assert reactor in partners


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the party's own call or own step after the reaction
        ("Japan called for talks with Chile on lithium supply.", "negotiation", "JPN"),
        (
            "China condemned the tariffs and imposed export controls on gallium.",
            "export_control",
            "CHN",
        ),
        ("Indonesia vowed to tighten its export ban on nickel ore.", "export_control", "IDN"),
        ("Chile argued for a ban on exports of raw lithium.", "export_control", "CHL"),
    ],
)
def test_a_party_acting_on_its_own_stays_the_actor(extractor, text, action, actor):
    actors, _ = roles(extractor, text, action)
    assert actor in actors


@pytest.mark.parametrize(
    ("text", "action", "actor", "partner"),
    [
        # the subject of a relative clause on the measure is its author
        (
            "The export curbs that Beijing introduced on gallium remain in place.",
            "export_control",
            "CHN",
            None,
        ),
        (
            "Chipmakers are short of germanium because of the export ban China imposed last year.",
            "export_control",
            "CHN",
            None,
        ),
        (
            "Buyers fear the tariffs Washington has imposed on Chinese graphite.",
            "trade_measure",
            "USA",
            "CHN",
        ),
        (
            "The export ban that Indonesia adopted in 2020 drew nickel smelters from China.",
            "export_control",
            "IDN",
            "CHN",
        ),
        # a party after a preposition is still the target, whatever verb follows
        ("Sanctions against Russia imposed last year cut nickel supply.", "sanction", None, "RUS"),
    ],
)
def test_the_subject_of_a_relative_clause_on_the_measure_acts(
    extractor, text, action, actor, partner
):
    actors, partners = roles(extractor, text, action)
    if actor is not None:
        assert actor in actors
        assert actor not in partners
    if partner is not None:
        assert partner in partners
        assert partner not in actors
