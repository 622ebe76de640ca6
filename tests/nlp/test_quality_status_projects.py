"""The status of project events (a mine or plant started, halted, brought back), rules alone,
through the whole extractor, on sentences written here (helper "stproj", session 19)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # brought back into production with the mineral or an adverb before what it runs:
        # running again (R4), not a plant still to come
        (
            "The producer said on Monday it had resumed nickel mining at two of its pits in the "
            "north of the country.",
            "in_force",
        ),
        (
            "The operator said it has resumed lithium production at its brine project after "
            "the floods.",
            "in_force",
        ),
        # stopped, told as done with "has": the mine halted (R1), not a plant still to come
        (
            "The miner has stopped zinc production at its largest mine in the Andes because of "
            "road blockades.",
            "revoked",
        ),
    ],
)
def test_a_plant_brought_back_or_stopped(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "project") == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # "has stopped" for exports stays the export stop it was (sw_exports_stopped)
        (
            "Indonesia has stopped exports of nickel ore to protect its smelters.",
            "export_control",
            "in_force",
        ),
        # a restart planned is still to come
        (
            "The miner plans to restart copper production at its idle mine next year.",
            "project",
            "proposed",
        ),
    ],
)
def test_other_stops_and_restarts_keep_their_reading(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status
