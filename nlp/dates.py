"""Event dates and deadlines in a sentence, resolved against the publication date."""

from __future__ import annotations

import bisect
import calendar
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from nlp import amounts
from nlp.amounts import first_digit, letter_runs, word_starts

LOGGER = logging.getLogger(__name__)

# How far past publication a day named without a year ("on May 3") may lie and still be this
# year's: beyond it, the writer meant the same day of the year before.
AHEAD_DAYS = 60

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
)
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:19[5-9]\d|20\d\d|21\d\d)"
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Each pattern is tried in order; later ones skip text an earlier one matched.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a digit leads each numeric pattern and the word-boundary test looks back from after the
    # year, so the regex engine skips to digits instead of trying every character
    (
        "iso",
        re.compile(rf"(?P<y>{_YEAR_RE})(?<!\w\d{{4}})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?P<mon>{_MONTH_RE})\s(?P<d>{_DAY_RE})\b(?:,?\s(?P<y>{_YEAR_RE})\b)?", re.I
        ),
    ),
    (
        "dmy",
        re.compile(rf"\b(?P<d>{_DAY_RE})\s(?P<mon>{_MONTH_RE})(?:,?\s(?P<y>{_YEAR_RE})\b)?", re.I),
    ),
    (
        "my",
        re.compile(
            rf"\b(?:(?:early|mid|late|the end of|end of|the start of|the beginning of)[\s-]+)?"
            rf"(?P<mon>{_MONTH_RE})(?:\s(?:of\s)?(?P<y>{_YEAR_RE})\b|(?P<rel>\s(?:last|this|next)\syear)"
            rf"|(?P<that>\s(?:of\s)?that\syear))?",
            re.I,
        ),
    ),
    # db35: "a year ago this week" (see _db35_ago)
    (
        "ago",
        re.compile(
            r"\b(?P<n>a|one|two|three|four|five)\syears?\sago\sthis\s(?:week|month)\b", re.I
        ),
    ),
    ("weekday", re.compile(rf"\b(?:(?:last|this|next)\s)?(?P<wd>{_WEEKDAY_RE})\b", re.I)),
    ("today", re.compile(r"\b(?P<w>today|yesterday|tomorrow|on\sthe\ssame\sday)\b", re.I)),
    (
        "relweek",
        re.compile(
            r"\b(?P<w>last|this|next|earlier\sthis|later\sthis)\s(?P<u>week|weekend)\b", re.I
        ),
    ),
    (
        "relmonth",
        re.compile(r"\b(?P<w>last|this|next|earlier\sthis|later\sthis)\smonth\b", re.I),
    ),
    (
        "relyear",
        re.compile(
            r"\b(?P<w>last|this|next|earlier\sthis|later\sthis|the\sprevious|the\scurrent)\syear\b",
            re.I,
        ),
    ),
    ("year", re.compile(rf"(?P<y>{_YEAR_RE})(?<![\w$€£¥.,/-]\d{{4}})(?![\w%/-])")),
]
_PATTERN = dict(_PATTERNS)

# number words as counts ("within ninety days", "two days after")
WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
}
_WITHIN = re.compile(
    r"\bwithin\s(?:the\snext\s)?(?P<n>\d+|"
    + "|".join(WORD_NUMBERS)
    + r")\s(?P<u>days|weeks|months|years)\b",
    re.I,
)
# Words right before a date that make it a target rather than the event's own date.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|through|before|no\slater\sthan|deadline\sof|target\sof|targets?\sfor"
    r"|due\sin|due\sby|in\stime\sfor|ahead\sof|goal\sof|(?:years?|months?)\sto|up\sto)\s(?:the\s)?(?:end\sof\s|start\sof\s|middle\sof\s|mid-?|early\s|late\s)?(?:the\s)?$",
    re.I,
)
# s42: words right before a date that make it the day a step is scheduled for or was moved to
# ("the auction is set for July", "the ban was postponed to June"): a deadline, read forward
# like one (read back, "set for July" in May was last July's, and the event's date), and
# marked `due` so that merging can place a mention dated only by it (nlp/events.py)
_DUE_BEFORE = re.compile(
    r"\b(?:(?:set|scheduled|slated|planned|due)\sfor"
    r"|(?:extended|postponed|delayed|deferred|pushed\sback|brought\sforward|moved)\s(?:to|until))"
    r"\s(?:the\s)?(?:end\sof\s|start\sof\s|middle\sof\s|mid-?|early\s|late\s)?(?:the\s)?$",
    re.I,
)
# the same told with the step's object between ("postponed the ban to June", "pushed the
# auction back to October"): the verb, up to 60 characters of one clause, then the preposition
_DUE_MOVED = re.compile(
    r"\b(?:postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|extend(?:s|ed)?|push(?:es|ed)"
    r"|mov(?:es|ed)|brings?|brought)\s[^.;:,]{1,60}?\s(?:back\s|forward\s)?(?:to|until)\s(?:the\s)?"
    r"(?:end\sof\s|start\sof\s|middle\sof\s|mid-?|early\s|late\s)?(?:the\s)?$",
    re.I,
)
DUE_MOVED_REACH = 150
# the lower-case stems one of which every match of `_DUE_MOVED` holds
_DUE_MOVED_STEMS = ("postpone", "delay", "defer", "extend", "push", "move", "bring", "brought")


def _due_moved(text: str, start: int) -> bool:
    """Whether `_DUE_MOVED` matches the text before `start`: tried only when one of its verbs
    stands in reach (its leading `\b` and alternatives would have it tried at every
    character of most sentences' dates in vain)."""
    low = start - DUE_MOVED_REACH if start > DUE_MOVED_REACH else 0
    window = text[low:start].lower()
    for stem in _DUE_MOVED_STEMS:
        if stem in window:
            return _DUE_MOVED.search(text, low, start) is not None
    return False


# the longest text `_DUE_BEFORE` matches, and the last words of every such text (tests check
# both against the pattern, as for the two patterns below)
DUE_REACH = 40
DUE_TAILS = ("for", "to", "until", "of", "mid", "mid-", "early", "late", "the")
# Words right before a date that make it the start of a measure ("from August 1").
_EFFECTIVE_BEFORE = re.compile(
    r"\b(?:from|starting|starting\sfrom|starting\son|effective|effective\sfrom|as\sof|beginning"
    r"|begins?\son|takes?\seffect\son|with\seffect\sfrom)\s(?:the\s)?$",
    re.I,
)


# The longest text each of the two patterns above can match (tests check them against the
# patterns): a match ends the text before a date, so the search starts this far from its end
# (one more for the newline "$" may stand before).
DEADLINE_REACH = 32
EFFECTIVE_REACH = 21


# The last words of every text the two patterns match, lower-cased with single spaces
# (tests derive every such text from the patterns and check it): most dates follow "in", "on"
# or "since", none of them here, so most searches need not run.
DEADLINE_TAILS = (
    "by",
    "until",
    "till",
    "through",
    "before",
    "than",
    "deadline of",
    "target of",
    "goal of",
    "ahead of",
    "end of",
    "start of",
    "middle of",
    "target for",
    "targets for",
    "time for",
    "due in",
    "year to",
    "years to",
    "month to",
    "months to",
    "up to",
    "mid",
    "mid-",
    "early",
    "late",
    "the",
)
EFFECTIVE_TAILS = (
    "from",
    "starting",
    "starting on",
    "begin on",
    "begins on",
    "effect on",
    "effective",
    "as of",
    "beginning",
    "the",
)
# the last characters of `before` that hold every tail, its whitespace and a newline
_TAIL_CHARS = 24


def _ends_with(pattern: re.Pattern[str], before: str, reach: int, tails: tuple[str, ...]) -> bool:
    """Whether `pattern` (anchored at the end) matches the end of `before`: ASCII text that
    ends in none of its tails cannot match; otherwise the pattern is tried from only the
    positions a match can start from. (Outside ASCII, case-insensitive matching knows letters
    that lower() does not map, so such text is always searched.)"""
    if before.isascii() and not " ".join(before[-_TAIL_CHARS:].lower().split()).endswith(tails):
        return False
    return (
        pattern.search(before, len(before) - reach - 1 if len(before) > reach + 1 else 0)
        is not None
    )


_EXPLICIT_AFTER = re.compile(rf",?\s(?:{_MONTH_RE}\s\d|{_DAY_RE}\s{_MONTH_RE})", re.I)


# stdate2: a date that ends a range opened by "from" or "between" ("from August 1 to December
# 31", "between 2015 and 2022") is where a period stops, not when a step was taken: a deadline,
# read forward like one
_SD2_DATE_TEXT = (
    rf"(?:{_MONTH_RE}\s{_DAY_RE}(?:,?\s{_YEAR_RE})?|{_DAY_RE}\s{_MONTH_RE}(?:,?\s{_YEAR_RE})?"
    rf"|{_MONTH_RE}(?:\s{_YEAR_RE})?|{_YEAR_RE})"
)
_SD2_RANGE_BEFORE = re.compile(
    rf"\b(?:from|between)\s(?:the\s)?(?:end\sof\s|start\sof\s)?{_SD2_DATE_TEXT},?\s(?:to|and)\s$",
    re.I,
)
# the longest text before a range's end the pattern above needs to see
_SD2_RANGE_REACH = 64


