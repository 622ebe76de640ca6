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


@pytest.mark.parametrize(
    "text",
    [
        # the company's own decision on its plant, with "the" or "its" before the decision, or
        # decided (R6), not a plant still to come
        "The developer said on Thursday it had taken the final investment decision on its "
        "graphite mine in the south of the country.",
        "The miner took its final investment decision on the nickel refinery this week, after "
        "securing debt financing.",
    ],
)
def test_a_company_decision_on_its_plant_is_agreed(extractor, status_rules_alone, text):
    assert status_of(extractor, text, "project") == "agreed"


def test_a_decision_still_to_take_leaves_the_plant_to_come(extractor, status_rules_alone):
    # a guard: a final investment decision still ahead decides nothing yet (R3)
    text = "The developer aims to take a final investment decision on the graphite mine next year."
    assert status_of(extractor, text, "project") == "proposed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # started running, told with "has": running now (R4), not a start decided
        (
            "A Finnish chemicals group has started operating a lithium hydroxide refinery on "
            "the west coast, the company said on Monday.",
            "in_force",
        ),
        (
            "The two partners said they had started operating the new nickel smelter in the "
            "south of the island.",
            "in_force",
        ),
        # a guard: a start still ahead stays decided and to come
        (
            "The company will start operating the new cobalt refinery next year, it said.",
            "agreed",
        ),
    ],
)
def test_a_plant_that_has_started_operating_runs(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "project") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # building taken up again, told as done: decided and under way (R6)
        (
            "The state miner said on Monday it had resumed full construction of its nickel "
            "smelter after securing new funds.",
            "agreed",
        ),
        (
            "The developer resumed construction of its lithium refinery this month, the company "
            "said.",
            "agreed",
        ),
        # a guard: a restart of building still sought stays to come (R3)
        (
            "The company plans to resume construction of its cobalt refinery next year.",
            "proposed",
        ),
    ],
)
def test_building_taken_up_again_is_agreed(extractor, status_rules_alone, text, status):
    assert status_of(extractor, text, "project") == status
