"""Sentence bounds read from one token array, so readers need no Span per sentence."""

from __future__ import annotations

import logging
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)


class Sent(NamedTuple):
    """A sentence's token and character bounds (the Span attributes the readers use)."""

    start: int
    end: int
    start_char: int
    end_char: int


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
