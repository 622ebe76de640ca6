"""Restrictions proposed against decided (helper "stprop", session 19), read by the status rules
alone on sentences written here: R3 of docs/status-convention.md weighs a step nobody has
decided, but a weighing verb or modal of another party does not reach a measure its owner has
already taken and the text calls new (the owner's new measure is the day's news, R6)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # another party weighs how to answer the owner's new measure: the measure is decided
        (
            "Seoul will study whether Beijing's new export curbs on tungsten comply with WTO rules, "
            "the trade minister said on Thursday.",
            "export_control",
            "agreed",
        ),
        (
            "Canberra will ask Washington to explain its latest tariffs on Australian aluminium, "
            "the trade minister said on Friday.",
            "trade_measure",
            "agreed",
        ),
        # no owner calling it new: a measure still floated stays weighed (R3)
        (
            "Seoul is considering new export curbs on tungsten, the trade minister said on "
            "Thursday.",
            "export_control",
            "proposed",
        ),
        # "any new" tariffs are only threatened (R3)
        (
            "Beijing said it could retaliate against any new tariffs on its aluminium.",
            "trade_measure",
            "proposed",
        ),
    ],
)
def test_a_new_measure_of_its_owner_is_not_weighed_by_another(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a tariff enforcing a scheme still weighed is weighed with it (R3); merged with actperm2
        # (same session), a floor "enforced by tariffs" names no tariff imposed (no trade
        # measure), so these rows say "underpinned by" or put an adjective between
        (
            "The minister proposed that members agree price floors for cobalt, underpinned by tariffs "
            "on imports sold below them.",
            "proposed",
        ),
        (
            "Members should agree floor prices for nickel at each stage, with floors enforced "
            "through adjustable tariffs on metal from outside the group.",
            "proposed",
        ),
        # a scheme working now: its tariff works with it (R4)
        (
            "The bloc's price floors for cobalt, underpinned by tariffs on imports sold below them, "
            "took effect in 2024.",
            "in_force",
        ),
    ],
)
def test_a_tariff_enforcing_a_weighed_scheme_is_weighed(
    extractor, status_rules_alone, text, status
):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a measure named only among options set out is not decided (R3)
        (
            "In a report released in February, the secretary set out options for aluminum that "
            "ranged from a global tariff of 7.7% to steeper duties on China.",
            "trade_measure",
            "proposed",
        ),
        # a measure's purpose weighs no step: the requirement stands since its date (R4)
        (
            "Since 2013 the country has required refined tin to be traded on an exchange before it "
            "can be exported, a measure intended to give the government more control.",
            "export_control",
            "in_force",
        ),
    ],
)
def test_options_weigh_a_measure_its_purpose_does_not(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status
