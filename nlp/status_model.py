"""A small linear model of an event's status, learned from the development sets' gold labels
and stacked on the hand rules of nlp/status.py: it reads the rules' own choice with the status
cues around the action cue, so it can learn where the rules go wrong in general (a label, a
side, a date) instead of from one more phrase."""

from __future__ import annotations

import bisect
import functools
import json
import math
import operator
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from itertools import compress, count
from pathlib import Path
from typing import Any

from spacy.strings import hash_string

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
    # helper stfeat: the action crossed with the nearest status cues and the cue's inflection,
    # and with the verb and auxiliary before the cue
    "cross",
    "verbx",
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
    "xa": "cross",  # helper stfeat
    "xv": "verbx",  # helper stfeat
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


# speed37: `_bucket` of every gap `_status_hits_around` gives (none is over `_AFTER`), by gap
_BUCKETS = tuple(map(_bucket, range(max(_BEFORE, _AFTER) + 1)))
# Beyond every token position (`_status_hits_around`: no boundary after the cue).
_FAR = sys.maxsize


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


def _status_hits_around(
    status_hits: Sequence[Hit], cue_start: int, cue_end: int, barriers: Iterable[int]
) -> tuple[list[tuple[str, bool, str, int]], tuple[int, str] | None, tuple[int, str] | None]:
    """The status cues within reach of the action cue, each as (label, a clause boundary
    between, side, gap), and the nearest one before and after it that no boundary cuts off, as
    (gap, label): what both the reference features and the fast path read."""
    # speed37: a boundary lies between a cue before and the action cue (at or after the one's
    # end, before the other's start) when the last boundary before the action cue does, and
    # likewise after it: the nearest boundary on each side is found once, not searched for
    # each status cue (-1 and `_FAR` stand for none: no token position reaches them)
    last_mark, next_mark = -1, _FAR
    marks = sorted(barriers)
    if marks:
        at = bisect.bisect_left(marks, cue_start)
        if at:
            last_mark = marks[at - 1]
        at = bisect.bisect_left(marks, cue_end)
        if at < len(marks):
            next_mark = marks[at]
    around: list[tuple[str, bool, str, int]] = []
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    for key, start, end in status_hits:
        label = key.label
        if end <= cue_start:
            gap, side = cue_start - end, "b"
            if gap > _BEFORE:
                continue
            crossed = end <= last_mark
            if not crossed and (before is None or gap < before[0]):
                before = (gap, label)
        elif start >= cue_end:
            gap, side = start - cue_end, "a"
            if gap > _AFTER:
                continue
            crossed = next_mark < start
            if not crossed and (after is None or gap < after[0]):
                after = (gap, label)
        else:
            gap, side, crossed = 0, "i", False
        around.append((label, crossed, side, gap))
    return around, before, after


# How many other action cues the "actions" group tells apart ("others=3" is three or more).
_OTHERS_READ = 3


class CueHits(list):  # type: ignore[type-arg]
    """Sp40-r2: a sentence's action hits (`nlp.events._sentence_hits`) with what the "actions"
    group reads of them, counted as they were built: `starts`, the starts where the hits hold
    every action key (context ones too); `kinds_at`, per such start, the (label, kind) of its
    action hits in order; `count_at`, per such start, its action hits of no context key; and
    `total`, all of those. `fast_scores` reads a cue's kind and others off them, not by two
    walks over the hits a choice."""

    __slots__ = ("count_at", "kinds_at", "starts", "total")


def _cue_kind_and_others(hits: Sequence[Hit], cue_start: int, action: str) -> tuple[str, int]:
    """The kind of the action cue the event stands on, and how many other action cues (not
    mere context) the sentence holds, counted up to `_OTHERS_READ` (the features read no more).
    speed37: the hits are read until both are known, not to the end (a sentence holds some
    fifty, read for each of its events): the kind is the first one found, and a count at the
    cap stays there. speed39: each read by a loop of its own, each stopping as soon as it knows
    (one loop testing both went on, a hit at a time, until both were known)."""
    cue_kind = "none"
    for key, start, _ in hits:
        # speed38: the family tested last (the status choice's hits are all of actions)
        if start == cue_start and key.label == action and key.family == "action":
            cue_kind = key.kind
            break
    others = 0
    for key, start, _ in hits:
        if start != cue_start and key.kind != "context" and key.family == "action":
            others += 1
            if others == _OTHERS_READ:
                break
    return cue_kind, others


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
    around, before, after = _status_hits_around(status_hits, cue_start, cue_end, barriers)
    if "cues" in groups:
        for label, crossed, side, gap in around:
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
        cue_kind, others = _cue_kind_and_others(hits, cue_start, action)
        out += ["kind=" + cue_kind, f"others={others}"]
    if not _STFEAT_GROUPS.isdisjoint(groups):
        keys = _stfeat_keys(cue_start, cue_end, rule, context, action, before, after, groups)
        out += [f for key in keys for f in _stfeat_block(key)]
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
        when = _COARSE.get(when, when)
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


