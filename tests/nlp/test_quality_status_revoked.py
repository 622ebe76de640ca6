"""Revoking words that end nothing, and endings the rules missed (helper "strev", session 19),
read by the status rules alone on sentences written here (published 2026-03-10): R1 of
docs/status-convention.md ends or suspends a measure; a new level, an undoing wanted by
another party or weighed by its effect, and an inability are no ending."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # "lift" to a new level is a raise, a new decision (R1: a new level is no lifting)
        (
            "Jakarta lifted the export duty on nickel pig iron to 15% from 5% on Monday.",
            "export_control",
            "agreed",
        ),
        (
            "Beijing on Monday lifted tariffs on American soybeans to 34% from 10%.",
            "trade_measure",
            "agreed",
        ),
        # a ban lifted for exports to a country: no amount after "to", an ending
        (
            "China lifted its ban on gallium exports to the United States on Monday.",
            "export_control",
            "revoked",
        ),
    ],
)
def test_a_lift_to_a_new_level_is_no_lifting(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a membership ended by the verb of the bloc's own cue (R1)
        ("Brazil withdrew from the Minerals Security Partnership on Friday.", "revoked"),
        ("The African Union suspended Niger from all its activities on Friday.", "revoked"),
        # joining is the step taken; "quit" is read both ways by the labels and left agreed
        ("Brazil joined the Minerals Security Partnership on Friday.", "agreed"),
        ("Chile said on Friday it would quit the lithium producers' alliance.", "agreed"),
    ],
)
def test_a_bloc_left_by_its_own_verb_is_revoked(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "bloc_formation") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an undoing weighed by its effect, by those who keep the measure
        (
            "The ministry kept the duties on Chinese magnesium, finding that revoking them "
            "would lead to renewed dumping.",
            "trade_measure",
            "agreed",
        ),
        # an undoing wanted of another party: asked for, not done (R3 before R1)
        (
            "Japan wants Washington to scrap its tariffs on Japanese aluminium.",
            "trade_measure",
            "proposed",
        ),
        # "could no longer" of an inability ends no measure
        (
            "Officials said the country could no longer afford to wait years for mining permits.",
            "permitting",
            "agreed",
        ),
        (
            "Traders said Indonesia's export ban on bauxite could no longer be relied on.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_an_undoing_not_done_ends_nothing(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an undoing asked for in the passive, after the measure: another party's wish
        (
            "Jakarta's trade minister wrote to Beijing asking for the ban on bauxite exports "
            "to be lifted.",
            "export_control",
            "proposed",
        ),
        (
            "Brussels still expected the U.S. tariffs on steel to be removed as part of any deal.",
            "trade_measure",
            "agreed",
        ),
        # the party's own undoing, told in the passive, still ends the measure (R1)
        (
            "Beijing said the export curbs on graphite would be lifted on Monday.",
            "export_control",
            "revoked",
        ),
        ("The ban on bauxite exports was lifted on Monday.", "export_control", "revoked"),
    ],
)
def test_an_undoing_asked_in_the_passive_ends_nothing(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a measure not extended ends (R1, session 15), in the passive too
        ("Peru's export duties on copper concentrate have not been extended.", "export_control"),
        # a ban ended with an indefinite article
        (
            "Greenland's parliament voted in 2013 to end a long-standing ban on mining uranium, "
            "clearing the way for projects.",
            "permitting",
        ),
    ],
)
def test_endings_told_by_other_words_are_revoked(extractor, status_rules_alone, text, action):
    assert status_of(extractor, text, action) == "revoked"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a relative clause telling what the text does is its content: the text keeps its act
        (
            "Parliament on Monday passed amendments to the national mining law that remove the "
            "cap on foreign ownership.",
            "agreed",
        ),
        # the text itself undone, by a verb before it
        ("Lawmakers on Tuesday voted to repeal the mining law.", "revoked"),
        ("Congress gave final approval to a bill abolishing the copper law.", "revoked"),
    ],
)
def test_an_undoing_a_text_does_is_its_content(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "strategy") == status
