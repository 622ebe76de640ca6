"""Money amounts and tonnages in a sentence, so events can carry what was committed."""

from __future__ import annotations

import calendar
import functools
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from nlp.lexicon import load_data

LOGGER = logging.getLogger(__name__)

_CURRENCIES = load_data("currencies.yaml")
# Prefix symbols and codes, suffix words and scales: knowledge kept in nlp/data/currencies.yaml.
_PREFIX_CURRENCY: dict[str, str] = {str(k): str(v) for k, v in _CURRENCIES["prefix"].items()}
_SUFFIX_CURRENCY: dict[str, str] = {str(k): str(v) for k, v in _CURRENCIES["suffix"].items()}
_SCALE: dict[str, float] = {str(k): float(v) for k, v in _CURRENCIES["scale"].items()}


def _named_by(codes: Mapping[str, list[str]]) -> list[tuple[str, re.Pattern[str]]]:
    """For each currency code, the pattern of the country words that pick it."""
    return [
        (
            str(code),
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
                + r")(?!\w)",
                re.IGNORECASE,
            ),
        )
        for code, words in codes.items()
    ]


# words several countries' currencies share ("pesos"): for each, the pattern of the country
# words that pick each currency
_CONTEXT: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    str(word): _named_by(codes) for word, codes in _CURRENCIES.get("context", {}).items()
}
# a41: the dollars a bare "$" converted to US dollars may be, by the country words naming each
_LOCAL_DOLLAR = _named_by(_CURRENCIES.get("local_dollar", {}))
# s43: markers written before the number that several currencies share ("K1.2 billion": the
# kwacha, the kina or the kyat): for each, the pattern of the country words that pick each
_PREFIX_CONTEXT: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    str(k): _named_by(codes) for k, codes in _CURRENCIES.get("prefix_context", {}).items()
}
# every marker written before the number, its currency known or told by the sentence
_PREFIX_KEYS = [*_PREFIX_CURRENCY, *_PREFIX_CONTEXT]

_DIGIT = re.compile(r"\d")
# every ASCII digit as "0" and every other byte as " ": a translate and a find then give the
# first digit of ASCII text, ~15 times cheaper than the regular expression's scan
_DIGITS_AS_ZERO = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
# a41: spaces that group thousands ("12 500", "60\u00a0000"): space, no-break, thin and narrow
# no-break space
_SEP = "[ \u00a0\u2009\u202f]"
_SEPARATORS = {ord(c): None for c in ", \u00a0\u2009\u202f"}
# the months a day can follow ("March 12 500 tonnes" is 500 tonnes on March 12)
_MONTH_WORDS = [m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m] + ["sept"]


def _grouped_by_spaces(lead: str = "", counted: bool = True) -> str:
    """A number grouped by spaces, after `lead` (the pattern of what it already read of its
    head): a 1-3 digit head then groups of exactly three digits. Not after another number
    ("in 2024 500 tonnes") or a month (a day), nor before a further digit group (a phone
    number, "5 000 6 000") or a decimal comma; where it may count things, not before a
    hyphened word either ("the 3 100-tonne trucks"), a sum's "$1 500-million" is fine."""
    head = rf"(?<!\d{_SEP}{lead})"
    head += "".join(rf"(?<!\b(?i:{m})[ \u00a0]{lead})" for m in _MONTH_WORDS)
    rest = r"\d{0,2}" if lead else r"\d{1,3}"
    after = r"|-[^\W\d_]" if counted else ""
    return (
        rf"(?={rest}{_SEP}\d{{3}}){head}{rest}(?:{_SEP}\d{{3}})+(?:\.\d+)?"
        rf"(?!{_SEP}?\d|[.,]\d{after})"
    )


