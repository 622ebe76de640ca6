"""Token offsets, source text and sentence starts of one doc, read from spaCy once and shared.

The splitter, the entity rules, the sentence bounds and the extractor's mention rows all need
the same facts about a doc's tokens; asking spaCy for them (`to_array`, `doc.text`, Token
objects) once per component cost more than the rules themselves. The facts of the doc last
asked about are kept, so the components of one pipeline pass share them.
"""

from __future__ import annotations

import bisect
import logging

from spacy.attrs import IDX, SENT_START, SPACY
from spacy.tokens import Doc

LOGGER = logging.getLogger(__name__)

# doc.user_data key of the text the extractor made the doc from (doc.text rebuilds it slowly)
TEXT_KEY = "oreline.text"
# doc.user_data key of the sentence starts a splitter handed over without annotating the doc
SENT_STARTS_KEY = "oreline.sent_starts"
# helper speed9: a token's start and whether a space follows it, both read off the token
# itself; LENGTH is the lexeme's, which spaCy reads through a call that takes the GIL per token
_ATTRS = [IDX, SPACY]


class TokenArrays:
    """Character start and end of every token as Python lists, the text they index and,
    once known, the sentence starts (token indices, 0 first)."""

    __slots__ = ("_sent_starts", "_texts", "doc", "ends", "n", "starts", "text")

    starts: list[int]
    ends: list[int]

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = n = len(doc)
        self.starts, self.ends = _offsets(doc, n)
        source = doc.user_data.get(TEXT_KEY)
        # the handed-over text must end where the tokens end (one trailing space allowed)
        if not isinstance(source, str) or not (n and 0 <= len(source) - self.ends[-1] <= 1):
            source = doc.text
        self.text: str = source
        # token texts read so far (None until read); DocContext reads it directly
        self._texts: list[str | None] = [None] * n
        self._sent_starts: list[int] | None = doc.user_data.get(SENT_STARTS_KEY)

    def token_text(self, i: int) -> str:
        """The token's text ("" outside the document)."""
        # speed38: past the end the list itself says so (IndexError, a few calls a pass),
        # which spares the bound test of every call; a negative index would wrap, so it stays
        if i >= 0:
            try:
                text = self._texts[i]
            except IndexError:
                return ""
            if text is None:
                text = self._texts[i] = self.text[self.starts[i] : self.ends[i]]
            return text
        return ""

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end-1 as Span.text gives it (no trailing space)."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]

    @property
    def sent_starts(self) -> list[int]:
        """Token indices where sentences start (0 first), from the doc's SENT_START when the
        splitter did not hand them over."""
        if self._sent_starts is None:
            if self.n == 0:
                return []
            flags = self.doc.to_array(SENT_START)[1:]
            starts = [0, *((flags == 1).nonzero()[0] + 1).tolist()]
            if not self.doc.has_annotation("SENT_START"):
                return starts  # a sentencizer may still come: nothing to keep
            self._sent_starts = starts
        return self._sent_starts

    def set_sent_starts(self, starts: list[int]) -> None:
        self._sent_starts = starts

    @property
    def sentences_known(self) -> bool:
        """Whether the doc's sentences are known: handed over or annotated (SENT_START)."""
        return self._sent_starts is not None or self.doc.has_annotation("SENT_START")

    def sentence_of(self, i: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token i."""
        starts = self.sent_starts
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else self.n


def _offsets(doc: Doc, n: int) -> tuple[list[int], list[int]]:
    """Helper speed9: each token's start and end character in the doc's text. A doc's text is
    its tokens each followed by its whitespace (one space or none), so a token ends where the
    next starts, less its space; only the last token's length is read. `to_array([IDX,
    LENGTH])` gives the same, but reads the length through the lexeme for every token, which
    takes the GIL each time (half of the instructions of the call)."""
    if not n:
        return [], []
    arr = doc.to_array(_ATTRS)
    # next start - own space -> own end, in place (column 1 holds the spaces until then)
    arr[:-1, 1] = arr[1:, 0] - arr[:-1, 1]
    arr[n - 1, 1] = arr[n - 1, 0] + len(doc[n - 1])
    starts, ends = arr.T.tolist()
    return starts, ends


def _no_doc() -> TokenArrays:
    """sp40: arrays of no doc, kept until the first is read, so the look-up needs no None test."""
    empty = TokenArrays.__new__(TokenArrays)
    empty.doc, empty.n = None, -1
    return empty


_last: TokenArrays = _no_doc()


def token_arrays(doc: Doc) -> TokenArrays:
    """The arrays of `doc`, read once: kept for the doc last asked about (a pipeline pass asks
    about one doc at a time), read afresh for any other doc or if its length changed."""
    global _last
    last = _last
    if last.doc is doc and last.n == len(doc):
        return last
    last = _last = TokenArrays(doc)
    return last


def forget() -> None:
    """Drop the kept doc (tests; a long-lived process need not call it)."""
    global _last
    _last = _no_doc()
