"""The spaCy component that finds minerals, countries and blocs and files them in doc.spans."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.entity_rules import (
    DocContext,
    capital_in_other_name,
    institution_shadowed,
    keep_bloc,
    keep_mineral,
    longest_first,
    prefix_of_country,
    resolve_country,
)
from nlp.gazetteer import (
    ALIAS,
    BLOC,
    BLOCKER,
    CAPITAL,
    COUNTRY,
    CUE,
    GLUED,
    INSTITUTION,
    LABELS,
    MINERAL,
    PREFIX,
    Gazetteer,
    PhraseKey,
    load_gazetteer,
)
from nlp.phrases import SharedPhrases, shared_phrases

LOGGER = logging.getLogger(__name__)

FACTORY_NAME = "oreline_entities"
# the entity keys' name in the phrase matcher shared with the cue lists
READER = "entities"
COMPONENT_VERSION = "oreline.entities.v1"
SPANS_KEY = "oreline"
SET_NAMES = {MINERAL: "minerals", COUNTRY: "countries", BLOC: "blocs"}
# doc.user_data key of the same spans as plain tuples, so readers need no Span objects
FOUND_KEY = "oreline.entities"


class Found(NamedTuple):
    """One entity as the readers of doc.spans use it (same attribute names as a Span)."""

    start: int
    end: int
    label_: str
    kb_id_: str


KINDS = {MINERAL: "mineral", COUNTRY: "country", BLOC: "bloc"}


def _gazetteer(data_dir: str | None) -> Gazetteer:
    """Helper speed9: the default folder's gazetteer under the cache key of a bare
    `load_gazetteer()`, as other readers call it (roles' dateline places): called with None
    or "" it is cached under a key of its own and built a second time (8 MB of phrases)."""
    return load_gazetteer(data_dir) if data_dir else load_gazetteer()


class EntityRecognizer:
    """Phrase matching on lower-case and exact text, then context rules, then spans."""

    def __init__(
        self, nlp: Language, name: str = FACTORY_NAME, *, spans_key: str, data_dir: str | None
    ):
        self.name = name
        self.spans_key = spans_key
        self.data_dir = data_dir
        self.gaz: Gazetteer = _gazetteer(data_dir)
        # One PhraseMatcher pass on lower-case text, shared with the cue lists, finds
        # everything; phrases that must keep their case ("US", not "us") are checked against
        # their exact forms afterwards, cheaper than a second matcher pass over every document.
        self.phrases: SharedPhrases = shared_phrases(nlp, READER)
        self.phrases.pick(READER)
        self.matcher = self.phrases.matcher
        self.strings = nlp.vocab.strings
        self._hashes: dict[str, int] = {}
        self.keys: dict[int, PhraseKey] = {}
        self.exact: dict[PhraseKey, frozenset[str]] = {}
        # the `grouped` table last read and its routes (`_routes`), kept as one pair
        self._routes_of: tuple[dict, dict[int, tuple[str | None, Any]]] | None = None
        for key, phrases in self.gaz.phrases.items():
            if key.label == GLUED:
                docs = _glued_docs(nlp, phrases)
            else:
                docs = list(nlp.tokenizer.pipe(sorted(phrases)))
            if key.cased:
                self.exact[key] = frozenset(doc.text for doc in docs)
            self.keys[self.phrases.add(READER, key.name, docs)] = key

    def __call__(self, doc: Doc) -> Doc:
        tuples = self.file_tuples(doc)
        # labels and ids as hashes: Span would hash the same few strings again for every span
        hashes = self._hashes
        spans = []
        for f in tuples:
            label = hashes.get(f.label_)
            if label is None:
                label = hashes[f.label_] = self.strings.add(f.label_)
            kb_id = hashes.get(f.kb_id_)
            if kb_id is None:
                kb_id = hashes[f.kb_id_] = self.strings.add(f.kb_id_)
            spans.append(Span(doc, f.start, f.end, label=label, kb_id=kb_id))
        doc.spans[self.spans_key] = spans
        return doc

    def file_tuples(self, doc: Doc) -> list[Found]:
        """Find the entities and file them as tuples only (`found` reads them), no spans.

        For a caller that reads the doc through `found` and never hands it out (the
        extractor): a Span costs three Token objects and the SpanGroup more, 1.7 % of the
        instructions of a pass for objects nobody read."""
        tuples: list[Found] = self.find_tuples(doc) if len(doc) else []
        doc.user_data[f"{FOUND_KEY}:{self.spans_key}"] = tuples
        return tuples

    def without_spans(self, doc: Doc) -> Doc:
        """The component's step for such a caller: `file_tuples`, returning the doc."""
        self.file_tuples(doc)
        return doc

    def _candidates(
        self, doc: Doc, ctx: DocContext
    ) -> tuple[dict[str, list], dict[str, list[int]]]:
        """Matches grouped by label, and the positions of cue words by cue list; each list
        in (start, end) order, the order of the shared matches."""
        by_label: dict[str, list] = {label: [] for label in LABELS}
        cue_at: dict[str, list[int]] = {}
        # the shared scan read directly (not through `keyed`). sp39: only the matches of this
        # reader's groups (13 % of all on the development sets), picked in the walk the shared
        # matcher makes anyway to find the anchors of its deferred keys
        routes = self._routes(self.phrases.grouped(READER, self.keys))
        for group, start, end in self.phrases.picked(READER, doc):
            label, route = routes[group]
            if label is not None:  # one uncased key of an entity label (98 % of ours)
                by_label[label].append((start, end, route))
                continue
            for key in route:
                label = key.label
                if key.cased and ctx.span_text(start, end) not in self.exact[key]:
                    continue
                if label == CUE:
                    cue_at.setdefault(key.ids[0], []).append(start)
                elif label == GLUED:
                    glued = self.gaz.glued.get(ctx.span_text(start, end).lower(), ())
                    for part_label, ident in glued:
                        part = PhraseKey(part_label, (ident,), ALIAS, True)
                        by_label[part_label].append((start, end, part))
                else:
                    by_label[label].append((start, end, key))
        return by_label, cue_at

    def _routes(
        self, grouped: dict[int, tuple[PhraseKey, ...]]
    ) -> dict[int, tuple[str | None, Any]]:
        """speed38: {group id: (label, key)} for a group of one uncased key of an entity
        label, which files every match as it is; {group id: (None, keys)} for the rest
        (cased forms, glued tokens, cue words, several keys), whose keys are read one by
        one. Built once for each `grouped` table the shared matcher hands out."""
        cached = self._routes_of
        if cached is not None and cached[0] is grouped:
            return cached[1]
        routes: dict[int, tuple[str | None, Any]] = {}
        for group, keys in grouped.items():
            key = keys[0]
            simple = len(keys) == 1 and not key.cased and key.label in LABELS
            routes[group] = (key.label, key) if simple else (None, keys)
        self._routes_of = (grouped, routes)
        return routes

    def _needs_context(self, ctx: DocContext, start: int, end: int, key: PhraseKey) -> bool:
        """True for a bloc form that is common in other senses ("AU"), see blocs.yaml."""
        if not key.cased:
            return False
        forms = self.gaz.option(BLOC, key.ids[0], "needs_context") or ()
        return bool(forms) and ctx.span_text(start, end) in forms

    def find(self, doc: Doc) -> list[Span]:
        """Every entity span of the document, in text order."""
        return [
            Span(doc, s, e, label=label, kb_id=ident)
            for s, e, label, ident in self.find_tuples(doc)
        ]

    def find_tuples(self, doc: Doc, sent_starts: list[int] | None = None) -> list[Found]:
        """Every entity of the document as (start, end, label_, kb_id_), in text order.
        `sent_starts` gives sentence starts the doc itself does not carry (a title's)."""
        ctx = DocContext(doc, self.gaz, None, sent_starts)
        by_label, cue_at = self._candidates(doc, ctx)
        ctx.cue_at = cue_at
        chosen = {label: longest_first(c, in_order=True) for label, c in by_label.items()}
        entity_tokens = ctx.entity_tokens
        add_token = entity_tokens.add
        # sp40: the countries' loop apart, with no test for the bloc label
        for start, end, key in chosen[COUNTRY]:
            if key.kind != BLOCKER:
                if end - start == 1:  # speed38: most names, one token, no range
                    add_token(start)
                else:
                    entity_tokens.update(range(start, end))
        for start, end, key in chosen[BLOC]:
            if key.kind != BLOCKER:
                if end - start == 1:
                    add_token(start)
                else:
                    entity_tokens.update(range(start, end))
                if not self._needs_context(ctx, start, end, key):
                    ctx.bloc_names.add(key.ids[0])

        out: list[tuple[int, int, str, str]] = []
        countries: list[tuple[int, int, PhraseKey, str]] = []
        prefixes: list[tuple[int, int, PhraseKey, str]] = []
        other_names: set[str] = set()  # capitals' words used in another name here
        country_at = ctx.country_at
        institutions = False  # whether an institution names a country here
        for start, end, key in chosen[COUNTRY]:
            kind = key.kind
            if kind == BLOCKER:
                continue
            if kind == PREFIX:
                prefixes.append((start, end, key, key.ids[0]))
                continue
            ident = resolve_country(ctx, start, end, key)
            if ident is None:
                if capital_in_other_name(ctx, start, end, key):
                    other_names.add(ctx.low(start))
                continue
            countries.append((start, end, key, ident))
            out.append((start, end, COUNTRY, ident))  # sp40: the row, unless a rule below drops it
            if kind == INSTITUTION:
                institutions = True
            elif end - start == 1:  # speed38: most names, one token, no range
                country_at[start] = ident
            else:
                for i in range(start, end):
                    country_at[i] = ident
        if other_names or institutions:
            out.clear()  # the rows are weighed again
            if other_names:
                countries = _one_sense_of_capitals(ctx, countries, other_names)
            # speed38: a document naming no institution keeps every country as it is
            kept = countries
            if institutions:
                kept = [
                    c
                    for c in countries
                    if c[2].kind != INSTITUTION or not institution_shadowed(ctx, c[0], c[1], c[3])
                ]
            # the combining form's mention spans the whole compound ("Anglo-Australian")
            kept.extend(
                (start, end + 2, key, ident)
                for start, end, key, ident in prefixes
                if prefix_of_country(ctx, start, end)
            )
            out.extend(_named_beyond_shared(ctx, kept, self.gaz.shared_institutions))
        else:
            # sp40: no capital's word in another name and no institution: every country row
            # stands as the loop filed it (`_named_beyond_shared` weighs institutions alone)
            out.extend(
                (start, end + 2, COUNTRY, ident)
                for start, end, key, ident in prefixes
                if prefix_of_country(ctx, start, end)
            )

        for start, end, key in chosen[BLOC]:
            if key.kind != BLOCKER and keep_bloc(ctx, start, end, key):
                out.append((start, end, BLOC, key.ids[0]))

        minerals = [c for c in chosen[MINERAL] if c[2].kind != BLOCKER]
        ctx.mineral_spans = minerals
        for start, end, key in minerals:
            if keep_mineral(ctx, start, end, key):
                for ident in key.ids:
                    out.append((start, end, MINERAL, ident))

        new = tuple.__new__  # a NamedTuple's own __new__ is a Python call per entity
        # sp40: repeats dropped keeping the order of `out`, whose runs (countries, blocs,
        # minerals) each stand in text order: the sort merges a few runs instead of sorting
        # a set's hash order (the sorted list of distinct rows is the same)
        # sp40r2: no sort for one row or none
        return [new(Found, f) for f in (sorted(dict.fromkeys(out)) if len(out) > 1 else out)]


def _named_beyond_shared(
    ctx: DocContext,
    countries: list[tuple[int, int, PhraseKey, str]],
    shared: dict[str, frozenset[str]],
) -> list[tuple[int, int, str, str]]:
    """Country mentions, where an institution name other governments also use ("Congress",
    "Ministry of Mines") counts only in a text that names its country some other way: Panama's
    or Chile's Congress is no sign of the United States."""
    rows = []
    pending: list[tuple[int, int, str, str]] = []
    for start, end, key, ident in countries:
        # speed38: the kind first, then the look-up (most mentions are no institution)
        if key.kind == INSTITUTION:
            forms = shared.get(ident)
            if forms and " ".join(ctx.span_text(start, end).lower().split()) in forms:
                pending.append((start, end, COUNTRY, ident))
                continue
        rows.append((start, end, COUNTRY, ident))
    if pending:
        named = {row[3] for row in rows}  # the countries named some other way
        rows.extend(row for row in pending if row[3] in named)
    return rows


def _one_sense_of_capitals(
    ctx: DocContext, countries: list[tuple[int, int, PhraseKey, str]], other_names: set[str]
) -> list[tuple[int, int, PhraseKey, str]]:
    """Drop the bare capital words the text also uses inside another name ("Amman Mineral"
    ... "Amman's smelter"), unless another form names their country ("Jordan", "Jordanian")."""
    named_otherwise = {
        ident
        for start, end, key, ident in countries
        if key.kind != CAPITAL or ctx.span_text(start, end).lower() not in other_names
    }
    return [
        c
        for c in countries
        if c[2].kind != CAPITAL
        or c[3] in named_otherwise
        or ctx.span_text(c[0], c[1]).lower() not in other_names
    ]


def _glued_docs(nlp: Language, phrases: set[str]) -> list[Doc]:
    """Pattern docs for "U.S.-China"-style phrases, built without running the tokenizer.

    Feeding thousands of such strings through the tokenizer first makes spaCy's tokenizer
    ten times slower for the rest of the process (measured on spaCy 3.8), so the first
    token is glued by hand: "U.S.-South Korea" -> ["U.S.-South", "Korea"].
    """
    docs = []
    for phrase in sorted(phrases):
        head, rest = phrase.split(".-", 1) if ".-" in phrase else phrase.split(".\u2013", 1)
        dash = "-" if ".-" in phrase else "\u2013"
        rest_words = [t.text for t in nlp.tokenizer(rest)] if " " in rest or "'" in rest else [rest]
        words = [f"{head}.{dash}{rest_words[0]}", *rest_words[1:]]
        spaces = [True] * (len(words) - 1) + [False]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
    return docs


@Language.factory(
    FACTORY_NAME,
    default_config={"spans_key": SPANS_KEY, "data_dir": None},
)
def make_entity_recognizer(
    nlp: Language, name: str, spans_key: str, data_dir: str | None
) -> EntityRecognizer:
    """Build the component (registered as "oreline_entities", version oreline.entities.v1)."""
    return EntityRecognizer(nlp, name, spans_key=spans_key, data_dir=data_dir)


_FOUND_KEYS: dict[str, str] = {}


def found(doc: Doc, spans_key: str = SPANS_KEY) -> list[Found]:
    """The document's entities as tuples: the component's own list when it ran (filed with
    spans, or alone by `EntityRecognizer.without_spans`), else read from doc.spans[spans_key]
    (spans another component or a test put there)."""
    key = _FOUND_KEYS.get(spans_key)
    if key is None:
        key = _FOUND_KEYS[spans_key] = f"{FOUND_KEY}:{spans_key}"
    tuples = doc.user_data.get(key)
    # sp40r2: the groups' own dict read (`SpanGroups` is a UserDict, whose inherited `get`
    # raises and catches a KeyError, in Python, for a key not filed: most calls)
    spans = doc.spans.data.get(spans_key)
    if tuples is not None and (spans is None or len(tuples) == len(spans)):
        return tuples
    return [Found(s.start, s.end, s.label_, s.kb_id_) for s in spans or []]


def entity_sets(doc: Doc, spans_key: str = SPANS_KEY) -> dict[str, list[str]]:
    """The document's sorted sets of mineral, country and bloc ids, for the prediction."""
    return entity_sets_of(found(doc, spans_key))


def entity_sets_of(entities: Iterable[Found]) -> dict[str, list[str]]:
    """Sorted sets of mineral, country and bloc ids of entities already read."""
    # sp39: the sets kept by label, so an entity's set is one subscript (no `get` call)
    by_label: dict[str, set[str]] = {label: set() for label in SET_NAMES}
    # speed38: unpacked, as `found` gives them (a field read by name is a descriptor call)
    for _start, _end, label, ident in entities:
        try:
            by_label[label].add(ident)
        except KeyError:
            pass  # a label of no set
    # sp40r2: no sort (a builtin's keyword parsing) for one id or none, most sets
    return {
        SET_NAMES[label]: sorted(ids) if len(ids) > 1 else [*ids] for label, ids in by_label.items()
    }


def entity_mentions(doc: Doc, spans_key: str = SPANS_KEY) -> list[dict]:
    """The spans as contract "mentions" rows (sentence index, char offsets, kind, id, text)."""
    spans = list(doc.spans.get(spans_key, []))
    if not spans:
        return []
    sent_of: dict[int, int] = {}
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            sent_of[sent.start] = n
    rows = []
    for span in spans:
        sentence = 0
        if sent_of:
            sentence = sent_of[span.sent.start]
        rows.append(
            {
                "sentence": sentence,
                "start_char": span.start_char,
                "end_char": span.end_char,
                "kind": KINDS[span.label_],
                "norm_id": span.kb_id_,
                "text": span.text,
            }
        )
    return rows
