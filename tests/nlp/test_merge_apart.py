"""Merging within a document: two steps told in two sentences stay two events when the second
names other minerals, other parties, a lifting beside a standing measure, or another stage at
another date; the sentence that only tells the first step again ("the curbs", "the pact", "the
loan") merges with it, so one step reported at length is counted once."""

import pytest
from predict import predict

from nlp.extract import Extractor

FIRST = {
    "minerals": "China imposed export controls on gallium on Monday.",
    "parties": "Japan signed a critical minerals agreement with the United States on Monday.",
    "lifted": "Washington on Monday lifted its sanctions on the Belarusian potash producer "
    "Belaruskali.",
    "stage": "The European Commission proposed a ban on exports of magnet scrap in June 2025.",
    "history": "Indonesia will stop exports of nickel ore from January 2027, the energy ministry "
    "said on Monday.",
    "sums": "Canada will invest C$500 million in a lithium refinery in Quebec.",
    # (session 20: "will allow miners to resume exports" reads a lifting, revoked, R1, and a
    # lifting is kept apart from a later mention; the lead is a licence requirement instead)
    "labels": "Chile will require licences for exports of copper concentrate, the ministry "
    "said on Monday.",
}

# (first step, its action, a second step that stays apart, a restatement that merges)
CASES = [
    (
        "minerals",
        "export_control",
        "Separately, Beijing restricted exports of graphite on Tuesday.",
        "The curbs took effect immediately.",
    ),
    (
        "parties",
        "agreement",
        "On Tuesday the European Union signed a raw materials partnership with Namibia.",
        "The pact covers lithium, cobalt and graphite.",
    ),
    (
        "lifted",
        "sanction",
        "Sanctions on Russian potash exporters remain in force.",
        "The decision takes effect immediately.",
    ),
    (
        "stage",
        "export_control",
        "In February 2026 the bloc adopted export curbs on aluminium scrap.",
        "The proposal would keep rare earths recovered from scrap in Europe.",
    ),
    (
        "history",
        "export_control",
        # (session 20: "... in 2014 and eased the ban in 2017" tells two steps, the ban and its
        # easing, each dated; the second step here is the ban alone)
        "The country first banned ore exports in 2014.",
        "The ban is meant to force miners to build smelters at home.",
    ),
    (
        "sums",
        "investment",
        "Australia will lend A$1 billion to a rare earths refinery in Western Australia.",
        "The investment will be paid out over five years.",
    ),
    (
        # the next sentence elaborates the step with a label of its own ("could"): one stage
        "labels",
        "export_control",
        "Chile first halted exports of copper concentrate in March 2019.",
        "Exports could restart for companies that meet the new rules on copper.",
    ),
]


def count(extractor: Extractor, text: str, action: str) -> int:
    return sum(e["action"] == action for e in predict(extractor, text)["events"])


@pytest.mark.parametrize(("first", "action", "apart", "again"), CASES, ids=[c[0] for c in CASES])
def test_a_second_step_stays_apart(extractor, first, action, apart, again):
    assert count(extractor, f"{FIRST[first]} {apart}", action) == 2


@pytest.mark.parametrize(("first", "action", "apart", "again"), CASES, ids=[c[0] for c in CASES])
def test_the_step_told_again_merges(extractor, first, action, apart, again):
    assert count(extractor, f"{FIRST[first]} {again}", action) == 1


@pytest.mark.parametrize(("first", "action", "apart", "again"), CASES, ids=[c[0] for c in CASES])
def test_a_merge_does_not_hide_the_second_step(extractor, first, action, apart, again):
    """The restatement and the second step together: the first step absorbs its retelling and
    the second step still stands on its own."""
    assert count(extractor, f"{FIRST[first]} {again} {apart}", action) == 2
