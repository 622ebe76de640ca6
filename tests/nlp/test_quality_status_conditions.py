"""A step under a condition ("if ...") is still weighed, whatever verb its clause has, through
the whole extractor on sentences written here (published 2026-03-10)."""

import pytest
from predict import model_reads_otherwise, status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the condition opens the clause of the step: hypothetical, even with a verb of deciding
        model_reads_otherwise(
            "If Washington imposes tariffs on Chinese graphite, Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "proposed",
        ),
        (
            "If the European Union bans imports of Russian nickel, prices could rise.",
            "trade_measure",
            "proposed",
        ),
        # a measure named by its own participle or told in a relative clause of its own beside
        # a condition stands: the condition holds another step (status convention R5)
        (
            "Traders could face penalties if they help Moscow evade the sanctions imposed on "
            "Russian nickel last year.",
            "sanction",
            "in_force",
        ),
        (
            "If the talks succeed, the deal would be a setback for China, which has banned "
            "exports of graphite technology.",
            "export_control",
            "in_force",
        ),
        # the same step with no condition is decided
        (
            "Washington imposed tariffs on Chinese graphite, and Beijing has said it will "
            "retaliate.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_step_under_a_condition_is_still_weighed(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: "raised" as "brought up in talks": another party's measure named with its
        # possessive, or raised with an official, is no step of the speaker; the measure keeps
        # its own reading (a possessed measure stands)
        (
            "The trade commissioner raised Beijing's export controls on gallium with the Chinese "
            "vice premier on Monday.",
            "export_control",
            "in_force",
        ),
        (
            "At the meeting the minister raised Jakarta's ban on nickel ore exports with her "
            "counterpart.",
            "export_control",
            "in_force",
        ),
        # the owner raising its own measure to a new level is its step, the news (R6)
        (
            "Mexico has raised import tariffs on steel from countries with which it has no trade "
            "deal.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_measure_raised_in_talks(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: a restriction told by its own verb and dated "this month" / "last week" outside
        # the lead is the background of the news, standing (R5)
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Beijing last "
            "week banned exports of gallium to buyers in the United States.",
            "export_control",
            "in_force",
        ),
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Earlier this "
            "month China required licences for exports of graphite anodes.",
            "export_control",
            "in_force",
        ),
        # the same step in the lead is the news (R6)
        (
            "Beijing last week banned exports of gallium to buyers in the United States.",
            "export_control",
            "agreed",
        ),
        # a sanction, which no date alone ages into force, stands the same way
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. The Treasury "
            "last week imposed sanctions on a nickel producer and its owner.",
            "sanction",
            "in_force",
        ),
        # a new level set this month is a new decision (R1), not a measure standing
        (
            "Copper prices fell on Tuesday. Traders cited weak demand from builders. Washington "
            "this month raised tariffs on Chinese graphite anodes to 50%.",
            "trade_measure",
            "agreed",
        ),
    ],
)
def test_a_restriction_of_the_last_weeks_told_in_the_background(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy4: a weighing verb before a gerund of addition governs what is added, even into a
        # list named with its owner's possessive (R3)
        (
            "The commerce ministry proposed adding graphite to its list of restricted exports on "
            "Monday.",
            "export_control",
            "proposed",
        ),
        (
            "In May 2024 the ministry proposed adding cobalt refining technology to its catalogue "
            "of restricted exports.",
            "export_control",
            "proposed",
        ),
        # a long list of what is added before the measure
        (
            "The ministry has proposed adding equipment for mining, smelting, separating and "
            "recycling tungsten to its list of goods that are banned or restricted from export.",
            "export_control",
            "proposed",
        ),
    ],
)
def test_a_proposed_addition_to_a_list(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # stpy7: a bill passed by one chamber, a committee or a cabinet still goes to another
        # body: it and what it would do are not yet decided (R3)
        (
            "The Senate on Tuesday passed legislation to create a $5 billion fund for lithium "
            "mines.",
            "investment",
            "proposed",
        ),
        (
            "The cabinet on Friday approved a bill that lets the state take stakes in copper "
            "mines.",
            "investment",
            "proposed",
        ),
        (
            "A House committee on Wednesday approved a bipartisan bill to speed permits for new "
            "copper and lithium mines.",
            "permitting",
            "proposed",
        ),
        # the parliament passing it makes the law: decided (R6)
        (
            "Parliament on Tuesday passed legislation to create a $5 billion fund for lithium "
            "mines.",
            "investment",
            "agreed",
        ),
    ],
)
def test_a_bill_passed_by_one_chamber(extractor, monkeypatch, text, action, status):
    # the rules alone are read here, whatever the learned status model adds
    from nlp import status as status_rules

    monkeypatch.setattr(status_rules, "USE_MODEL", False)
    assert status_of(extractor, text, action) == status
