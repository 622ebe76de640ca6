"""Context rules that decide whether a matched phrase is the entity it looks like.

Pure functions over a spaCy Doc and token offsets; the cue words come from
nlp/data/entity_context.yaml through the gazetteer.
"""

from __future__ import annotations

import bisect
import logging
import operator
from collections.abc import Iterable

from spacy.tokens import Doc

from nlp.gazetteer import (
    ALIAS,
    BLOC,
    BLOCKER,
    CAPITAL,
    DEMONYM,
    MINERAL,
    Gazetteer,
    PhraseKey,
)

# TEXT_KEY: the events component reads the key from here
from nlp.token_arrays import TEXT_KEY, token_arrays

LOGGER = logging.getLogger(__name__)

Candidate = tuple[int, int, PhraseKey]
# Hyphen tokens the tokenizer splits off inside compounds ("silver-haired").
_HYPHENS = {"-", "\u2013", "\u2010"}
_NO_OPTIONS: dict = {}
# kinds of country phrase a local place's name may hold ("Lisbon Valley")
_PLACE_KINDS = frozenset((ALIAS, CAPITAL))
# kinds of country word another place's own name may open or close ("Santiago del Estero",
# "New Ireland", "Lao Cai")
_NAMING_KINDS = frozenset((ALIAS, CAPITAL, DEMONYM))
# the tokens after a demonym, besides a noun of speech, that may end a language's name ("in
# Portuguese,", "(French:", "in French and English", "known in Chinese as", "French-speaking";
# "" at the text's end)
_LANGUAGE_AFTER = frozenset((",", ".", ":", ";", ")", "and", "or", "as", "", *_HYPHENS))
# how many words a list of places may run before its "provinces" ("Lao Cai and Yen Bai provinces")
_PLACE_LIST_REACH = 8
_NO_CUES: frozenset[str] = frozenset()
_BOUNDS = operator.itemgetter(0, 1)
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


def longest_first(candidates: list[Candidate], *, in_order: bool = False) -> list[Candidate]:
    """Keep the longest of overlapping matches (then the leftmost); equal spans all stay.

    `in_order`: the candidates already stand in (start, end) order, as `_candidates` lists
    them from the matcher's, so the stable sort by bounds would leave them as they are
    (speed37: it is skipped, a key call per candidate)."""
    if len(candidates) < 2:
        return list(candidates)
    ordered = list(candidates) if in_order else sorted(candidates, key=_BOUNDS)
    previous_end = -1
    for start, end, _key in ordered:
        if previous_end > start:
            break
        previous_end = end
    else:
        return ordered
    # speed38: only runs of candidates that overlap one another are weighed (most
    # candidates of a document with an overlap still stand alone). Two runs share no
    # token, so the choice within one never depends on another, and runs in text order
    # give the text order the whole sort by bounds gives.
    kept: list[Candidate] = []
    run: list[Candidate] = []
    reach = -1  # the end of the run so far
    for candidate in ordered:
        start, end, _key = candidate
        if start < reach:
            run.append(candidate)
            if end > reach:
                reach = end
            continue
        if len(run) > 1:
            kept += _longest_of_run(run)
        elif run:
            kept.append(run[0])
        run = [candidate]
        reach = end
    if len(run) > 1:
        kept += _longest_of_run(run)
    else:
        kept.append(run[0])
    return kept


def _longest_of_run(run: list[Candidate]) -> list[Candidate]:
    """`longest_first` of candidates in (start, end) order that overlap one another."""
    if len(run) == 2:
        # sp40: most runs are two matches ("South Africa", "Africa"): the longer wins, the
        # first of equal lengths (it starts earlier); the same bounds twice both stay
        a, b = run
        if a[0] == b[0] and a[1] == b[1]:
            return run
        return [b] if b[1] - b[0] > a[1] - a[0] else [a]
    run.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: dict[int, tuple[int, int]] = {}
    kept: list[Candidate] = []
    for start, end, key in run:
        span = (start, end)
        if end - start == 1:  # most matches: one token, no generator
            if taken.setdefault(start, span) != span:
                continue
        else:
            # sp40r2: a plain loop, no generator for `any`
            clash = False
            for i in range(start, end):
                if taken.get(i, span) != span:
                    clash = True  # a token already belongs to a longer or earlier match
                    break
            if clash:
                continue
            for i in range(start, end):
                taken[i] = span
        kept.append((start, end, key))
    kept.sort(key=_BOUNDS)
    return kept


