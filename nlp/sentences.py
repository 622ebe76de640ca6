"""Sentence boundaries set and read as token arrays: no Python Token or Span per word."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)

FACTORY = "oreline_sentences"
# SENT_START -1 ("not a sentence start") as spaCy's uint64 attribute arrays hold it
_NOT_START = numpy.uint64(2**64 - 1)
# below this many tokens numpy's per-call overhead loses to the stock component (titles)
_SHORT = 48


class Sent(NamedTuple):
    """A sentence's token and character bounds (the Span attributes the readers use)."""

    start: int
    end: int
    start_char: int
    end_char: int


class SentenceSplitter:
    """spaCy's `sentencizer` rule (a sentence starts at the first word after ".", "!", "?"
    and the other enders it knows), decided with numpy on ORTH hashes: the stock component
    makes a Python Token per word and costs about as much as the tokenizer."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        strings = nlp.vocab.strings
        enders = sorted({strings.add(c) for c in Sentencizer.default_punct_chars})
        self._enders = numpy.array(enders, dtype=numpy.uint64)
        self._stock = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        if n < _SHORT:
            return self._stock(doc)
        tags = numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
        tags[0, 0] = 1
        tags[sentence_starts(doc, self._enders), 0] = 1
        doc.from_array([SENT_START], tags)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def sentence_starts(doc: Doc, enders: numpy.ndarray) -> numpy.ndarray:
    """Indices of the words (neither punctuation nor an ender) that follow an ender since the
    previous word: the sentence starts after token 0. `enders` is a sorted uint64 array."""
    arr = doc.to_array([ORTH, IS_PUNCT])
    orths = arr[:, 0]
    pos = numpy.searchsorted(enders, orths)
    pos[pos == len(enders)] = 0
    ender = enders[pos] == orths
    words = numpy.flatnonzero(~ender & (arr[:, 1] == 0))
    seen = numpy.cumsum(ender)[words]
    previous = numpy.zeros_like(seen)
    previous[1:] = seen[:-1]
    return words[seen > previous]


def sentence_bounds(doc: Doc) -> list[Sent]:
    """Every sentence's bounds, from one array read instead of Span objects; like
    `doc.sents` it needs sentence annotation (without it, it defers to doc.sents)."""
    n = len(doc)
    if n == 0:
        return []
    arr = doc.to_array([SENT_START, IDX, LENGTH])
    if not arr[1:, 0].any() and not doc.has_annotation("SENT_START"):
        return [Sent(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    starts = [0, *(numpy.flatnonzero(arr[1:, 0] == 1) + 1).tolist()]
    ends = [*starts[1:], n]
    lasts = numpy.array(ends) - 1
    # a sentence ends where its last token's text ends (trailing space excluded)
    end_chars = (arr[lasts, 1] + arr[lasts, 2]).tolist()
    start_chars = arr[starts, 1].tolist()
    return [Sent(*b) for b in zip(starts, ends, start_chars, end_chars, strict=True)]


@Language.factory(FACTORY)
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Registered factory: `nlp.add_pipe("oreline_sentences")` in place of "sentencizer"."""
    return SentenceSplitter(nlp, name)
