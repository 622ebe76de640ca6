"""Sentence boundaries set and read as token arrays: no Python Token or Span per word."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nlp.lexicon import load_data
from nlp.token_arrays import SENT_STARTS_KEY, TokenArrays, token_arrays

LOGGER = logging.getLogger(__name__)

FACTORY = "oreline_sentences"
# SENT_START -1 ("not a sentence start") as spaCy's uint64 attribute arrays hold it
_NOT_START = numpy.uint64(2**64 - 1)

_SENTENCES = load_data("sentences.yaml")
# short forms citing a numbered item ("No.", "Art."), which the tokenizer is told to keep
# whole (`keep_citing_forms`)
_CITING = tuple(str(w) for w in _SENTENCES["citing"])
# a short form whose dot the tokenizer keeps ("Corp.", "U.S.", the citing forms), and the
# words that open a sentence after it (nlp/data/sentences.yaml)
_ABBREVIATIONS = frozenset(
    str(w).lower() for w in [*_SENTENCES["abbreviations"], *_SENTENCES["citing"]]
)
_OPENERS = frozenset(str(w) for w in _SENTENCES["openers"])


def keep_citing_forms(tokenizer: Tokenizer) -> None:
    """Keep "No.", "Art.", "Sec." ... one token with their dot, as spaCy keeps "Corp.": a
    regulation or a ministry's notice names itself "Announcement No. 46 of 2024", and a dot
    read as a sentence end cut the notice from its event and its actor."""
    for written in _CITING:
        tokenizer.add_special_case(written, [{ORTH: written}])


class Sent(NamedTuple):
    """A sentence's token and character bounds (the Span attributes the readers use)."""

    start: int
    end: int
    start_char: int
    end_char: int


