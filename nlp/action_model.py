"""A small linear model that reviews each finished event's action type, learned from the
labelled sets and stacked on the rules: it reads the rules' action with the words of the
evidence sentence and the title, so it can drop the events that cue words make of background
and chatter, and retype the ones a general word put in the wrong class, where one more rule
would only fit the sentence it was written for (docs/learned-models.md, session 11). Its
candidate scorer reads the cues the rules' decision dropped, for actions they found nowhere in
the document, and picks the few worth an event: recall the rules gave up for precision
(session 12)."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from nlp.actions import ACTIONS, SHADOW_KINDS
from nlp.lexicon import load_data

MODEL_FILE = Path(__file__).parent / "data" / "action_model.json"
# None follows `action_chooser` in nlp/data/actions.yaml; True or False overrides it (tests,
# training, and measuring the rules alone). MODEL_PATH lets a trainer try another model.
USE_MODEL: bool | None = None
MODEL_PATH: Path | str = MODEL_FILE
# None proposes candidates (cues the rules' decision dropped) only when the active model has
# a candidate scorer; True builds every candidate's event (the trainer), False none.
SHADOWS: bool | None = None
# When a list, review() appends a copy of every event it reads, with the rules' own marks
# (the trainer's samples: the output drops the marks).
RECORDER: list[dict[str, Any]] | None = None
# the rules' marks on an event that the model reads as features when they are set
FLAGS = (
    "_anaphoric",
    "_restates",
    "_refers_back",
    "_named_law",
    "_relative",
    "_framed",
    "_owned",
    "_back",
    "_participle",
    "_dated_name",
    "_year_told",
    "_own_sum",
    "_elaborates",
)
# the model's classes: every action type, and "none" for an event that should not be one
NONE = "none"
CLASSES = (*ACTIONS, NONE)
_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
# helper speed6: how many shape combinations a model keeps (`ActionModel._shape_rows`)
_SHAPES_KEPT = 20_000
# how many sentences' word rows `_word_rows` keeps before it starts again
_SENTENCES_KEPT = 4096


@functools.lru_cache(maxsize=1024)
def words(text: str | None) -> frozenset[str]:
    """The lower-cased words and numbers of a text, as the model reads them (cached: a
    sentence is read for each of its events and candidates)."""
    return frozenset(_WORD.findall(text.lower())) if text else frozenset()


def features(
    event: dict[str, Any], title_words: Iterable[str], doc_actions: Mapping[str, int]
) -> list[str]:
    """The features of one event: the rules' action and status, crossed with the sentence's
    words and the event's shape (parties, minerals, amount), its place in the document, the
    other action types of the document and the title's words."""
    action = event["action"]
    feats = shape_features(event, doc_actions)
    for word in words(event.get("evidence")):
        feats.append(f"w={word}")
        feats.append(f"r={action}|w={word}")
    feats += [f"t={word}" for word in title_words]
    return feats


def shape_features(event: dict[str, Any], doc_actions: Mapping[str, int]) -> list[str]:
    """The features of features() that are not words: few, whatever the sentence's length."""
    action = event["action"]
    status = str(event.get("status"))
    n_parties = min(len(set(event.get("actors") or []) | set(event.get("partners") or [])), 3)
    n_minerals = min(len(event.get("minerals") or []), 2)
    amount = event.get("amount_usd") is not None or event.get("amount") is not None
    feats = [
        "bias",
        f"r={action}",
        f"st={status}",
        f"r={action}|st={status}",
        f"np={n_parties}",
        f"r={action}|np={n_parties}",
        f"nm={n_minerals}",
        f"r={action}|nm={n_minerals}",
        f"amt={amount}",
        f"r={action}|amt={amount}",
        f"sent={min(int(event.get('sentence') or 0), 3)}",
        f"conf={round(float(event.get('confidence') or 0.0), 1)}",
        f"r={action}|same={min(doc_actions[action] - 1, 2)}",
        f"kind={event.get('_cue_kind')}",
        f"r={action}|kind={event.get('_cue_kind')}",
        f"cue={event.get('_cue_text')}",
        f"src={event.get('_status_source')}",
    ]
    feats += [f"f={flag}" for flag in FLAGS if event.get(flag)]
    feats += [f"r={action}|f={flag}" for flag in FLAGS if event.get(flag)]
    feats += [f"other={other}" for other in doc_actions if other != action]
    return feats