# The date classes the "when" group reads, coarser than the "date" group's.
_COARSE = {"news": "week", "recent": "month", "old": "older", "nopub": "none", "bad": "none"}
# sp40: `_date_class`'s classes, each by the coarse class the fast path reads of it
_WHENS: dict[str, str] = {}
# The flags of choose_status read as features (with the rules' choice).
_FLAGS = ("named_law", "law_reference", "possessed", "ages", "restated")


# The fast path's reading of one word (`StatusModel._word`), by position: the summed weights
# it adds before the cue when near, before it when far, after it when near, after it when far,
# inside it (None where it adds none); its shape; whether it is an auxiliary; the word.
_BN, _BF, _AN, _AF, _CW, _SHAPE, _ISAUX, _WORD = range(8)
# The words the tense and speech groups look for, by the hash of their lower form (the hashes
# in `doc.to_array(LOWER)`): found in a sentence's hashes without reading its words.
_MARKER_HASHES = {hash_string(word): mark for word, mark in _MARKERS.items()}
_SAYING_HASHES = frozenset(map(hash_string, _SAYING))
_QUOTE_HASHES = frozenset(map(hash_string, _QUOTES))
# speed37: what the tense and speech groups read of a word, by hash: a time marker's name, or
# one of two marks (no marker's name) for a verb of saying and a quote mark
# (`StatusModel._sentence_codes`)
_SAYS, _QUOTE_MARK = "<says>", "<quote>"
_WORD_CODES: dict[int, str] = {
    **_MARKER_HASHES,
    **dict.fromkeys(_SAYING_HASHES, _SAYS),
    **dict.fromkeys(_QUOTE_HASHES, _QUOTE_MARK),
}
if len(_WORD_CODES) != len(_MARKER_HASHES) + len(_SAYING_HASHES) + len(_QUOTE_HASHES):
    raise RuntimeError("a word is two of a time marker, a verb of saying and a quote mark")


