"""A party after "by" is the passive actor of the cue only when it names a government acting
on it, not firms ("driven down by Chinese producers") nor the agent of a later clause's step
("after losing a case brought by the EU"); on sentences written here, read through the whole
extractor."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[set[str], set[str]]:
    event = next(e for e in predict(extractor, text)["events"] if e["action"] == action)
    return set(event["actors"]), set(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actor", "not_actor"),
    [
        # firms after "by": the country is their home, no actor of the measure
        (
            "Canada imposed tariffs on graphite anodes after prices were driven down by "
            "Chinese producers.",
            "trade_measure",
            "CAN",
            "CHN",
        ),
        (
            "The Pentagon guaranteed a price floor for neodymium oxide to offset dumping by "
            "Chinese magnet makers.",
            "price_mechanism",
            "USA",
            "CHN",
        ),
        (
            "Tanzania suspended the licence of a graphite mine run by Australian-listed Ecograf.",
            "permitting",
            "TZA",
            "AUS",
        ),
        # "by" in a later clause names the agent of another step
        (
            "Indonesia banned nickel ore exports but dropped the ban after losing a case "
            "brought by the European Union.",
            "export_control",
            "IDN",
            "EU",
        ),
        (
            "Mexico raised tariffs on Chinese steel and aluminium, following similar moves by "
            "the United States.",
            "trade_measure",
            "MEX",
            "USA",
        ),
    ],
)
def test_by_without_a_government_agent(extractor, text, action, actor, not_actor):
    actors, _ = roles(extractor, text, action)
    assert actor in actors
    assert not_actor not in actors


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        # a government right after "by" still acts, however far from the cue
        ("Export licences for graphite were introduced by China.", "export_control", {"CHN"}),
        (
            "New export quotas on tungsten and antimony, covering ores as well as refined metal, "
            "were announced by Vietnam on Monday.",
            "export_control",
            {"VNM"},
        ),
        # a party right before the measure after "by" names its maker, firms or not
        (
            "Canadian smelters were hit by U.S. aluminium tariffs last year.",
            "trade_measure",
            {"CAN", "USA"},
        ),
        (
            "The cobalt export ban was imposed by Congo's mines ministry in February.",
            "export_control",
            {"COD"},
        ),
    ],
)
def test_by_with_a_government_agent(extractor, text, action, actors):
    assert roles(extractor, text, action)[0] == actors
