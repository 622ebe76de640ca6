"""Which action types a sentence states, from its cue matches (pure functions)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from nlp.cues import Hit

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActionCue:
    """The words that make a sentence an event of `action`, token offsets in the doc."""

    action: str
    start: int
    end: int
    kind: str  # phrase | combo | followup | weak
    weight: float
    # the words that decide overlaps with other actions: a phrase, or a combo's trigger
    core_start: int = -1
    core_end: int = -1

    @property
    def core(self) -> tuple[int, int]:
        if self.core_start < 0:
            return self.start, self.end
        return self.core_start, self.core_end


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Tokens between two spans; 0 when they touch, -1 when they overlap."""
    if a_start < b_end and b_start < a_end:
        return -1
    return b_start - a_end if b_start >= a_end else a_start - b_end


def _covered(start: int, end: int, tokens: set[int]) -> bool:
    return any(i in tokens for i in range(start, end))


def sentence_actions(
    hits: Iterable[Hit],
    combos_of: Callable[[str], list[dict[str, Any]]],
    label_positions: dict[str, list[int]] | None = None,
    established: set[str] | frozenset[str] = frozenset(),
) -> list[ActionCue]:
    """The action cues of one sentence after exclusions, combos and specificity: a longer cue
    of one action beats an overlapping shorter cue of another; weak cues count only alone;
    follow-up words ("the curbs") count for actions the document has `established`."""
    label_positions = label_positions or {}
    excluded: dict[str, set[int]] = defaultdict(set)
    direct: list[Hit] = []
    followups: list[Hit] = []
    triggers: dict[tuple[str, int], list[Hit]] = defaultdict(list)
    contexts: dict[tuple[str, int], list[Hit]] = defaultdict(list)
    for hit in hits:
        if hit.key.family != "action":
            continue
        if hit.key.kind == "exclude":
            excluded[hit.key.label].update(range(hit.start, hit.end))
        elif hit.key.kind in ("phrase", "weak"):
            direct.append(hit)
        elif hit.key.kind == "followup":
            followups.append(hit)
        elif hit.key.kind == "trigger":
            triggers[(hit.key.label, hit.key.combo)].append(hit)
        elif hit.key.kind == "context":
            contexts[(hit.key.label, hit.key.combo)].append(hit)

    candidates: list[ActionCue] = []
    for hit in direct:
        if _covered(hit.start, hit.end, excluded[hit.key.label]):
            continue
        kind = {"weak": "weak", "followup": "followup"}.get(hit.key.kind, "phrase")
        weight = (hit.end - hit.start) + (0.5 if kind == "phrase" else 0.0)
        candidates.append(ActionCue(hit.key.label, hit.start, hit.end, kind, weight))

    for (action, index), trigs in triggers.items():
        combo = combos_of(action)[index]
        window = int(combo.get("window", 6))
        before_only = bool(combo.get("before_only", False))
        ctx_hits = [
            c
            for c in contexts.get((action, index), [])
            if not _covered(c.start, c.end, excluded[action])
        ]
        label_spans = [
            (p, p + 1)
            for label in combo.get("context_labels") or []
            for p in label_positions.get(label, [])
        ]
        for trig in trigs:
            if _covered(trig.start, trig.end, excluded[action]):
                continue
            best: tuple[int, int] | None = None
            for c_start, c_end in [(c.start, c.end) for c in ctx_hits] + label_spans:
                gap = _gap(trig.start, trig.end, c_start, c_end)
                if gap < 0 or gap > window:
                    continue
                if before_only and c_start > trig.start:
                    continue
                if best is None or gap < _gap(trig.start, trig.end, *best):
                    best = (c_start, c_end)
            if best is None:
                continue
            weight = (trig.end - trig.start) + (best[1] - best[0])
            start, end = min(trig.start, best[0]), max(trig.end, best[1])
            candidates.append(
                ActionCue(action, start, end, "combo", float(weight), trig.start, trig.end)
            )

    # a follow-up word counts once its action is stated: earlier in the document or here
    stated = set(established) | {c.action for c in candidates if c.kind != "weak"}
    for hit in followups:
        if hit.key.label in stated and not _covered(hit.start, hit.end, excluded[hit.key.label]):
            weight = float(hit.end - hit.start)
            candidates.append(ActionCue(hit.key.label, hit.start, hit.end, "followup", weight))

    candidates.sort(key=lambda c: (-c.weight, c.start))
    kept: list[ActionCue] = []
    for cue in candidates:
        beaten = any(
            other.action != cue.action
            and other.weight > cue.weight
            and _gap(*other.core, *cue.core) < 0
            for other in kept
        )
        if not beaten:
            kept.append(cue)
    if any(c.kind != "weak" for c in kept):
        kept = [c for c in kept if c.kind != "weak"]
    kept.sort(key=lambda c: c.start)
    return kept


def anchors(cues: list[ActionCue]) -> dict[str, ActionCue]:
    """One anchor cue per action of a sentence: its heaviest cue, earliest on ties."""
    best: dict[str, ActionCue] = {}
    for cue in cues:
        current = best.get(cue.action)
        if current is None or cue.weight > current.weight:
            best[cue.action] = cue
    return best