def _sd2_range_end(before: str) -> bool:
    """Whether the text before a date opens a range it ends ("from May 1 to", "between 2015
    and"): the date closes a period, so it dates no step."""
    low = before.lower()  # sp40r2: tails compared, no `endswith` call (its arguments parsed)
    if low[-4:] != " to " and low[-5:] != " and ":
        return False
    return _SD2_RANGE_BEFORE.search(before[-_SD2_RANGE_REACH:]) is not None


@dataclass(frozen=True)
class DateMention:
    """A date expression and its resolved value (YYYY-MM-DD, YYYY-MM or YYYY)."""

    text: str
    start: int
    end: int
    value: str
    kind: str  # "event" | "deadline" | "effective"
    # s42: a deadline told as the day a step is scheduled for or moved to (`_DUE_BEFORE`); a
    # class default, so `_mention` need not set it
    due: bool = False
    # s42b: the explicit date of the sentence a day named without its year was read against
    # ("In July 2023, ... would take effect on Aug. 1": July 2023), else None
    told_at: str | None = None
    # s42b: a date naming the measure it premodifies ("the Oct. 9 export control measures")
    named: bool = False
    # s43: a named date whose measure a verb before it changes ("suspended the October 9
    # export controls"): the old measure's day, no day of the change told
    changed: bool = False
    # s43: the character where the relative clause holding the date opens (its pronoun:
    # "which it had revoked in 2022"), else -1 (`_s43_mark_relative`)
    relative: int = -1
    # and where that clause ends
    relative_end: int = -1


_NEW_OBJECT = object.__new__
_SET_ATTRIBUTE = object.__setattr__


def _mention(text: str, start: int, end: int, value: str, kind: str) -> DateMention:
    """Speed40: `DateMention(text, start, end, value, kind)` with its fields set as one dict,
    not by the frozen dataclass's `__init__` (an `object.__setattr__` call a field)."""
    mention = _NEW_OBJECT(DateMention)
    fields = {"text": text, "start": start, "end": end, "value": value, "kind": kind}
    _SET_ATTRIBUTE(mention, "__dict__", fields)
    return mention


def parse_published(published: str | None) -> date | None:
    """The publication date of an article from an ISO string, or None."""
    if not published:
        return None
    text = str(published).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        LOGGER.debug("unreadable published date %r", published)
        return None


def _month_year(month: int, pub: date | None, past: bool = True) -> int | None:
    """The year of a month named without one: the latest such month not after publication."""
    if pub is None:
        return None
    if past:
        return pub.year if month <= pub.month else pub.year - 1
    return pub.year if month >= pub.month else pub.year + 1