_NUM_PLAIN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = _grouped_by_spaces() + "|" + _NUM_PLAIN
# _NUM for a pattern's first number, led by its first digit, with "no letter, digit, $ . or ,
# right before" tested after that digit: the regex engine then skips to digits instead of
# trying every character (same matches, same order of alternatives)
_NUM_FIRST = (
    r"\d(?<![\w$.,]\d)(?:"
    + _grouped_by_spaces(lead=r"\d")
    + r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
)
_SCALE_RE = "|".join(re.escape(k) for k in sorted(_SCALE, key=len, reverse=True))
# a41: a number right after a currency marker: grouped by spaces before a hyphened scale too,
# or with a decimal comma ("€1,5 billion") when one or two digits follow the comma and a scale
# of millions or more the number (or the range it opens): "1,500" and "€1,50" stay as they were
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_BIG_SCALE_RE = r"(?:trillion|tn|billion|bln|bn|b|million|mln|mn|m)\b"
_NUM_PREFIXED = (
    r"\d{1,3},\d{1,2}"
    rf"(?=(?:\s?(?:-|–|to)\s?\d{{1,3}}(?:,\d{{1,2}})?)?\s?-?\s?{_BIG_SCALE_RE})"
    f"|{_grouped_by_spaces(counted=False)}|{_NUM_PLAIN}"
)
_PREFIX_RE = "|".join(
    re.escape(k) for k in sorted(_PREFIX_KEYS, key=len, reverse=True) if not k.isalpha()
)
_PREFIX_CODE_RE = "|".join(
    k for k in sorted(_PREFIX_KEYS, key=len, reverse=True) if k.isalpha() and len(k) > 1
)
# a one-letter code ("R2.5bn", the rand) only right before its digit
_PREFIX_LETTER_RE = "|".join(k for k in _PREFIX_KEYS if k.isalpha() and len(k) == 1)
_SUFFIX_RE = "|".join(
    re.escape(k) for k in sorted([*_SUFFIX_CURRENCY, *_CONTEXT], key=len, reverse=True)
)
# every byte but a-z as a space: split() then yields the [a-z]+ runs of lower-cased ASCII text
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
# speed38: the last lower-cased text `letter_runs` read, with its runs
_LAST_RUNS: tuple[str, list[bytes]] = ("", [])


def letter_runs(low: str) -> list[bytes]:
    """The [a-z]+ runs of a lower-cased text (a character outside ASCII splits them, read as
    "?"), for set tests of the words a pattern needs. Speed38: the money, date and tonnage
    finders and the deadline reader test one sentence one after another, so the runs of the
    last text are kept (swapped as one pair: a thread never reads another text's runs)."""
    global _LAST_RUNS
    last = _LAST_RUNS
    if last[0] == low:
        return last[1]
    runs = low.encode("ascii", "replace").translate(_LETTERS_ONLY).split()
    _LAST_RUNS = (low, runs)
    return runs


def _suffix_last_words() -> frozenset[bytes] | None:
    """Helper speed37: the last [a-z]+ run of each currency word _MONEY_SUFFIX spells ("dollars"
    of "u.s. dollars"). In ASCII text a match ends in one of the words as written (case aside),
    after whitespace or a dot and before no word character, so that run stands whole among
    the text's runs: a text with none of them needs no scan. None (always scan) when a word
    ends in no letter, or has a letter outside ASCII that case-insensitive matching takes for
    an ASCII one (the long s for "s"), so that ASCII text could match it."""
    words = [k.lower() for k in [*_SUFFIX_CURRENCY, *_CONTEXT]]
    ascii_chars = [chr(c) for c in range(128)]
    for word in words:
        if not re.search(r"[a-z]$", word):
            return None
        for ch in {c for c in word if not c.isascii()}:
            if any(re.fullmatch(re.escape(ch), a, re.IGNORECASE) for a in ascii_chars):
                return None
    return frozenset(re.findall(r"[a-z]+", w)[-1].encode("ascii") for w in words)


_SUFFIX_LAST_WORDS = _suffix_last_words()


