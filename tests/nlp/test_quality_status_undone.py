"""Undoings that are not the event's own step (helper "strv", session 21), read by the status
rules alone on sentences written here (published 2026-03-10): R1 of docs/status-convention.md
undoes the measure a revoking verb governs, and a restriction told by its own verb and then
undone by a later verb with an object of its own is two steps, its making standing (R5)."""

import pytest
from predict import dated_statuses, status_of


@pytest.mark.parametrize(
    ("text", "action", "statuses"),
    [
        # a restriction made by its own verb, then undone by a later verb with its own object:
        # the making stands (R5), the undoing is its own step (R1)
        (
            "Manila banned nickel ore exports in 2014 and relaxed the ban in 2017.",
            "export_control",
            [("in_force", "2014"), ("revoked", "2017")],
        ),
        (
            "Manila first banned nickel ore exports in 2014, then lifted it in 2017.",
            "export_control",
            [("in_force", "2014"), ("revoked", "2017")],
        ),
        # already so where the restriction's verb stands before its noun
        (
            "The EU imposed tariffs on Chinese steel in 2018 and removed them in 2020.",
            "trade_measure",
            [("in_force", "2018"), ("revoked", "2020")],
        ),
    ],
)
def test_a_later_undoing_is_not_the_making(extractor, status_rules_alone, text, action, statuses):
    assert dated_statuses(extractor, text, action) == statuses


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the revoking verb governs the measure itself: an undoing (R1)
        (
            "Ottawa said on Monday it would lift the nickel export ban from April.",
            "export_control",
            "revoked",
        ),
        (
            "Beijing suspended its ban on gallium exports to the United States.",
            "export_control",
            "revoked",
        ),
    ],
)
def test_an_undoing_of_the_measure_itself_stays_revoked(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an undoing of a text weighed or wanted is still weighed (R3 before R1), as for a
        # restriction
        (
            "The government wants to relax the mining code for lithium projects, officials said.",
            "strategy",
            "proposed",
        ),
        (
            "The government is considering loosening the mining code for lithium projects.",
            "strategy",
            "proposed",
        ),
        # a "lift" to a level wanted is a raise still weighed, no lifting (R1, R3)
        (
            "President Hichilema wants to lift Zambia's copper output to 3 million tonnes a year "
            "by 2031 from about 700,000 tonnes.",
            "strategy",
            "proposed",
        ),
        # a restriction's undoing weighed was already proposed
        ("Canada could lift its ban on nickel exports.", "export_control", "proposed"),
    ],
)
def test_an_undoing_weighed_is_proposed(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a permit the state takes back is undone (R1), as one withdrawn
        (
            "Last month the authorities in Niger took back the permit for the uranium deposit "
            "from a French miner.",
            "permitting",
            "revoked",
        ),
        # "take back" of wealth or resources is no permit undone
        (
            "Ottawa vowed to take back more of the country's lithium wealth under a new mining law.",
            "strategy",
            "agreed",
        ),
    ],
)
def test_a_permit_taken_back_is_revoked(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status
