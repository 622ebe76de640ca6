"""The minerals of a step (evmin): a step on a group's members is one on the group too, a step on
the group one on the members the text names, and a step whose sentence names no mineral may be
about the minerals the sentences just before it named."""

import pytest

from nlp import action_model


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch, status_rules_alone: None) -> None:
    monkeypatch.setattr(action_model, "USE_MODEL", False)


def _minerals(extractor, title: str, text: str, action: str) -> list[list[str]]:
    doc = {"id": "t", "title": title, "text": text, "published": "2025-03-04"}
    return [e["minerals"] for e in extractor.extract(doc)["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("title", "text", "action", "wanted"),
    [
        # members named: the group too
        (
            "Ministry backs magnet maker",
            "The Japanese government will lend 200 million dollars to a magnet maker that plans "
            "to make NdPr oxide in Osaka.",
            "investment",
            {"neodymium", "praseodymium", "rare_earths"},
        ),
        (
            "Canada eyes reserve",
            "Canada will build a national stockpile of platinum to shield carmakers from "
            "shortages.",
            "stockpile",
            {"platinum", "pgm"},
        ),
        # the group named: the members the text names too
        (
            "Korea plans reserve",
            "South Korea said on Monday it would build a state stockpile of heavy rare earths. "
            "Its magnet makers use dysprosium and terbium from China.",
            "stockpile",
            {"rare_earths", "dysprosium", "terbium"},
        ),
        (
            "Palladium supply",
            "Russia's government said on Tuesday it would restrict exports of platinum group "
            "metals. The country mines much of the world's palladium.",
            "export_control",
            {"pgm", "palladium"},
        ),
    ],
)
def test_a_step_carries_a_group_and_its_named_members(extractor, title, text, action, wanted):
    (minerals,) = _minerals(extractor, title, text, action)
    assert set(minerals) == wanted


@pytest.mark.parametrize(
    ("title", "text", "action", "wanted"),
    [
        # the sentence just before names the step's mineral, the title another
        (
            "Lithium miners brace for new rules",
            "Congo produces most of the world's cobalt. On Monday its government imposed an "
            "export ban for four months.",
            "export_control",
            {"lithium", "cobalt"},
        ),
        # the text's first minerals and the ones just named
        (
            "Andean producers",
            "Chile produces much of the world's copper. Bolivia holds large lithium reserves. "
            "Its government imposed an export ban on Monday.",
            "export_control",
            {"copper", "lithium"},
        ),
        # guard: three sentences back is too far, the title's minerals stand alone
        (
            "Lithium miners brace for new rules",
            "Congo produces most of the world's cobalt. Prices rose sharply last year. Analysts "
            "were surprised. On Monday its government imposed an export ban for four months.",
            "export_control",
            {"lithium"},
        ),
    ],
)
def test_a_step_naming_no_mineral_takes_the_ones_just_named(extractor, title, text, action, wanted):
    (minerals,) = _minerals(extractor, title, text, action)
    assert set(minerals) == wanted


@pytest.mark.parametrize(
    ("text", "minerals"),
    [
        # the fuel reactors burn is a uranium product
        (
            "The utility said on Monday it had signed contracts with a U.S. supplier to deliver "
            "nuclear fuel for its two reactors from 2027.",
            ["uranium"],
        ),
        # guard: a use named for another element is no uranium
        (
            "The institute will study whether thorium left in the tailings could serve as "
            "nuclear fuel.",
            [],
        ),
    ],
)
def test_nuclear_fuel_is_uranium(extractor, text, minerals):
    doc = {"id": "t", "title": "Reactor supply", "text": text, "published": "2025-03-04"}
    assert extractor.extract(doc)["minerals"] == minerals


@pytest.mark.parametrize(
    ("text", "minerals"),
    [
        # the clause of the deal names no mineral, the other clause's is a buyer's
        (
            "Japan signed long-term supply deals with two Australian miners on Monday, and "
            "Korea, the largest buyer of nickel in Asia, is weighing a state fund.",
            {"nickel", "cobalt"},
        ),
        # guard: the clause's own mineral alone
        (
            "Japan signed long-term supply deals for nickel with two Australian miners on Monday.",
            {"nickel"},
        ),
    ],
)
def test_a_clause_naming_no_mineral_may_be_on_the_documents(extractor, text, minerals):
    title = "Cobalt buyers look abroad"
    (found,) = _minerals(extractor, title, text, "offtake")
    assert set(found) == minerals