def _full_date(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_DB35_AGO_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _db35_ago(g: dict[str, str | None], pub: date) -> str:
    """The month of "a year ago this week" (or "this month"): the month a year before, the
    anniversary a retrospective opens with ("A year ago this week, ... signed a memorandum" in
    a report of July 2024 -> 2023-07). "This week" alone would give the report's month; "two
    weeks ago" or a bare "a year ago" in a relative clause ("who took office two weeks ago")
    dated asides, and are left out."""
    return f"{pub.year - _DB35_AGO_COUNTS[(g['n'] or 'a').lower()]:04d}-{pub.month:02d}"


def _db35_week_month(word: str, pub: date) -> str:
    """The month of "this week", "last week" or "next week" (YYYY-MM): a week names no day, and
    the labels give such steps the month ("signed ... last week" -> 2024-11). A week that
    straddles two months is read by its Thursday, the day that falls in the month holding most
    of it (Monday to Sunday): "last week" told on Tuesday 4 April is March's, told on Sunday
    6 April (the working week just ended) April's."""
    shift = {"last": -7, "next": 7}.get(word, 0)
    if not shift:
        return f"{pub.year:04d}-{pub.month:02d}"
    if shift < 0 and pub.weekday() >= 5:
        shift = 0  # told on a Saturday or Sunday, "last week" is the working week just ended
    thursday = pub - timedelta(days=pub.weekday()) + timedelta(days=shift + 3)
    return f"{thursday.year:04d}-{thursday.month:02d}"


def _resolve(kind: str, m: re.Match[str], pub: date | None, forward: bool) -> str | None:
    if kind == "year":
        # the most frequent kind by far: answered before the groups are copied
        return m.group("y") if pub is not None else None
    g = m.groupdict()
    if kind == "iso":
        return _full_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind in ("mdy", "dmy"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        day = int(_NOT_DIGIT.sub("", g["d"]))
        if g.get("y"):
            return _full_date(int(g["y"]), month, day)
        if pub is None:
            return None
        year = pub.year
        candidate = _full_date(year, month, day)
        if candidate is None:
            return None
        as_date = date.fromisoformat(candidate)
        # "from August 1" in July looks ahead; "on March 3" in March looks back
        if forward and as_date < pub - timedelta(days=31):
            return _full_date(year + 1, month, day)
        if not forward and as_date > pub + timedelta(days=AHEAD_DAYS):
            # "on December 5" in January is last December; "the May 3 election" in April
            # is next week's, not last year's
            return _full_date(year - 1, month, day)
        return candidate
    if kind == "my":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            return f"{int(g['y']):04d}-{month:02d}"
        if pub is None:
            return None
        rel = (g.get("rel") or "").strip().lower()
        if rel.startswith("last"):
            return f"{pub.year - 1:04d}-{month:02d}"
        if rel.startswith("next"):
            return f"{pub.year + 1:04d}-{month:02d}"
        if rel.startswith("this"):
            return f"{pub.year:04d}-{month:02d}"
        if g.get("that"):
            return None  # the year is another mention's: see _db35_that_year
        year = _month_year(month, pub, past=not forward)
        return f"{year:04d}-{month:02d}"
    if pub is None:
        return None
    if kind == "weekday":
        target = _WEEKDAYS[g["wd"].lower()]
        if forward:
            delta = (target - pub.weekday()) % 7
            return (pub + timedelta(days=delta)).isoformat()
        delta = (pub.weekday() - target) % 7
        if m.group(0).lower().startswith("last") and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat()
    if kind == "today":
        word = g["w"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return (pub + timedelta(days=shift)).isoformat()
    if kind == "ago":
        return _db35_ago(g, pub)
    if kind == "relweek":
        word = g["w"].lower()
        if g["u"].lower() == "week":
            return _db35_week_month(word, pub)
        shift = {"last": -7, "next": 7}.get(word, 0)
        return (pub + timedelta(days=shift)).isoformat()
    if kind == "relmonth":
        word = g["w"].lower()
        y, mo = pub.year, pub.month
        if word == "last":
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        elif word == "next":
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
        return f"{y:04d}-{mo:02d}"
    if kind == "relyear":
        word = g["w"].lower()
        shift = {"last": -1, "the previous": -1, "next": 1}.get(word, 0)
        return f"{pub.year + shift:04d}"
    return None


def _overlapping(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    for s, e in taken:  # sp40r2: a plain loop, no generator for `any`
        if start < e and s < end:
            return True
    return False


_DIGIT = re.compile(r"\d")
# speed39: the patterns `_resolve`, `_db35_ahead` and `find_dates` used through the `re`
# module's functions (a look-up of its pattern cache a call), compiled once
_NOT_DIGIT = re.compile(r"\D")
_DB35_TO_AFTER = re.compile(r"\s+to\s")
_MAY_MONTH_BEFORE = re.compile(r"\b(in|since|of|early|late|mid|end)\s$")
# how every year _YEAR_RE matches begins
_MONTH_WORDS = set(_MONTHS)
_WEEKDAY_WORDS = set(_WEEKDAYS)
_TODAY_WORDS = {"today", "yesterday", "tomorrow", "same"}
# the words the patterns below need, as ASCII bytes
_KEY_WORDS = frozenset(
    w.encode("ascii")
    for w in (
        *_MONTH_WORDS,
        *_WEEKDAY_WORDS,
        *_TODAY_WORDS,
        "week",
        "weekend",
        "month",
        "year",
        "within",
        "ago",
    )
)
_KEY_TEXT = {w: w.decode("ascii") for w in _KEY_WORDS}
# every byte but a-z as a space: split() then yields the [a-z]+ runs of the text
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def _key_words(low: str) -> set[str]:
    """The words of `_KEY_WORDS` that stand as whole [a-z]+ runs of the lower-cased text: a
    bytes translate and split, several times cheaper than a regex over every word."""
    # speed39: mapped in C, no comprehension's frame for the few words found
    return set(map(_KEY_TEXT.__getitem__, _KEY_WORDS.intersection(letter_runs(low))))


_DB35_WORD_TAIL = re.compile(r"[a-z]*")


def _windows(low: str, present: set[str], radius: int = 28) -> list[tuple[int, int]]:
    """Merged character windows around each occurrence of the given words: the slow
    case-insensitive patterns run only there. (db35) A window ends at the end of a word, not
    inside one: a pattern matched up to the window's end reads that end as the end of the
    text, and took "dec" in "declared" cut there for December."""
    spans: list[tuple[int, int]] = []
    for word in present:
        start = low.find(word)
        while start != -1:
            # speed40: bounds by comparison, no builtin min()/max() (keyword parsing)
            end = start + len(word) + radius
            if end > len(low):
                end = len(low)
            end = _DB35_WORD_TAIL.match(low, end).end()
            spans.append((start - radius if start > radius else 0, end))
            start = low.find(word, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], e if e > last[1] else last[1])
        else:
            merged.append((s, e))
    return merged


# The words one of which every match of a pattern holds (as a whole word), for the patterns
# searched only near them; a match reaches under _windows' radius from its word.
_ANCHOR_WORDS = {
    "ago": {"ago"},
    "today": _TODAY_WORDS,
    "relweek": {"week", "weekend"},
    "relmonth": {"month"},
    "relyear": {"year"},
}


# speed39: the lower-case words one of which starts every match of an anchored pattern (its
# alternatives' first words; tests check them against the patterns), so that in ASCII text it
# is tried only where one starts inside its windows (`_matches_in`); "ago" has none ("a")
_ANCHOR_LEADS: dict[str, tuple[str, ...]] = {
    "ago": (),
    "today": ("today", "yesterday", "tomorrow", "on"),
    "relweek": ("last", "this", "next", "earlier", "later"),
    "relmonth": ("last", "this", "next", "earlier", "later"),
    "relyear": ("last", "this", "next", "earlier", "later", "the"),
}


# The lower-case words one of which starts every match of a case-insensitive pattern (its
# alternatives in full or their first letters): in ASCII text the pattern is tried only where
# one starts, since its leading `\b` and alternatives make `finditer` try every character.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LEAD_WORDS: dict[str, tuple[str, ...]] = {
    "mdy": (),
    "my": ("early", "mid", "late", "the", "end"),
    "weekday": ("last", "this", "next"),
}
_LEADS: dict[str, tuple[str, ...]] = {
    "mdy": _MONTH_STEMS,
    "my": (*_MONTH_STEMS, *_LEAD_WORDS["my"]),
    "weekday": (*_WEEKDAY_WORDS, *_LEAD_WORDS["weekday"]),
}


def _present_leads(kind: str, present: set[str]) -> tuple[str, ...]:
    """`_LEADS[kind]` for a text whose month or weekday words (whole runs of letters, from
    `_key_words`) are `present`. Speed38: a match's month or weekday stands as a whole run of
    its letters, so only the stems of the months the text holds (their first three letters)
    and its weekdays can lead one, with the words before them (`_LEAD_WORDS`)."""
    if kind == "weekday":
        return (*present, *_LEAD_WORDS[kind])
    return (*{word[:3] for word in present}, *_LEAD_WORDS[kind])


def _window_starts(low: str, leads: tuple[str, ...], windows: list[tuple[int, int]]) -> list[int]:
    """Every offset, in order, where one of the leads stands whole inside one of the windows.
    Speed38: a match inside a window starts with a whole lead, so the text outside the windows
    (most of a sentence) is not searched for leads; a lead cut by a window's end starts no
    match there."""
    at: set[int] = set()
    for start, end in windows:
        for word in leads:
            if word not in low:
                continue  # speed40: told by `in`, no `find` call (its arguments parsed a call)
            i = low.find(word, start, end)
            while i >= 0:
                at.add(i)
                i = low.find(word, i + 1, end)
    # speed40: no sort (a builtin's keyword parsing) for one offset or none, most calls
    return sorted(at) if len(at) > 1 else [*at]


def _matches_in(
    pattern: re.Pattern[str],
    text: str,
    windows: list[tuple[int, int]],
    low: str = "",
    leads: tuple[str, ...] = (),
) -> list[re.Match[str]]:
    """Matches of the pattern inside the windows (lookbehinds still see the whole text), as
    `finditer` gives them; with `leads` (see _LEADS) and the lower-cased text, ASCII text is
    tried only where a lead starts."""
    out: list[re.Match[str]] = []
    if not windows:
        return out
    if leads and text.isascii():
        starts = _window_starts(low, leads, windows)
        for start, end in windows:
            last = start
            for i in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
                if i >= last and (m := pattern.match(text, i, end)):
                    out.append(m)
                    last = m.end()
        return out
    for start, end in windows:
        out.extend(pattern.finditer(text, start, end))
    return out


def _wanted(words: set[str], has_digit: bool, text: str) -> list[str]:
    """The patterns that can match at all, from the words of the text: most sentences skip
    most patterns, which keeps date finding cheap."""
    months = not words.isdisjoint(_MONTH_WORDS)
    kinds = []
    if has_digit and "-" in text:
        kinds.append("iso")
    if months and has_digit:
        kinds += ("mdy", "dmy")
    if months:
        kinds.append("my")
    if "ago" in words:
        kinds.append("ago")
    if not words.isdisjoint(_WEEKDAY_WORDS):
        kinds.append("weekday")
    if not words.isdisjoint(_TODAY_WORDS):
        kinds.append("today")
    if "week" in words or "weekend" in words:
        kinds.append("relweek")
    if "month" in words:
        kinds.append("relmonth")
    if "year" in words:
        kinds.append("relyear")
    if has_digit:
        kinds.append("year")
    return kinds


# db35: "in December that year", "in May of that year": the month of the year the sentence
# named last before it ("since August 2023 ... and of graphite since December that year",
# "a WTO panel agreed in 2022, but Indonesia appealed in December that year"). With no year
# before it in the sentence, the year is another sentence's and the month stays unresolved.
_DB35_YEAR_BEFORE = re.compile(rf"(?<![\w$€£¥.,/-])({_YEAR_RE})(?![\w%/-])")


def _db35_that_year(text: str, m: re.Match[str]) -> str | None:
    """The value of a month told "that year": its month in the last year named before it."""
    years = _DB35_YEAR_BEFORE.findall(text, 0, m.start())
    if not years:
        return None
    return f"{int(years[-1]):04d}-{_MONTHS[m.group('mon').lower().rstrip('.')]:02d}"


# db35: a day named without a year in a clause that tells a step still to come ("are due to
# meet on Wednesday", "is expected to adopt a declaration on Friday", "will end on Thursday")
# is the next such day, not the last one: the verb before it looks ahead. The clause runs
# back to the last comma, semicolon, colon or verb of saying; a relative clause, a past form
# or a word of the past between the future verb and the date ("will remove the tariff it
# imposed on Monday", "will stay under the deal the two reached on May 8") tells another step,
# and the date keeps its backward reading.
_DB35_AHEAD_CUE = re.compile(
    r"\b(?:will|would|(?:is|are|was|were)\s(?:also\s)?(?:due|expected|scheduled|set|slated)\sto"
    r"|(?:is|are)\sto|plans?\sto|expects?\sto|intends?\sto)\s",
    re.I,
)
# "Leaders are also expected on Tuesday to sign": the future verb around the day
_DB35_AHEAD_AROUND = re.compile(
    r"\b(?:is|are|was|were)\s(?:also\s)?(?:due|expected|scheduled|set|slated)\s(?:on\s)?$", re.I
)
_DB35_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:said|says|told|announced)\b", re.I)
# speed38: `_DB35_CLAUSE_BREAK` for lower-cased ASCII text, case-sensitive and each branch led
# by a literal character (the word boundary before a word tested after its first letter), so
# the regex engine skips to those characters instead of trying every branch at every one
_DB35_CLAUSE_BREAK_LOW = re.compile(
    r",|;|:|s(?<!\ws)(?:aid|ays)\b|t(?<!\wt)old\b|a(?<!\wa)nnounced\b"
)
# speed38: the last words of every text `_DB35_AHEAD_AROUND` matches, and its longest match
_DB35_AROUND_TAILS = ("due", "expected", "scheduled", "set", "slated", "on")
_DB35_AROUND_REACH = 23
_DB35_PAST_BETWEEN = re.compile(
    r"\b(?:that|which|who|whom|whose|since|last|after|ago)\b|\b\w{3,}ed\b"
    r"|\b(?:put|set|made|took|began|struck|held|sent|won|brought|led|paid|cut|hit|shut)\b",
    re.I,
)
# how far back the future verb may stand from the date
_DB35_AHEAD_REACH = 160
# speed39: the lower-case words one of which starts every match of `_DB35_AHEAD_CUE`
_DB35_AHEAD_LEADS = ("will", "would", "is", "are", "was", "were", "plan", "expect", "intend")


def _db35_ahead(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] stands in a clause that tells a step still to come,
    so that a day named without a year looks ahead of publication."""
    before = text[start - _DB35_AHEAD_REACH if start > _DB35_AHEAD_REACH else 0 : start]
    if _ends_with(
        _DB35_AHEAD_AROUND, before, _DB35_AROUND_REACH, _DB35_AROUND_TAILS
    ) and _DB35_TO_AFTER.match(text[end : end + 5]):
        return True
    clause = before[_db35_clause_start(before) :]
    if not clause.isascii():
        cues = list(_DB35_AHEAD_CUE.finditer(clause))
        return bool(cues) and not _DB35_PAST_BETWEEN.search(clause, cues[-1].end())
    # speed39: in ASCII text a cue starts where one of its first words does, so the pattern is
    # tried there alone (its leading `\b` and case-insensitive alternatives make `finditer`
    # try every character); the cues come in order, none inside the one before, as `finditer`
    # gives them, and the last one's end is read
    last = -1
    for i in word_starts(clause.lower(), _DB35_AHEAD_LEADS):
        if i >= last and (m := _DB35_AHEAD_CUE.match(clause, i)):
            last = m.end()
    return last >= 0 and not _DB35_PAST_BETWEEN.search(clause, last)


def _db35_clause_start(before: str) -> int:
    """Where the clause ending `before` starts: after the last clause break in it, else 0. The
    breaks cannot overlap (a punctuation mark or a whole word), so the last one `finditer`
    gives is the last one that matches anywhere."""
    if not before.isascii():
        breaks = list(_DB35_CLAUSE_BREAK.finditer(before))
        return breaks[-1].end() if breaks else 0
    at = 0
    for m in _DB35_CLAUSE_BREAK_LOW.finditer(before.lower()):
        at = m.end()
    return at


def _db35_bare(kind: str, m: re.Match[str]) -> bool:
    """Whether a mention names a day with no year nor word that places it ("on Friday", "on
    October 16"; not "last Friday", "October 16, 2024"). A bare month ("in March") is left to
    its backward reading: read ahead, "the commission is scheduled to rule in April" and "the
    duties, due to take effect in January," took the lead's step and merged into it (one
    labelled event lost in trainA), for as many months set right (five)."""
    if kind == "weekday":
        return m.group(0).lower() == m.group("wd").lower()
    return kind in ("mdy", "dmy") and not m.group("y")


def find_dates(text: str, published: str | date | None) -> list[DateMention]:
    """Every date expression in the text, resolved, in order, each marked as the event's
    own date, a deadline ("by 2030", "within 90 days") or a start date ("from August 1")."""
    pub = published if isinstance(published, date) else parse_published(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    words = _key_words(low)
    # sp40r2: `first_digit`'s kept answer read here, no call when the money finder has just
    # read this text (most sentences)
    last = amounts._LAST_DIGIT
    digit = last[1] if last[0] is text else first_digit(text)
    has_digit = digit >= 0
    if not has_digit and (not words or words == {"within"}):
        return found  # "within" alone does not start the search ("within ninety days")
    # speed38: tried only where "within" starts (`_matches_in`), not at every character
    within = (
        _matches_in(_WITHIN, text, [(0, len(text))], low, ("within",)) if "within" in words else ()
    )
    for m in within:
        if pub is None:
            continue
        value = _within_value(m, pub)
        found.append(_mention(m.group(0), m.start(), m.end(), value, "deadline"))
        taken.append((m.start(), m.end()))
    months = words & _MONTH_WORDS
    month_windows = _windows(low, months) if months else []
    weekdays = words & _WEEKDAY_WORDS
    weekday_windows = _windows(low, weekdays) if weekdays else []
    numbered_windows: list[tuple[int, int]] | None = None
    yearless: list[tuple[DateMention, str, re.Match[str]]] = []
    for kind in _wanted(words, has_digit, text):
        pattern = _PATTERN[kind]
        if kind in ("mdy", "dmy"):
            # a day number is part of these: windows without a digit cannot hold one
            if numbered_windows is None:
                numbered_windows = [
                    w for w in month_windows if _DIGIT.search(text, w[0], w[1]) is not None
                ]
            leads = _present_leads(kind, months) if kind in _LEADS else ()
            matches = _matches_in(pattern, text, numbered_windows, low, leads)
        elif kind == "my":
            matches = _matches_in(pattern, text, month_windows, low, _present_leads(kind, months))
        elif kind == "weekday":
            leads = _present_leads(kind, weekdays)
            matches = _matches_in(pattern, text, weekday_windows, low, leads)
        elif kind in _ANCHOR_WORDS:
            # each of these phrases holds one of its anchor words and reaches less than a
            # window's radius from it, so only the text around them is searched
            matches = _matches_in(
                pattern, text, _windows(low, words & _ANCHOR_WORDS[kind]), low, _ANCHOR_LEADS[kind]
            )
        elif "19" in text or "20" in text or "21" in text:  # sp40r2: `in` tests, no any/map
            # "iso" and "year": a year leads every match, so the search starts at the first
            # digit (lookbehinds still see the text before it)
            matches = pattern.finditer(text, digit)
        else:
            continue
        for m in matches:
            start, end = m.span()
            if taken and _overlapping(start, end, taken):
                continue
            if (
                kind == "my"
                and m.group("mon").lower().rstrip(".") == "may"
                and not (m.group("y") or m.group("rel"))
            ):
                # "may" is mostly the verb; only "in May" / "since May" count
                before = text[max(0, start - 6) : start].lower()
                if not _MAY_MONTH_BEFORE.search(before):
                    continue
            if kind == "my" and m.group("mon").lower().rstrip(".") in ("mar", "jun", "jan"):
                continue
            if kind == "weekday" and _EXPLICIT_AFTER.match(text[end : end + 16]):
                continue  # "Sunday, March 3": the explicit date says it
            # speed40: bounds by comparison, no builtin max() (keyword parsing)
            before = text[start - 40 if start > 40 else 0 : start]
            if kind == "year" and before[-3:] == "of " and _S42B_NUMBER_OF.search(before):
                continue  # "Announcement 46 of 2024": the text's number, no date
            # `_ends_with` of the two patterns, speed39: the tail of ASCII text told once
            tail = " ".join(before[-_TAIL_CHARS:].lower().split()) if before.isascii() else None
            due = (tail is None or tail.endswith(DUE_TAILS)) and (
                _DUE_BEFORE.search(
                    before, len(before) - DUE_REACH - 1 if len(before) > DUE_REACH + 1 else 0
                )
                is not None
                or _due_moved(text, start)
            )
            if due:
                role = "deadline"
            elif (tail is None or tail.endswith(DEADLINE_TAILS)) and _DEADLINE_BEFORE.search(
                before,
                len(before) - DEADLINE_REACH - 1 if len(before) > DEADLINE_REACH + 1 else 0,
            ):
                role = "deadline"
            elif (tail is None or tail.endswith(EFFECTIVE_TAILS)) and _EFFECTIVE_BEFORE.search(
                before,
                len(before) - EFFECTIVE_REACH - 1 if len(before) > EFFECTIVE_REACH + 1 else 0,
            ):
                role = "effective"
            elif _sd2_range_end(
                text[start - _SD2_RANGE_REACH if start > _SD2_RANGE_REACH else 0 : start]
            ):
                role = "deadline"
            else:
                role = "event"
            ahead = role != "event" or (_db35_bare(kind, m) and _db35_ahead(text, start, end))
            if (
                not ahead
                and kind == "my"
                and pub is not None
                and not (m.group("y") or m.group("rel") or m.group("that"))
                and _MONTHS[m.group("mon").lower().rstrip(".")] > pub.month
                and _s43_onset_ahead(text, start)
            ):
                ahead = True  # s43: "would start production in December", told in April
            value = _resolve(kind, m, pub, forward=ahead)
            if kind == "my" and m.group("that"):
                value = _db35_that_year(text, m)
            if value is None:
                continue
            if (
                role == "event"
                and kind in _S43_DAY_KINDS
                and (kind == "weekday" or not m.group("y"))
            ):
                # pub is set: a day without its year resolves only against it; most days are
                # past, told by one comparison
                today = pub.isoformat()
                if value >= today:
                    if (
                        (ahead or kind != "weekday")
                        and value <= (pub + _S43_WEEK).isoformat()
                        and _s43_onset_ahead(text, start, measure=True)
                    ):
                        # s43: "exports will be stopped on June 10", told on June 6 (a day
                        # beyond the coming week is made the deadline once merging has read it)
                        role = "effective"
                    elif (
                        kind != "weekday"
                        and not ahead
                        and value > today
                        and _s43_told_past(text, start, end)
                    ):
                        # s43: "On February 4 Beijing announced ...", told on January 3
                        value = _full_date(int(value[:4]) - 1, int(value[5:7]), int(value[8:]))
                        if value is None:
                            continue
            if due and _s42_past_due(value, pub, text, start):
                due, role = False, "event"
            mention = _mention(m.group(0).strip(), start, end, value, role)
            if due:
                mention.__dict__["due"] = True
            if kind in ("mdy", "dmy", "my"):
                # speed: every determiner `_S42B_NAMED_BEFORE` knows ends "e", "s" or "r"
                if before[-2:] in _S42B_NAMED_ENDS and _s42b_named(text, start, end):
                    mention.__dict__["named"] = True
                    if _s43_changed(text, start):
                        mention.__dict__["changed"] = True
                if ahead and not (
                    m.group("y") or (kind == "my" and (m.group("rel") or m.group("that")))
                ):
                    yearless.append((mention, kind, m))
            found.append(mention)
            taken.append((start, end))
    found.sort(key=lambda d: d.start)
    if yearless and pub is not None:
        _s42b_rebase(found, yearless, text, pub)
    # a clause about another step needs "had" or "will" / "shall" (`_S43_OTHER_TIME`): the
    # sentences without them, most, are not searched for relative clauses at all
    if (
        found
        and ("which" in low or "that" in low)
        and ("had" in low or "will" in low or "shall" in low)
    ):
        _s43_mark_relative(found, text)
    return found


# s43: a relative pronoun opening a clause about another step, earlier or to come ("the Jadar
# project, which it had revoked in 2022", "a draft law that the National Assembly will vote on
# next month"; not a plain past, "the Act, which entered into force in May 2024", whose date
# the labels give the steps framed by it). "that" only after a word that can head
# such a clause: not a verb of saying or the like ("said that"), nor before a time word ("that
# year"); "which" / "that" after a word naming the step itself ("a move which was announced
# in May") tell that step's date.
_S43_RELATIVE = re.compile(r"(?:,\s*|\s)(which|that)\s(?!year|month|week|day|time|period)", re.I)
_S43_RELATIVE_NOT_AFTER = frozenset(
    "said says say announced announces stated states noted notes added adds confirmed confirms"
    " reported reports warned warns agreed agrees decided decides expects expected believe"
    " believes hoped hopes argued argues claimed claims showed shows means meant ensure ensures"
    " so such now given except than told tells insisted insists signalled signaled indicated"
    " indicates suggested suggests acknowledged acknowledges clear move decision step"
    " announcement action".split()
)
# the clause's step set apart from the one told: an earlier undoing of its object ("which it had
# revoked in 2022") or a deliberation still to come ("that the National Assembly will vote on
# next month"); not a step of the cue's own measure ("which the government had already imposed
# in 2023", "which Jones has said will be published early next year": the labels date by it)
_S43_OTHER_TIME = re.compile(
    r"\bhad\s(?:\w+\s)?(?:revoked|cancell?ed|withdrawn|suspended|scrapped|lifted|annulled|rescinded"
    r"|repealed|halted|rejected|blocked)\b|\b(?:will|shall)\s(?:\w+\s)?(?:vote|debate|consider"
    r"|review|examine|discuss)\b",
    re.I,
)
_S43_RELATIVE_END = re.compile(r"[,;:]|\s(?:and|but)\s")
_S43_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# how far before its clause's pronoun a cue may start and still be what the clause tells of
# ("the export quota, which the ministry set in March": the quota's own date)
S43_ANTECEDENT_REACH = 30


def _s43_mark_relative(found: list[DateMention], text: str) -> None:
    """Marks each event date inside a relative clause (`_S43_RELATIVE`) with where that clause
    opens and ends, for `event_date` to leave it to a cue inside or just before the clause."""
    for m in _S43_RELATIVE.finditer(text):
        at = m.start(1)
        word = _S43_WORD_BEFORE.search(text, at - 30 if at > 30 else 0, m.start())
        if word is None or word.group(1).lower() in _S43_RELATIVE_NOT_AFTER:
            continue
        stop = _S43_RELATIVE_END.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        if _S43_OTHER_TIME.search(text, m.end(), end) is None:
            continue  # a plain past clause may tell the cue's own step ("tariffs that X imposed")
        for d in found:
            if d.kind == "event" and at < d.start < end and d.relative < 0:
                d.__dict__["relative"] = at
                d.__dict__["relative_end"] = end


def _s43_outside(d: DateMention, anchor: int) -> bool:
    """Whether `d` lies in a relative clause that the cue at `anchor` is neither inside nor
    just before (`S43_ANTECEDENT_REACH`): the date of another step."""
    return d.relative >= 0 and not (
        d.relative - S43_ANTECEDENT_REACH <= anchor < d.relative_end
    )


# s42b: a year that ends a legal text's number ("Announcement 46 of 2024", "Government
# Regulation No. 96 of 2021", "Decree No. 22 of 2024"): the text's name, no date
_S42B_NUMBER_OF = re.compile(
    r"(?:\b(?:announcement|order|decree|regulation|law|resolution|circular|notice|decision"
    r"|directive|ordinance|proclamation|instruction)\s(?:(?:no|nr|number)\.?\s?)?|\b(?:no|nr)\.\s?)"
    r"\d+[a-z]?\sof\s$",
    re.I,
)
# s42b: a day or month right after a determiner and before a measure's noun ("the Oct. 9
# export control measures", "China's October 9 controls"): the date of the measure it names
_S42B_NAMED_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her)|['’]s)\s$", re.I)
_S42B_NAMED_ENDS = frozenset({"e ", "s ", "r ", "E ", "S ", "R "})
_S42B_NAMED_AFTER = re.compile(
    r"\s(?:[a-z-]+\s){0,3}?(?:measures?|controls?|curbs?|bans?|rules?|restrictions?|regulations?"
    r"|(?:executive\s)?orders?|decrees?|announcements?|decisions?|tariffs?|duties|levy|levies"
    r"|quotas?|deals?|agreements?|truce|regime|sanctions?|moratorium|suspension)\b"
)
# s42b: a year that may date the day named without one after it: "In July 2023,", "in 2023",
# a timeline row's "2023 -"
_S42B_YEAR_REF_BEFORE = re.compile(r"(?:\b(?:in|during|of)\s|^\s*)$", re.I)
# a standing state's start ("banned exports since January 2020"): no step of the sentence's
_S42B_SINCE = re.compile(r"\bsince\s$", re.I)
_S42B_FUTURE = re.compile(r"\b(?:will|shall)\b|\n", re.I)
_S42B_HAS_YEAR = re.compile(r"\d{4}")
_S43_BARE_MONTH = re.compile(_MONTH_RE, re.I)
# a step told in the present after a bare month ("opened its probe in February and must decide
# by March"): still to come from the report's day, as the month's year is only inferred
_S43_NOW = re.compile(r"\b(?:must|has\sto|have\sto|is|are|can)\b", re.I)
_S43_WEEK = timedelta(days=7)
_S43_DAY_KINDS = frozenset({"mdy", "dmy", "weekday"})


# s43: a verb that changes or ends a measure, before the determiner of one named by its date
# ("suspended the October 9 export controls", "will lift parts of the May 3 curbs")
_S43_CHANGING = re.compile(
    r"\b(?:suspend|lift|pause|delay|postpone|scrap|revoke|rescind|withdraw|extend|expand|tighten"
    r"|ease|relax|replace|amend|end|halt|drop|reverse|freeze|roll\sback|overturn|annul|cancel"
    r"|repeal|modify|revise|broaden|narrow)(?:s|es|d|ed|ped|ing|ping)?\s"
    r"(?:(?:the\s)?(?:implementation|enforcement|application|parts?|some|most|all|elements?"
    r"|several|much)\sof\s)?$",
    re.I,
)
# the past forms `_S43_CHANGING` misses by its endings
_S43_CHANGING_IRREGULAR = re.compile(r"\b(?:withdrew|froze|rolled\sback)\s$", re.I)


def _s43_changed(text: str, start: int) -> bool:
    """Whether a verb that changes or ends a measure stands before the determiner of the one a
    date names ("China suspended the October 9 export controls"): the step told is the change,
    whose day the measure's date is not."""
    det = _S42B_NAMED_BEFORE.search(text, start - 8 if start > 8 else 0, start)
    if det is None:
        return False
    at = det.start()
    low = at - 60 if at > 60 else 0
    return bool(
        _S43_CHANGING.search(text, low, at) or _S43_CHANGING_IRREGULAR.search(text, low, at)
    )


# s43: a step still to come that starts or stops something ("would start production", "will
# be stopped", "expects the plant to be commissioned", "will conclude"): its month is when the
# step is due, read ahead of the report
_S43_ONSET = re.compile(
    r"\b(?:will|would|shall|to)\s(?:also\s|then\s|only\s|now\s)?(?:be\s)?(?P<verb>stop|halt|ban"
    r"|suspend|lift|impose|enforce|implement|introduce|start|begin|commence|conclude|complete"
    r"|finish|take\seffect|come\sinto\sforce|enter\sinto\sforce|go\sinto\seffect|come\sonline"
    r"|kick\sin|stopped|halted|banned|suspended|lifted|imposed|enforced|implemented|introduced"
    r"|started|begun|commenced|concluded|completed|finished|commissioned|operational|online"
    r"|ready)\b(?P<rest>[^,;:]{0,80})$",
    re.I,
)
# the verbs of those that start or stop a measure: a day in the coming week a measure is
# due to start or stop on is its target ("exports will be halted on Friday"); a meeting, talks
# or a plant set to start or open that day keep it as their own date, as the labels do
_S43_MEASURE_VERBS = frozenset(
    "stop halt ban suspend lift impose enforce implement introduce stopped halted banned"
    " suspended lifted imposed enforced implemented introduced".split()
)
# what, between the step and its date, tells another step ("will lift the ban that took
# effect in March"), and a past form of the future before the step ("was expected to start")
_S43_ONSET_OTHER = re.compile(r"\b(?:that|which|who|since|after|ago|last|when|before)\b", re.I)
_S43_ONSET_WAS = re.compile(r"\b(?:was|were|had)\s(?:\w+\s){0,2}to\s\w+", re.I)


def _s43_onset_ahead(text: str, start: int, measure: bool = False) -> bool:
    """Whether the date at `start` ends a clause telling a step still to come that starts or
    stops something (`_S43_ONSET`; with `measure`, a measure), with no other step between."""
    before = text[start - 160 if start > 160 else 0 : start]
    clause = before[_db35_clause_start(before) :]
    low = clause.lower()
    if not ("will" in low or "would" in low or "shall" in low or "to " in low):
        return False
    m = _S43_ONSET.search(clause)
    return (
        m is not None
        and not (measure and m.group("verb").lower() not in _S43_MEASURE_VERBS)
        and not _S43_ONSET_OTHER.search(m.group("rest"))
        and not _S43_ONSET_WAS.search(clause, 0, m.end())
    )


# s43: what tells a clause's step as past ("On February 4 Beijing announced"): a verb's past
# form in lower case, not a participle that looks ahead ("the planned February 4 vote"), with
# no word of a step to come nor of a condition ("threatened tariffs once he takes office on
# January 20": the day is the condition's)
_S43_PAST = re.compile(
    r"(?<![\w-])(?:[a-z]{2,}ed|said|told|took|made|began|struck|held|sent|won|brought|led|paid"
    r"|met|gave|rose|fell|froze|withdrew|signed|agreed|set\sout)\b"
)
_S43_NOT_PAST = frozenset(
    "planned proposed scheduled expected delayed postponed rescheduled anticipated awaited"
    " needed required slated based owned related called limited listed intended targeted aimed"
    " projected speed feed seed shed hundred indeed exceed proceed succeed embed breed greed"
    " deed weed reed".split()
)
_S43_AHEAD_WORDS = re.compile(
    r"\b(?:will|would|shall|'ll|is\sto|are\sto|due|expected|scheduled|planned|slated|set\sto"
    r"|set\sfor|upcoming|coming|next|plans?|intends?|aims?|until|by|before|ahead|once|when|if"
    r"|unless)\b",
    re.I,
)
_S43_CLAUSE_END = re.compile(r"[,;:]|\.(?:\s|$)")


def _s43_told_past(text: str, start: int, end: int) -> bool:
    """Whether the clause around the date at text[start:end] tells its step as past and none
    still to come: a day named without a year and later than the report is then the same day
    a year before ("On February 4 Beijing announced export controls", told in January)."""
    before = text[start - 160 if start > 160 else 0 : start]
    stop = _S43_CLAUSE_END.search(text, end, end + 160)
    clause = (
        before[_db35_clause_start(before) :] + " " + text[end : stop.start() if stop else end + 160]
    )
    if _S43_AHEAD_WORDS.search(clause):
        return False
    for m in _S43_PAST.finditer(clause):
        if m.group(0) not in _S43_NOT_PAST:
            return True
    return False


def _s42b_named(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] premodifies a noun after a determiner ("the Oct. 9
    export control measures"): the measure's own date, not that of a step told about it."""
    return (
        _S42B_NAMED_BEFORE.search(text, start - 8 if start > 8 else 0, start) is not None
        and _S42B_NAMED_AFTER.match(text, end) is not None
    )


def _s42b_reference(d: DateMention, text: str, pub: date) -> date | None:
    """The date a mention with its own year gives the days named without one after it, or
    None: an event's date before publication, named with its year (s43: or a bare month told
    "in" it, "In September"), not after "since", not a measure's name ("China's December 2024
    ban ..., suspended until November 27": the suspension's day is the report's), not a law's
    title year and, as a bare year, told "in" it or opening a row."""
    if d.kind != "event" or d.named or d.value >= pub.isoformat()[: len(d.value)]:
        return None
    if _S42B_SINCE.search(text, d.start - 6 if d.start > 6 else 0, d.start):
        return None
    if not _S42B_HAS_YEAR.search(d.text):
        # s43: a bare month told "in" ("In September Congo announced ... from 16 October"),
        # read back from the report, dates the days after it as a year would
        if not (
            _S43_BARE_MONTH.fullmatch(d.text)
            and _S42B_YEAR_REF_BEFORE.search(text, d.start - 8 if d.start > 8 else 0, d.start)
        ):
            return None
    if len(d.text) == 4 and (
        not _S42B_YEAR_REF_BEFORE.search(text, d.start - 8 if d.start > 8 else 0, d.start)
        or _sw9_title_year(d, text)
    ):
        return None
    y, m, day = (d.value.split("-") + ["1", "1"])[:3]
    return date(int(y), int(m), int(day))


def _s42b_rebase(
    found: list[DateMention],
    yearless: list[tuple[DateMention, str, re.Match[str]]],
    text: str,
    pub: date,
) -> None:
    """Read each day or month named without a year and read ahead (a start, a target, a step to
    come) against the nearest explicit earlier date before it in the sentence, not against the
    publication: "In July 2023, China announced export controls ... that would take effect on
    Aug. 1" is August 2023's, and a timeline row "July 2023 - ..., effective Aug. 1." too. A
    "will" or "shall" between tells a step still to come from the report's day."""
    for mention, kind, m in yearless:
        ref = None
        for d in found:
            if d.start >= mention.start:
                break
            if d is not mention and (at := _s42b_reference(d, text, pub)) is not None:
                ref, told = at, d
        if ref is None or _S42B_FUTURE.search(text, told.end, mention.start):
            continue
        if not _S42B_HAS_YEAR.search(told.text) and _S43_NOW.search(text, told.end, mention.start):
            continue
        value = _resolve(kind, m, ref, forward=True)
        if value is not None:
            mention.__dict__["value"] = value
            mention.__dict__["told_at"] = told.value


# s42: a heading that ends on the day of the act it names, in a block of its own ("Commission
# Implementing Regulation (EU) 2026/512\nof 25 March 2026"), as an official journal prints it
_HEADING_DAY = re.compile(
    rf"(?:^|\s)of\s(?P<day>{_DAY_RE}\s{_MONTH_RE},?\s{_YEAR_RE}|{_MONTH_RE}\s{_DAY_RE},\s{_YEAR_RE})\s*$",
    re.I,
)


def heading_day(text: str) -> str | None:
    """The day a dated heading ends on ("... 2026/512 of 25 March 2026"), or None: the day of
    the act the block after it tells ("amending Regulation ... on export licences"), which
    names no date of its own."""
    tail = text[-40:]
    if "of" not in tail:
        return None
    m = _HEADING_DAY.search(tail)
    if m is None:
        return None
    found = find_dates(m.group("day"), None)
    return found[0].value if found and len(found[0].value) == 10 else None


def _s42_past_due(value: str, pub: date | None, text: str, start: int) -> bool:
    """Whether a day a step was set for or moved to is already past at publication ("since
    Indonesia brought forward its ban to January this year", told in August): the day the
    step took effect, the event's own date, unless told as the first schedule, since changed
    ("originally set for 2022")."""
    return (
        pub is not None
        and value < pub.isoformat()[: len(value)]
        and _S42_ONCE_DUE.search(text, start - 60 if start > 60 else 0, start) is None
    )


def event_date(mentions: list[DateMention], anchor: int | None = None) -> str | None:
    """The date the event happened: the event-kind mention nearest the cue (character offset)."""
    if not mentions:
        return None  # speed38: most sentences name no date
    events = [d for d in mentions if d.kind == "event"]
    if not events:
        return None
    if anchor is not None:
        # s43: a relative clause's date dates its own step, not a cue outside it
        events = [d for d in events if not _s43_outside(d, anchor)]
        if not events:
            return None
    if anchor is None or len(events) == 1:
        first = events[0]
        return None if first.changed and len(events) == 1 else first.value
    # speed40: the nearest (the first of equal distance) in a plain loop, no builtin min() with
    # a key function (keyword parsing, a lambda's frame and an abs() call a mention)
    best = events[0]
    gap = best.start - anchor if best.start >= anchor else anchor - best.start
    for mention in events:
        distance = mention.start - anchor if mention.start >= anchor else anchor - mention.start
        if distance < gap:
            best, gap = mention, distance
    if best.named:
        teller = _s42b_teller(events, best)
        if teller is best and best.changed:
            # s43: the change told names no day of its own before the measure's: the
            # nearest plain date of the sentence, else none
            others = [d for d in events if not d.named]
            return event_date(others, anchor) if others else None
        return teller.value
    return best.value


def _s42b_teller(events: list[DateMention], named: DateMention) -> DateMention:
    """The date of the step told about a measure named by its date ("said on Thursday it will
    suspend the Oct. 9 export control measures"): the nearest event date before the name that
    is not a part of it ("October 2025: China's October 9 export controls ..." keeps the day),
    else the name's own."""
    teller = named
    for d in events:
        if d.start >= named.start:
            break
        if not d.named and not named.value.startswith(d.value):
            teller = d
    return teller


def deadline(mentions: list[DateMention], span: tuple[int, int] | None = None) -> str | None:
    """The first target date the sentence (or the part of it in `span`, character offsets)
    commits to, or None."""
    for d in mentions:
        if d.kind == "deadline" and (span is None or span[0] <= d.start < span[1]):
            return d.value
    return None


def start_ahead(
    mentions: list[DateMention], published: date, span: tuple[int, int] | None = None
) -> str | None:
    """The first start still to come ("a surtax on Chinese EVs from Oct. 1", "will take effect
    on December 1"): a date a measure not yet in force commits to (TAXONOMY: a deadline), and so
    the labels of session 36 read it; a start already past is the event's own date."""
    pub = published.isoformat()
    for d in mentions:
        # s42b: a start read against the sentence's own earlier date is ahead of that date
        if d.kind == "effective" and d.value > (d.told_at or pub)[: len(d.value)]:
            if span is None or span[0] <= d.start < span[1]:
                return d.value
    return None


# fd36b: a date that bounds a rate of spending ("$324 million a year until 2040"): a spending
# period, which the labels give no deadline, not a target
_FD36B_SPENDING = re.compile(
    r"\b(?:a|per|each|every)\s+(?:year|month)\s+(?:until|till|through|to)\s+(?:the\s+)?"
    r"(?:end\s+of\s+)?$|\bannually\s+(?:until|till|through)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)
# fd36b: the date a step was moved from ("bring forward a ban ... to January 1, 2020, from
# 2022", "bring the ban forward from 2022"): the old schedule, no longer one it commits to
_FD36B_MOVED_FROM = re.compile(
    r"\b(?:bring|brings|bringing|brought|move|moves|moving|moved)\b[^.;]{0,120}\bforward\b"
    r"[^.;]{0,80}\bfrom\s+$|\b(?:brought|moved)\s+forward\s+from\s+$",
    re.I,
)
# fd36b: a date of something else the step is timed against ("revoked the permits ... ahead of
# elections due in April"): the elections', not the step's
_FD36B_OTHERS_DUE = re.compile(
    r"\b(?:ahead\s+of|before)\s+(?:\w+\s+){1,4}due\s+(?:in|on|by)\s+$", re.I
)


def _fd36b_moved_from(text: str, start: int) -> bool:
    """Whether `_FD36B_MOVED_FROM` matches the text before `start`. Every match ends in "from"
    and whitespace: ASCII text whose last word before the date is not "from" is not searched
    (speed38: the pattern's leading word boundary has it tried at every character)."""
    low = start - 240 if start > 240 else 0  # sp40r2: by comparison, no builtin max()
    before = text[low:start]
    if before.isascii() and not before.rstrip().lower().endswith("from"):
        return False
    return _FD36B_MOVED_FROM.search(text, low, start) is not None


# s42: the day a step was first scheduled for ("a full ban, originally set for 2022, brought
# forward by two years"): the old schedule, as the date it was moved from
_S42_ONCE_DUE = re.compile(
    r"\b(?:originally|initially|previously|first)\s+(?:been\s+)?(?:set|scheduled|slated|planned|due)"
    r"\s+for\s+(?:the\s+)?\S*\s*$",
    re.I,
)


def fd36b_targets(mentions: list[DateMention], text: str) -> list[DateMention]:
    """The mentions a step may commit to as its deadline or start: not a spending period's end,
    not the date a step was moved from, not another thing's due date, and not a year in a
    law's title ("created by the 2022 Inflation Reduction Act": "by" starts no target there)."""
    return [
        d
        for d in mentions
        if not (
            d.kind == "event"
            # sp40r2: bounds by comparison, no builtin max()
            or _FD36B_SPENDING.search(text, d.start - 40 if d.start > 40 else 0, d.start)
            or _fd36b_moved_from(text, d.start)
            or (d.due and _S42_ONCE_DUE.search(text, d.start - 60 if d.start > 60 else 0, d.start))
            or _FD36B_OTHERS_DUE.search(text, d.start - 60 if d.start > 60 else 0, d.start)
            or (d.kind == "deadline" and _sw9_title_year(d, text))
        )
    ]


# fd36b: targets the date patterns read as no date or as a day past: "before the end of the
# decade", "by year-end", "by the end of the year", "as soon as Friday", "is due to be
# presented in March" (read forward: a step still due)
_FD36B_AHEAD = re.compile(
    r"\b(?:by|before|until|till|through|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+"
    r"(?P<span>decade|year)|(?P<ye>year[-\s]end))\b"
    rf"|\bas\s+soon\s+as\s+(?:next\s+)?(?P<wd>{_WEEKDAY_RE})\b"
    rf"|\bdue\s+to\s+(?:be\s+)?[a-z]+(?:ed|en)?\s+(?:in|by)\s+(?P<mon>{_MONTH_RE})(?!\s+\d)"
    # fd36c: "by mid-2023", "now expected in mid-2024" (the date patterns read no "mid-2023")
    rf"|\b(?P<prep>by|before|until|till|in)\s+(?:early|mid|late)-(?P<yr>{_YEAR_RE})\b",
    re.I,
)

# speed38: every match of `_FD36B_AHEAD` holds one of these words as a whole run of letters
# ("end" of "by the end of the year" or "by year-end", "soon", "due", "mid" of "by mid-2023"):
# in ASCII text with none of them the pattern, tried at every character, need not run
_FD36B_AHEAD_WORDS = frozenset({b"end", b"soon", b"due", b"early", b"mid", b"late"})


# speed39: the lower-case words one of which starts every match of `_FD36B_AHEAD`
_FD36B_AHEAD_LEADS = ("by", "before", "until", "till", "through", "no", "as", "due", "in")


def _fd36b_ahead_matches(text: str, low: str | None) -> list[re.Match[str]]:
    """What `_FD36B_AHEAD.finditer(text)` yields. Speed39: its leading `\b` and case-insensitive
    alternatives make `finditer` try every character, so in ASCII text it is tried only where
    a lead starts (`_FD36B_AHEAD_LEADS`), in order, each try past the end of the match before;
    `low` is the lower-cased text when it is ASCII, else None."""
    if low is None:
        return list(_FD36B_AHEAD.finditer(text))
    found: list[re.Match[str]] = []
    last = 0
    for i in word_starts(low, _FD36B_AHEAD_LEADS):
        if i >= last and (m := _FD36B_AHEAD.match(text, i)):
            last = m.end()
            found.append(m)
    return found


def fd36b_ahead(text: str, published: date | None) -> list[DateMention]:
    """Targets still to come the date patterns do not read so (`_FD36B_AHEAD`), as deadline
    mentions: the end of the decade is its last year's turn (2030 for the 2020s, as the
    labels read it), a year's end the report's year, a weekday or month the next one."""
    # speed38: the four tests written out, with no generator to run
    if published is None or not ("end" in text or "soon" in text or "due" in text or "-20" in text):
        return []
    low = text.lower() if text.isascii() else None
    if low is not None and _FD36B_AHEAD_WORDS.isdisjoint(letter_runs(low)):
        return []  # speed38: most texts, told by their runs of letters before the scan
    found = []
    for m in _fd36b_ahead_matches(text, low):
        if m.group("yr"):
            # a part of a year still to come: by it, the report's year too; in it, a later one
            year = int(m.group("yr"))
            if year < published.year or (
                m.group("prep").lower() == "in" and year == published.year
            ):
                continue
            value = m.group("yr")
        elif m.group("span") and m.group("span").lower() == "decade":
            value = str((published.year // 10 + 1) * 10)
        elif m.group("span") or m.group("ye"):
            value = str(published.year)
        elif m.group("wd"):
            delta = (_WEEKDAYS[m.group("wd").lower()] - published.weekday()) % 7
            value = (published + timedelta(days=delta or 7)).isoformat()
        else:
            month = _MONTHS[m.group("mon").lower().rstrip(".")]
            year = published.year if month >= published.month else published.year + 1
            value = f"{year:04d}-{month:02d}"
        found.append(_mention(m.group(0), m.start(), m.end(), value, "deadline"))
    return found


# fd36: how long a measure runs ("suspended exports for four months", "extend the suspension by
# three months", "a ban phased in over a year", "a 90-day truce", "a 60-day countdown")
_COUNT = r"(?:a|an|one|\d+|" + "|".join(WORD_NUMBERS) + r")"
_DURATION = re.compile(
    r"\b(?:(?P<form>for|by)\s+(?:another\s+|a\s+further\s+|an?\s+(?:additional|extra|further)\s+)?"
    rf"|phased?\s+in\s+over\s+)(?P<n>{_COUNT})\s+(?:more\s+)?(?P<u>day|week|month|year)s?\b"
    rf"|\b(?P<n2>{_COUNT})-(?P<u2>day|week|month|year)\s+(?:\w+\s+)?"
    r"(?:truce|pause|review|suspension|moratorium|consultation|countdown|exemption|waiver|"
    r"extension|reprieve|delay|window|comment\s+period|grace\s+period)\b",
    re.I,
)
# speed38: the lower-case words one of which starts every match of `_DURATION` through its
# first branch ("for", "by", "phase"), and what follows the count of every match through its
# second ("-day", "-week", ...): a match there starts where the run of word characters before
# that hyphen starts (its count, right after a word boundary)
_DURATION_LEADS = ("for", "by", "phase")
_DURATION_HYPHENS = ("-day", "-week", "-month", "-year")


def _duration_matches(text: str) -> Iterator[re.Match[str]]:
    """What `_DURATION.finditer(text)` yields. The pattern is case-insensitive and opens on a
    word boundary, so `finditer` tries all of its alternatives at every character; in ASCII
    text (where case-insensitive letters are the ones `lower()` maps) it is tried only where a
    match can start (`_DURATION_LEADS`, `_DURATION_HYPHENS`), in order, each try past the end
    of the match before, as `finditer` does."""
    if not text.isascii():
        yield from _DURATION.finditer(text)
        return
    low = text.lower()
    starts = set(word_starts(low, _DURATION_LEADS))
    for hyphen in _DURATION_HYPHENS:
        if hyphen not in low:
            continue  # speed40: told by `in`, no `find` call (its arguments parsed a call)
        at = low.find(hyphen)
        while at >= 0:
            i = at
            while i > 0 and (low[i - 1].isalnum() or low[i - 1] == "_"):
                i -= 1
            starts.add(i)
            at = low.find(hyphen, at + 1)
    last = 0
    # sp40r2: no sort (a builtin's keyword parsing) for one start or none
    for i in sorted(starts) if len(starts) > 1 else starts:
        if i >= last and (m := _DURATION.match(text, i)):
            last = m.end()
            yield m


# a period named as the measure that ends or has run its course, not one still to run
_FD36_NOT_AHEAD = re.compile(
    r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|results\s+of)\s+(?:the\s+|its\s+|an?\s+|their\s+)?$",
    re.I,
)


# fd36c: a period already run, told in the perfect ("a demand the producers have been making for
# two years", "has been in place for a year"): how long something has lasted, no end ahead
_FD36C_ELAPSED = re.compile(r"\bbeen(?:\s+[\w'-]+){0,3}\s+$", re.I)


def _count(word: str) -> int:
    """A count written as digits, a number word, or "a" / "an"."""
    low = word.lower()
    return 1 if low in ("a", "an") else int(low) if low.isdigit() else WORD_NUMBERS[low]


def _within_value(m: re.Match[str], start: date) -> str:
    """Where a "within N days / weeks / months / years" match ends, counted from `start`: to the
    day, the month or the year as the unit gives it."""
    unit = m.group("u").lower()
    days = {"days": 1, "weeks": 7, "months": 30, "years": 365}[unit] * _count(m.group("n"))
    value = (start + timedelta(days=days)).isoformat()
    return value[:4] if unit == "years" else value[:7] if unit == "months" else value


def within_end(text: str, start: date) -> str | None:
    """The day the first "within N days / weeks / months / years" of the text ends, counted
    from `start` (`find_dates` counts from the report's day)."""
    low = text.lower()
    if "within" not in low:
        return None
    # speed38: the first match, tried only where "within" starts (`_matches_in`)
    found = _matches_in(_WITHIN, text, [(0, len(text))], low, ("within",))
    return _within_value(found[0], start) if found else None


def duration_end(
    text: str, start: date, terms: bool = True, owns: Callable[[int, int, bool], bool] | None = None
) -> str | None:
    """When the first period the text gives a measure ends, counted from its start: days and
    weeks to the day, months and years to the month (a year from November is November). With
    `terms` False only a period that can only be a measure's is read ("phased in over a year",
    "a 90-day truce"), not "for ten years", which is also how long a contract runs."""
    # speed38: the four tests written out, with no generator to run
    if not ("day" in text or "week" in text or "month" in text or "year" in text):
        return None
    for m in _duration_matches(text):
        if m.group("form") and not terms:
            continue
        if m.group("n2") and _FD36_NOT_AHEAD.search(text, max(0, m.start() - 16), m.start()):
            continue  # "lifted a nine-year moratorium", "the results of its 100-day review"
        if m.group("form") == "for" and _FD36C_ELAPSED.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # fd36c: "have been making for two years": a time already run
        if owns is not None and not owns(m.start(), m.end(), bool(m.group("n2"))):
            continue  # fd36b: another measure's of the sentence
        n = _count(m.group("n") or m.group("n2"))
        unit = (m.group("u") or m.group("u2")).lower()
        if unit in ("day", "week"):
            return (start + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        months = start.month - 1 + n * (12 if unit == "year" else 1)
        return f"{start.year + months // 12:04d}-{months % 12 + 1:02d}"
    return None


# stpp2: a year inside a law's title ("the Trade Expansion Act of 1962", "the 1996 Helms-Burton
# Act") names the law, not the day of another step told in the sentence (session 18)
_SW9_HEADS = r"(?:Act|Law|Code|Decree|Charter|Constitution)"
_SW9_TITLE_BEFORE = re.compile(rf"\b{_SW9_HEADS},?\s+of\s+$")
_SW9_TITLE_AFTER = re.compile(rf"^\s+(?:[A-Z][\w'&.-]*\s+){{0,6}}{_SW9_HEADS}\b")
_SW9_YEAR = re.compile(rf"^{_YEAR_RE}$")
# the law's own relative clause right before the step ("the 2019 Act, which prohibited")
_SW9_OWN_CLAUSE = re.compile(r"\b(?:which|that)\s+$")


def sw9_step_date(
    mentions: list[DateMention], text: str, value: str | None, anchor: int
) -> str | None:
    """The date `value` given a step, or, where it comes only from a bare year in a law's title
    ("Section 232 of the Trade Expansion Act of 1962", "Title III of the 1996 Helms-Burton
    Act"), the nearest other date of the sentence ("..., the ministry said on Monday"): the
    year the law was made is no day of the step told "under" it, so it does not age the step
    into force. Read by the status choice only; the event keeps its date (retellings stay
    apart). A law whose own clause tells the step ("the 2019 Act, which prohibited ...") dates
    the step it made."""
    if value is None:
        return value  # speed38: before the mentions are read
    told = [m for m in mentions if m.value == value]
    if not told:
        return value
    for m in told:  # sp40r2: a plain loop, no generator for `all`
        if not _sw9_title_year(m, text) or _SW9_OWN_CLAUSE.search(text[m.end : anchor]):
            return value
    # with no other date the step keeps the year: read undated, the order of a lead told again
    # ("The executive order directs ... under Section 232 of the ... Act of 1962") is labelled
    # both ways (dev in force, the check and training text agreed), and its status moved a merge
    return event_date([m for m in mentions if not _sw9_title_year(m, text)], anchor) or value


def _sw9_title_year(mention: DateMention, text: str) -> bool:
    """Whether a bare year stands in a law's title, after "Act of" or before "... Act"."""
    if not _SW9_YEAR.match(mention.text):
        return False
    return bool(
        _SW9_TITLE_BEFORE.search(
            text[mention.start - 24 if mention.start > 24 else 0 : mention.start]
        )
        or _SW9_TITLE_AFTER.match(text[mention.end : mention.end + 80])
    )
