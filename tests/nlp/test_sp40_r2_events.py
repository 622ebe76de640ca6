"""Sp40-r2: the status model's cue kind and count of other cues read off the counts
`_sentence_hits` keeps (`CueHits`) equal the walks over the hits they replace, and the other
shortcuts of the round keep their results."""

from __future__ import annotations

import random

import pytest

import nlp.events as events
from nlp import status_model
from nlp.actions import ActionCue
from nlp.cues import CueKey
from nlp.roles import Party
from nlp.status_model import _OTHERS_READ, CueHits, _cue_kind_and_others

KEYS = {
    1: (CueKey("action", "export_control", "trigger", 0),),
    2: (
        CueKey("action", "export_control", "context", 0),
        CueKey("action", "investment", "context", 1),
    ),
    3: (CueKey("action", "export_control", "context", 0), CueKey("action", "tariff", "phrase")),
    4: (CueKey("action", "tariff", "trigger", 2), CueKey("action", "tariff", "context", 2)),
    5: (CueKey("action", "investment", "phrase"),),
}
ACTIONS = ("export_control", "investment", "tariff", "none")


def _read(hits: CueHits, cue_start: int, action: str) -> tuple[str, int]:
    """The kind and others as `StatusModel.fast_scores` reads them off a `CueHits`."""
    cue_kind = "none"
    for label, kind in hits.kinds_at.get(cue_start, ()):
        if label == action:
            cue_kind = kind
            break
    others = hits.total - hits.count_at.get(cue_start, 0)
    return cue_kind, others if others < _OTHERS_READ else _OTHERS_READ


@pytest.mark.parametrize("seed", range(40))
def test_counts_read_as_the_walks(seed: int) -> None:
    rng = random.Random(seed)
    table = events.hit_table(KEYS, events.unanchored_keys(KEYS), {})
    matches = sorted(
        ((rng.choice([1, 2, 3, 4, 5, 9]), s, s + 1) for s in range(rng.randrange(12))),
        key=lambda m: m[1],
    )
    matches += [(rng.choice([1, 2, 3, 4]), m[1], m[2]) for m in matches if rng.random() < 0.3]
    starts = sorted({m[1] for m in matches if rng.random() < 0.4})
    anchors = [ActionCue("export_control", s, s + 1, "combo", 1.0) for s in starts]
    hits, _ = events._sentence_hits(matches, anchors, table)
    assert type(hits) is CueHits
    for start in starts:
        for action in ACTIONS:
            assert _read(hits, start, action) == _cue_kind_and_others(hits, start, action)


def test_parties_made_without_init_equal_parties() -> None:
    made = object.__new__(Party)
    object.__setattr__(made, "__dict__", {"start": 3, "end": 5, "norm_id": "CHN"})
    assert made == Party(3, 5, "CHN")
    assert hash(made) == hash(Party(3, 5, "CHN"))


def test_parties_of_an_event_are_its_actors_and_partners() -> None:
    event = {"actors": ["CHN", "USA"], "partners": ["USA", "JPN"]}
    assert events._parties(event) == {"CHN", "USA", "JPN"}
    assert events._parties({"actors": [], "partners": []}) == set()


def test_place_flags_written_out_in_their_order() -> None:
    # `StatusModel.fast_scores` reads the flags by name, in this order
    assert status_model._FLAGS == ("named_law", "law_reference", "possessed", "ages", "restated")
