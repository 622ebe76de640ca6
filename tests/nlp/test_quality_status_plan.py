"""Proposed against agreed, read from the verb that governs the step (stplan, session 26; the
convention's R2, R3 and R6, docs/status-convention.md), through the whole extractor, on
sentences written here: talks or a text the parties agreed to open or draw up, a step put off
"until" later, an issue raised with another government."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # R2: talks the parties committed to open, the infinitive coordinated after another
        (
            "The two leaders committed to strengthen supply chains and to open negotiations on "
            "a critical minerals pact.",
            "negotiation",
            "agreed",
        ),
        # R6: a text the parties committed to draw up is their decision, not a plan of theirs
        (
            "Both governments committed to prepare a national battery minerals strategy within "
            "a year.",
            "strategy",
            "agreed",
        ),
        # R3: a step a party will not take until a condition is met is put off, not decided
        (
            "Norway will not launch its long-delayed tender for cobalt exploration rights until "
            "a review of the environmental risks is completed, the ministry said.",
            "permitting",
            "proposed",
        ),
        # R2: an issue raised with another government asks for talks, it holds none
        (
            "Japan's trade minister raised the issue with his Chinese counterpart in Tokyo on "
            "Monday.",
            "negotiation",
            "proposed",
        ),
        # what must not change: talks still planned, talks held, a tender announced, a permit
        # not renewed (R1)
        (
            "Ministers plan to open talks on a critical minerals agreement next year.",
            "negotiation",
            "proposed",
        ),
        (
            "Japan held talks with China on rare earth supplies on Monday.",
            "negotiation",
            "agreed",
        ),
        (
            "Chile will launch a tender for lithium exploration rights in June, the ministry said.",
            "permitting",
            "agreed",
        ),
        (
            "Indonesia will not renew the copper export permits when they expire.",
            "export_control",
            "revoked",
        ),
    ],
)
def test_the_verb_governing_the_step(extractor, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # the shipped status model reads these right already; the rules alone now do too
        (
            "Peru and Canada agreed to expand mining cooperation and to start talks on a lithium "
            "supply partnership.",
            "negotiation",
            "agreed",
        ),
        (
            "Kenya and Ghana agreed this week to draft a regional critical minerals strategy.",
            "strategy",
            "agreed",
        ),
        # talks said to go on are still talks (R2), whatever agreed before
        (
            "Officials said talks on the cobalt pact would continue next month.",
            "negotiation",
            "proposed",
        ),
    ],
)
def test_the_verb_governing_the_step_rules_alone(
    extractor, status_rules_alone, text, action, status
):
    assert status_of(extractor, text, action) == status