class SentenceSplitter:
    """spaCy's `sentencizer` rule: a sentence starts at the first word (neither punctuation
    nor an ender) after a token that is ".", "!", "?" or another ender it knows.

    The stock component makes a Python Token per word and costs about as much as the
    tokenizer; here a regular expression finds the ender characters in the text, and only
    the few tokens that follow an ender are looked at."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        self._ender_set = frozenset(Sentencizer.default_punct_chars)
        ascii_enders = "".join(sorted(c for c in self._ender_set if c.isascii()))
        # in ASCII text (most news) the enders are found with str.find; otherwise a regular
        # expression finds the ASCII enders and every non-ASCII character (few in news text),
        # checked against the set: one big class of rare enders makes `re` crawl
        self._ascii_enders = ascii_enders
        self._any = re.compile(f"[{re.escape(ascii_enders)}\x80-\U0010ffff]")
        self._is_punct = nlp.vocab.lex_attr_getters.get(IS_PUNCT)
        # spaCy's own rule: punctuation is made of Unicode "P" characters only
        self._words_are_no_punct = self._is_punct is lex_attrs.is_punct
        self._vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arrays = token_arrays(doc)
        starts = self.starts(arrays)
        tags = numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
        tags[starts, 0] = 1
        doc.from_array([SENT_START], tags)
        arrays.set_sent_starts(starts)
        return doc

    def without_annotation(self, doc: Doc) -> Doc:
        """The splitter's step for a caller that reads sentences through `sentence_bounds`
        and the token arrays and never hands the doc out (the extractor): the starts go to
        doc.user_data only. Writing SENT_START costs a column array and a call per token,
        and every later `has_annotation("SENT_START")` scans the doc for a parse first."""
        if len(doc):
            arrays = token_arrays(doc)
            starts = self.starts(arrays)
            doc.user_data[SENT_STARTS_KEY] = starts
            arrays.set_sent_starts(starts)
        return doc

    def _punct(self, text: str) -> bool:
        """Token.is_punct of a token with this text (the lexeme flag's own getter)."""
        if self._words_are_no_punct and text[:1].isalnum():
            return False  # a letter or digit is no punctuation: the common case, a word
        if self._is_punct is not None:
            return bool(self._is_punct(text))
        return bool(self._vocab[text].is_punct)

    def starts(self, arrays: TokenArrays) -> list[int]:
        """Sentence starts (token 0 first) of the doc the arrays describe, without setting them."""
        n = arrays.n
        if n == 0:
            return []
        text, tok_starts, tok_ends = arrays.text, arrays.starts, arrays.ends
        # ender tokens: one ender character that is a whole token
        enders = []
        if text.isascii():
            found = _positions(text, self._ascii_enders)
        else:
            ender_set = self._ender_set
            found = [m.start() for m in self._any.finditer(text) if m.group() in ender_set]
        # starts after a short form holding its dot ("Albemarle Corp. The ministry said")
        after_short: list[int] = []
        i = 0
        bisect_left = bisect.bisect_left
        for pos in found:
            # sp39: the positions rise, so each token lies at or after the last one found
            i = bisect_left(tok_starts, pos, i)
            if i < n and tok_starts[i] == pos and tok_ends[i] == pos + 1:
                enders.append(i)
            elif (
                0 < i < n
                and tok_ends[i - 1] == pos + 1
                and arrays.token_text(i) in _OPENERS
                and arrays.token_text(i - 1).lower() in _ABBREVIATIONS
            ):
                after_short.append(i)
        out = [0, *self._after_enders(arrays, enders)]
        if after_short:
            out = sorted({*out, *after_short})
        if "\n" in text:
            breaks = _block_breaks(arrays)
            if breaks and _opens_the_lead(arrays, breaks, out[1] if len(out) > 1 else n):
                breaks = breaks[1:]
            if breaks:
                out = sorted({*out, *breaks})
        return out

    def _after_enders(self, arrays: TokenArrays, enders: list[int]) -> list[int]:
        """The first word after each run of enders and punctuation (spaCy's sentencizer)."""
        n = arrays.n
        out: list[int] = []
        if not enders:
            return out
        is_ender = set(enders)
        # speed38: a token opening with a letter or digit is read off the text by its first
        # character, as `_punct` reads it, without its text sliced out or a call
        text, tok_starts, words_first = arrays.text, arrays.starts, self._words_are_no_punct
        tok_ends = arrays.ends
        # sp40r2: the lexeme flag's getter called directly (`_punct` past its letter test,
        # which the loop makes first), one Python call fewer a punctuation token
        punct = self._is_punct
        scan = 0
        for e in enders:
            if e < scan:
                continue
            j = e + 1
            while j < n:
                if j not in is_ender:
                    if words_first and text[tok_starts[j]].isalnum():
                        break  # a word (the common case): no punctuation
                    word = text[tok_starts[j] : tok_ends[j]]  # sp40: in place
                    if not (self._punct(word) if punct is None else punct(word)):
                        break
                j += 1
            if j < n:
                out.append(j)
            scan = j
        return out

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _positions(text: str, chars: str) -> list[int]:
    """Where any of the characters stands in the text, in order. str.find skips to the next
    one at memchr speed; a regular expression's character class tests every character of
    the text (some twenty times slower on news text)."""
    out: list[int] = []
    find = text.find
    for char in chars:
        if char not in text:
            continue  # sp40r2: told by `in`, no `find` call (its arguments parsed a call)
        i = find(char)
        while i >= 0:
            out.append(i)
            i = find(char, i + 1)
    out.sort()
    return out


# where a block ends: a blank line (two line breaks with nothing but spaces or tabs between;
# the extractor's text cleaning writes "\r\n" as " \n", keeping every offset), or a line break
# before a list item's marker ("- ", "\u2022 ", "2) ", "(b) ") when the items stand on lines of
# their own with no blank between
_BLOCK_BREAK = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?:[-\u2013\u2022\u00b7*]|\(?(?:\d{1,2}|[a-z])[.)])[ \t])"
)


def _block_breaks(arrays: TokenArrays) -> list[int]:
    """The line breaks that end a block of text whatever its last word: a crawled page's
    text holds one block (paragraph, heading, list item, table row, caption) between blank
    lines, and a heading with no stop ("WHY IT MATTERS", "UPDATE 2-China to curb antimony
    exports") is no part of the next paragraph's first sentence. A block that ends with a
    colon leads into the next ("Comments attributed to the Premier:"), so it stays joined.
    Each start is the line-break token, as after an ender; `sentence_bounds` steps past it."""
    text, tok_starts, tok_ends, n = arrays.text, arrays.starts, arrays.ends, arrays.n
    out: list[int] = []
    i = 0
    last_end = -1
    for blank in _BLOCK_BREAK.finditer(text):
        pos = blank.start()
        if pos < last_end:
            continue  # a longer run of line breaks: its token is read already
        # the token holding the break: the tokenizer keeps a run of whitespace as one token
        i = max(bisect.bisect_right(tok_starts, pos, i) - 1, 0)
        if 0 < i < n - 1 and tok_ends[i] >= blank.end() > pos and text[tok_starts[i]].isspace():
            last_end = tok_ends[i]
            last = text[tok_ends[i - 1] - 1]
            if last != ":" and not text[tok_starts[i - 1]].isspace():
                out.append(i)
    return out