def _flags_set(event: dict[str, Any]) -> tuple[bool, ...]:
    """Helper speed9: whether each of `FLAGS` is set on the event, read in C (a generator
    resumed thirteen times an event cost more than the look-ups)."""
    return tuple(map(bool, map(event.get, FLAGS)))


class ActionModel:
    """Class scores of an event's features; it overrules the rules' action only when its own
    choice (another action, or none) beats theirs by `margin` log-odds."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if tuple(spec["classes"]) != CLASSES:
            raise ValueError(f"action model classes {spec['classes']} are not {CLASSES}")
        self.margin = float(spec.get("margin", 0.0))
        # the candidate scorer: log-odds that a dropped cue's action is in the document, kept
        # above the threshold (None: no candidates)
        scale = float(spec.get("scale", 1))
        self.candidate = {
            name: weight / scale for name, weight in (spec.get("candidate_weights") or {}).items()
        }
        threshold = spec.get("candidate_threshold")
        self.candidate_threshold = None if threshold is None else float(threshold)
        # the scorer's word features as one row of weights (an action a column) a word, for
        # `Candidate.fast_score`: a sentence's or title's words are summed once for all actions
        # (and so are the actions found in the document, and beside the cue in its sentence)
        self.action_column = {action: i for i, action in enumerate(ACTIONS)}
        rows: dict[str, dict[str, np.ndarray]] = {"w": {}, "t": {}, "o": {}, "s": {}}
        for name, weight in self.candidate.items():
            head, _, tail = name.partition("|")
            if tail[1:2] == "=" and tail[0] in rows and head[2:] in self.action_column:
                row = rows[tail[0]].setdefault(tail[2:], np.zeros(len(ACTIONS)))
                row[self.action_column[head[2:]]] = weight
        # one matrix a kind, an item's row by its index: a sum is one fancy-indexed sum
        self._row_index = {kind: {item: i for i, item in enumerate(r)} for kind, r in rows.items()}
        self._matrix = {
            kind: np.array(list(r.values())) if r else np.zeros((0, len(ACTIONS)))
            for kind, r in rows.items()
        }
        # the weights of a candidate that are not words, by (action, kind, cue words, place)
        self._static: dict[tuple[str, str, str, int], float] = {}
        names = list(spec["weights"])
        self.index = {name: i for i, name in enumerate(names)}
        self.matrix = np.array([spec["weights"][name] for name in names], dtype=np.float64)
        # weights may be written as integers in units of 1/scale (the trainer's hundredths)
        self.matrix = self.matrix.reshape(len(names), len(CLASSES)) / float(spec.get("scale", 1))
        # the word features by word, so the hot path looks words up instead of building
        # "w=…" and "r=…|w=…" strings for every word of every sentence
        self.word_rows: dict[str, int] = {}
        self.title_rows: dict[str, int] = {}
        self.cross_rows: dict[str, dict[str, int]] = {action: {} for action in ACTIONS}
        for name, row in self.index.items():
            if name.startswith("w="):
                self.word_rows[name[2:]] = row
            elif name.startswith("t="):
                self.title_rows[name[2:]] = row
            elif name.startswith("r=") and "|w=" in name:
                action, _, word = name[2:].partition("|w=")
                self.cross_rows.setdefault(action, {})[word] = row
        # where a word's cross with each action stands in its `_word_table` entry
        self._cross_column = {action: i for i, action in enumerate(self.cross_rows, 1)}
        self._word_table = _word_table(self.word_rows, self.cross_rows, self._cross_column)
        # helper speed6: the rows of `shape_features` but the cue's, by the values they are
        # made of (`_shape_entry`), emptied when full
        self._shapes: dict[
            tuple[Any, ...], tuple[list[int], list[int], np.ndarray, np.ndarray]
        ] = {}
        # speed37: a cue feature's row as an index array, by row (`_cue_array`)
        self._cue_arrays: dict[int, np.ndarray] = {}
        # helper speed (session 27): a sentence's word rows and their crosses with an action
        # (`_word_rows`), by (evidence, cross column), emptied when full
        self._sentence_rows: dict[
            tuple[str | None, int | None], tuple[list[int], list[int], np.ndarray]
        ] = {}

    def scores(self, feats: Iterable[str]) -> np.ndarray:
        """The summed weights of the known features, one score per class."""
        rows = [self.index[f] for f in set(feats) if f in self.index]
        if not rows:
            return np.zeros(len(CLASSES))
        return self.matrix[rows].sum(axis=0)

    def fast_scores(
        self, event: dict[str, Any], title_words: Iterable[str], doc_actions: Mapping[str, int]
    ) -> np.ndarray:
        """scores(features(...)) by table look-ups: equal to it (a test holds them together)."""
        return self._row_scores(event, self.rows_of_title(title_words), doc_actions)

    def rows_of_title(self, title_words: Iterable[str]) -> list[int]:
        """The weight rows of the title's words: the same for every event of a document, so
        `review` looks them up once, not once an event."""
        title_rows = self.title_rows
        return [title_rows[w] for w in title_words if w in title_rows]

    def _row_scores(
        self, event: dict[str, Any], title_rows: list[int], doc_actions: Mapping[str, int]
    ) -> np.ndarray:
        """`fast_scores` with the title's rows already looked up. The rows are gathered with
        `take`, which copies them as fancy indexing does but with less set-up per call."""
        rows = self._rows(event, title_rows, doc_actions)
        if not rows:
            return np.zeros(len(CLASSES))
        return self.matrix.take(rows, axis=0).sum(axis=0)

    def _rows(
        self, event: dict[str, Any], title_rows: list[int], doc_actions: Mapping[str, int]
    ) -> list[int]:
        """The weight rows of the event's features, in the order `_row_scores` sums them."""
        rows = self._shape_rows(event, doc_actions)
        own, crossed, _ = self._word_rows(event.get("evidence"), event["action"])
        rows += own
        rows += crossed
        rows += title_rows
        return rows

    def _word_rows(
        self, evidence: str | None, action: str
    ) -> tuple[list[int], list[int], np.ndarray]:
        """The rows of the sentence's words, then of their crosses with the action, in the
        words' order, and both as one index array (speed37: `_rounded_scores`). Helper speed
        (session 27): kept by sentence and cross column, as a sentence's events (and
        candidates) read the same words, most of one action or of actions with no cross rows;
        a sentence met again reads them from the table."""
        column = self._cross_column.get(action)
        key = (evidence, column)
        found = self._sentence_rows.get(key)
        if found is not None:
            return found
        # a word's own row and its cross with each action come from one look-up (most words
        # of a sentence have both)
        own: list[int] = []
        crossed: list[int] = []
        table = self._word_table
        for word in words(evidence):
            entry = table.get(word)
            if entry is not None:
                if entry[0] >= 0:
                    own.append(entry[0])
                if column is not None and entry[column] >= 0:
                    crossed.append(entry[column])
        if len(self._sentence_rows) >= _SENTENCES_KEPT:
            self._sentence_rows.clear()
        found = self._sentence_rows[key] = own, crossed, _index_array(own + crossed)
        return found

    def _shape_rows(self, event: dict[str, Any], doc_actions: Mapping[str, int]) -> list[int]:
        """Helper speed6: `[index[f] for f in shape_features(event, doc_actions) if f in
        index]`, the rows of all but the cue's words kept by the values the features are made
        of: a few combinations recur from event to event, and building their twenty-odd
        strings cost more than summing the rows. The values are strings, None, numbers and
        flags read as `shape_features` reads them, so equal keys make equal features.
        speed37: the counts are kept whole and the confidence unrounded (`shape_features` caps
        and rounds them, so equal values still make equal features; a handful of confidences
        recur), which spares a builtin min() a count (keyword parsing) and a float round()
        (a decimal conversion) an event."""
        before, after = self._shape_entry(event, doc_actions)[:2]
        cue = self.index.get(f"cue={event.get('_cue_text')}")
        return before + after if cue is None else [*before, cue, *after]

    def _shape_entry(
        self, event: dict[str, Any], doc_actions: Mapping[str, int]
    ) -> tuple[list[int], list[int], np.ndarray, np.ndarray]:
        """`_shape_rows`' rows before the cue's and after it, kept by the values their
        features are made of, as lists and as index arrays (speed37: `_rounded_scores`)."""
        action = event["action"]
        key = (
            action,
            str(event.get("status")),
            len({*(event.get("actors") or ()), *(event.get("partners") or ())}),
            len(event.get("minerals") or ()),
            event.get("amount_usd") is not None or event.get("amount") is not None,
            int(event.get("sentence") or 0),
            float(event.get("confidence") or 0.0),
            doc_actions[action],
            str(event.get("_cue_kind")),
            str(event.get("_status_source")),
            _flags_set(event),
            tuple(doc_actions),
        )
        entry = self._shapes.get(key)
        if entry is None:
            before, after = self._shape_parts(event, doc_actions)
            if len(self._shapes) >= _SHAPES_KEPT:
                self._shapes.clear()
            entry = self._shapes[key] = (before, after, _index_array(before), _index_array(after))
        return entry

    def _row_arrays(
        self, event: dict[str, Any], title: np.ndarray, doc_actions: Mapping[str, int]
    ) -> list[np.ndarray]:
        """Speed37: `_rows` as index arrays, most of them kept (`_shape_entry`, `_word_rows`,
        `_cue_array`), in the same order: their concatenation is `_rows`' list, without
        turning each of its Python ints into an index again for every event."""
        entry = self._shape_entry(event, doc_actions)
        cue = self.index.get(f"cue={event.get('_cue_text')}")
        words_rows = self._word_rows(event.get("evidence"), event["action"])[2]
        if cue is None:
            return [entry[2], entry[3], words_rows, title]
        return [entry[2], self._cue_array(cue), entry[3], words_rows, title]

    def _cue_array(self, row: int) -> np.ndarray:
        """The index array of one cue's row, kept (a few hundred cues recur)."""
        found = self._cue_arrays.get(row)
        if found is None:
            found = self._cue_arrays[row] = _index_array([row])
        return found

    def _shape_parts(
        self, event: dict[str, Any], doc_actions: Mapping[str, int]
    ) -> tuple[list[int], list[int]]:
        """The rows of `shape_features` before the cue's feature and after it."""
        index = self.index
        feats = shape_features(event, doc_actions)
        at = feats.index(f"cue={event.get('_cue_text')}")
        return (
            [index[f] for f in feats[:at] if f in index],
            [index[f] for f in feats[at + 1 :] if f in index],
        )

    def _rounded_scores(
        self, events: list[dict[str, Any]], title_rows: list[int], doc_actions: Mapping[str, int]
    ) -> list[list[float]]:
        """`np.round(self._row_scores(event, ...), 6)` of every event, as lists, in one set of
        array calls for the document: each NumPy call costs about as much as summing one
        event's rows, and a document has a few events. `reduceat` sums each event's rows in
        the same order `sum(axis=0)` does, so the scores are the same to the last bit."""
        # speed37: the rows gathered as kept index arrays (`_row_arrays`), joined once
        title = _index_array(title_rows)
        pieces: list[np.ndarray] = []
        offsets: list[int] = []
        empty: list[int] = []
        total = 0
        for i, event in enumerate(events):
            own = self._row_arrays(event, title, doc_actions)
            size = sum(map(len, own))
            if not size:
                empty.append(i)  # reduceat would give the next event's first row
            offsets.append(total)
            total += size
            pieces += own
        if not total:
            return [[0.0] * len(CLASSES) for _ in events]
        if offsets[-1] == total:
            # the empty events at the end point at a row nobody reads
            pieces.append(_index_array([0]))
        rows = np.concatenate(pieces)
        sums = np.add.reduceat(self.matrix.take(rows, axis=0), offsets, axis=0)
        if empty:
            sums[empty] = 0.0
        # sp40r2: the array's own method, which `np.round` calls through two Python wrappers
        return sums.round(6).tolist()

    def choose(self, rule: str, scores: Sequence[float]) -> str:
        """The action to keep (or NONE): the rules' unless the model's best beats it by the
        margin. Scores are rounded first, so that a tie falls the same way whatever order the
        weights were summed in (sets iterate in a per-process hash order); the rounded scores
        are then read as Python floats (the first best, as `argmax` gives it), which spares a
        NumPy scalar per comparison."""
        if rule not in CLASSES:
            return rule
        return self._choose_rounded(rule, np.round(scores, 6).tolist())

    def _choose_rounded(self, rule: str, rounded: list[float]) -> str:
        """`choose` on scores already rounded (and the rule one of CLASSES)."""
        best = rounded.index(max(rounded))
        if CLASSES[best] != rule and rounded[best] - rounded[CLASSES.index(rule)] > self.margin:
            return CLASSES[best]
        return rule

    def candidate_score(self, feats: Iterable[str]) -> float:
        """Log-odds that a candidate's action is one the document reports."""
        weights = self.candidate
        return round(sum(weights.get(f, 0.0) for f in feats), 6)

    def vector(self, kind: str, items: Iterable[str]) -> np.ndarray:
        """The summed rows of the "a=…|kind=item" weights of `items`, a column an action."""
        index = self._row_index[kind]
        found = [index[item] for item in items if item in index]
        if not found:
            return np.zeros(len(ACTIONS))
        return self._matrix[kind].take(found, axis=0).sum(axis=0)  # as `_row_scores` does

    def static_score(self, action: str, kind: str, cue_text: str, index: int) -> float:
        """The summed weights of a candidate's features that are not words (memoised: the same
        cue words recur from document to document)."""
        key = (action, kind, cue_text, index)
        score = self._static.get(key)
        if score is None:
            get = self.candidate.get
            a = f"a={action}"
            score = (
                get("bias", 0.0)
                + get(a, 0.0)
                + get(f"{a}|k={kind}", 0.0)
                + get(f"{a}|c={cue_text}", 0.0)
                + get(f"{a}|k={kind}|c={cue_text}", 0.0)
                + get(f"{a}|i={index}", 0.0)
            )
            if len(self._static) > 100_000:
                self._static.clear()
            self._static[key] = score
        return score

    def pick(self, candidates: Sequence[Candidate]) -> list[Candidate]:
        """The best candidate of each action above the threshold, its `score` set."""
        if self.candidate_threshold is None:
            return []
        best: dict[str, Candidate] = {}
        vectors: dict[tuple[str, int], np.ndarray] = {}
        for candidate in candidates:
            candidate.score = candidate.fast_score(self, vectors)
            current = best.get(candidate.action)
            if candidate.score > self.candidate_threshold and (
                current is None or candidate.score > current.score
            ):
                best[candidate.action] = candidate
        return list(best.values())

    def review(self, events: list[dict[str, Any]], title: str | None) -> list[dict[str, Any]]:
        """The document's events with the model's choices: dropped, retyped or as they were.
        Every event is read against the rules' own output, so the order does not matter."""
        # speed37: the decided events picked once, and counted by action from them (the order
        # `rules_actions` counts them in), `is_shadow` read in line
        decided = [event for event in events if event.get("_cue_kind") not in SHADOW_KINDS]
        # sp40r2: counted in a plain dict (a Counter's construction runs three Python calls and
        # an ABC check); only counted actions are read, the keys in the same order
        doc_actions: dict[str, int] = {}
        for event in decided:
            action = event["action"]
            doc_actions[action] = doc_actions.get(action, 0) + 1
        title_rows = self.rows_of_title(words(title))
        scored = [event for event in decided if event["action"] in CLASSES]
        rounded = iter(self._rounded_scores(scored, title_rows, doc_actions))
        kept: list[dict[str, Any]] = []
        for event in decided:
            rule = event["action"]
            choice = rule
            if rule in CLASSES:
                choice = self._choose_rounded(rule, next(rounded))
            if choice == NONE:
                continue
            if choice != rule:
                event = {**event, "action": choice}
            kept.append(event)
        if len(decided) == len(events):
            return kept  # no candidate among the events: `confirmed` would keep none
        return kept + self.confirmed(events)

    def confirmed(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The candidate events the scorer keeps: those of the best candidate of each action
        above the threshold (the extractor builds only those; the trainer builds them all)."""
        if self.candidate_threshold is None:
            return []
        groups: dict[int, list[dict[str, Any]]] = {}
        for event in events:  # the events of one candidate share its record
            if is_shadow(event) and isinstance(event.get("_candidate"), Candidate):
                groups.setdefault(id(event["_candidate"]), []).append(event)
        picked = {id(c) for c in self.pick([group[0]["_candidate"] for group in groups.values()])}
        return [event for key, group in groups.items() if key in picked for event in group]


def _index_array(rows: list[int]) -> np.ndarray:
    """Rows as an index array for `take` (what it makes of a list of ints)."""
    return np.array(rows, dtype=np.intp)


def _word_table(
    word_rows: dict[str, int], cross_rows: dict[str, dict[str, int]], columns: dict[str, int]
) -> dict[str, tuple[int, ...]]:
    """Per word: its own weight row first, then its row crossed with each action at the
    action's column, -1 where it has none."""
    size = len(columns) + 1
    table: dict[str, list[int]] = {}
    for word, row in word_rows.items():
        table.setdefault(word, [-1] * size)[0] = row
    for action, crosses in cross_rows.items():
        for word, row in crosses.items():
            table.setdefault(word, [-1] * size)[columns[action]] = row
    return {word: tuple(entry) for word, entry in table.items()}


def is_shadow(event: dict[str, Any]) -> bool:
    """Whether an event is a shadow candidate, not a step the rules decided on."""
    return event.get("_cue_kind") in SHADOW_KINDS


def rules_actions(events: Iterable[dict[str, Any]]) -> Counter[str]:
    """How many events of each action the rules decided on (shadow candidates left out, so a
    decided event reads the same features with candidates proposed or not)."""
    return Counter(event["action"] for event in events if not is_shadow(event))


def review(events: list[dict[str, Any]], title: str | None) -> list[dict[str, Any]]:
    """The events as the extractor keeps them: reviewed by the model when it is on, recorded
    for the trainer when RECORDER is a list. With no model, shadow candidates are dropped."""
    if RECORDER is not None:
        RECORDER.extend(dict(event) for event in events)
    model = active()
    if model is None or not events:
        return [event for event in events if not is_shadow(event)]
    return model.review(events, title)


def candidates_wanted() -> bool:
    """Whether the rules should propose candidates (`SHADOWS`)."""
    if SHADOWS is not None:
        return SHADOWS
    model = active()
    return (
        model is not None
        and model.candidate_threshold is not None
        and bool(model.candidate)
        and load_data("actions.yaml").get("action_candidates", "scored") == "scored"
    )


def pick_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose events are built: every one for the trainer (`SHADOWS` True),
    else the active model's picks."""
    if SHADOWS:
        return candidates
    model = active()
    return model.pick(candidates) if model is not None else []


class Candidate:
    """A cue the rules' decision dropped, of an action they found nowhere in the document,
    with what the candidate scorer reads of it."""

    __slots__ = (
        "action",
        "beside",
        "cue_text",
        "found",
        "index",
        "kind",
        "score",
        "title",
        "words",
    )

    def __init__(
        self,
        action: str,
        kind: str,
        cue_text: str,
        sentence_words: frozenset[str],
        found: Sequence[str],
        title_words: frozenset[str],
        beside: Sequence[str] = (),
        index: int = 0,
    ) -> None:
        self.action, self.kind, self.cue_text = action, kind, cue_text
        self.words, self.title = sentence_words, title_words
        # shared, not copied: the scorer sums the words of each shared set once (`fast_score`)
        self.found, self.beside = found, beside
        self.index = min(index, 3)
        self.score = 0.0

    def features(self) -> list[str]:
        """Its action crossed with why it was dropped, its cue's words, the sentence's and the
        title's words, the actions the rules found in the document and beside it in the
        sentence, and the sentence's place."""
        a = f"a={self.action}"
        feats = [
            "bias",
            a,
            f"{a}|k={self.kind}",
            f"{a}|c={self.cue_text}",
            f"{a}|k={self.kind}|c={self.cue_text}",
            f"{a}|i={self.index}",
        ]
        feats += [f"{a}|s={other}" for other in self.beside]
        feats += [f"{a}|w={word}" for word in self.words]
        feats += [f"{a}|t={word}" for word in self.title]
        feats += [f"{a}|o={other}" for other in self.found]
        return feats

    def fast_score(
        self, model: ActionModel, vectors: dict[tuple[str, int], np.ndarray] | None = None
    ) -> float:
        """model.candidate_score(self.features()) by table look-ups (a test holds them equal).
        `vectors` keeps the word sums of the sets of words this document's candidates share
        (by identity), so each is summed once."""
        score = model.static_score(self.action, self.kind, self.cue_text, self.index)
        column = model.action_column.get(self.action)
        if column is not None:
            vectors = {} if vectors is None else vectors
            for kind, items in (
                ("w", self.words),
                ("t", self.title),
                ("o", self.found),
                ("s", self.beside),
            ):
                key = (kind, id(items))
                vector = vectors.get(key)
                if vector is None:
                    vector = vectors[key] = model.vector(kind, items)
                score += vector[column]
        return round(float(score), 6)


# speed39: the last MODEL_PATH `active` read, with its text (`str` of a Path is a Python call)
_PATH_TEXT: tuple[Path | str | None, str] = (None, "")


def active() -> ActionModel | None:
    """The model the extractor uses now, or None for the rules alone."""
    global _PATH_TEXT
    on = USE_MODEL
    if on is None:
        on = load_data("actions.yaml").get("action_chooser") == "rules+model"
    if not on:
        return None
    # `load_model(MODEL_PATH)`, speed39: a document asks several times, so the path's text is
    # kept while MODEL_PATH is the same object (a Path or str never changes)
    path = MODEL_PATH
    known = _PATH_TEXT
    if known[0] is not path:
        known = _PATH_TEXT = (path, str(path))
    return _load(known[1])


def load_model(path: Path | str = MODEL_FILE) -> ActionModel | None:
    """The model at `path`, or None when there is none."""
    return _load(str(path))


@functools.cache
def _load(path: str) -> ActionModel | None:
    try:
        with open(path, encoding="utf-8") as handle:
            spec = json.load(handle)
    except FileNotFoundError:
        return None
    # the candidate scorer is written beside the model (nlp/train_actions.py write_model)
    side = spec.get("candidate_file")
    if side:
        with open(Path(path).with_name(side), encoding="utf-8") as handle:
            scorer = json.load(handle)
        spec["candidate_weights"] = scorer["weights"]
        spec["candidate_threshold"] = scorer["threshold"]
    return ActionModel(spec)
