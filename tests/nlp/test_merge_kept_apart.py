"""Merging within a document kept apart by what a second mention's own words say (helper
"evover", session 19): a step told with "also" or "separately" in the clause of its cue is one
more step, and a step told by its own status cue on a date of a later month than the step before
is a later step, whatever parties, minerals and status the two share."""

import pytest
from predict import predict

from nlp.extract import Extractor

# (id, text, action, events of that action)
CASES = [
    (
        "also-second-stake",
        "The Energy Department took a stake in a Nevada lithium miner on Monday. The department "
        "also took a stake in a lithium refiner in Texas.",
        "investment",
        2,
    ),
    (
        "separately-second-ban",
        "Zimbabwe banned exports of raw lithium ore on Tuesday. The government separately banned "
        "exports of lithium concentrate from smaller mines.",
        "export_control",
        2,
    ),
    (
        # guard: "also" in a clause before the cue's ("and") adds nothing to the step
        "also-other-clause-guard",
        "Zimbabwe banned exports of raw lithium ore on Tuesday. Officials also met miners, and "
        "the government said the ban on lithium exports would stay.",
        "export_control",
        1,
    ),
    (
        # guard: "also" in a relative clause adds to what the clause tells of its antecedent
        "also-relative-guard",
        "Zimbabwe banned exports of raw lithium ore on Tuesday. Officials named a panel, which "
        "will also review the ban on lithium exports.",
        "export_control",
        1,
    ),
    (
        "later-month",
        "Chile and Japan signed a critical minerals agreement on January 5. Chile and Japan "
        "signed a critical minerals agreement on February 20.",
        "agreement",
        2,
    ),
    (
        # guard: the same month restates the step
        "same-month-guard",
        "Chile and Japan signed a critical minerals agreement on January 5. Chile and Japan "
        "signed the critical minerals agreement on January 5, officials said.",
        "agreement",
        1,
    ),
]


@pytest.mark.parametrize(("text", "action", "n"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_second_mention_with_a_step_of_its_own_is_kept_apart(
    extractor: Extractor, text: str, action: str, n: int
) -> None:
    assert sum(e["action"] == action for e in predict(extractor, text)["events"]) == n