# what a dateline or kicker line holds: a digit, a dash, a bar or a colon
_KICKER = re.compile(r"\d| [-\u2013\u2014] |[|:]")
# a first line this many tokens long or shorter may be a dateline or kicker of its own
_OPENING_LINE_TOKENS = 12
_STOPS = ".!?"
_CLOSERS = "\"'\u201d\u2019)]"


def _opens_the_lead(arrays: TokenArrays, breaks: list[int], first_stop: int) -> bool:
    """Whether the text's first line, with no stop, opens the prose after it: a dateline or
    kicker of its own ("Brussels, 25 July 2024", "MEDIA RELEASE - Minister for Trade",
    "WASHINGTON") is read with the lead, as the readers of the first sentence expect. A
    first line followed by more lines with no stop (a masthead, "Key points" over a list), a
    headline, a heading or an editor's note in brackets opens nothing."""
    first = breaks[0]
    if first > _OPENING_LINE_TOKENS or first > first_stop:
        return False
    text, tok_starts, tok_ends = arrays.text, arrays.starts, arrays.ends
    line = text[tok_starts[0] : tok_ends[first - 1]]
    # a dateline or kicker holds a date, a dash, bar or colon, or is set in capitals; a
    # headline ("Australia and India sign lithium partnership") or heading ("Why Washington
    # acted") opens no lead, nor does an editor's note in brackets
    if line[0] in "([" or "\n" in line or not (_KICKER.search(line) or line.isupper()):
        return False
    end = breaks[1] if len(breaks) > 1 else arrays.n
    last = end - 1
    while last > first and text[tok_starts[last]].isspace():
        last -= 1
    tail = text[tok_starts[last] : tok_ends[last]].rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in _STOPS


def sentence_bounds(doc: Doc) -> list[Sent]:
    """Every sentence's bounds, from the shared token arrays instead of Span objects; like
    `doc.sents` it needs sentence annotation or starts handed over by
    `SentenceSplitter.without_annotation` (without either, it defers to doc.sents)."""
    n = len(doc)
    if n == 0:
        return []
    arrays = token_arrays(doc)
    if not arrays.sentences_known:
        return _past_blank_lines(
            arrays, [Sent(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
        )
    starts = arrays.sent_starts
    text, tok_starts, tok_ends = arrays.text, arrays.starts, arrays.ends
    ends = [*starts[1:], n]
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python call per sentence
    sents = []
    for s, e in zip(starts, ends, strict=True):
        # speed38: `_past_blank_lines` done here, a token's first character read in place
        # of its text: a token is all whitespace or holds none (the tokenizer splits text
        # at every run of whitespace), so that character tells whether it is a line break
        # sp40: the character first, the bound only past a line break (a sentence's first
        # token lies in the document; both tests are pure)
        while text[tok_starts[s]].isspace() and s < e - 1:
            s += 1
        # a sentence ends where its last token's text ends (trailing space excluded)
        sents.append(new(Sent, (s, e, tok_starts[s], tok_ends[e - 1])))
    return sents


def _past_blank_lines(arrays: TokenArrays, sents: list[Sent]) -> list[Sent]:
    """Para (session 25): a paragraph's first sentence opens on its first word, not on the
    line break spaCy's sentencizer puts before it, so every reading of a sentence's opening
    ("Its lower house ...", "Governments ...") sees it; the break belongs to no sentence."""
    text_of, tok_starts = arrays.token_text, arrays.starts
    for k, sent in enumerate(sents):
        start = sent.start
        while start < sent.end - 1 and text_of(start).isspace():
            start += 1
        if start != sent.start:
            sents[k] = Sent(start, sent.end, tok_starts[start], sent.end_char)
    return sents


@Language.factory(FACTORY)
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Registered factory: `nlp.add_pipe("oreline_sentences")` in place of "sentencizer"."""
    return SentenceSplitter(nlp, name)
