"""Offsets into a cleaned text mapped back to the text given, across cleaning steps that
change its length (HTML tags stripped, entities decoded, soft hyphens and line-end hyphens
dropped), so an event's or mention's offsets always point into the text as given."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable


class _Step:
    """One cleaning step's length-changing replacements, by where each stands in the step's
    output and in its input, in text order."""

    __slots__ = ("in_ends", "in_starts", "out_ends", "out_starts")

    def __init__(self) -> None:
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []
        self.in_starts: list[int] = []
        self.in_ends: list[int] = []

    def start(self, pos: int) -> int:
        """Where the character at `pos` of the output comes from: a character of a
        replacement comes from the first of the characters it replaced."""
        k = bisect.bisect_right(self.out_starts, pos) - 1
        if k < 0:
            return pos
        if pos < self.out_ends[k]:
            return self.in_starts[k]
        return pos - self.out_ends[k] + self.in_ends[k]

    def end(self, pos: int) -> int:
        """Where an (exclusive) end at `pos` of the output falls in the input: an end inside
        or at the end of a replacement takes in all the characters it replaced, and an end
        just before dropped characters leaves them out."""
        k = bisect.bisect_left(self.out_starts, pos) - 1
        if k < 0:
            return pos
        if pos <= self.out_ends[k]:
            return self.in_ends[k]
        return pos - self.out_ends[k] + self.in_ends[k]


class OffsetMap:
    """The cleaning steps that changed a text's length, and the way back through them.
    Empty (false) when every step kept each character where it was."""

    def __init__(self) -> None:
        self._steps: list[_Step] = []

    def __bool__(self) -> bool:
        return bool(self._steps)

    def sub(
        self,
        pattern: re.Pattern[str],
        repl: str | Callable[[re.Match[str]], str],
        text: str,
        keep_ends: bool = False,
    ) -> str:
        """`pattern.sub(repl, text)`, remembering every replacement that changed the length.
        With `keep_ends`, a replacement is recorded without the characters it shares with
        what it replaced at either end ("cop-\\nper" -> "copper" drops "-\\n" and keeps "cop"
        and "per" in place), so the words a match spans keep their own offsets; without it,
        the replacement stands for the whole match ("&amp;" -> "&")."""
        step = _Step()
        pieces: list[str] = []
        last = 0
        shift = 0  # output length minus input length so far
        for match in pattern.finditer(text):
            start, end = match.span()
            new = repl if isinstance(repl, str) else repl(match)
            old = match.group()
            if len(new) == len(old):
                if new != old:
                    pieces.append(text[last:start])
                    pieces.append(new)
                    last = end
                continue
            lead = tail = 0
            if keep_ends:
                lead = _common_lead(old, new)
                tail = _common_tail(old[lead:], new[lead:])
            step.in_starts.append(start + lead)
            step.in_ends.append(end - tail)
            step.out_starts.append(start + lead + shift)
            step.out_ends.append(start + len(new) - tail + shift)
            shift += len(new) - len(old)
            pieces.append(text[last:start])
            pieces.append(new)
            last = end
        if not pieces:
            return text
        pieces.append(text[last:])
        if step.in_starts:
            self._steps.append(step)
        return "".join(pieces)

    def start(self, pos: int) -> int:
        """The given text's offset of the cleaned text's character at `pos`."""
        for step in reversed(self._steps):
            pos = step.start(pos)
        return pos

    def end(self, pos: int) -> int:
        """The given text's offset of an (exclusive) end at `pos` of the cleaned text."""
        for step in reversed(self._steps):
            pos = step.end(pos)
        return pos


def _common_lead(a: str, b: str) -> int:
    """How many characters a and b share at their start."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_tail(a: str, b: str) -> int:
    """How many characters a and b share at their end."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[-1 - i] == b[-1 - i]:
        i += 1
    return i
