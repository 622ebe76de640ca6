"""Context rules that decide whether a matched phrase is the entity it looks like.

Pure functions over a spaCy Doc and token offsets; the cue words come from
nlp/data/entity_context.yaml through the gazetteer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from spacy.tokens import Doc

from nlp.gazetteer import (
    BLOC,
    BLOCKER,
    COUNTRY,
    DEMONYM,
    MINERAL,
    Gazetteer,
    PhraseKey,
)

LOGGER = logging.getLogger(__name__)

Candidate = tuple[int, int, PhraseKey]
# Hyphen tokens the tokenizer splits off inside compounds ("silver-haired").
_HYPHENS = {"-", "\u2013", "\u2010"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_OPENERS = {
    '"',
    "\u201c",
    "'",
    "\u2018",
    "(",
    "[",
    ":",
    ";",
    "\u2014",
    "\u2013",
    "-",
    "--",
    "*",
    "\u2022",
}


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping matches (then the leftmost); equal spans all stay."""
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    taken: dict[int, tuple[int, int]] = {}
    kept: list[Candidate] = []
    for start, end, key in ordered:
        owner = {taken.get(i) for i in range(start, end)} - {None}
        if owner and owner != {(start, end)}:
            continue
        for i in range(start, end):
            taken[i] = (start, end)
        kept.append((start, end, key))
    kept.sort(key=lambda c: (c[0], c[1]))
    return kept