def _may_name_currency(low: str | None) -> bool:
    """False only when the lower-cased ASCII text holds no currency word after a number can
    end in (`_suffix_last_words`): one set test over its runs of letters, a fraction of the
    scan it spares (None, text outside ASCII: always scanned)."""
    if low is None or _SUFFIX_LAST_WORDS is None:
        return True
    return not _SUFFIX_LAST_WORDS.isdisjoint(letter_runs(low))


# "$10 billion", "US$500m", "A$1.2bn", "$10-15 billion", "$1 billion to $2 billion",
# "EUR 2 billion", "C$1.5-billion".
_MONEY_PREFIX = re.compile(
    rf"(?<![\w$])(?P<cur>{_PREFIX_RE}|(?:{_PREFIX_CODE_RE})\s?|(?:{_PREFIX_LETTER_RE})(?=\d))"
    rf"\s?(?P<n1>{_NUM_PREFIXED})"
    rf"(?:\s?-?\s?(?P<s1>{_SCALE_RE})\b)?"
    rf"(?:\s?(?:-|–|to|and)\s?(?:{_PREFIX_RE})?\s?(?P<n2>{_NUM_PREFIXED})(?:\s?-?\s?(?P<s2>{_SCALE_RE})\b)?)?",
    re.IGNORECASE,
)
# how far before its first digit a prefixed amount may start: the longest marker, two spaces
_PREFIX_REACH = max(len(k) for k in _PREFIX_KEYS) + 2
# where a prefixed amount may start in lower-cased ASCII text: a symbol key ("$", "us$", "rs.")
# anywhere, a code of letters with no letter, digit, "_" or "$" before it and a digit after it
# (maybe past two spaces), a one-letter code ("r", the rand) right before its digit; a
# lookahead, so keys that overlap ("us$" and its "$") each give their start
_SYMBOL_KEYS = sorted((k.lower() for k in _PREFIX_KEYS if not k.isalpha()), key=len, reverse=True)
_CODE_KEYS = sorted(
    (k.lower() for k in _PREFIX_KEYS if k.isalpha() and len(k) > 1), key=len, reverse=True
)
_LETTER_KEYS = [k.lower() for k in _PREFIX_KEYS if k.isalpha() and len(k) == 1]
_PREFIX_STARTS = re.compile(
    "(?="
    + "|".join(re.escape(k) for k in _SYMBOL_KEYS)
    + r"|(?<![a-z0-9_$])(?:"
    + "|".join(_CODE_KEYS)
    + r")\s?\s?\d"
    + (r"|(?<![a-z0-9_$])(?:" + "|".join(_LETTER_KEYS) + r")\d" if _LETTER_KEYS else "")
    + ")"
)


# speed39: what a lower-cased ASCII text holds where a prefixed amount can start (a match of
# `_PREFIX_STARTS`): a symbol key's "$" (or the whole key when it has none), or a code or
# one-letter code standing as a whole run of letters (no letter before it, a space or digit
# after it); keys outside ASCII never stand in ASCII text
_SYMBOL_MARKS = tuple(sorted({("$" if "$" in k else k) for k in _SYMBOL_KEYS if k.isascii()}))
_CODE_RUNS = frozenset(
    k.encode("ascii") for k in (*_CODE_KEYS, *_LETTER_KEYS) if k.isascii() and k.isalpha()
)


# speed39: the last text `first_digit` read, with its answer
_LAST_DIGIT: tuple[str, int] = ("", -1)


def first_digit(text: str) -> int:
    """Index of the first character `\\d` matches in the text, -1 when there is none: a
    pattern led by a digit is searched from there, and most sentences hold no digit at all.
    Speed39: the money, date and tonnage finders read one sentence's text one after another,
    so the answer for the last text (the same object) is kept, swapped as one pair."""
    global _LAST_DIGIT
    last = _LAST_DIGIT
    if last[0] is text:
        return last[1]
    if text.isascii():
        # speed40: ASCII text's UTF-8 bytes are its ASCII bytes (no codec name to look up)
        digit = text.encode().translate(_DIGITS_AS_ZERO).find(b"0")
    else:
        found = _DIGIT.search(text)
        digit = -1 if found is None else found.start()
    _LAST_DIGIT = (text, digit)
    return digit


