"""One sentence may tell two steps of one action, and each is an event: a second group of
minerals dated apart ("licences for gallium since August 2023 and for graphite since
December"), a measure and its undoing ("imposed quotas in 2010 but scrapped them in 2015"),
two cues on other minerals, a second sum of its own, a clause with a party and a cue of its
own. Its neighbour, which tells one step at length (one group of minerals, a sum told as a
part of the first, a clause that speaks of the same measure), stays one event."""

import pytest
from predict import model_reads_otherwise, predict

from nlp.extract import Extractor


def steps(extractor: Extractor, text: str, action: str) -> list[tuple]:
    """(status, minerals, actors, amount in USD) of each event of `action` in one text."""
    return [
        (e["status"], tuple(e["minerals"]), tuple(e["actors"]), e["amount_usd"])
        for e in predict(extractor, text)["events"]
        if e["action"] == action
    ]


# (name, action, two steps, their events, one step told at length, its event)
CASES = [
    (
        "second-mineral-group-dated-apart",
        "export_control",
        "China has required licences for exports of gallium since August 2023 and for "
        "graphite since December.",
        [
            ("in_force", ("gallium",), ("CHN",), None),
            ("in_force", ("graphite",), ("CHN",), None),
        ],
        "China has required licences for exports of gallium and graphite since August 2023.",
        [("in_force", ("gallium", "graphite"), ("CHN",), None)],
    ),
    (
        "measure-and-its-undoing",
        "export_control",
        "Indonesia imposed export quotas on nickel ore in 2010 but scrapped them in 2015.",
        [
            ("in_force", ("nickel",), ("IDN",), None),
            ("revoked", ("nickel",), ("IDN",), None),
        ],
        "Indonesia imposed export quotas on nickel ore in 2010 and tightened them in 2015.",
        [("in_force", ("nickel",), ("IDN",), None)],
    ),
    (
        "two-cues-on-other-minerals",
        "export_control",
        "Beijing's step follows licensing requirements for gallium exports that took effect "
        "in August and a decision last month to require permits for exports of graphite "
        "from December 1.",
        [
            ("in_force", ("gallium",), ("CHN",), None),
            ("agreed", ("graphite",), ("CHN",), None),
        ],
        "Beijing's step follows licensing requirements for gallium exports that took effect "
        "in August and a decision last month to require permits for exports of gallium "
        "from December 1.",
        [("in_force", ("gallium",), ("CHN",), None)],
    ),
    (
        "second-sum-of-its-own",
        "investment",
        "The U.S. Energy Department will lend $620 million to Vulcan Elements to build a rare "
        "earth magnet plant, and a further $80 million loan will go to ReElement.",
        [
            ("agreed", ("rare_earths",), ("USA",), 620_000_000.0),
            ("agreed", ("rare_earths",), ("USA",), 80_000_000.0),
        ],
        "The U.S. Energy Department will lend $620 million to Vulcan Elements to build a rare "
        "earth magnet plant, and $80 million of the loan will go to its recycling unit.",
        [("agreed", ("rare_earths",), ("USA",), 620_000_000.0)],
    ),
    (
        "clause-with-its-own-party-and-cue",
        "export_control",
        "China banned exports of gallium to the United States on Monday, and Japan imposed "
        "licences on exports of rare earth magnets.",
        [
            ("agreed", ("gallium",), ("CHN",), None),
            ("agreed", ("rare_earths",), ("JPN",), None),
        ],
        # a start still to come (May, after the text's date) is the decision's date: agreed (R6)
        "China banned exports of gallium to the United States on Monday, and the ban takes "
        "effect in May.",
        [("agreed", ("gallium",), ("CHN",), None)],
    ),
]


# rows the learned status model reads otherwise than the convention, marked strict (none since
# the retrain of session 14; session 13's model read Japan's new licences as in force)
STATUS_MODEL_READS: set[str] = set()


@pytest.mark.parametrize(
    ("action", "two", "found"),
    [
        model_reads_otherwise(c[1], c[2], c[3])
        if c[0] in STATUS_MODEL_READS
        else (c[1], c[2], c[3])
        for c in CASES
    ],
    ids=[c[0] for c in CASES],
)
def test_a_sentence_telling_two_steps_gives_two_events(extractor, action, two, found):
    assert steps(extractor, two, action) == found


@pytest.mark.parametrize(
    ("action", "one", "found"),
    [(c[1], c[4], c[5]) for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_its_neighbour_telling_one_step_gives_one_event(extractor, action, one, found):
    assert steps(extractor, one, action) == found
