"""Text repairs that change a text's length, each made through an `OffsetMap`: HTML character
references decoded, soft hyphens dropped, hard-wrapped lines joined.

Feeds, API abstracts and PDF or e-mail releases carry "China&#8217;s", "Indo\xadnesia",
"the United\\nStates" and "cop-\\nper", which the phrase matcher reads as other words (or as
none). Each repair runs only when a cheap test finds what it mends.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

from nlp.gazetteer import load_gazetteer
from nlp.lexicon import inflections, load_data
from nlp.offsets import OffsetMap

# a character reference as HTML reads one in a page, its ";" optional ("&amp", "&#8217")
_HTML_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
# a character reference in plain text, where only a closed one is read: "AT&T" and
# "R&D" are no references, and "&para" without ";" is as likely to be text as a mark
TEXT_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# how many times a text's references are decoded: a feed escaped twice ("&amp;#8217;")
# needs two passes; a third finds nothing in real text
_PASSES = 3
# a soft hyphen (an invisible break point a word processor keeps), with the line break a
# typesetter put after it
_SOFT_HYPHEN = re.compile(r"\xad(?:[ \t]*\n[ \t]*)?")
# a line break that is no block break: the crawler writes blocks separated by blank lines,
# and `nlp/sentences.py` reads a line break before a list marker ("2) ", "b. ", "- ") as a
# block break, so neither is joined (a dash or bracket is no letter, which the wrap needs)
_BREAK = r"[ \t]*\n[ \t]*(?!(?:\d{1,2}|[a-z])[.)][ \t])"
_WRAP = re.compile(
    # a word hyphenated at the line's end: "cop-\nper", "Indo-\nnesia", "long-\nterm"
    rf"\b(?P<head>[A-Za-z]+)-{_BREAK}(?P<rest>[a-z]+)"
    # a compound broken after its hyphen: "Sino-\nAmerican", "U.S.-\nChina"
    rf"|(?<=[A-Za-z.])-(?P<capital>{_BREAK})(?=[A-Z])"
    # a sentence running on: "the United\nStates", "rare\nearths", "in the US\nand Japan"
    rf"|(?<=[a-z0-9,]){_BREAK}(?=[A-Za-z0-9])|(?<=[A-Z]){_BREAK}(?=[a-z])"
)
# the knowledge files whose words count as known (with the gazetteer's phrases)
_WORD_FILES = ("actions.yaml", "status.yaml", "roles.yaml")
_WORD = re.compile(r"[a-z]+~?")


def decode_references(text: str, offsets: OffsetMap, in_html: bool = False) -> str:
    """The text with its character references decoded ("&#8217;" -> "\u2019", "&amp;" -> "&"),
    a no-break space as a plain space (the tokenizer makes "\xa0" a token of its own, which
    parts "rare earths"). Text stripped of HTML tags reads references as a page does."""
    pattern = _HTML_REFERENCE if in_html else TEXT_REFERENCE
    for _ in range(_PASSES):
        decoded = offsets.sub(pattern, _decoded, text)
        if decoded is text or "&" not in decoded:
            return decoded
        text, pattern = decoded, TEXT_REFERENCE
    return text


def _decoded(match: re.Match[str]) -> str:
    return html.unescape(match.group()).replace("\xa0", " ")


def drop_soft_hyphens(text: str, offsets: OffsetMap) -> str:
    """The text without soft hyphens ("co\xadbalt" -> "cobalt"), nor the line break after one."""
    return offsets.sub(_SOFT_HYPHEN, "", text)


def join_wrapped_lines(text: str, offsets: OffsetMap) -> str:
    """Hard-wrapped prose (a PDF's or an e-mail's lines) as running text. A line break inside
    a sentence becomes a space, so "the United\\nStates" is one name. A word hyphenated at a
    line's end is joined when the joined word is one the extractor knows ("cop-\\nper" ->
    "copper", "partner-\\nship" -> "partnership"); otherwise the hyphen is a compound's and
    stays ("rare-\\nearth" -> "rare-earth", "long-\\nterm" -> "long-term"): a compound the
    extractor reads is written with its hyphen, and a word it does not know matches nothing
    either way."""
    return offsets.sub(_WRAP, _joined, text, keep_ends=True)


def _joined(match: re.Match[str]) -> str:
    head = match.group("head")
    if head is not None:
        rest = match.group("rest")
        if (head + rest).lower() in known_words():
            return head + rest
        return f"{head}-{rest}"
    if match.group("capital") is not None:
        return "-"
    return " "


@functools.cache
def known_words() -> frozenset[str]:
    """Every word of the gazetteer's phrases and of the cue files, lower-cased, a "~" word
    with its inflections: the words a hyphenated line end may be joined into."""
    words: set[str] = set()
    for phrases in load_gazetteer().phrases.values():
        for phrase in phrases:
            words.update(_WORD.findall(phrase.lower()))
    for name in _WORD_FILES:
        for value in _strings(load_data(name)):
            words.update(_WORD.findall(value.lower()))
    irregular = load_data("actions.yaml").get("irregular") or {}
    for word in [w for w in words if w.endswith("~")]:
        words.discard(word)
        words.update(inflections(word[:-1], irregular))
    return frozenset(words)


def _strings(value: Any) -> Iterator[str]:
    """The strings among a knowledge file's values, at any depth (keys are names, not words)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from _strings_of(value.values())
    elif isinstance(value, list | tuple):
        yield from _strings_of(value)


def _strings_of(values: Iterable[Any]) -> Iterator[str]:
    for value in values:
        yield from _strings(value)