class DocContext:
    """Facts about one document that several rules share, computed only when a rule asks.

    Rules read a handful of tokens around each match; words that matter anywhere in a
    sentence or document (medical words, US-state names) come as cue matches from the same
    PhraseMatcher pass, so no rule walks the whole document in Python. Token text and
    sentence bounds come from the doc's shared token arrays, not from Token or Span objects.
    """

    def __init__(
        self,
        doc: Doc,
        gaz: Gazetteer,
        cue_at: dict[str, list[int]] | None = None,
        sent_starts: list[int] | None = None,
    ):
        self.doc = doc
        self.gaz = gaz
        self.n = len(doc)
        self.cue_at = cue_at or {}
        self.arrays = token_arrays(doc)
        self.text = self.arrays.token_text
        self._texts = self.arrays._texts
        self.span_text = self.arrays.span_text
        # sp40: the text and token offsets, for the hottest rules to slice a token's text out
        # in place of a `text` call (three reads in four are a token's first)
        self.offsets = (self.arrays.text, self.arrays.starts, self.arrays.ends)
        if sent_starts is not None:
            self.has_sents = True
            self._starts = sent_starts
        else:
            self.has_sents = self.arrays.sentences_known
            self._starts = None
        self._sent_set: set[int] | None = None
        self._titlecase: dict[tuple[int, int], bool | None] = {}
        self._lower_text: str | None = None
        self._doc_has: dict[str, int] = {}
        # the punctuation after a place that makes it a dateline ("SYDNEY -"), read by every
        # country mention
        self.dateline_punct = self.cues("dateline_punct")
        # s43: the words around a country's word that may make it part of a place's name or
        # a language's, read by every one-word mention
        self.place_joints = self.cues("place_joints")
        self.place_words_before = self.cues("place_words_before")
        self.language_nouns = self.cues("language_nouns_after")
        # token index -> country id, filled once countries are decided
        self.country_at: dict[int, str] = {}
        self.entity_tokens: set[int] = set()
        self.bloc_names: set[str] = set()
        # the mineral matches the rules weigh, and their edge tokens once a rule asks
        self.mineral_spans: list[Candidate] = []
        self._mineral_tokens: set[int] | None = None

    # -- words -------------------------------------------------------------------------
    # speed37: the three read a token's text kept by the arrays directly (`_texts`, None
    # until first read: then `text` reads it), one Python call fewer each; a token's text is
    # never empty, so `or` falls through on None alone
    def low(self, i: int) -> str:
        """The token's lower-case text ("" outside the document)."""
        if 0 <= i < self.n:
            return (self._texts[i] or self.text(i)).lower()
        return ""

    def is_alpha(self, i: int) -> bool:
        if 0 <= i < self.n:
            return (self._texts[i] or self.text(i)).isalpha()
        return False

    def is_cap(self, i: int) -> bool:
        """The token starts with a capital letter."""
        if 0 <= i < self.n:
            return (self._texts[i] or self.text(i))[:1].isupper()
        return False

    def next_words(self, end: int, n: int = 3) -> list[str]:
        """Lower-case words after a span, skipping one hyphen ("silver-haired" -> ["haired"])."""
        j = end
        # sp40: every k lies inside the document: each text sliced out in place
        source, starts, ends = self.offsets
        if j < self.n and source[starts[j] : ends[j]] in _HYPHENS:
            j += 1
        # sp40r2: the bound by comparison, no builtin min() (keyword parsing)
        stop = j + n
        if stop > self.n:
            stop = self.n
        return [source[starts[k] : ends[k]].lower() for k in range(j, stop)]

    def prev_words(self, start: int, n: int = 3) -> list[str]:
        """Lower-case words before a span, nearest last."""
        source, starts, ends = self.offsets  # sp40: as in `next_words`
        first = start - n  # sp40r2: by comparison, as in `next_words`
        return [
            source[starts[k] : ends[k]].lower() for k in range(first if first > 0 else 0, start)
        ]

    @property
    def mineral_tokens(self) -> set[int]:
        """The first and last token of each mineral match (the coordination rules look only
        outside a span, so its own edges do no harm). speed38: made when a rule first asks
        (for about one mineral in fifty), not for every document."""
        if self._mineral_tokens is None:
            spans = self.mineral_spans
            self._mineral_tokens = {i for start, end, _ in spans for i in (start, end - 1)}
        return self._mineral_tokens

    # -- document and sentence facts ------------------------------------------------------
    @property
    def lower_text(self) -> str:
        if self._lower_text is None:
            self._lower_text = self.arrays.text.lower()
        return self._lower_text

    def cues(self, name: str) -> frozenset[str]:
        return self.gaz.context.get(name, _NO_CUES)

    def doc_has(self, name: str) -> int:
        """How many distinct cue words of a list the document contains."""
        count = self._doc_has.get(name)
        if count is None:
            count = len({self.low(i) for i in self.cue_at.get(name, ())})
            self._doc_has[name] = count
        return count

    def sentence_has(self, i: int, name: str) -> bool:
        """True when the sentence of token i contains a cue word of the named list."""
        positions = self.cue_at.get(name)
        if not positions:
            return False
        s, e = self.sentence(i)
        return any(s <= p < e for p in positions)

    def _sent_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = self.arrays.sent_starts
        return self._starts

    def sentence(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence around token i (a window when there are no sentences)."""
        if not self.has_sents:
            return max(0, i - 30), min(self.n, i + 30)
        starts = self._sent_starts()
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else self.n

    def medical(self, i: int) -> bool:
        """True when the document, or the sentence of token i, speaks of medicine."""
        if self.doc_has("medical_cues") >= 3:
            return True
        return self.sentence_has(i, "medical_cues")

    def is_sentence_start(self, i: int) -> bool:
        """True at the first word of a sentence or line, after an opening quote or a colon."""
        # sp39: the word before j read once for the three tests (sp40: sliced in place)
        source, starts, ends = self.offsets
        j = i
        while j > 0:
            before = source[starts[j - 1] : ends[j - 1]]
            if before not in _OPENERS:
                break
            j -= 1
        else:
            return True  # j == 0
        if before.isspace():
            return True
        if self.has_sents:
            if self._sent_set is None:
                self._sent_set = set(self._sent_starts())
            if j in self._sent_set:
                return True
        return before in {".", "!", "?"}

    def titlecase_sentence(self, start: int, end: int | None = None, short: bool = True) -> bool:
        """True in a headline-style sentence where most words are capitalised.

        The run of capitalised words around the span (a name such as "Rare Earth Industry
        Association") and country or bloc names are left out of the count.
        """
        end = start + 1 if end is None else end
        s, e = self.sentence(start)
        left, right = start, end
        while left > s and self.is_cap(left - 1) and self.is_alpha(left - 1):
            left -= 1
        while right < e and self.is_cap(right) and self.is_alpha(right):
            right += 1
        key = (left, right)
        if key in self._titlecase:
            cached = self._titlecase[key]
        else:
            words, caps = self._long_words(s, e, left, right)
            cached = None if words < 2 else caps / words > 0.6
            self._titlecase[key] = cached
        return short if cached is None else cached

    def _long_words(self, s: int, e: int, left: int, right: int) -> tuple[int, int]:
        """How many words of more than three letters tokens s..e-1 hold outside left..right-1
        and the entity names, and how many of them are capitalised. speed38: a token's
        length read from its offsets first, so short tokens (most) are never sliced out."""
        text, entity_tokens = self.arrays.text, self.entity_tokens
        starts, ends = self.arrays.starts, self.arrays.ends
        words = caps = 0
        # sp40: the tokens before left and from right on walked apart, with no range test a
        # token (s <= left <= right; a range past e is empty)
        for low, high in ((s, left), (right, e)):
            for i, a, b in zip(range(low, high), starts[low:high], ends[low:high], strict=True):
                if b - a > 3 and i not in entity_tokens:
                    w = text[a:b]
                    if w.isalpha():
                        words += 1
                        caps += w[0].isupper()
        return words, caps


# speed37: a cue list's phrases as word tuples by length, made once per list
_BY_LENGTH: dict[frozenset[str], tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {}


def _by_length(cues: Iterable[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The cues' phrases split into words, grouped by their length in words ((n, {words})),
    so a test reads a set once per length instead of splitting every phrase at every match.
    The gazetteer's lists are frozensets and key a cache; any other iterable is split anew."""
    cached = _BY_LENGTH.get(cues) if isinstance(cues, frozenset) else None
    if cached is None:
        groups: dict[int, set[tuple[str, ...]]] = {}
        for cue in cues:
            parts = tuple(cue.split())
            if parts:
                groups.setdefault(len(parts), set()).add(parts)
        cached = tuple((n, frozenset(p)) for n, p in sorted(groups.items()))
        if isinstance(cues, frozenset):
            _BY_LENGTH[cues] = cached
    return cached


def _ends_with(words: list[str], cues: Iterable[str]) -> bool:
    """Whether the words end with one of the cue phrases (a phrase longer than the words
    never does: the tail is then shorter than the phrase)."""
    for n, phrases in _by_length(cues):
        if tuple(words[-n:]) in phrases:
            return True
    return False


def _starts_with(words: list[str], cues: Iterable[str]) -> bool:
    """Whether the words start with one of the cue phrases."""
    for n, phrases in _by_length(cues):
        if tuple(words[:n]) in phrases:
            return True
    return False


def is_capitalised(ctx: DocContext, start: int, end: int) -> bool:
    """A name written as one: its first word (after "the") starts with a capital letter.
    speed38: the span's words read once each (both lie inside the document)."""
    word = ctx.text(start)
    if start + 1 < end and word.lower() == "the":
        word = ctx.text(start + 1)
    return word[:1].isupper()


def is_dateline(ctx: DocContext, start: int, end: int) -> bool:
    """ "SYDNEY (Reuters) -" or "HONG KONG —": a place at a line start before dateline punctuation.
    A report filed from two bureaus names both ("BEIJING/WASHINGTON, Oct 9 (Reuters) -")."""
    if end >= ctx.n:
        return False
    source, starts, ends = ctx.offsets
    after = source[starts[end] : ends[end]]  # sp40: sliced in place, no `text` call
    if after == "/" or (start > 1 and source[starts[start - 1] : ends[start - 1]] == "/"):
        start, end = _bureaus(ctx, start, end)
        if end >= ctx.n:
            return False
        after = source[starts[end] : ends[end]]
    if after not in ctx.dateline_punct:
        return False
    if after == "-" and _joined(ctx, end - 1, end) and _joined(ctx, end, end + 1):
        return False  # "ASEAN-China trade": a hyphenated compound, not "SYDNEY - "
    if not ctx.is_sentence_start(start):
        return False
    span_text = ctx.span_text(start, end)
    if span_text.isupper() and len(span_text) > 2:
        return True
    # Title-case datelines: "Beijing, July 3 (Reuters) -" or "Jakarta (AP) —"
    tail = {source[starts[k] : ends[k]] for k in range(end, min(ctx.n, end + 8))}
    return not tail.isdisjoint(ctx.gaz.context.get("news_agencies_cased", ()))


def _bureaus(ctx: DocContext, start: int, end: int) -> tuple[int, int]:
    """The bounds of the places a slash joins around the place at start:end ("BEIJING/
    WASHINGTON", "HONG KONG/SINGAPORE"), each word capitalised and each slash written tight."""
    source, starts, ends = ctx.offsets
    while (
        start > 1
        and source[starts[start - 1] : ends[start - 1]] == "/"
        and _joined(ctx, start - 2, start - 1)
        and _joined(ctx, start - 1, start)
        and ctx.is_alpha(start - 2)
        and ctx.is_cap(start - 2)
    ):
        start -= 2
        while start > 0 and ctx.is_alpha(start - 1) and ctx.is_cap(start - 1):
            start -= 1  # the first words of a place of several ("HONG KONG/...")
    while (
        end + 1 < ctx.n
        and source[starts[end] : ends[end]] == "/"
        and _joined(ctx, end - 1, end)
        and _joined(ctx, end, end + 1)
        and ctx.is_alpha(end + 1)
        and ctx.is_cap(end + 1)
    ):
        end += 2
        while end < ctx.n and ctx.is_alpha(end) and ctx.is_cap(end):
            end += 1
    return start, end


def _joined(ctx: DocContext, i: int, j: int) -> bool:
    """True when no space separates token i from the next token j."""
    starts, ends = ctx.arrays.starts, ctx.arrays.ends
    return 0 <= i and j < ctx.n and ends[i] == starts[j]


def _company_name(ctx: DocContext, start: int, end: int) -> bool:
    """A capitalised mineral word inside a name ("Lithium Americas", "Korea Zinc", "Graphite One")."""
    first = ctx.text(start)
    if not first[:1].isupper() or (first.isupper() and len(first) > 2):
        return False
    after_cap = ctx.is_alpha(end) and ctx.is_cap(end)
    if after_cap and ctx.low(end) in ctx.cues("company_suffixes_strong"):
        return True
    # sp40: a headline-style sentence says no name, so it matters only where the words around
    # would say one; they are read first (the tests are pure) and the sentence's words, a
    # walk over all of them, only then
    if after_cap and ctx.low(end) in ctx.cues("company_suffixes"):
        named = True
    elif after_cap and _policy_title(ctx, end):
        return False
    elif ctx.is_sentence_start(start):
        return False
    else:
        # Mid-sentence, a capitalised mineral word touching another capitalised word is a name.
        named = (after_cap and end not in ctx.entity_tokens) or (
            ctx.is_alpha(start - 1) and ctx.is_cap(start - 1)
        )
    return named and not ctx.titlecase_sentence(start, end)


# how far a policy's title may run on after its mineral word ("Lithium Industry Development Plan")
_POLICY_TITLE_REACH = 4


def _policy_title(ctx: DocContext, end: int) -> bool:
    """ "its National Lithium Strategy", "the Cobalt Export Regulations": the capitalised run
    after the mineral ends in a policy's head noun, so it titles a measure on the mineral,
    not a firm, and the mineral is the measure's."""
    last = end
    stop = end + _POLICY_TITLE_REACH
    while last + 1 < stop and ctx.is_alpha(last + 1) and ctx.is_cap(last + 1):
        last += 1
    return ctx.low(last) in ctx.cues("policy_title_heads")


def _mineral_coordinated(ctx: DocContext, start: int, end: int, minerals: set[int]) -> bool:
    """True when another mineral stands next to this one across "and", "," or "/"."""
    coords = ctx.cues("coordinators")
    for step, edge in ((-1, start - 1), (1, end)):
        i = edge
        hops = 0
        while 0 <= i < ctx.n and ctx.low(i) in coords and hops < 2:
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
    after = ctx.next_words(end, 1)
    cues = ctx.cues("commodity_cues_after")
    subject = after and after[0] in ctx.cues("subject_cues_after")
    if subject and not market and ctx.is_cap(start):
        # "Lead is toxic", "Lead will be phased out": the capitalised subject of a sentence
        if ctx.is_sentence_start(start):
            return True
    if market:
        cues = cues - ctx.cues("health_words")
    if after and after[0] in cues:
        return True
    before = ctx.low(start - 1)
    if before == "of" or before == "for":
        if ctx.low(start - 2) in ctx.cues("commodity_nouns_before_of"):
            return True
    elif before in ctx.cues("commodity_cues_before"):
        return True
    return _mineral_coordinated(ctx, start, end, minerals) or _mineral_parallel(
        ctx, start, minerals
    )


def _mineral_parallel(ctx: DocContext, start: int, minerals: set[int]) -> bool:
    """ "16% for cobalt, 85% for lead": the same preposition stands before another mineral of
    the sentence, so the word is one item of a list of minerals."""
    before = ctx.low(start - 1)
    if before not in ctx.cues("parallel_prepositions"):
        return False
    after = ctx.text(start + 1)
    # a list item ends at a comma, "and", a verb ("is") or the sentence's end, not at a noun
    # ("lead roles")
    if after and after.isalnum():
        word = after.lower()
        if word not in ctx.cues("coordinators") and word not in ctx.cues("subject_cues_after"):
            return False
    s, e = ctx.sentence(start)
    word = ctx.low(start)
    return any(
        s < m < e and m != start and ctx.low(m - 1) == before and ctx.low(m) != word
        for m in minerals
    )


def keep_mineral(ctx: DocContext, start: int, end: int, key: PhraseKey) -> bool:
    """Decide whether a mineral phrase names the commodity here (among the document's
    `ctx.mineral_spans`)."""
    gaz = ctx.gaz
    ident = key.ids[0]
    bare = end - start == 1
    source, starts, ends = ctx.offsets
    first = source[starts[start] : ends[start]]  # sp40: sliced in place, no `text` call
    if bare and not key.cased and first.isupper() and len(first) <= 4:
        return False  # "REE" is matched cased; "TIN"/"LEAD" in capitals is an acronym
    opts = gaz.options.get((MINERAL, ident), _NO_OPTIONS)
    excl_next = opts.get("exclude_next")
    if excl_next and _starts_with(ctx.next_words(end, 3), excl_next):
        return False
    excl_prev = opts.get("exclude_prev")
    if bare and excl_prev and _ends_with(ctx.prev_words(start, 3), excl_prev):
        return False
    # speed38: a name needs a capitalised first word (the first test of `_company_name`)
    if first[:1].isupper() and _company_name(ctx, start, end):
        return False
    # sp40r2: the cue list looked up here first (most minerals have none), `sentence_has`
    # called only when it holds a position
    if bare and ctx.cue_at.get(f"exclude_sentence:{ident}"):
        if ctx.sentence_has(start, f"exclude_sentence:{ident}"):
            return False
    if opts.get("medical") and ctx.medical(start):
        if not _commodity_context(ctx, start, end, ctx.mineral_tokens, market=True):
            return False
    needs = opts.get("needs_context")
    if needs and bare and (needs is True or ctx.low(start) in needs):
        return _commodity_context(ctx, start, end, ctx.mineral_tokens)
    return True


def _person_name(ctx: DocContext, start: int, end: int) -> bool:
    """ "Jordan Peterson", "Michael Jordan": a country word next to another capitalised name."""
    if end - start != 1:
        return False
    neighbours = ctx.cues("country_name_neighbours")
    candidates = []
    if ctx.is_alpha(end) and ctx.is_cap(end) and ctx.low(end) not in neighbours:
        candidates.append(end)
    prev = start - 1
    if ctx.is_alpha(prev) and ctx.is_cap(prev) and ctx.low(prev) not in neighbours:
        if not ctx.is_sentence_start(start):
            candidates.append(prev)
    candidates = [i for i in candidates if i not in ctx.entity_tokens]
    return bool(candidates) and not ctx.titlecase_sentence(start, end, short=False)


def _us_state(ctx: DocContext, start: int, end: int, ident: str) -> bool:
    """Georgia or Washington named as a US state, not the country or the US government."""
    word = ctx.low(start) if end - start == 1 else ""
    before = ctx.low(start - 1)
    if word == "washington":
        after = ctx.next_words(end, 1)
        if after and after[0] in ctx.cues("washington_not_government_after"):
            return True
        if before in ctx.cues("washington_not_government_before"):
            return True
        return before == "of" and ctx.low(start - 2) == "state"
    if word == "georgia" and ident == "GEO":
        if ctx.doc_has("georgia_country_cues"):
            return False
        if before == "of" and ctx.low(start - 2) == "state":
            return True
        if ctx.sentence_has(start, "us_state_cues") or ctx.doc_has("us_places"):
            return True
        # "Atlanta, Georgia": a capitalised place and a comma before it
        if before == "," and ctx.is_cap(start - 2) and ctx.is_alpha(start - 2):
            return (start - 2) not in ctx.entity_tokens
        return ctx.next_words(end, 1) == ["based"]
    return False


def _local_place(ctx: DocContext, end: int) -> bool:
    """ "Lisbon Valley", "Mexico Street": the name is part of a local place's name; "Jordan,
    Minnesota", "Kingston, Ontario": a town in a state or province."""
    after = ctx.text(end)  # speed38: read once ("" past the end: no capital, no comma)
    if after[:1].isupper() and after.lower() in ctx.cues("place_nouns_after"):
        return True
    if after != "," or not ctx.is_cap(end + 1):
        return False
    states = ctx.cues("subnational_after_comma")
    return ctx.low(end + 1) in states or f"{ctx.low(end + 1)} {ctx.low(end + 2)}" in states


def _names_other_place(
    ctx: DocContext, start: int, end: int, kind: str, after: str, after_cap: bool
) -> bool:
    """ "Santiago del Estero", "Nueva Esparta", "New Ireland", "Lao Cai province": the word is
    part of a place's own name (in Argentina, Papua New Guinea, Vietnam), not its country.
    The word after and the word before pass a set test first: most mentions pass none."""
    if after in ctx.place_joints:
        # "X del Y" opens a name ("Cámara Argentina de ..." is a body of the country, and
        # "Santiago de Chile" names the country itself)
        nxt = end + 1
        return (
            ctx.is_alpha(nxt)
            and ctx.is_cap(nxt)
            and nxt not in ctx.entity_tokens
            and not (ctx.is_alpha(start - 1) and ctx.is_cap(start - 1))
        )
    if kind != DEMONYM:
        before = ctx.low(start - 1)
        if before not in ctx.place_words_before or not ctx.is_cap(start - 1):
            return False
        if before != "new":
            return True
        # "New China rules" opening a sentence, a dateline's body or a headline is the adjective
        return (
            ctx.text(start - 2) not in _OPENERS
            and not ctx.is_sentence_start(start - 1)
            and not ctx.titlecase_sentence(start, end)
        )
    # a demonym is an adjective after "New" ("New Swiss rules"), and one before an article's
    # noun too ("the Chilean Atacama region")
    if not after_cap or end in ctx.entity_tokens or not ctx.is_alpha(end):
        return False
    if ctx.low(start - 1) in ("the", "a", "an"):
        return False
    # "in Lao Cai province", "Thai Nguyen and Bac Kan provinces": a demonym opening a two-word
    # name in a list of capitalised places that ends in a sub-national unit
    nouns = ctx.cues("subnational_nouns")
    stop = min(ctx.n, end + 1 + _PLACE_LIST_REACH)
    for i in range(end + 1, stop):
        word = ctx.low(i)
        if word in nouns:
            return True
        if word in (",", "and") or (
            ctx.is_alpha(i) and ctx.is_cap(i) and i not in ctx.entity_tokens
        ):
            continue
        return False
    return False


def _language_named(ctx: DocContext, start: int, end: int) -> bool:
    """ "its French acronym", "the Chinese-language daily", "published in Portuguese", "(French:
    ...)": the demonym names a language, which names no country."""
    languages = ctx.cues("language_demonyms")
    if ctx.low(start) not in languages:
        return False
    after = ctx.next_words(end, 1)
    if after and after[0] in ctx.language_nouns:
        return True
    before = ctx.low(start - 1)
    nxt = ctx.text(end)
    if before == "(":
        return nxt == ":"
    if before in ("and", "or") and ctx.low(start - 2) in languages:
        # the second of "in French and English"
        return ctx.low(start - 3) == "in" and not nxt[:1].isalnum()
    if before not in ("in", "into", "from"):
        return False
    if before != "in" and not any(w.startswith("translat") for w in ctx.prev_words(start - 1, 3)):
        return False
    if nxt in _HYPHENS:
        return False  # "in Chinese-owned smelters"
    if not nxt[:1].isalnum():
        return True  # "in Portuguese," or at the sentence's end
    word = nxt.lower()
    if word in ("and", "or"):
        # "in French and English": the other word a language too, then the list ends
        return ctx.low(end + 1) in languages and not ctx.text(end + 2)[:1].isalnum()
    return word == "as" and ctx.low(start - 2) in ctx.cues("language_gloss_verbs")


def _market_place(ctx: DocContext, start: int, end: int) -> bool:
    """ "shares fell in London", "a Jakarta brokerage", "a London-based trader": a capital named as
    a market or the seat of a firm, not as its government. The country counts by its other
    names in the text, if any."""
    after = ctx.next_words(end, 1)
    if after and after[0] in ctx.cues("market_nouns_after"):
        return True
    if ctx.low(start - 1) not in ("in", "on"):
        return False
    return not ctx.cues("market_words_before").isdisjoint(ctx.prev_words(start - 1, 8))


def congo_id(ctx: DocContext) -> str:
    """COG when the document places "Congo" in Brazzaville and never in Kinshasa, else COD."""
    if not ctx.doc_has("congo_republic_cues"):
        return "COD"
    text = ctx.lower_text
    if any(cue in text for cue in ("kinshasa", "democratic republic", "drc", "dr congo")):
        return "COD"
    return "COG"


def resolve_country(ctx: DocContext, start: int, end: int, key: PhraseKey) -> str | None:
    """The ISO3 id a country phrase stands for here, or None when it is not a country mention."""
    ident = key.ids[0]
    source, starts, ends = ctx.offsets
    if not key.cased:
        # `is_capitalised` written out (sp39: a call for most mentions). sp40: the first
        # word's first character read in place (a token is never empty)
        first = starts[start]
        if start + 1 < end and source[first : ends[start]].lower() == "the":
            first = starts[start + 1]
        if not source[first].isupper():
            return None
    # speed38: the word after the name read once, and a rule that reads it asked only when
    # that word passes the rule's own first test (dateline punctuation; a capital; a capital
    # or a comma): most mentions ("China's", "China said") pass none of them
    after = source[starts[end] : ends[end]] if end < ctx.n else ""  # sp40: no `text` call
    if (after in ctx.dateline_punct or after == "/") and is_dateline(ctx, start, end):
        return None
    after_cap = after[:1].isupper()
    if after_cap and _firm_named_by_country(ctx, start, end):
        return None
    if end - start != 1:
        return ident  # the context rules below are about one-word names
    if ident in ctx.gaz.person_name_ids and _person_name(ctx, start, end):
        return None
    kind = key.kind
    if (after_cap or after == ",") and kind in _PLACE_KINDS and _local_place(ctx, end):
        return None
    if kind in _NAMING_KINDS:
        # s43: each rule called only past a test on the words around that most mentions fail
        # (a place's name: "del" after, a capital after a demonym, a capital N before;
        # a language's: a noun of speech, a hyphen, a list's end or "as" after)
        if after in ctx.place_joints:
            if _names_other_place(ctx, start, end, kind, after, after_cap):
                return None
        elif kind == DEMONYM:
            if after_cap and _names_other_place(ctx, start, end, kind, after, after_cap):
                return None
            if (after in _LANGUAGE_AFTER or after in ctx.language_nouns) and _language_named(
                ctx, start, end
            ):
                return None
        elif (
            start
            and source[starts[start - 1]] == "N"
            and _names_other_place(ctx, start, end, kind, after, after_cap)
        ):
            return None
    if key.kind == CAPITAL and _market_place(ctx, start, end):
        return None
    if (ident == "GEO" or (ident == "USA" and key.kind == CAPITAL)) and _us_state(
        ctx, start, end, ident
    ):
        return None
    if ident == "COD" and ctx.low(start) in ("congo", "congolese"):
        return congo_id(ctx)
    return ident


def _firm_named_by_country(ctx: DocContext, start: int, end: int) -> bool:
    """ "Lithium Chile Inc.", "Cobalt Canada Corp.": a capitalised word, a country's name and a
    legal form make a firm's name, which names no country. A trade word as the form ("Graphite
    Peru Resources") counts only mid-sentence outside headlines ("Why Chile Mining Matters")."""
    # speed38: the capital after the name, the test that fails most, first; each word read
    # once (the tests are pure, so their order does not change the answer)
    if not ctx.is_cap(end) or start == 0:
        return False
    before = start - 1
    word = ctx.text(before)
    if not (word.isalpha() and word[:1].isupper()):
        return False
    if word.lower() in ctx.cues("sentence_opening_words"):
        return False
    suffix = ctx.low(end)
    if suffix in ctx.cues("firm_country_suffixes_strong"):
        return True
    return (
        suffix in ctx.cues("firm_country_suffixes")
        and not ctx.is_sentence_start(before)
        and not ctx.titlecase_sentence(start, end)
    )


def capital_in_other_name(ctx: DocContext, start: int, end: int, key: PhraseKey) -> bool:
    """ "Amman Mineral", "Lisbon Valley", "Kingston, Ontario": a capital's name used here as
    part of a company's, person's or local place's name. The text then means that name by
    the bare word too ("Amman's smelter"), unless it names the country some other way."""
    if key.kind != CAPITAL or end - start != 1 or is_dateline(ctx, start, end):
        return False
    if key.ids[0] in ctx.gaz.person_name_ids and _person_name(ctx, start, end):
        return True
    return _local_place(ctx, end)


def _capitalised_for_place(ctx: DocContext, i: int) -> bool:
    """A function word ("The", "Its") capitalised only because it opens the sentence."""
    return ctx.low(i) in ctx.cues("sentence_opening_words") and ctx.is_sentence_start(i)


def prefix_of_country(ctx: DocContext, start: int, end: int) -> bool:
    """ "Anglo-Australian", "Franco-German": a combining form counts only joined by a hyphen to
    another country's name or demonym ("Anglo-Saxon" and "Franco-Nevada" name no country)."""
    return ctx.text(end) in _HYPHENS and (end + 1) in ctx.country_at


def institution_shadowed(ctx: DocContext, start: int, end: int, ident: str) -> bool:
    """ "China's Commerce Ministry", "Export-Import Bank of Korea": the named country wins.

    A one-word institution inside another name ("African National Congress", "Congress of
    South African Trade Unions") is no institution of the country either.
    """
    if end - start == 1 and not ctx.text(start).isupper():
        prev = start - 1
        if ctx.is_alpha(prev) and ctx.is_cap(prev) and prev not in ctx.entity_tokens:
            # "The Pentagon said": a sentence's first word is capitalised for its place alone
            if not ctx.is_sentence_start(start) and not _capitalised_for_place(ctx, prev):
                return True
        if ctx.low(end) == "of" and ctx.is_cap(end + 1) and (end + 1) not in ctx.entity_tokens:
            return True
    j = start - 1
    if ctx.text(j) in _POSSESSIVE:
        j -= 1
    other = ctx.country_at.get(j)
    if other and other != ident:
        return True
    if ctx.low(end) == "of":
        other = ctx.country_at.get(end + 1) or ctx.country_at.get(end + 2)
        if other and other != ident:
            return True
    return False


def keep_bloc(ctx: DocContext, start: int, end: int, key: PhraseKey) -> bool:
    """Decide whether a bloc phrase names the bloc here."""
    ident = key.ids[0]
    if not key.cased and not is_capitalised(ctx, start, end):
        return False
    if is_dateline(ctx, start, end):
        return False
    forms = ctx.gaz.option(BLOC, ident, "needs_context") or ()
    if key.cased and ctx.span_text(start, end) in forms:
        return _bloc_context(ctx, start, end, ident)
    return True


def _bloc_context(ctx: DocContext, start: int, end: int, ident: str) -> bool:
    """ "AU" counts beside a bloc word ("AU summit") or in a text that names the African Union."""
    if ident in ctx.bloc_names:
        return True
    after = ctx.next_words(end, 1)
    if after and after[0] in ctx.cues("bloc_cues"):
        return True
    if ctx.low(start - 1) == "the" and not ctx.is_cap(end):
        region = ctx.gaz.option(BLOC, ident, "region_words")
        return region is None or ctx.doc_has(f"region_words:{ident}") > 0
    return False


__all__ = [
    "BLOCKER",
    "TEXT_KEY",
    "DocContext",
    "congo_id",
    "institution_shadowed",
    "is_capitalised",
    "is_dateline",
    "keep_bloc",
    "keep_mineral",
    "longest_first",
    "prefix_of_country",
    "resolve_country",
]