def word_starts(low: str, words: tuple[str, ...], start: int = 0) -> list[int]:
    """Every offset from `start` on where one of the words starts in the lower-cased text, in
    order: where a pattern whose matches all begin with one of them need be tried."""
    at: set[int] = set()
    for word in words:
        if word not in low:
            continue  # speed40: told by `in`, no `find` call (its arguments parsed a call)
        i = low.find(word, start)
        while i >= 0:
            at.add(i)
            i = low.find(word, i + 1)
    # speed40: no sort (a builtin's keyword parsing) for one offset or none, most calls
    return sorted(at) if len(at) > 1 else [*at]


def _prefixed_matches(text: str, low: str | None, start: int) -> Iterator[re.Match[str]]:
    """What `_MONEY_PREFIX.finditer(text, start)` yields. In ASCII text a match can only
    start where a currency key starts, so the pattern is tried there alone: its leading
    lookbehind and case-insensitive alternatives make `finditer` try every character."""
    if low is None or not low.isascii():
        yield from _MONEY_PREFIX.finditer(text, start)
        return
    # helper speed37: a match's first number begins a run of digits (a key holds none) at
    # most _PREFIX_REACH characters after the match's start, so the key starts are looked for
    # only in the few characters before each run, up to its first digit (all a key start's
    # lookahead reads there); the windows do not overlap, so the starts come in order, once
    if _CODE_RUNS.isdisjoint(letter_runs(low)) and not any(map(low.__contains__, _SYMBOL_MARKS)):
        return  # speed39: no key stands in the text (`_SYMBOL_MARKS`), so no amount starts
    digits = low.encode().translate(_DIGITS_AS_ZERO)  # speed40: ASCII, as `first_digit`
    end = last = start
    first = digits.find(b"0", start)
    while first >= 0:
        # speed40: the bound by comparison, no builtin max() (keyword parsing)
        bound = first - _PREFIX_REACH
        if bound < last:
            bound = last
        if bound < end:
            bound = end
        for key in _PREFIX_STARTS.finditer(low, bound, first + 1):
            i = key.start()
            if i >= end and (m := _MONEY_PREFIX.match(text, i)):
                end = m.end()
                yield m
        last = first + 1
        # the first digit of the next run
        first = digits.find(b" ", first)
        if first >= 0:
            first = digits.find(b"0", first)


