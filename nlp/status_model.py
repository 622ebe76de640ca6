"""A small linear model of an event's status, learned from the development sets' gold labels
and stacked on the hand rules of nlp/status.py: it reads the rules' own choice with the status
cues around the action cue, so it can learn where the rules go wrong in general (a label, a
side, a date) instead of from one more phrase."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from nlp.cues import Hit

MODEL_FILE = Path(__file__).parent / "data" / "status_model.json"

# Feature groups, so that cross-validation can choose which the model reads. The first seven
# are session 8's (the rules' choice and the status cues they read); the next five read the
# words of the clause themselves (session 9), when the caller hands over the doc; "choice" is
# the rules' choice alone, without the crosses "rule" adds to every other group.
GROUPS = (
    "rule",
    "action",
    "cues",
    "nearest",
    "date",
    "place",
    "actions",
    "words",
    "verb",
    "tense",
    "when",
    "speech",
    "choice",
)
# The groups that read the words (they need `doc` and `clause` in the context).
WORD_GROUPS = frozenset({"words", "verb", "tense", "when", "speech"})

# Token distances grouped so that a feature stands for "right next to", "near" and "far".
_NEAR, _MID = 1, 4
# How far (tokens) around the action cue status cues are read.
_BEFORE, _AFTER = 16, 20


# The group of a feature, by the name before its first "=" (see `features`).
_PREFIX_GROUP = {
    "bias": "bias",
    "rule": "rule",
    "src": "rule",
    "act": "action",
    "h": "cues",
    "nb": "nearest",
    "na": "nearest",
    "date": "date",
    "lead": "place",
    "named_law": "place",
    "law_reference": "place",
    "possessed": "place",
    "ages": "place",
    "restated": "place",
    "kind": "actions",
    "others": "actions",
    "w": "words",
    "cw": "words",
    "vb": "verb",
    "vaux": "verb",
    "paux": "verb",
    "cs": "verb",
    "t": "tense",
    "dc": "when",
    "ld": "when",
    "sp": "speech",
    "q": "speech",
    "ch": "choice",
}

# How far (tokens) around the action cue the clause's words are read, and what counts as near.
_WORDS_REACH, _WORDS_NEAR = 8, 3
# Auxiliaries and modals: before a verb they say whether a step is planned, done or standing.
_AUX = frozenset(
    "will would could may might must shall should can has have had is are was were been be "
    "being to".split()
)
# Words that place a step in time, read anywhere in the clause (general English, not phrases
# chosen from sentences of the labelled sets).
_MARKERS = {
    "since": "since",
    "until": "until",
    "from": "from",
    "already": "already",
    "still": "still",
    "remain": "remain",
    "remains": "remain",
    "remained": "remain",
    "now": "now",
    "currently": "currently",
    "last": "last",
    "next": "next",
    "later": "later",
    "earlier": "earlier",
    "plans": "plans",
    "plan": "plans",
    "planned": "plans",
    "expected": "expected",
    "expects": "expected",
}
# Verbs of reported speech.
_SAYING = frozenset({"said", "says", "say", "told", "according", "added", "stated"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def group_of(feature: str) -> str:
    """The feature group a feature name belongs to ("bias" belongs to every model)."""
    return _PREFIX_GROUP[feature.split("|", 1)[0].split("=", 1)[0]]


def _bucket(gap: int) -> str:
    return "0" if gap <= _NEAR else "1" if gap <= _MID else "2"


@functools.lru_cache(maxsize=4096)
def _date_class(event_date: str | None, published: date | None) -> str:
    """How the event's date stands to publication: none, future, news (within a week), recent
    (within 60 days), old; a bare year is told apart ("in 2019" reads unlike "on 3 May")."""
    if not event_date:
        return "none"
    if published is None:
        return "nopub"
    parts = event_date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 12 if year < published.year else 1
        day = int(parts[2]) if len(parts) > 2 else 28 if len(parts) == 1 else 15
        age = (published - date(year, month, min(day, 28))).days
    except (ValueError, IndexError):
        return "bad"
    grain = ("year", "month", "day")[min(len(parts), 3) - 1]
    if age < -1:
        when = "future"
    elif age <= 7:
        when = "news"
    elif age <= 60:
        when = "recent"
    elif age <= 400:
        when = "old"
    else:
        when = "older"
    return f"{when}:{grain}"


def features(
    hits: Sequence[Hit],
    status_hits: Sequence[Hit],
    cue_start: int,
    cue_end: int,
    barriers: Iterable[int],
    rule: str,
    source: str,
    context: dict[str, Any],
    groups: Iterable[str] = GROUPS,
) -> list[str]:
    """Sparse binary features of one event: the rules' choice and its source, the action type,
    the status cues around the cue (label, side, distance, a clause boundary between), the date
    against publication, where the sentence stands and the flags the rules read."""
    if not isinstance(groups, frozenset):
        groups = frozenset(groups)
    action = context.get("action") or "none"
    by_rule = "|rule=" + rule
    out = ["bias"]
    doc = context.get("doc")
    if doc is not None and not WORD_GROUPS.isdisjoint(groups):
        out += _word_features(doc, cue_start, cue_end, context, action, groups)
    if "rule" in groups:
        out += ["rule=" + rule, "src=" + source, "rule=" + rule + "|src=" + source]
    if "choice" in groups:
        # the rules' choice as plain evidence, without the crosses of the "rule" group
        out += ["ch=" + rule, "ch=" + rule + "|src=" + source, "ch=" + rule + "|act=" + action]
    if "action" in groups:
        out += ["act=" + action, "act=" + action + by_rule]
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    marks = list(barriers)
    cues = "cues" in groups
    for hit in status_hits:
        label = hit.key.label
        if hit.end <= cue_start:
            gap, side = cue_start - hit.end, "b"
            if gap > _BEFORE:
                continue
            crossed = any(hit.end <= m < cue_start for m in marks) if marks else False
            if not crossed and (before is None or gap < before[0]):
                before = (gap, label)
        elif hit.start >= cue_end:
            gap, side = hit.start - cue_end, "a"
            if gap > _AFTER:
                continue
            crossed = any(cue_end <= m < hit.start for m in marks) if marks else False
            if not crossed and (after is None or gap < after[0]):
                after = (gap, label)
        else:
            gap, side, crossed = 0, "i", False
        if cues:
            where = "h=" + label + ("|x" if crossed else "|" + side)
            out += [where, where + "|" + _bucket(gap)]
            if not crossed:
                out.append(where + by_rule)
    if "nearest" in groups:
        nb = "nb=" + (before[1] if before else "-")
        na = "na=" + (after[1] if after else "-")
        out += [nb, na, nb + by_rule, na + by_rule, nb + "|act=" + action]
    if "date" in groups:
        when = _date_class(context.get("event_date"), context.get("published"))
        out += [
            "date=" + when,
            "date=" + when + by_rule,
            "date=" + when.split(":")[0] + "|act=" + action,
        ]
    if "place" in groups:
        lead = context.get("sentence_index", 0) < context.get("lead_sentences", 2)
        out.append(f"lead={lead}{by_rule}")
        for flag in _FLAGS:
            if context.get(flag):
                out += [flag, flag + by_rule]
    if "actions" in groups:
        cue_kind = "none"
        others = 0
        for h in hits:
            key = h.key
            if key.family != "action":
                continue
            if h.start == cue_start:
                if key.label == action and cue_kind == "none":
                    cue_kind = key.kind
            elif key.kind != "context":
                others += 1
        out += ["kind=" + cue_kind, f"others={min(others, 3)}"]
    if "rule" not in groups:
        # a model without the rules' choice reads none of its crosses either
        out = [f for f in out if "|rule=" not in f]
    return out


def _shape(word: str) -> str:
    """A word's inflection, read from its ending: enough to tell "banned" from "bans"."""
    if word in _AUX:
        return "aux:" + word
    if not word.isalpha() or len(word) < 4:
        return "base"
    if word.endswith("ed"):
        return "ed"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "base"


