"""Speed39 shortcuts of the status chooser and its learned model: each must give what the code
it replaced gave (nlp/status.py, nlp/status_model.py)."""

import math
import random

import pytest

from nlp import status
from nlp.cues import CueKey, Hit
from nlp.status_model import _OTHERS_READ, StatusModel, _cue_kind_and_others

CLASSES = ["proposed", "agreed", "in_force", "revoked"]


def _decide_rounded(model: StatusModel, scores: list[float], rule: str | None) -> str | None:
    """`StatusModel.decide` as it read before its shortcuts: the scores rounded, then the
    threshold and the margin over the rules' choice."""
    rounded = [round(x, 6) for x in scores]
    top = rounded.index(max(rounded))
    if model.threshold > 0.0:
        best = rounded[top]
        if not 1.0 / sum(math.exp(x - best) for x in rounded) >= model.threshold:
            return None
    if rule is not None and rule in model.classes:
        if not rounded[top] - rounded[model.classes.index(rule)] > model.margin:
            return None
    return model.classes[top]


@pytest.mark.parametrize("threshold", [0.0, 0.6])
@pytest.mark.parametrize("margin", [0.0, 0.75])
def test_decide_keeps_the_rounded_reading(threshold: float, margin: float) -> None:
    model = StatusModel(
        {
            "classes": CLASSES,
            "threshold": threshold,
            "margin": margin,
            "weights": {"bias": [0.0] * 4},
        }
    )
    rng = random.Random(39)
    for _ in range(20_000):
        base = rng.uniform(-3.0, 3.0)
        # leads near the margin, and near-ties, where rounding could decide
        scores = [
            base + rng.choice([0.0, margin, margin + 1e-6, rng.uniform(-2, 2)]) for _ in CLASSES
        ]
        if rng.random() < 0.3:
            scores[rng.randrange(4)] = scores[rng.randrange(4)] + rng.choice([1e-7, -1e-7, 0.0])
        rule = rng.choice([*CLASSES, None, "unknown"])
        assert model.decide(scores, rule) == _decide_rounded(model, scores, rule), (scores, rule)


def _kind_and_others_one_loop(hits: list[Hit], cue_start: int, action: str) -> tuple[str, int]:
    """`_cue_kind_and_others` as one loop reading both (speed38)."""
    cue_kind, others = "none", 0
    for key, start, _ in hits:
        if start == cue_start:
            if cue_kind == "none" and key.label == action and key.family == "action":
                cue_kind = key.kind
        elif key.kind != "context" and key.family == "action":
            others += 1
    return cue_kind, min(others, _OTHERS_READ)


def test_cue_kind_and_others_read_as_one_loop() -> None:
    rng = random.Random(7)
    for _ in range(5_000):
        hits = [
            Hit(
                CueKey(
                    rng.choice(["action", "status"]),
                    rng.choice(["export_control", "sanction", "agreed"]),
                    rng.choice(["phrase", "context", "trigger", "weak"]),
                ),
                start := rng.randrange(6),
                start + 1,
            )
            for _ in range(rng.randrange(9))
        ]
        cue_start = rng.randrange(6)
        for action in ("export_control", "sanction"):
            expected = _kind_and_others_one_loop(hits, cue_start, action)
            assert _cue_kind_and_others(hits, cue_start, action) == expected


def _outermost_by_sort(hits: list[Hit]) -> list[Hit]:
    """`_outermost` without its shortcut for spans in order that do not overlap."""
    kept = [h for h in hits if h.key.family == "status"]
    spans = sorted({(h.start, -h.end) for h in kept if h.key.label != status.CONTINUATION})
    hidden, reach = set(), None
    for start, neg_end in spans:
        if reach is not None and -neg_end <= reach:
            hidden.add((start, -neg_end))
        else:
            reach = -neg_end
    return [h for h in kept if (h.start, h.end) not in hidden or h.key.label == status.CONTINUATION]


def test_outermost_shortcut_hides_what_the_sort_hides() -> None:
    rng = random.Random(11)
    labels = ["agreed", "proposed", status.CONTINUATION, status.BOUNDARY]
    for _ in range(5_000):
        hits = []
        for _ in range(rng.randrange(6)):
            start = rng.randrange(8)
            hits.append(
                Hit(
                    CueKey("status", rng.choice(labels), "status"),
                    start,
                    start + rng.randrange(1, 4),
                )
            )
        if rng.random() < 0.5:
            hits.sort(key=lambda h: h.start)
        assert status._outermost(hits) == _outermost_by_sort(hits)


def test_read_once_tables_give_what_their_functions_give() -> None:
    for key in ("sp6_sentence_ends", "s2_auxiliaries", "no_such_list"):
        assert status._WORDS[key] == status._word_hashes(key)
    for key in ("sg_told_as_act", "decided_still_to_come", "framed_in_force", "no_such_list"):
        assert status._NAMES[key] == status._names(key)
    for key in ("s2_reach", "sq34_order_reach", "no_such_setting"):
        assert status._SETTINGS[key] == status._setting(key)


def test_the_chooser_walks_the_readings_its_gates_open() -> None:
    """The tuple of open readings a triple's loop walks is the tables' walk from the start."""
    chooser = status.choose_status.__wrapped__
    while not isinstance(chooser, status._OverruledChooser):
        chooser = chooser.__wrapped__
    for triple in [
        ("export_control", "agreed", "cue"),
        ("mine", "proposed", "default"),
        (None, "revoked", "cue"),
    ]:
        opened = chooser._open_for(*triple)
        nexts = chooser._next[triple]
        rules = chooser._readings()
        walked, i = [], nexts[0]
        while i < len(rules):
            walked.append((i, rules[i]))
            i = nexts[i + 1]
        assert list(opened) == walked
