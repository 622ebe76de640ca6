"""Every action, status and topic cue in one PhraseMatcher pass, shared with the entities."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from nlp.errors import KnowledgeFileError
from nlp.lexicon import expand, load_data
from nlp.phrases import SharedPhrases, shared_phrases

LOGGER = logging.getLogger(__name__)

ACTIONS_FILE = "actions.yaml"
STATUS_FILE = "status.yaml"
# the cue keys' name in the phrase matcher shared with the entity gazetteer
READER = "cues"
# helper speed6: the widest combo window whose context words the shared matcher looks for
# only beside their triggers (`_defer_combo_words`): words that must touch a trigger are
# looked for in a few words a trigger; a wider window made the looked-at words cover three
# quarters of a document, which cost more than the matches it saved (callgrind, dev sets)
DEFER_WINDOW = 0
# speed37: the same for an action combo's context words: a comma or full stop right after
# "joined" was an eighth of all matches; deferring them within one word of their trigger cut
# 8M of 2,989M instructions (callgrind, dev sets), within two words it cost 22M more, within
# four 153M more (the looked-at words around common triggers)
ACTION_DEFER_WINDOW = 1


_KIND_NAMES = {"phrases": "phrase", "weak": "weak", "exclude": "exclude", "followups": "followup"}


@dataclass(frozen=True)
class CueKey:
    """What a match means: family, label, kind and combo index."""

    # action | guard (an exclusion combo's words) | second (a combo's second word context,
    # `also_context`, or the words that cancel an exclusion combo, `unless_context`: no cue
    # alone, so no reader of action cues counts it) | status | topic
    family: str
    label: str
    # phrase | weak | exclude | followup | trigger | context | frame | unframe | call | caller
    # | uncaller | status | wide | topic | also | unless
    kind: str
    combo: int = -1  # a combo's index; a frame's reach in tokens (< 0: before it)


# A dotted short form in a lower-cased cue ("under u.s. sanctions"): the tokenizer keeps "U.S."
# whole in a text but splits "u.s." into "u.s" and ".", so such a cue never matched.
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")


def as_written(cue: str) -> str:
    """The cue with its dotted short forms in capitals, as texts write them, so that the
    tokenizer cuts the cue as it cuts the text (matching is on lower-case forms)."""
    return _DOTTED.sub(lambda m: m.group(0).upper(), cue)


class Hit(NamedTuple):
    """One cue match in a document, token offsets (a tuple: documents yield thousands)."""

    key: CueKey
    start: int
    end: int


def action_forms(
    irregular: dict[str, list[str]], nominal: dict[str, list[str]]
) -> dict[str, list[str]]:
    """The extra forms of a "~" stem in action cues: its irregular inflections and its nouns."""
    forms = {stem: list(words) for stem, words in irregular.items()}
    for stem, nouns in nominal.items():
        forms[stem] = forms.get(stem, []) + list(nouns)
    return forms


class CueMatcher:
    """Finds every cue of actions.yaml and status.yaml in a doc with one PhraseMatcher."""

    def __init__(self, nlp: Language) -> None:
        self.actions_spec: dict[str, Any] = load_data(ACTIONS_FILE)
        self.status_spec: dict[str, Any] = load_data(STATUS_FILE)
        self._validate()
        # the entity component's matcher when the pipeline has one: a document is scanned once
        self.phrases: SharedPhrases = shared_phrases(nlp, READER)
        self.matcher = self.phrases.matcher
        self.keys: dict[int, CueKey] = {}
        irregular = self.actions_spec.get("irregular") or {}
        # an action's cue verbs also stand as their nouns ("filed a complaint"); a status
        # cue keeps its verb, so the nouns join the forms of action cues only
        forms = action_forms(irregular, self.actions_spec.get("nominal") or {})
        patterns: dict[CueKey, set[str]] = defaultdict(set)
        for action, spec in self.actions_spec["actions"].items():
            for kind in ("phrases", "weak", "exclude", "followups"):
                for phrase in spec.get(kind) or []:
                    key = CueKey("action", action, _KIND_NAMES[kind])
                    patterns[key].update(expand(phrase, forms))
            for i, combo in enumerate(spec.get("combos") or []):
                # the words of an exclusion combo only bar cues: no reader of action cues (the
                # status rules) may take them for a step named in the sentence
                family = "guard" if combo.get("effect") == "exclude" else "action"
                for phrase in combo.get("triggers") or []:
                    patterns[CueKey(family, action, "trigger", i)].update(expand(phrase, forms))
                for phrase in combo.get("context") or []:
                    patterns[CueKey(family, action, "context", i)].update(expand(phrase, forms))
                for phrase in combo.get("also_context") or []:
                    patterns[CueKey("second", action, "also", i)].update(expand(phrase, forms))
                # words that cancel an exclusion combo (`unless_context`): read with its trigger
                # as `also_context` is, so a combo names one or the other (`_validate`)
                for phrase in combo.get("unless_context") or []:
                    patterns[CueKey("second", action, "unless", i)].update(expand(phrase, forms))
        # frames that make no event of any action; a frame's reach rides in the combo field
        for frame in self.actions_spec.get("frames") or []:
            reach = int(frame.get("reach", 6))
            if frame.get("side") == "before":
                reach = -reach
            # a frame with subjects counts only after one of them ("industry groups urged")
            kind = "call" if frame.get("subjects") else "frame"
            for phrase in frame.get("words") or []:
                patterns[CueKey("action", "*", kind, reach)].update(expand(phrase, irregular))
            for phrase in frame.get("subjects") or []:
                patterns[CueKey("action", "*", "caller")].update(expand(phrase, irregular))
            for phrase in frame.get("not_subjects") or []:
                patterns[CueKey("action", "*", "uncaller")].update(expand(phrase, irregular))
            for phrase in frame.get("unless") or []:
                patterns[CueKey("action", "*", "unframe")].update(expand(phrase, irregular))
        for phrase in self.actions_spec.get("topic") or []:
            patterns[CueKey("topic", "topic", "topic")].update(expand(phrase, irregular))
        for status, cues in self.status_spec["statuses"].items():
            for phrase in cues:
                patterns[CueKey("status", status, "status")].update(expand(phrase, irregular))
        for status, cues in (self.status_spec.get("sentence_wide") or {}).items():
            for phrase in cues:
                patterns[CueKey("status", status, "wide")].update(expand(phrase, irregular))
        for key, texts in patterns.items():
            name = f"{key.family}|{key.label}|{key.kind}|{key.combo}"
            docs = list(nlp.tokenizer.pipe(as_written(t) for t in sorted(texts)))
            self.keys[self.phrases.add(READER, name, docs)] = key
        self._defer_combo_words()
        LOGGER.debug("cue matcher: %d keys", len(self.keys))

    def _validate(self) -> None:
        actions = self.actions_spec.get("actions")
        if not isinstance(actions, dict) or not actions:
            raise KnowledgeFileError(f"{ACTIONS_FILE}: needs an 'actions' mapping")
        for action, spec in actions.items():
            if not isinstance(spec, dict):
                raise KnowledgeFileError(f"{ACTIONS_FILE}: action {action!r} must be a mapping")
            unknown = set(spec) - {"phrases", "weak", "combos", "exclude", "followups"}
            if unknown:
                raise KnowledgeFileError(
                    f"{ACTIONS_FILE}: action {action!r}: unknown key {sorted(unknown)[0]!r}"
                )
            for i, combo in enumerate(spec.get("combos") or []):
                if combo.get("unless_context") and (
                    combo.get("also_context") or combo.get("effect") != "exclude"
                ):
                    raise KnowledgeFileError(
                        f"{ACTIONS_FILE}: action {action!r}, combo {i}: `unless_context` is for "
                        "exclusion combos without `also_context`"
                    )
        statuses = self.status_spec.get("statuses")
        if not isinstance(statuses, dict) or not statuses:
            raise KnowledgeFileError(f"{STATUS_FILE}: needs a 'statuses' mapping")

    def _defer_combo_words(self) -> None:
        """Helper speed6: an exclusion combo's context words and a combo's second context
        words (`also_context`) count only within the combo's window of its trigger, so the
        shared matcher finds them only there (`SharedPhrases.defer`) when that window is at
        most DEFER_WINDOW ("grant" beside "the", "and", "of": a third of all matches), and an
        action combo's context words when its window is at most ACTION_DEFER_WINDOW; the
        candidates the learned action model reads take every one (`_every_match`)."""
        triggers: dict[tuple[str, int], list[int]] = defaultdict(list)
        for match_id, key in self.keys.items():
            if key.kind == "trigger":
                triggers[(key.label, key.combo)].append(match_id)
        for match_id, key in self.keys.items():
            limit = DEFER_WINDOW
            if key.family == "guard" and key.kind == "context":
                reach = int(self.combos(key.label)[key.combo].get("window", 6))
            elif key.family == "action" and key.kind == "context":
                reach = int(self.combos(key.label)[key.combo].get("window", 6))
                limit = ACTION_DEFER_WINDOW
            elif key.family == "second":
                combo = self.combos(key.label)[key.combo]
                field = "unless_window" if key.kind == "unless" else "also_window"
                reach = int(combo.get(field, combo.get("window", 6)))
            else:
                continue
            if reach <= limit:
                self.phrases.defer(match_id, triggers[(key.label, key.combo)], reach)
        self.phrases.complete = _every_match

    def combos(self, action: str) -> list[dict[str, Any]]:
        """The combo definitions of an action, by index."""
        return self.actions_spec["actions"][action].get("combos") or []

    def __call__(self, doc: Doc) -> list[Hit]:
        """The doc's cue hits; the deferred words (`_defer_combo_words`) only near their
        triggers."""
        new = tuple.__new__
        return [new(Hit, m) for m in self.phrases.keyed(READER, doc, self.keys)]

    def grouped(self) -> dict[int, tuple[CueKey, ...]]:
        """{group id of the shared matcher: its cue keys, in the order `__call__` lists their
        hits}, for a reader that walks the shared matches itself and builds hits only where
        it reads them."""
        return self.phrases.grouped(READER, self.keys)


# speed39: `_every_match`'s look-up of the action model's module, made on its first call
_CANDIDATES_WANTED: Any = None


def _every_match() -> bool:
    """Whether the shared matcher must find the deferred combo words everywhere: the dropped
    cues proposed to the learned action model (`action_model.candidates_wanted`) include
    context words with no trigger near."""
    global _CANDIDATES_WANTED
    wanted = _CANDIDATES_WANTED
    if wanted is None:
        # imported here: it imports this module's users; kept, so the import machinery
        # is not run for every document
        from nlp import action_model

        wanted = _CANDIDATES_WANTED = action_model.candidates_wanted
    return wanted()