def _word_features(
    doc: Any,
    cue_start: int,
    cue_end: int,
    context: dict[str, Any],
    action: str,
    groups: frozenset[str],
) -> list[str]:
    """The features that read the sentence's own words: the clause's words around the cue (side,
    near or far), the verb before the cue and its auxiliary, time markers, the date against
    publication by action, lead sentence, reported speech and quotation."""
    c_start, c_end = context.get("clause") or (cue_start, cue_end)
    s_start, s_end = context.get("sentence") or (c_start, c_end)
    c_start, c_end = min(c_start, cue_start), max(c_end, cue_end)
    s_start, s_end = min(s_start, c_start), max(s_end, c_end)
    # the sentence's words, read once (a slice iterates faster than a token at a time)
    lowers = [t.lower_ for t in doc[s_start:s_end]]
    low, high = max(c_start, cue_start - _WORDS_REACH), min(c_end, cue_end + _WORDS_REACH)
    words = lowers[low - s_start : high - s_start]
    before = words[: cue_start - low]
    cue = words[cue_start - low : cue_end - low]
    after = words[cue_end - low :]
    out: list[str] = []
    if "words" in groups:
        for i, w in enumerate(before):
            far = "f" if len(before) - i > _WORDS_NEAR else "n"
            out += ["w=" + w + "|b", "w=" + w + "|b|" + far]
        for i, w in enumerate(after):
            far = "f" if i >= _WORDS_NEAR else "n"
            out += ["w=" + w + "|a", "w=" + w + "|a|" + far]
        out += ["cw=" + w for w in cue]
    if "verb" in groups:
        first = cue[0] if cue else ""
        out += ["cs=" + _shape(first), "cs=" + _shape(first) + "|act=" + action]
        verb = next((i for i in range(len(before) - 1, -1, -1) if _shape(before[i]) != "base"), -1)
        if verb < 0:
            out.append("vb=none")
        else:
            shape = _shape(before[verb])
            out += ["vb=" + shape, "vb=" + shape + "|act=" + action]
            aux = next(
                (before[j] for j in range(verb - 1, max(verb - 4, -1), -1) if before[j] in _AUX), ""
            )
            if aux:
                out += ["vaux=" + aux, "vaux=" + aux + "|" + shape]
        near = next(
            (
                before[j]
                for j in range(len(before) - 1, max(len(before) - 4, -1), -1)
                if before[j] in _AUX
            ),
            "",
        )
        out.append("paux=" + (near or "-"))
    if "tense" in groups:
        seen: set[str] = set()
        for i in range(c_start, c_end):
            if cue_start <= i < cue_end:
                continue
            mark = _MARKERS.get(lowers[i - s_start])
            if mark is not None:
                feat = "t=" + mark + ("|b" if i < cue_start else "|a")
                if feat not in seen:
                    seen.add(feat)
                    out += [feat, "t=" + mark + "|act=" + action]
    if "when" in groups:
        when = _date_class(context.get("event_date"), context.get("published")).split(":")[0]
        coarse = {"news": "week", "recent": "month", "old": "older", "nopub": "none", "bad": "none"}
        when = coarse.get(when, when)
        lead = context.get("sentence_index", 0) < context.get("lead_sentences", 2)
        out += ["dc=" + when, "dc=" + when + "|act=" + action, f"ld={lead}", f"ld={lead}|dc={when}"]
    if "speech" in groups:
        said = ""
        quotes = 0
        inside = 0
        for i in range(s_start, s_end):
            w = lowers[i - s_start]
            if w in _SAYING and not (cue_start <= i < cue_end):
                said = said or ("b" if i < cue_start else "a")
            elif w in _QUOTES:
                quotes += 1
                if i < cue_start:
                    inside += 1
        out.append("sp=" + (said or "-"))
        if quotes:
            out.append("q=" + ("in" if inside % 2 else "out"))
    return out