class _FillingTable(dict[Any, Any]):
    """A table that reads a missing key's value by `value` the first time the key is met, and
    starts afresh once it holds _KEPT keys. speed37: the fast path looks its keys up in C
    (`map(__getitem__)`) instead of a Python loop of look-ups and tests."""

    def __init__(self, read: Callable[[Any], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, key: Any) -> Any:
        if len(self) >= _KEPT:
            self.clear()
        value = self[key] = self.value(key)
        return value

    def value(self, key: Any) -> Any:
        return self.read(key)


class _WordTable(_FillingTable):
    """What the fast path reads of each word, by the hash of its lower form: a word not seen
    yet is read by `read` from `strings` (the StringStore of the doc at hand)."""

    def __init__(self, read: Callable[[str], tuple[Any, ...]]) -> None:
        super().__init__(read)
        self.strings: Any = None

    def value(self, key: Any) -> Any:
        return self.read(self.strings[key])


# sp39-r2: `_roles` by (start, end, size), filled as windows are met (bounded: each at most
# `_WORDS_REACH` words beyond a cue); a dict read in place, not an lru_cache call
_ROLES: dict[tuple[int, int, int], tuple[int, ...]] = {}


def _roles(start: int, end: int, size: int) -> tuple[int, ...]:
    """What each word of a window of `size` words around a cue at [start, end) adds: far or
    near before it, inside it, near or far after it (`_BF`, `_BN`, `_CW`, `_AN`, `_AF`)."""
    split, mid = max(0, start - _WORDS_NEAR), min(size, end + _WORDS_NEAR)
    return (
        (_BF,) * split
        + (_BN,) * (start - split)
        + (_CW,) * (end - start)
        + (_AN,) * (mid - end)
        + (_AF,) * (size - mid)
    )


def _weighted_words(weights: Iterable[str]) -> frozenset[str]:
    """The words the word group's features (`w=WORD|b`, `w=WORD|a|n`, `cw=WORD`, see
    `_word_features`) name among `weights`: a superset, as a word may itself hold "|"."""
    out: set[str] = set()
    for name in weights:
        if name.startswith("w="):
            out.add(name[2:-2])
            out.add(name[2:-4])
        elif name.startswith("cw="):
            out.add(name[3:])
    return frozenset(out)


# Whether sum() adds floats one by one (Python 3.12 made it a compensated sum, whose last bits
# differ from the reference's plain additions).
_PLAIN_SUM = sys.version_info < (3, 12)


def _four_sums(found: list[tuple[float, ...]]) -> tuple[float, float, float, float]:
    """Four statuses' weight vectors summed per column, unrolled, each from 0.0 in the order
    found: plain left-to-right additions, the bits the reference adds."""
    a = b = c = d = 0.0
    for w in found:
        a += w[0]
        b += w[1]
        c += w[2]
        d += w[3]
    return (a, b, c, d)


# helper speed11: `StatusModel._decided_unrounded` could not tell (the scores stand near a
# boundary, where only the rounded scores decide), how far from one they must stand, and the
# largest score it reads
_UNSURE: Any = object()
_SURE, _BOUND = 1e-5, 1e6
# Entries a model's tables keep before they start afresh (a long-running process meets new
# words and new combinations).
_KEPT = 200_000


class StatusModel:
    """Weights per feature and status, read from JSON; predicts with a dot product over the
    active features. `fast_scores` gives the same scores as `scores(features(...))` without
    building most feature strings (see its docstring)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.classes: list[str] = list(spec["classes"])
        self.groups: frozenset[str] = frozenset(spec.get("groups") or GROUPS)
        # the model overrules the rules only when its probability reaches this, and only
        # when its choice outscores the rules' own by more than `margin` (log-odds): short
        # sentences with a plain status cue ("may", "ended") keep the rules' reading unless the
        # model is clearly surer (chosen by cross-validation, docs/learned-models.md)
        self.threshold = float(spec.get("threshold", 0.0))
        self.margin = float(spec.get("margin", 0.0))
        # speed39: each status's place among the scores (the first, as `list.index` finds it),
        # and the lead over the rules' choice at or under which `decide` keeps the rules
        self._place = {c: i for i, c in reversed(list(enumerate(self.classes)))}
        self._kept = self.margin - _SURE
        # speed39: whether `fast_scores` may name the cross and verbx groups' keys itself
        self._both_stfeat = {"cross", "verbx", "nearest"} <= self.groups
        self.weights: dict[str, tuple[float, ...]] = {
            str(k): tuple(float(x) for x in v) for k, v in spec["weights"].items()
        }
        if any(len(v) != len(self.classes) for v in self.weights.values()):
            raise ValueError("a weight per status is needed for every feature")
        # what `features` can emit for this model: without the "rule" group it drops every
        # feature naming the rules' choice, so such weights can never be read
        if "rule" in self.groups:
            self._known = self.weights
        else:
            self._known = {k: v for k, v in self.weights.items() if "|rule=" not in k}
        self._bias = self._known.get("bias")
        # per word (the hash of its lower form, as in doc.to_array(LOWER)): its summed weights
        # and what the verb group asks of it, read once per word instead of once per choice
        self._words = _WordTable(self._word)
        # every word that may have a weight in the word groups (a superset: a "w=" feature's
        # word is read off its name both with and without a "|n"/"|f" ending), so that a new
        # word without any, most of a window's, skips building its feature names
        self._weighted = _weighted_words(self._known)
        # per block of features and the values they are made of (`_block_keys`): their
        # summed weights, or None when they have none
        self._blocks = _FillingTable(self._block)
        # speed37: the word list read last and the coded words of each of its sentences
        # (`_sentence_codes`) by the sentence's bounds, read and written as one pair so that
        # threads sharing the model never read one document's codes for another's
        self._codes: tuple[Any, dict[tuple[int, int], list[tuple[int, str]]]] = (None, {})

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

    def decide(self, scores: list[float], rule: str | None = None) -> str | None:
        """The status these scores overrule the rules' `rule` with, or None when the model is
        not sure enough: its probability must reach `threshold` (no exponentials when that
        cannot fail) and its score must beat the rules' choice by more than `margin`. Scores
        are rounded first: summed in another order (sets iterate in a per-process hash order)
        they may differ in the last bits, and a tie must fall the same way in every process."""
        # speed39: most choices keep the rules' one, told by its lead alone: rounding moves the
        # best score and the rules' own by under 6e-7 each within `_BOUND`, and a lead under
        # `margin` by more than `_SURE` stays under it (both paths below then return None)
        place = self._place.get(rule)
        if place is not None:
            own = scores[place]
            # sp40-r2: four scores compared, not builtin max() (it parses keywords each call)
            if len(scores) == 4:
                best, b, c, d = scores
                if b > best:
                    best = b
                if c > best:
                    best = c
                if d > best:
                    best = d
            else:
                best = max(scores)
            if best - own <= self._kept and -_BOUND < own and best < _BOUND:
                return None
        sure = self._decided_unrounded(scores, rule)
        if sure is not _UNSURE:
            return sure
        scores = [round(x, 6) for x in scores]
        top = scores.index(max(scores))
        if self.threshold > 0.0:
            best = scores[top]
            if not 1.0 / sum(math.exp(x - best) for x in scores) >= self.threshold:
                return None
        if rule is not None and rule in self.classes:
            if not scores[top] - scores[self.classes.index(rule)] > self.margin:
                return None
        return self.classes[top]

    def _decided_unrounded(self, scores: list[float], rule: str | None) -> Any:
        """Helper speed11: `decide` read off the scores unrounded (a correctly rounded round()
        of each score costs more than the rest of it), when they stand so far from every
        boundary it tests that rounding, which moves a score by under 6e-7 below 1e6, cannot
        change the outcome: a single best score ahead by over `_SURE`, the probability off the
        threshold and the lead over the rules' choice off the margin by over `_SURE` (relative
        and absolute); `_UNSURE` otherwise. speed37: the lowest, best and second best scores
        read off one sort, not min(), max() and a sort (the scores are sums of finite weights)."""
        ranked = sorted(scores)
        best = ranked[-1]
        if not (-_BOUND < ranked[0] and best < _BOUND):
            return _UNSURE
        if len(ranked) > 1 and not best - ranked[-2] > _SURE:
            return _UNSURE
        top = scores.index(best)
        threshold = self.threshold
        if threshold > 0.0:
            probability = 1.0 / sum(math.exp(x - best) for x in scores)
            if probability < threshold * (1.0 - _SURE):
                return None
            if not probability >= threshold * (1.0 + _SURE):
                return _UNSURE
        if rule is not None and rule in self.classes:
            lead = best - scores[self.classes.index(rule)]
            if lead <= self.margin - _SURE:
                return None
            if not lead > self.margin + _SURE:
                return _UNSURE
        return self.classes[top]

    def fast_scores(
        self,
        hits: Sequence[Hit],
        status_hits: Sequence[Hit],
        cue_start: int,
        cue_end: int,
        barriers: Iterable[int],
        rule: str,
        source: str,
        context: dict[str, Any],
        lowers: Sequence[int] | None = None,
    ) -> list[float]:
        """`scores(features(..., self.groups))` at a fraction of the cost, for the extractor:
        no feature string is built for a word (the weights of each word by side and distance
        are summed once per word, keyed by the hash of its lower form) and the other features
        come in blocks whose summed weights are kept per combination of the values they are
        made of. The sums are the same but for the order of the additions, so they may differ
        in the last bits; tests/nlp/test_status_model.py holds the decisions equal on every
        choice of the development sets. `features` stays the reference (the trainer's).
        `lowers` are the document's lower-case word hashes (`doc.to_array(LOWER)`), read once
        per document by the caller; without them they are read from `context["doc"]`."""
        groups = self.groups
        # speed39: the bias's weights looked up once per model, not per choice
        bias = self._bias
        found: list[tuple[float, ...]] = [] if bias is None else [bias]
        action = context.get("action") or "none"
        lead = context.get("sentence_index", 0) < context.get("lead_sentences", 2)
        dated = _date_class(context.get("event_date"), context.get("published"))
        doc = context.get("doc")
        read_verb: Verb | None = None
        cue_shape: str | None = None
        # the blocks' keys in the order their weights are added: the word groups' first
        keys: list[tuple[Any, ...]] = []
        if doc is not None and not WORD_GROUPS.isdisjoint(groups):
            read_verb, cue_shape = self._word_weights(
                doc, lowers, cue_start, cue_end, context, action, lead, dated, found, keys
            )
        keys.append(("head", rule, source, action))
        before: tuple[int, str] | None = None
        after: tuple[int, str] | None = None
        cues = "cues" in groups
        if cues and status_hits:
            # speed39: `_status_hits_around` read here, each hit's block key built as it is met
            # (not a list of its readings first, read again to build the keys)
            last_mark, next_mark = -1, _FAR
            if barriers:
                marks = sorted(barriers)
                at = bisect.bisect_left(marks, cue_start)
                if at:
                    last_mark = marks[at - 1]
                at = bisect.bisect_left(marks, cue_end)
                if at < len(marks):
                    next_mark = marks[at]
            buckets = _BUCKETS
            for key, start, end in status_hits:
                if end <= cue_start:
                    gap = cue_start - end
                    if gap > _BEFORE:
                        continue
                    if end <= last_mark:
                        keys.append(("hit", key.label, True, "b", buckets[gap], rule))
                        continue
                    label = key.label
                    if before is None or gap < before[0]:
                        before = (gap, label)
                    keys.append(("hit", label, False, "b", buckets[gap], rule))
                elif start >= cue_end:
                    gap = start - cue_end
                    if gap > _AFTER:
                        continue
                    if next_mark < start:
                        keys.append(("hit", key.label, True, "a", buckets[gap], rule))
                        continue
                    label = key.label
                    if after is None or gap < after[0]:
                        after = (gap, label)
                    keys.append(("hit", label, False, "a", buckets[gap], rule))
                else:
                    keys.append(("hit", key.label, False, "i", "0", rule))
        elif cues or "nearest" in groups or "cross" in groups:  # helper stfeat: cross
            around, before, after = _status_hits_around(status_hits, cue_start, cue_end, barriers)
            if cues:
                buckets = _BUCKETS
                keys += [
                    ("hit", label, crossed, side, buckets[gap], rule)
                    for label, crossed, side, gap in around
                ]
        cue_kind, others = "none", 0
        if "actions" in groups and type(hits) is CueHits and cue_start in hits.starts:
            for label, kind in hits.kinds_at.get(cue_start, ()):
                if label == action:
                    cue_kind = kind
                    break
            others = hits.total - hits.count_at.get(cue_start, 0)
            if others > _OTHERS_READ:
                others = _OTHERS_READ
        elif "actions" in groups:
            # any other list of hits (a test's, or a cue off the sentence's anchors)
            cue_kind, others = _cue_kind_and_others(hits, cue_start, action)
        # one block per group: a key of all of them together seldom recurs on unseen text
        if "nearest" in groups:
            nb = before[1] if before else "-"
            na = after[1] if after else "-"
            keys += [("nb", rule, action, nb), ("na", rule, na)]
        if "date" in groups:
            keys.append(("date", rule, action, dated))
        if "place" in groups:
            # sp40-r2: the five flags read by name in `_FLAGS`'s order, not by a map and tuple()
            get = context.get
            flags = (
                get("named_law"),
                get("law_reference"),
                get("possessed"),
                get("ages"),
                get("restated"),
            )
            keys.append(("place", rule, lead, flags))
        if "actions" in groups:
            keys.append(("kind", cue_kind, others))
        if not _STFEAT_GROUPS.isdisjoint(groups):
            # speed37: the verb group read the cue's first word from the same table already
            if cue_shape is None or lowers is None:
                cue_shape = self._stfeat_cue_shape(doc, lowers, cue_start, cue_end, groups)
            # helper speed (session 25): the verb group read the same words already
            if read_verb is not None and lowers is not None and "verbx" in groups:
                verb: Verb | None = read_verb
            else:
                verb = self._stfeat_verb(doc, lowers, cue_start, cue_end, context, groups)
            if cue_shape and verb is not None and self._both_stfeat:
                # speed39: `_stfeat_keys` with both its readings given, without the call
                keys += [
                    ("cross", rule, action, nb, na, cue_shape),
                    ("verbx", rule, action, *verb),
                ]
            else:
                keys += _stfeat_keys(
                    cue_start,
                    cue_end,
                    rule,
                    context,
                    action,
                    before,
                    after,
                    groups,
                    cue_shape,
                    verb,
                )
        # the blocks' weights in the order of their keys, None (no weights) left out: a weight
        # vector is a non-empty tuple, always true
        found += filter(None, map(self._blocks.__getitem__, keys))
        return self._sum(found)

    def _sum(self, found: list[tuple[float, ...]]) -> list[float]:
        """The weight vectors summed per status, each column from 0.0 in the order found."""
        if len(self.classes) != 4:
            if not found:
                return [0.0] * len(self.classes)
            return [sum(column, 0.0) for column in zip(*found, strict=True)]
        if _PLAIN_SUM and found:
            # this runs for every choice: the columns summed in C, not a Python loop that
            # reads each weight as a float object scattered over the tables (sum() of floats
            # from its start 0 adds them one by one, the same bits as the loop below)
            return list(map(sum, zip(*found, strict=True)))
        return list(_four_sums(found))

    def _vector(self, keys: Iterable[str]) -> tuple[float, ...] | None:
        """The weights of these features summed (in order), or None when none has a weight."""
        found = [w for w in map(self._known.get, keys) if w is not None]
        if not found:
            return None
        if len(self.classes) == 4:
            return _four_sums(found)  # helper speed11: the sums unrolled
        total = [0.0] * len(self.classes)
        for w in found:
            for i, x in enumerate(w):
                total[i] += x
        return tuple(total)

    def _block(self, key: tuple[Any, ...]) -> tuple[float, ...] | None:
        """The summed weights of a block of features (`_block_keys`); `_blocks` keeps them."""
        return self._vector(self._block_keys(key))

    def _block_keys(self, key: tuple[Any, ...]) -> list[str]:
        """The features of a block, as `features` names them, from the values in its key."""
        groups = self.groups
        kind = key[0]
        out: list[str] = []
        if kind == "head":
            rule, source, action = key[1:]
            if "rule" in groups:
                out += ["rule=" + rule, "src=" + source, "rule=" + rule + "|src=" + source]
            if "choice" in groups:
                out += [
                    "ch=" + rule,
                    "ch=" + rule + "|src=" + source,
                    "ch=" + rule + "|act=" + action,
                ]
            if "action" in groups:
                out += ["act=" + action, "act=" + action + "|rule=" + rule]
        elif kind == "hit":
            label, crossed, side, bucket, rule = key[1:]
            where = "h=" + label + ("|x" if crossed else "|" + side)
            out += [where, where + "|" + bucket]
            if not crossed:
                out.append(where + "|rule=" + rule)
        elif kind == "nb":
            rule, action, nb = key[1:]
            out += ["nb=" + nb, "nb=" + nb + "|rule=" + rule, "nb=" + nb + "|act=" + action]
        elif kind == "na":
            rule, na = key[1:]
            out += ["na=" + na, "na=" + na + "|rule=" + rule]
        elif kind == "date":
            rule, action, when = key[1:]
            out += [
                "date=" + when,
                "date=" + when + "|rule=" + rule,
                "date=" + when.split(":")[0] + "|act=" + action,
            ]
        elif kind == "place":
            rule, lead, flags = key[1:]
            by_rule = "|rule=" + rule
            out.append(f"lead={lead}{by_rule}")
            for flag, on in zip(_FLAGS, flags, strict=True):
                if on:
                    out += [flag, flag + by_rule]
        elif kind == "kind":
            cue_kind, others = key[1:]
            out += ["kind=" + cue_kind, f"others={others}"]
        elif kind == "cs":
            first, action = key[1:]
            out += ["cs=" + first, "cs=" + first + "|act=" + action]
        elif kind == "vb":
            shape, aux, action = key[1:]
            if shape is None:
                out.append("vb=none")
            else:
                out += ["vb=" + shape, "vb=" + shape + "|act=" + action]
                if aux:
                    out += ["vaux=" + aux, "vaux=" + aux + "|" + shape]
        elif kind == "paux":
            out.append("paux=" + (key[1] or "-"))
        elif kind == "t":
            mark, side, action = key[1:]
            out += ["t=" + mark + "|" + side, "t=" + mark + "|act=" + action]
        elif kind in _STFEAT_GROUPS:
            out += _stfeat_block(key)
        elif kind == "said":
            when, action, lead, said, quoted = key[1:]
            if "when" in groups:
                out += [
                    "dc=" + when,
                    "dc=" + when + "|act=" + action,
                    f"ld={lead}",
                    f"ld={lead}|dc={when}",
                ]
            if "speech" in groups:
                out.append("sp=" + (said or "-"))
                if quoted:
                    out.append("q=" + quoted)
        return out

    def _sentence_codes(
        self, lowers: Sequence[int], base: int, s_start: int, s_end: int
    ) -> list[tuple[int, str]]:
        """Speed37: the words of the sentence [s_start, s_end) that the tense and speech groups
        read, as (position, `_WORD_CODES` code) in order (a third of sentences hold none).
        Found once a sentence and word list: a sentence's events read the same words, which
        the extractor does not change while it reads a document (the list is kept, so a new
        one is never taken for it)."""
        owner, table = self._codes
        if owner is not lowers:
            table = {}
            self._codes = (lowers, table)
        bounds = (s_start, s_end)
        codes = table.get(bounds)
        if codes is None:
            sentence = lowers[s_start - base : s_end - base]
            codes = []
            if not _WORD_CODES.keys().isdisjoint(sentence):
                at = compress(count(s_start), map(_WORD_CODES.__contains__, sentence))
                codes = [(i, _WORD_CODES[lowers[i - base]]) for i in at]
            table[bounds] = codes
        return codes

    @staticmethod
    def _coded_keys(
        codes: list[tuple[int, str]],
        cue_start: int,
        cue_end: int,
        c_start: int,
        c_end: int,
        action: str,
        tense: bool,
        keys: list[tuple[Any, ...]],
    ) -> tuple[str, str]:
        """Speed37: the tense group's blocks from a sentence's coded words (a block per marker
        and side, the first time each is met: the clause's words before the cue, then those
        after it), appended to `keys`, and the speech group's reading: whether the first verb
        of saying outside the cue is before it ("b", any is) or after it ("a"), and whether
        the cue stands inside quotes ("in", "out"; "" without quote marks)."""
        said = ""
        quotes = inside = 0
        marks_before: list[str] = []
        marks_after: list[str] = []
        for i, c in codes:
            if c is _SAYS:
                if i < cue_start:
                    said = "b"
                elif i >= cue_end and not said:
                    said = "a"
            elif c is _QUOTE_MARK:
                quotes += 1
                if i < cue_start:
                    inside += 1
            elif c_start <= i < cue_start:
                marks_before.append(c)
            elif cue_end <= i < c_end:
                marks_after.append(c)
        if tense:
            if marks_before:
                keys += [("t", mark, "b", action) for mark in dict.fromkeys(marks_before)]
            if marks_after:
                keys += [("t", mark, "a", action) for mark in dict.fromkeys(marks_after)]
        return said, ("in" if inside % 2 else "out") if quotes else ""

    def _stfeat_cue_shape(
        self, doc: Any, lowers: Sequence[int] | None, cue_start: int, cue_end: int, groups: Any
    ) -> str | None:
        """Helper stfeat: the cue's inflection for the cross group from the word table (read
        once per word), not from a token; None leaves it to `_cue_shape`."""
        if "cross" not in groups or doc is None or lowers is None or cue_end <= cue_start:
            return None
        self._words.strings = doc.vocab.strings
        return self._words[lowers[cue_start]][_SHAPE]

    def _stfeat_verb(
        self,
        doc: Any,
        lowers: Sequence[int] | None,
        cue_start: int,
        cue_end: int,
        context: dict[str, Any],
        groups: Any,
    ) -> Verb | None:
        """Helper stfeat: `_verb_before` read from the word table (once per word); None leaves
        it to `_doc_verb`."""
        if "verbx" not in groups or doc is None or lowers is None:
            return None
        self._words.strings = doc.vocab.strings
        low = _before_window(context, cue_start, cue_end)
        infos = list(map(self._words.__getitem__, lowers[low:cue_start]))
        auxes = [info[_WORD] if info[_ISAUX] else "" for info in infos]
        return _verb_before([info[_SHAPE] for info in infos], auxes)

    def _word(self, word: str) -> tuple[Any, ...]:
        """What the word groups read of one word (see `_BN` ... `_WORD`), read once."""
        if word not in self._weighted:
            return (None, None, None, None, None, _shape(word), word in _AUX, word)
        b, a = "w=" + word + "|b", "w=" + word + "|a"
        return (
            self._vector((b, b + "|n")),
            self._vector((b, b + "|f")),
            self._vector((a, a + "|n")),
            self._vector((a, a + "|f")),
            self._vector(("cw=" + word,)),
            _shape(word),
            word in _AUX,
            word,
        )

    def _word_weights(
        self,
        doc: Any,
        lowers: Sequence[int] | None,
        cue_start: int,
        cue_end: int,
        context: dict[str, Any],
        action: str,
        lead: bool,
        dated: str,
        found: list[tuple[float, ...]],
        keys: list[tuple[Any, ...]],
    ) -> tuple[Verb | None, str | None]:
        """The weights of `_word_features`' features: appends the summed weights of the words
        around the cue, from the word table, to `found`, and the keys of the blocks of the rest
        to `keys`. Returns the verb reading of the words before the cue (`_verb_before`'s) and
        the inflection of the cue's first word when the verb group read them, else None."""
        groups = self.groups
        c_start, c_end = context.get("clause") or (cue_start, cue_end)
        s_start, s_end = context.get("sentence") or (c_start, c_end)
        # speed37: the bounds of `_word_features` by comparisons, not builtin min() and max()
        # (in this Python each parses its keywords, as dear as the rest of a bound's reading)
        if cue_start < c_start:
            c_start = cue_start
        if cue_end > c_end:
            c_end = cue_end
        if c_start < s_start:
            s_start = c_start
        if c_end > s_end:
            s_end = c_end
        if lowers is None:
            lowers = [t.lower for t in doc[s_start:s_end]]
            base = s_start
        else:
            base = 0
        low = cue_start - _WORDS_REACH
        if low < c_start:
            low = c_start
        high = cue_end + _WORDS_REACH
        if high > c_end:
            high = c_end
        # the words within reach of the cue, by position from `low`
        window = lowers[low - base : high - base]
        table = self._words
        table.strings = doc.vocab.strings
        infos = list(map(table.__getitem__, window))
        start, end = cue_start - low, cue_end - low
        if "words" in groups:
            # sp39-r2: each window's roles built once (a few hundred shapes of window recur)
            shape_key = (start, end, len(infos))
            roles = _ROLES.get(shape_key)
            if roles is None:
                roles = _ROLES[shape_key] = _roles(start, end, len(infos))
            found += filter(None, map(operator.getitem, infos, roles))
        if "verb" in groups:
            # the last word before the cue with an inflection, the auxiliary within three
            # words before it, and the auxiliary within three words before the cue
            verb, shape, aux, near = -1, None, "", ""
            for i in range(start - 1, -1, -1):
                if infos[i][_SHAPE] != "base":
                    verb, shape = i, infos[i][_SHAPE]
                    break
            # sp39-r2: the two scans of three words written out, without a range each
            if verb > 0:
                info = infos[verb - 1]
                if info[_ISAUX]:
                    aux = info[_WORD]
                elif verb > 1:
                    info = infos[verb - 2]
                    if info[_ISAUX]:
                        aux = info[_WORD]
                    elif verb > 2 and infos[verb - 3][_ISAUX]:
                        aux = infos[verb - 3][_WORD]
            if start > 0:
                info = infos[start - 1]
                if info[_ISAUX]:
                    near = info[_WORD]
                elif start > 1:
                    info = infos[start - 2]
                    if info[_ISAUX]:
                        near = info[_WORD]
                    elif start > 2 and infos[start - 3][_ISAUX]:
                        near = infos[start - 3][_WORD]
            first = infos[start][_SHAPE] if start < end else "base"
            keys += [("cs", first, action), ("vb", shape, aux, action), ("paux", near)]
            read_verb: Verb | None = (shape, near)
            cue_shape = first if start < end else None
        else:
            read_verb = cue_shape = None
        speech = "speech" in groups
        when, said, quoted = "", "", ""
        # speed37: the time markers, verbs of saying and quote marks of the sentence, found
        # once for its events (the clause and the cue lie within the sentence), read in one
        # pass: most sentences hold none
        if "tense" in groups or speech:
            codes = self._sentence_codes(lowers, base, s_start, s_end)
            if codes:
                said, quoted = self._coded_keys(
                    codes, cue_start, cue_end, c_start, c_end, action, "tense" in groups, keys
                )
                if not speech:
                    said, quoted = "", ""
        if "when" in groups:
            # sp40: the coarse reading of each date class kept (a dozen classes recur)
            when = _WHENS.get(dated)
            if when is None:
                when = dated.split(":")[0]
                when = _WHENS[dated] = _COARSE.get(when, when)
        if "when" in groups or speech:
            keys.append(("said", when, action, lead, said, quoted))
        return read_verb, cue_shape


# helper stfeat: the groups read by `features` and `fast_scores` alike from one key per group
# (`_stfeat_keys`), so both paths name the same features (`_stfeat_block`). Measured and
# dropped (docs/learned-models.md, session 21): the sentence's place, the event's year against
# the publication's, an earlier choice of the same action in the document; and by helper
# stfeat2 (session 22, its code in commit dbb03fa): a hedge or condition around the cue, the
# reporting verb, who acts (a firm, a government, a bloc, a site), an amount, the title's step.
_STFEAT_GROUPS = frozenset({"cross", "verbx"})
# What the verbx group reads: the inflection of the last inflected word before the cue (None
# when there is none) and the auxiliary within three words before the cue ("" when none).
Verb = tuple[str | None, str]


def _cue_shape(context: dict[str, Any], cue_start: int, cue_end: int) -> str:
    """The inflection of the action cue's first word ("banned", "bans"), "-" without the doc."""
    doc = context.get("doc")
    if doc is None or cue_end <= cue_start:
        return "-"
    return _shape(doc[cue_start].lower_)


def _verb_before(shapes: Sequence[str], auxes: Sequence[str]) -> Verb:
    """The verb reading of the words before the cue (their shapes, and each word if an
    auxiliary else ""), as the verb group reads it: the last inflected word's shape and the
    auxiliary nearest the cue within three words."""
    shape = next((s for s in reversed(shapes) if s != "base"), None)
    near = next((a for a in auxes[: -4 if len(auxes) > 3 else None : -1] if a), "")
    return shape, near


def _before_window(context: dict[str, Any], cue_start: int, cue_end: int) -> int:
    """Where the words before the cue that the word groups read begin (`_word_features`)."""
    c_start = (context.get("clause") or (cue_start, cue_end))[0]
    return max(min(c_start, cue_start), cue_start - _WORDS_REACH)


def _doc_verb(context: dict[str, Any], cue_start: int, cue_end: int) -> Verb | None:
    """`_verb_before` read from the doc's tokens (the reference path); None without the doc."""
    doc = context.get("doc")
    if doc is None:
        return None
    words = [t.lower_ for t in doc[_before_window(context, cue_start, cue_end) : cue_start]]
    return _verb_before([_shape(w) for w in words], [w if w in _AUX else "" for w in words])


def _stfeat_keys(
    cue_start: int,
    cue_end: int,
    rule: str,
    context: dict[str, Any],
    action: str,
    before: tuple[int, str] | None,
    after: tuple[int, str] | None,
    groups: frozenset[str],
    shape: str | None = None,
    verb: Verb | None = None,
) -> list[tuple[Any, ...]]:
    """One key per stfeat group: the values its features are made of (`shape`, the cue's
    inflection, and `verb`, when the caller read them already)."""
    keys: list[tuple[Any, ...]] = []
    if "cross" in groups:
        nb = before[1] if before else "-"
        na = after[1] if after else "-"
        shape = shape or _cue_shape(context, cue_start, cue_end)
        keys.append(("cross", rule, action, nb, na, shape))
    if "verbx" in groups:
        verb = verb or _doc_verb(context, cue_start, cue_end)
        if verb is not None:
            keys.append(("verbx", rule, action, *verb))
    return keys


def _stfeat_block(key: tuple[Any, ...]) -> list[str]:
    """The features of one stfeat key, as `features` names them: the action with the nearest
    status cue before and after it and with the cue's inflection ("will ban" reads unlike
    "banned" for one type more than another), each by the rules' choice."""
    if key[0] == "verbx":
        return _verbx_block(key)
    rule, action, nb, na, shape = key[1:]
    by_rule = "|rule=" + rule
    head = "xa=" + action
    return [
        head + "|nb=" + nb + by_rule,
        head + "|na=" + na + by_rule,
        head + "|cs=" + shape + by_rule,
        head + "|cs=" + shape + "|nb=" + nb,
    ]


def _verbx_block(key: tuple[Any, ...]) -> list[str]:
    """The verbx features: the action with the verb's inflection and with the auxiliary before
    the cue, by the rules' choice ("has banned" and "will ban" weigh by type)."""
    rule, action, shape, near = key[1:]
    by_rule = "|rule=" + rule
    return [
        "xv=" + action + "|vb=" + (shape or "none") + by_rule,
        "xv=" + action + "|paux=" + (near or "-") + by_rule,
    ]


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
