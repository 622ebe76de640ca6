"""The status of restrictions (export controls, trade measures, sanctions) through the whole
extractor, rules alone, on sentences written here (published 2026-03-10): a measure decided
against a measure working (docs/status-convention.md R4-R6)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # sanctions named as the regime of a group of states stand (R4, R5)
        (
            "Vietnam and Laos are large tin exporters, and Western sanctions on Myanmar's tin "
            "smelters have pushed prices higher.",
            "in_force",
        ),
        (
            "Myanmar has blamed Western sanctions for a fall in its tin sales.",
            "in_force",
        ),
        (
            "U.S. and British sanctions keep Russian nickel out of London warehouses.",
            "in_force",
        ),
        # guard: the day's own sanctions stay the news
        (
            "Britain imposed sanctions on two Myanmar tin smelters on Monday.",
            "agreed",
        ),
    ],
)
def test_sanctions_named_as_a_regime_stand(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "sanction") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a requirement told after "would" is what was announced, still to come then (R6)
        ("Vietnam announced in October that tungsten exports would need licences.", "agreed"),
        (
            "Vietnam announced in October that shipments of tungsten concentrate would need "
            "permits.",
            "agreed",
        ),
        # or what a draft would do (R3)
        (
            "Under the draft rules, exporters of tungsten from Vietnam would need licences.",
            "proposed",
        ),
        # guard: a requirement told as standing is in force (R4)
        ("Exporters of tungsten from Vietnam have needed licences since December.", "in_force"),
    ],
)
def test_a_requirement_after_would_is_still_to_come(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "export_control") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a tariff told by its own verb of reaching a new level works at that level (R4)
        ("Indian tariffs on imported copper cathode doubled to 20% on Monday.", "in_force"),
        ("Indian tariffs on Chinese graphite rose to 25% from zero on Monday.", "in_force"),
        # guard: a rise still to come is decided, not working (R6)
        ("Indian tariffs on Chinese graphite will rise to 25% from zero in July.", "agreed"),
    ],
)
def test_a_tariff_that_reached_a_new_level_works(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "trade_measure") == status


@pytest.mark.parametrize(
    "text",
    [
        # sanctions a party must obey, breaks or enforces stand (R4)
        "Glencore said it would comply with all sanctions on Russian nickel.",
        "Officials suspect that some cobalt is re-exported to Russia in breach of the EU's "
        "sanctions.",
        "The minister also raised enforcement of sanctions on Russian nickel with his hosts.",
    ],
)
def test_sanctions_obeyed_or_broken_stand(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "sanction") == "in_force"