# The flags of choose_status read as features (with the rules' choice).
_FLAGS = ("named_law", "law_reference", "possessed", "ages", "restated")


class StatusModel:
    """Weights per feature and status, read from JSON; predicts with a dot product over the
    active features."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.classes: list[str] = list(spec["classes"])
        self.groups: frozenset[str] = frozenset(spec.get("groups") or GROUPS)
        # the model overrules the rules only when its probability reaches this
        self.threshold = float(spec.get("threshold", 0.0))
        self.weights: dict[str, tuple[float, ...]] = {
            str(k): tuple(float(x) for x in v) for k, v in spec["weights"].items()
        }

    def scores(self, feats: Iterable[str]) -> list[float]:
        weights = self.weights
        if len(self.classes) != 4:
            total = [0.0] * len(self.classes)
            for f in feats:
                w = weights.get(f)
                if w is not None:
                    for i, x in enumerate(w):
                        total[i] += x
            return total
        # four statuses: the sums unrolled, this runs for every event
        a = b = c = d = 0.0
        for f in feats:
            w = weights.get(f)
            if w is not None:
                a += w[0]
                b += w[1]
                c += w[2]
                d += w[3]
        return [a, b, c, d]

    def predict(self, feats: Iterable[str]) -> tuple[str, float]:
        """(status, probability) of the best status."""
        s = self.scores(feats)
        top = max(range(len(s)), key=s.__getitem__)
        best = s[top]
        return self.classes[top], 1.0 / sum(math.exp(x - best) for x in s)


def load_model(path: Path | str = MODEL_FILE) -> StatusModel | None:
    """The model at `path`, or None when there is none."""
    return _load(str(path))


@functools.cache
def _load(path: str) -> StatusModel | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return StatusModel(json.load(handle))
    except FileNotFoundError:
        return None