class DocContext:
    """Lazily computed facts about one document that several rules share."""

    def __init__(self, doc: Doc, gaz: Gazetteer):
        self.doc = doc
        self.gaz = gaz
        self._lower_text: str | None = None
        self._lower_words: frozenset[str] | None = None
        self.has_sents = doc.has_annotation("SENT_START")
        # token index -> country id, filled once countries are decided
        self.country_at: dict[int, str] = {}
        self.entity_tokens: set[int] = set()

    @property
    def lower_text(self) -> str:
        if self._lower_text is None:
            self._lower_text = self.doc.text.lower()
        return self._lower_text

    @property
    def lower_words(self) -> frozenset[str]:
        if self._lower_words is None:
            self._lower_words = frozenset(t.lower_ for t in self.doc)
        return self._lower_words

    def cues(self, name: str) -> frozenset[str]:
        return self.gaz.context.get(name, frozenset())

    def medical(self, i: int) -> bool:
        """True when the document, or the sentence of token i, speaks of medicine."""
        cues = self.cues("medical_cues")
        if len(self.lower_words & cues) >= 3:
            return True
        s, e = self.sentence(i)
        return any(t.lower_ in cues for t in self.doc[s:e])

    def sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence around token i (a window when there are no sentences)."""
        if self.has_sents:
            sent = self.doc[i].sent
            return sent.start, sent.end
        return max(0, i - 30), min(len(self.doc), i + 30)

    def is_sentence_start(self, i: int) -> bool:
        """True at the first word of a sentence or line, after an opening quote or a colon."""
        j = i
        while j > 0 and self.doc[j - 1].text in _OPENERS:
            j -= 1
        if j == 0 or self.doc[j - 1].is_space or "\n" in self.doc[j - 1].whitespace_:
            return True
        if self.has_sents and self.doc[j].is_sent_start:
            return True
        return self.doc[j - 1].text in {".", "!", "?"}

    def titlecase_sentence(self, i: int) -> bool:
        """True in a headline-style sentence where most words are capitalised."""
        start, end = self.sentence(i)
        words = [t for t in self.doc[start:end] if t.is_alpha and len(t) > 3]
        if len(words) < 3:
            return True
        caps = sum(1 for t in words if t.text[0].isupper())
        return caps / len(words) > 0.6


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def next_words(doc: Doc, end: int, n: int = 3) -> list[str]:
    """Lower-case words after a span, skipping one hyphen ("silver-haired" -> ["haired"])."""
    j = end
    if j < len(doc) and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_:
        j += 1
    return [doc[k].lower_ for k in range(j, min(len(doc), j + n))]


def prev_words(doc: Doc, start: int, n: int = 3) -> list[str]:
    """Lower-case words before a span, nearest last."""
    return [doc[k].lower_ for k in range(max(0, start - n), start)]


def _ends_with(words: list[str], cues: Iterable[str]) -> bool:
    for cue in cues:
        parts = cue.split()
        if parts and words[-len(parts) :] == parts:
            return True
    return False


def _starts_with(words: list[str], cues: Iterable[str]) -> bool:
    for cue in cues:
        parts = cue.split()
        if parts and words[: len(parts)] == parts:
            return True
    return False


def is_capitalised(doc: Doc, start: int, end: int) -> bool:
    """A name written as one: its first word (after "the") starts with a capital letter."""
    for i in range(start, end):
        text = doc[i].text
        if doc[i].lower_ == "the" and i + 1 < end:
            continue
        return text[:1].isupper()
    return False


def is_dateline(ctx: DocContext, start: int, end: int) -> bool:
    """ "SYDNEY (Reuters) -" or "HONG KONG —": a place at a line start before dateline punctuation."""
    doc = ctx.doc
    if not ctx.is_sentence_start(start) or end >= len(doc):
        return False
    span_text = doc[start:end].text
    nxt = doc[end].text
    if nxt not in ctx.cues("dateline_punct"):
        return False
    if span_text.isupper() and len(span_text) > 2:
        return True
    # Title-case datelines: "Beijing, July 3 (Reuters) -" or "Jakarta (AP) —"
    tail = {doc[k].text for k in range(end, min(len(doc), end + 8))}
    return bool(
        tail & {"Reuters", "AFP", "AP", "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "Reuters)"}
    )


def _company_name(ctx: DocContext, start: int, end: int) -> bool:
    """A capitalised mineral word inside a company name ("Lithium Americas", "Piedmont Lithium")."""
    doc = ctx.doc
    if not doc[start].text[:1].isupper() or doc[start].is_upper and len(doc[start]) > 2:
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper():
        if after.lower_ in ctx.cues("company_suffixes_strong"):
            return True
        if ctx.titlecase_sentence(start):
            return False
        if after.lower_ in ctx.cues("company_suffixes"):
            return True
    elif ctx.titlecase_sentence(start):
        return False
    if start > 0 and not ctx.is_sentence_start(start):
        before = doc[start - 1]
        if before.is_alpha and before.text[:1].isupper() and (start - 1) not in ctx.entity_tokens:
            return True
    return False


def _mineral_coordinated(ctx: DocContext, start: int, end: int, minerals: set[int]) -> bool:
    """True when another mineral stands next to this one across "and", "," or "/"."""
    coords = ctx.cues("coordinators")
    doc = ctx.doc
    for step, edge in ((-1, start - 1), (1, end)):
        i = edge
        hops = 0
        while 0 <= i < len(doc) and doc[i].lower_ in coords and hops < 2:
            i += step
            hops += 1
        if hops and i in minerals:
            return True
    return False


def _commodity_context(
    ctx: DocContext, start: int, end: int, minerals: set[int], *, market: bool = False
) -> bool:
    """Whether an ambiguous word ("lead") is the metal: commodity cue next to it or coordination.

    With market=True the health words ("exposure", "poisoning") do not count as cues.
    """
    doc = ctx.doc
    after = next_words(doc, end, 1)
    cues = ctx.cues("commodity_cues_after")
    if market:
        cues = cues - ctx.cues("health_words")
    if after and after[0] in cues:
        return True
    before = _word(doc, start - 1)
    if before == "of":
        if _word(doc, start - 2) in ctx.cues("commodity_nouns_before_of"):
            return True
    elif before in ctx.cues("commodity_cues_before"):
        return True
    return _mineral_coordinated(ctx, start, end, minerals)


def keep_mineral(ctx: DocContext, start: int, end: int, key: PhraseKey, minerals: set[int]) -> bool:
    """Decide whether a mineral phrase names the commodity here."""
    doc = ctx.doc
    gaz = ctx.gaz
    ident = key.ids[0]
    bare = end - start == 1
    if key.cased is False and doc[start].is_upper and len(doc[start]) <= 3 and bare:
        return False  # "REE" is matched cased; "TIN"/"LEAD" in capitals is an acronym
    excl_next = gaz.option(MINERAL, ident, "exclude_next") or ()
    if excl_next and _starts_with(next_words(doc, end, 3), excl_next):
        return False
    excl_prev = gaz.option(MINERAL, ident, "exclude_prev") or ()
    if bare and excl_prev and _ends_with(prev_words(doc, start, 3), excl_prev):
        return False
    if _company_name(ctx, start, end):
        return False
    excl_sent = gaz.option(MINERAL, ident, "exclude_sentence") or ()
    if bare and excl_sent:
        s, e = ctx.sentence(start)
        if any(t.lower_ in excl_sent for t in doc[s:e]):
            return False
    if gaz.option(MINERAL, ident, "medical") and ctx.medical(start):
        if not _commodity_context(ctx, start, end, minerals, market=True):
            return False
    if gaz.option(MINERAL, ident, "needs_context") and bare:
        return _commodity_context(ctx, start, end, minerals)
    return True


def _person_name(ctx: DocContext, start: int, end: int) -> bool:
    """ "Jordan Peterson", "Michael Jordan": a country word next to another capitalised name."""
    doc = ctx.doc
    if end - start != 1 or ctx.titlecase_sentence(start):
        return False
    neighbours = ctx.cues("country_name_neighbours")
    if end < len(doc):
        nxt = doc[end]
        if nxt.is_alpha and nxt.text[:1].isupper() and nxt.lower_ not in neighbours:
            if end not in ctx.entity_tokens:
                return True
    if start > 0 and not ctx.is_sentence_start(start):
        prev = doc[start - 1]
        if prev.is_alpha and prev.text[:1].isupper() and prev.lower_ not in neighbours:
            if (start - 1) not in ctx.entity_tokens:
                return True
    return False


def _us_state(ctx: DocContext, start: int, end: int, ident: str) -> bool:
    """Georgia or Washington named as a US state, not the country or the US government."""
    doc = ctx.doc
    word = doc[start:end].text.lower()
    before = _word(doc, start - 1)
    if word == "washington":
        after = next_words(doc, end, 1)
        if after and after[0] in ctx.cues("washington_not_government_after"):
            return True
        if before in ctx.cues("washington_not_government_before"):
            return True
        return before == "of" and _word(doc, start - 2) == "state"
    if word == "georgia" and ident == "GEO":
        if ctx.lower_words & ctx.cues("georgia_country_cues"):
            return False
        if before == "of" and _word(doc, start - 2) == "state":
            return True
        s, e = ctx.sentence(start)
        words = {t.lower_ for t in doc[s:e]}
        if words & ctx.cues("us_state_cues"):
            return True
        # "Atlanta, Georgia": a capitalised place and a comma before it
        if before == "," and start >= 2 and doc[start - 2].text[:1].isupper():
            return (start - 2) not in ctx.entity_tokens
        after = next_words(doc, end, 1)
        return bool(after) and after[0] == "based"
    return False


def congo_id(ctx: DocContext) -> str:
    """COG when the document places "Congo" in Brazzaville and never in Kinshasa, else COD."""
    text = ctx.lower_text
    if any(cue in text for cue in ctx.cues("congo_republic_cues")):
        if not any(cue in text for cue in ("kinshasa", "democratic republic", "drc", "dr congo")):
            return "COG"
    return "COD"


def resolve_country(ctx: DocContext, start: int, end: int, key: PhraseKey) -> str | None:
    """The ISO3 id a country phrase stands for here, or None when it is not a country mention."""
    doc = ctx.doc
    ident = key.ids[0]
    if not key.cased and not is_capitalised(doc, start, end):
        return None
    if is_dateline(ctx, start, end):
        return None
    if ctx.gaz.option(COUNTRY, ident, "person_name") and _person_name(ctx, start, end):
        return None
    if ident in ("USA", "GEO") and _us_state(ctx, start, end, ident):
        return None
    if ident == "COD" and key.kind in ("alias", DEMONYM):
        words = doc[start:end].text.lower()
        if words in ("congo", "congolese"):
            return congo_id(ctx)
    return ident


def institution_shadowed(ctx: DocContext, start: int, end: int, ident: str) -> bool:
    """ "China's Commerce Ministry", "Export-Import Bank of Korea": the named country wins.

    A one-word institution inside another name ("African National Congress", "Congress of
    South African Trade Unions") is no institution of the country either.
    """
    doc = ctx.doc
    if end - start == 1 and not doc[start].is_upper:
        if start > 0 and not ctx.is_sentence_start(start):
            prev = doc[start - 1]
            if prev.is_alpha and prev.text[:1].isupper() and (start - 1) not in ctx.entity_tokens:
                return True
        if _word(doc, end) == "of" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            if (end + 1) not in ctx.entity_tokens:
                return True
    j = start - 1
    if j >= 0 and doc[j].text in _POSSESSIVE:
        j -= 1
    other = ctx.country_at.get(j)
    if other and other != ident:
        return True
    if _word(doc, end) == "of":
        other = ctx.country_at.get(end + 1) or ctx.country_at.get(end + 2)
        if other and other != ident:
            return True
    return False


def keep_bloc(ctx: DocContext, start: int, end: int, key: PhraseKey) -> bool:
    """Decide whether a bloc phrase names the bloc here."""
    doc = ctx.doc
    ident = key.ids[0]
    if not key.cased and not is_capitalised(doc, start, end):
        return False
    if is_dateline(ctx, start, end):
        return False
    if ctx.gaz.option(BLOC, ident, "needs_context"):
        if key.cased and end - start == 1:
            return _bloc_context(ctx, start, end)
    return True


def _bloc_context(ctx: DocContext, start: int, end: int) -> bool:
    """ "AU" counts beside a bloc word ("AU summit") or in a text that names the African Union."""
    doc = ctx.doc
    if "african union" in ctx.lower_text:
        return True
    cues = ctx.cues("bloc_cues")
    after = next_words(doc, end, 1)
    if after and after[0] in cues:
        return True
    if _word(doc, start - 1) == "the" and ctx.lower_words & ctx.cues("bloc_context_words"):
        return after[:1] != ["$"]
    return False


__all__ = [
    "BLOCKER",
    "DocContext",
    "congo_id",
    "institution_shadowed",
    "is_capitalised",
    "is_dateline",
    "keep_bloc",
    "keep_mineral",
    "longest_first",
    "next_words",
    "resolve_country",
]