# "10 billion dollars", "22.5 billion euros", "500 million yuan".
_MONEY_SUFFIX = re.compile(
    rf"(?P<n1>{_NUM_FIRST})(?:\s?(?:-|–|to)\s?(?P<n2>{_NUM}))?"
    rf"(?:\s?-?\s?(?P<s1>{_SCALE_RE})\b)?\s(?P<cur>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)
_UNIT_T = {
    "metric tons": 1.0,
    "metric tonnes": 1.0,
    "tonnes": 1.0,
    "tons": 1.0,
    "tonne": 1.0,
    "ton": 1.0,
    "t": 1.0,
    "mt": 1.0,
    "kt": 1e3,
    "kilotonnes": 1e3,
    "kilotons": 1e3,
    "megatonnes": 1e6,
    "mtpa": 1e6,
    "tpa": 1.0,
}
_QTY = re.compile(
    rf"(?P<n>{_NUM_FIRST})\s?(?P<scale>million|thousand|billion|m|k)?\s?-?"
    r"(?P<unit>metric tonnes|metric tons|kilotonnes|kilotons|megatonnes|tonnes|tonne|tons|ton|mtpa|tpa|kt|Mt|mt|t)\b",
)

# speed38: the runs of letters a tonnage's unit stands as in lower-cased ASCII text: a unit's
# last word ("tonnes" of "metric tonnes"), alone or right after a scale word ("5mt", "2kt" as
# "m" or "k" then "t"); it follows a digit, a space, a hyphen or its scale and ends at a word
# boundary, so it stands whole among the text's runs of [a-z]
_QTY_UNITS = ("metric tonnes", "metric tons", "kilotonnes", "kilotons", "megatonnes", "tonnes")
_QTY_UNITS += ("tonne", "tons", "ton", "mtpa", "tpa", "kt", "mt", "t")
_QTY_SCALES = ("million", "thousand", "billion", "m", "k")
_QTY_RUNS = frozenset(
    (scale + unit.split()[-1]).encode("ascii")
    for unit in _QTY_UNITS
    for scale in ("", *_QTY_SCALES)
)


@dataclass(frozen=True)
class Money:
    """A money amount as written, with its value in its own currency and in USD when known."""

    text: str
    start: int
    end: int
    currency: str
    value: float  # upper end of a range
    low: float
    usd: float | None = None


@dataclass(frozen=True)
class Quantity:
    """A tonnage as written, converted to tonnes."""

    text: str
    start: int
    end: int
    tonnes: float


_NEW_OBJECT = object.__new__
_SET_ATTRIBUTE = object.__setattr__


def _money(text: str, start: int, end: int, cur: str, high: float, low: float) -> Money:
    # speed40: `Money(...)` with its fields set as one dict, not by the frozen dataclass's
    # `__init__` (an `object.__setattr__` call a field)
    money = _NEW_OBJECT(Money)
    usd = high if cur == "USD" else None
    fields = {
        "text": text,
        "start": start,
        "end": end,
        "currency": cur,
        "value": high,
        "low": low,
        "usd": usd,
    }
    _SET_ATTRIBUTE(money, "__dict__", fields)
    return money


def _listed(table: Mapping[str, object], word: str) -> str | None:
    """The table key a case-insensitive match of `word` stands for, or None.

    `re.IGNORECASE` also accepts letters that `lower()` does not map back ("dollarſ" with a
    long s, "bıllion" with a dotless i, the Kelvin sign for "k"), so a failed lower-case
    look-up falls back to the regex engine's own letter-by-letter equivalence.
    """
    low = word.lower()
    if low in table:
        return low
    return _folded(tuple(table), word)


@functools.lru_cache(maxsize=256)
def _folded(keys: tuple[str, ...], word: str) -> str | None:
    for key in keys:
        if len(key) == len(word) and re.fullmatch(re.escape(key), word, re.IGNORECASE):
            return key
    return None


def _number(text: str) -> float:
    """The number as written: thousands grouped by commas or spaces, or a decimal comma
    (only `_NUM_PREFIXED` reads one)."""
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    return float(text.translate(_SEPARATORS))


def _scale(word: str | None) -> float:
    key = _listed(_SCALE, word) if word else None
    return _SCALE[key] if key else 1.0


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_money(text: str) -> list[Money]:
    """Every money amount in the text, in order; "A$200 million (about $134.7 million)" gives
    the AUD amount with the stated USD conversion as its value."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    # sp40r2: the kept answer read here, no call when this text was the last one read
    last = _LAST_DIGIT
    digit = last[1] if last[0] is text else first_digit(text)
    if digit < 0:
        return found
    lowered = text.lower() if text.isascii() else None
    # no amount starts further before the text's first digit than a marker and two spaces
    # speed40: the bound by comparison, no builtin max() (keyword parsing)
    prefixed = _prefixed_matches(
        text, lowered, digit - _PREFIX_REACH if digit > _PREFIX_REACH else 0
    )
    for m in prefixed:
        marker = m.group("cur").strip()
        key = _listed(_PREFIX_CURRENCY, marker)
        if key is not None:
            cur = _PREFIX_CURRENCY[key]
        elif (shared := _listed(_PREFIX_CONTEXT, marker)) is not None:
            named = _one_named(text, _PREFIX_CONTEXT[shared])
            if named is None:
                continue  # "K1.2 billion" with no one country named: no currency known
            cur = named
        else:
            continue
        # a bare code needs a scale or a big number: "EUR 2 billion" yes, "aud 5" no
        if marker.isalpha() and not m.group("s1") and not m.group("s2"):
            continue
        s2 = m.group("s2")
        if m.group("s1") and m.group("n2") and not s2:
            # sm35: "$2.8 billion to 21 projects": a scaled sum then a bare number is no range
            # ("$1 billion to $2 billion", "$10-15 billion" are)
            found.append(_sm35_unranged(m, cur))
            taken.append((m.start(), m.end("s1")))
            continue
        s1 = m.group("s1") or s2
        # "$1-2 billion": the first number borrows the scale of the second
        low = _number(m.group("n1")) * _scale(s1)
        high = _number(m.group("n2")) * _scale(s2 or s1) if m.group("n2") else low
        if high < low:
            high = low
        found.append(_money(m.group(0).strip(), m.start(), m.end(), cur, high, low))
        taken.append((m.start(), m.end()))
    # a suffixed amount starts at its first digit and ends in a currency word. Helper speed37:
    # the text's runs of letters tell whether one can stand there, a third of the cost of
    # testing the text for each of the ~100 currency words (a former shortcut)
    suffixed = _MONEY_SUFFIX.finditer(text, digit) if _may_name_currency(lowered) else ()
    for m in suffixed:
        if _overlaps(m.start(), m.end(), taken):
            continue
        key = _listed(_SUFFIX_CURRENCY, m.group("cur"))
        if key is not None:
            cur = _SUFFIX_CURRENCY[key]
        elif (shared := _listed(_CONTEXT, m.group("cur"))) is not None:
            named = _named_currency(text, shared)
            if named is None:
                continue  # "10 billion pesos" with no one country named: no currency known
            cur = named
        else:
            continue  # a currency word the tables do not list: no amount rather than an error
        low = _number(m.group("n1")) * _scale(m.group("s1"))
        high = _number(m.group("n2")) * _scale(m.group("s1")) if m.group("n2") else low
        found.append(_money(m.group(0).strip(), m.start(), m.end(), cur, high, low))
    found.sort(key=lambda x: x.start)
    return _apply_conversions(text, found)


def _sm35_unranged(m: re.Match[str], cur: str) -> Money:
    """The sum of a prefixed match up to its scale word, the number after it dropped."""
    value = _number(m.group("n1")) * _scale(m.group("s1"))
    return _money(
        m.group(0)[: m.end("s1") - m.start()].strip(), m.start(), m.end("s1"), cur, value, value
    )


def _named_currency(text: str, word: str) -> str | None:
    """The one currency of those sharing `word` whose country the text names, else None."""
    return _one_named(text, _CONTEXT[word])


def _one_named(text: str, named_by: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The one code whose country words the text holds; None for none or several."""
    codes = [code for code, pattern in named_by if pattern.search(text)]
    return codes[0] if len(codes) == 1 else None


# what stands between a sum and the same sum in another currency: "A$1.2 billion (US$800
# million)", "360 billion yuan, about $50.7 billion,", "A$1.2 billion, or US$800 million": a
# bracket, or a comma or dash with "or" or a hedge word ("$171 million, or $1.56 a share" is
# two dollar sums, never read as one)
_HEDGE = r"(?:about|around|roughly|approximately|some|nearly|almost|~|equivalent\s+to|the\s+equivalent\s+of)"
_CONVERSION = re.compile(
    rf"^\s*(?:\(\s*(?:or\s+)?{_HEDGE}?|[,–—-]\s*(?:or\s+{_HEDGE}?|{_HEDGE}))\s*$", re.I
)


# a41: a sum written as US dollars in so many words ("US$250 million", "USD 250m", "250
# million U.S. dollars"), not by a bare "$" or "dollars"
_EXPLICIT_USD = re.compile(r"^(?:us\$|\$us|usd)|\b(?:us|u\.s\.|american)\s+dollars$", re.I)


def _local_dollar_converted(text: str, money: Money, nxt: Money) -> bool:
    """True when a bare-"$" sum is followed by its conversion into US dollars ("$400 million
    (US$250 million)"): the text itself tells the bare "$" is not the US dollar."""
    return (
        money.currency == "USD"
        and money.text.startswith("$")
        and not money.text[:3].lower() == "$us"
        and nxt.currency == "USD"
        and _EXPLICIT_USD.search(nxt.text) is not None
        and abs(money.value - nxt.value) > 0.01 * nxt.value
        and _CONVERSION.match(text[money.end : nxt.start]) is not None
    )


def _apply_conversions(text: str, found: list[Money]) -> list[Money]:
    """A sum and the same sum in another currency right after it are one sum, not two: a
    foreign amount followed by "(about $X)" or ", about $X" takes X as its USD value and drops
    X; a dollar amount followed by its foreign one ("$182 million (685 million riyals)") drops
    the foreign one. A bare-"$" sum followed by a different US-dollar one ("$400 million
    (US$250 million)") is the local dollar of the country the text names, with that USD
    value; with no one such country named, the US-dollar sum stands alone."""
    if len(found) < 2:
        return found  # most sentences: no pair to look at
    out: list[Money] = []
    skip: set[int] = set()
    for i, money in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and _local_dollar_converted(text, money, nxt):
            local = _one_named(text, _LOCAL_DOLLAR)
            out.append(nxt if local is None else replace(money, currency=local, usd=nxt.value))
            skip.add(i + 1)
            continue
        if (
            nxt is not None
            and (money.currency == "USD") != (nxt.currency == "USD")
            and _CONVERSION.match(text[money.end : nxt.start])
        ):
            out.append(money if money.currency == "USD" else replace(money, usd=nxt.value))
            skip.add(i + 1)
            continue
        out.append(money)
    return out


def _bare_t_is_tonnes(text: str, m: re.Match[str]) -> bool:
    """A bare "t" is tonnes right after the number ("500t"); after a space ("5 t" in prose)
    only behind a number grouped in thousands or a scale word ("60,000 t", "1.2 million t"),
    and not as the start of a hyphened or quoted word ("10,000 t-shirts")."""
    if not text[m.start("unit") - 1].isspace():
        return True
    if text[m.end() : m.end() + 1] in ("-", "'", "\u2019"):
        return False
    scale = m.group("scale")
    grouped = len(m.group("n").translate(_SEPARATORS)) < len(m.group("n"))
    return grouped or bool(scale and len(scale) > 1)


def find_quantities(text: str) -> list[Quantity]:
    """Every tonnage in the text, in order: tonnes, tons, t, kt, Mt, metric tons."""
    out: list[Quantity] = []
    last = _LAST_DIGIT  # sp40r2: as in `find_money`
    digit = last[1] if last[0] is text else first_digit(text)
    if digit < 0:
        return out
    if text.isascii() and _QTY_RUNS.isdisjoint(letter_runs(text.lower())):
        return out  # speed38: no unit stands in the text (most sentences with a number)
    # a tonnage starts at its first digit; lookbehinds still see the text before it
    for m in _QTY.finditer(text, digit):
        unit = m.group("unit")
        if unit == "Mt":
            factor = 1e6
        else:
            factor = _UNIT_T[unit.lower()]
        if unit == "t" and not _bare_t_is_tonnes(text, m):
            continue
        value = _number(m.group("n")) * _scale(m.group("scale")) * factor
        out.append(Quantity(m.group(0).strip(), m.start(), m.end(), value))
    return out


# s42: a bare "$" a home-dollar country's government commits is its own dollar (currencies.yaml
# home_dollar): the country codes, what tells a government acts, and what tells a text's bare
# "$" is the US dollar (it names the United States, or it marks local dollars as "A$", "C$")
_HOME_DOLLAR: dict[str, str] = {
    str(k): str(v) for k, v in _CURRENCIES.get("home_dollar", {}).items()
}


def _words_pattern(words: list[str]) -> str:
    return (
        r"(?<!\w)(?:"
        + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
        + r")(?!\w)"
    )


_HOME_GOVERNMENT = re.compile(_words_pattern(_CURRENCIES.get("home_government", [])), re.I)
_HOME_VERBS = _words_pattern(_CURRENCIES.get("home_subject_verbs", []))
# the state itself as the subject: its name or capital right before a verb of its own
_HOME_SUBJECT = {
    code: re.compile(
        _words_pattern(
            [
                *_CURRENCIES["local_dollar"].get(code, []),
                *_CURRENCIES["home_capitals"].get(code, []),
            ]
        )
        + r"\s+"
        + _HOME_VERBS,
        re.I,
    )
    for code in _HOME_DOLLAR.values()
}
# "US" in capitals only: "us" is a pronoun
_US_NAMED = re.compile(
    rf"(?i:{_words_pattern(_CURRENCIES.get('us_named', []))})|(?<![\w$])US(?![\w$])"
)
_HOME_CODES = frozenset(_HOME_DOLLAR.values())
_LOCAL_MARK = re.compile(
    r"(?<![a-z])(?:"
    + "|".join(
        re.escape(k)
        for k, v in sorted(_PREFIX_CURRENCY.items(), key=lambda kv: -len(kv[0]))
        if "$" in k and v in _HOME_CODES
    )
    + r")\s?\d|"
    + _words_pattern([k for k, v in _SUFFIX_CURRENCY.items() if v in _HOME_CODES]),
    re.I,
)


def home_dollar(
    money: Money, country: str | None, sentence: str, document: str, issuer: str | None = None
) -> Money:
    """The sum `money` as `country`'s own dollar when a bare "$" there is that: the sum is
    written "$" alone (not "US$", "$US", "USD", "U.S. dollars"), `country` (the one acting) has
    a dollar of its own, the sentence tells its government acts (a government word, or the
    country or its capital as a verb's subject, or the country is the document's `issuer`: its
    own government's release, "We have committed $50 million") before the sum, names no United
    States, and the document marks no dollar as local ("A$", "Canadian dollars": there a bare
    "$" is the US one). A home-dollar sum has no USD value: the text gives none."""
    code = _HOME_DOLLAR.get(country or "")
    if (
        code is None
        or money.currency != "USD"
        or not money.text.startswith("$")
        or money.text[:3].lower() == "$us"
    ):
        return money
    # the government named before the sum ("Glencore completed its $6.9 billion purchase
    # after Canada's government approved it": the sum is the firm's)
    acting = (
        country == issuer
        or _HOME_GOVERNMENT.search(sentence, 0, money.start)
        or _HOME_SUBJECT[code].search(sentence, 0, money.start)
    )
    if not acting or _US_NAMED.search(sentence) or _LOCAL_MARK.search(document):
        return money
    return replace(money, currency=code, usd=None)


# s42: a tonnage a change starts from ("cut its quota from 379 million tonnes to 250 million
# tonnes", "to 120,000 tonnes, down from 135,000 tonnes")
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I
)


def step_origins(text: str, quantities: list[Quantity]) -> set[int]:
    """The starts of the tonnages a change is told to start from, when the sentence tells
    another it goes to: the step commits the tonnage it reaches, not the one it leaves."""
    if len(quantities) < 2 or "from" not in text:
        return set()
    origins = {
        q.start
        for q in quantities
        if _FROM_BEFORE.search(text, max(0, q.start - 20), q.start) is not None
    }
    return origins if len(origins) < len(quantities) else set()
