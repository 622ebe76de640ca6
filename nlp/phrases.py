"""One lower-case PhraseMatcher shared by the entity gazetteer and the cue lists.

The entity component and the cue matcher each scanned every document with their own
PhraseMatcher; one matcher holding both vocabularies scans it once, and each reader keeps
the matches of its own keys. The matches of the doc last scanned are kept, so the second
reader of a pipeline pass does not scan again.

Each distinct phrase is stored once. Phrases held by the same keys (of either reader) form
a group, and the matcher stores one key per group: a span of text gives one match however
many keys hold its phrase (a pass over the development sets gave 28,791 matches from 16,559
spans when the matcher held each phrase once per key), and each reader looks up its keys
of the group. A reader's keys of a group are listed in the order a matcher of that reader's
keys alone gives them, found once per group on a matcher of those keys.

A key may be deferred (`defer`): its phrases matter only near a match of other keys, its
anchors (an exclusion combo's context words beside its trigger: "the", "and", "of" made a
third of all matches, for combos whose trigger, "grant", is rare). The groups of deferred
keys alone go in a second matcher that scans only the words near the anchors' matches, so
the common words never reach the readers' loops; when the owner asks for every match
(`complete`), it scans the whole doc, and the list is what one matcher would give.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from spacy.attrs import IS_STOP
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import IDS
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

LOGGER = logging.getLogger(__name__)

Match = tuple[int, int, int]
# attribute of the Language object that holds the shared matchers of its pipeline
_ATTR = "_oreline_phrases"
# the matcher's key of a group of phrases. sp39: short, since spaCy's matcher turns the key's
# hash back into its string and hashes that string for every match it returns (its callback
# look-up); the groups' order and contents do not depend on the name
_GROUP = "op{}"
_START_OF = itemgetter(1)
# spaCy's symbol names (their hashes are their numbers, 1 to 456), for the groups that match
# most (`SharedPhrases._group_names`)
_SYMBOL_NAMES = [name for name, number in sorted(IDS.items(), key=itemgetter(1)) if number]


class SharedPhrases:
    """A PhraseMatcher on LOWER that several readers add keys to; `matches` scans a doc once."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.readers: dict[str, set[int]] = {}
        # phrase (LOWER hashes) -> [(reader, match id)] in the order they were added
        self._phrases: dict[tuple[int, ...], list[tuple[str, int]]] = {}
        # reader -> {group id: the reader's match ids of the group, in its own order};
        # None until the matcher holds the phrases added so far
        self._groups: dict[str, dict[int, tuple[int, ...]]] | None = None
        self._names: list[str] = []  # the matchers' key of each group, by group number
        # reader -> (the `keys` last given to `keyed`, {group id: their values})
        self._keyed: dict[str, tuple[dict[int, Any], dict[int, tuple[Any, ...]]]] = {}
        # (doc, its length, its matches) of the doc last scanned, read and written whole so
        # that threads sharing the pipeline never pair one doc with another's matches
        self._last: tuple[Doc | None, int, list[Match], list[Match] | None] = (None, -1, [], None)
        # sp39: the reader whose groups' matches `picked` hands out, picked in the walk that
        # finds the deferred keys' regions (None: no reader, or one holding a late group)
        self._pick: str | None = None
        self._picks: frozenset[int] = frozenset()  # its groups and the anchor groups
        self._pick_asked: str | None = None
        # helper speed6: deferred key -> (its anchor keys, how many words from an anchor's
        # match its matches may stand); `complete` says when every match is wanted anyway
        self._deferred: dict[int, tuple[frozenset[int], int]] = {}
        self.complete: Callable[[], bool] | None = None
        # the matcher of the groups of deferred keys alone, the reach of each anchor group and
        # the longest deferred phrase (words); set by `_build`
        self._late: PhraseMatcher | None = None
        self._anchor_reach: dict[int, int] = {}
        self._late_length = 0

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(_last=(None, -1, [], None), _keyed={})
        return state

    def defer(self, match_id: int, anchors: Iterable[int], reach: int) -> None:
        """Let the key's matches be found only where they start within `reach` words of a
        match of one of its `anchors` (or end there, before it), for a reader that reads
        them nowhere else unless its `complete` says so."""
        self._deferred[match_id] = (frozenset(anchors), reach)
        if self._groups is not None:
            self._clear()

    def add(self, reader: str, name: str, docs: list[Doc]) -> int:
        """Add one key's phrases for a reader; returns the key's match id."""
        match_id = self.vocab.strings.add(name)
        owned = self.readers.setdefault(reader, set())
        for other, ids in self.readers.items():
            if other != reader and match_id in ids:
                raise ValueError(f"phrase key {name!r} is used by {other!r} and {reader!r}")
        owned.add(match_id)
        for doc in docs:
            if len(doc):
                phrase = tuple(t.lower for t in doc)
                self._phrases.setdefault(phrase, []).append((reader, match_id))
        if self._groups is not None:
            self._clear()
        return match_id

    def matches(self, doc: Doc) -> list[Match]:
        """Every (group id, start, end) of the doc, scanning it once: one match a span."""
        last_doc, last_len, last_matches, _ = self._last
        if last_doc is doc and last_len == len(doc):
            return last_matches
        if self._groups is None:
            self._build()
        matches = self.matcher(doc)
        picked = None
        if self._late is not None:
            matches, picked = self._with_late(doc, matches)
        self._last = (doc, len(doc), matches, picked)
        return matches

    def pick(self, reader: str) -> None:
        """Let `picked` hand out the reader's matches picked in the scan's own walk (one
        reader only: the last to ask)."""
        self._pick_asked = reader
        if self._groups is not None:
            self._clear()

    def picked(self, reader: str, doc: Doc) -> list[Match]:
        """The (group id, start, end) matches of the groups holding a key of the reader, in
        `matches` order. sp39: for the reader that asked by `pick` they come from the walk
        that finds the anchors of deferred keys, so the reader walks only its own."""
        matches = self.matches(doc)
        last = self._last
        if last[2] is matches and last[3] is not None and reader == self._pick:
            return last[3]
        wanted = self._groups.get(reader, {})  # type: ignore[union-attr]
        return [m for m in matches if m[0] in wanted]

    def _with_late(self, doc: Doc, matches: list[Match]) -> tuple[list[Match], list[Match] | None]:
        """The matches with those of the deferred groups merged in, in the matcher's order:
        all of them when `complete` asks, else those near an anchor's match; and, in the
        latter case, the early matches of the picking reader's groups (no late group holds
        one of its keys, so they are all its matches)."""
        late: Any = self._late
        picked = None
        if self.complete is not None and self.complete():
            pieces = [late(doc)]
        else:
            # sp39: no test for an anchor's match first (`isdisjoint` over `map`, a C call a
            # match and step, cost more than the plain pick of them, empty for most)
            pieces = []  # each region's late matches
            longest = self._late_length
            length = len(doc)
            reach = self._anchor_reach
            if self._pick is not None:
                # sp39: one walk picks the anchors' matches and the picking reader's
                wanted = self._groups[self._pick]  # type: ignore[index]
                picks = self._picks  # one test passes over the rest (85 % of the matches)
                anchors = []
                picked = []
                for match in matches:
                    if match[0] in picks:
                        group = match[0]
                        if group in wanted:
                            picked.append(match)
                        if group in reach:
                            anchors.append(match)
            else:
                anchors = [m for m in matches if m[0] in reach]
            for low, high in _regions(anchors, reach, longest, length):
                # sp39: the Span made directly, bounds clipped here (`doc[a:b]` clips them
                # through spaCy's Python `normalize_slice`, a call a region)
                # sp40r2: the end bound by comparison, no builtin min() (keyword parsing)
                stop = high + longest
                window = Span(doc, low, stop if stop < length else length)
                found = [m for m in late(window) if m[1] <= high]
                if found:
                    pieces.append(found)
        if not pieces or not pieces[0]:
            return matches, picked
        return _merged(matches, pieces), picked

    def own(self, reader: str, doc: Doc) -> list[Match]:
        """The reader's (match id, start, end), in the order a matcher of its keys alone
        gives them."""
        if self._groups is None:
            self._build()
        get = self._groups.get(reader, {}).get  # type: ignore[union-attr]
        return [(key, s, e) for group, s, e in self.matches(doc) for key in get(group, ())]

    def keyed(self, reader: str, doc: Doc, keys: dict[int, Any]) -> list[tuple[Any, int, int]]:
        """(keys[match id], start, end) of the reader's matches, in `own` order. `keys` maps
        every match id of the reader to what the reader wants for it; it is read once (the
        values of each group are kept while the reader passes the same dict)."""
        get = self.grouped(reader, keys).get
        return [(value, s, e) for group, s, e in self.matches(doc) for value in get(group, ())]

    def grouped(self, reader: str, keys: dict[int, Any]) -> dict[int, tuple[Any, ...]]:
        """{group id: keys[match id] of the reader's keys of the group, in `own` order}, for a
        reader that walks `matches` itself. Kept while the reader passes the same `keys`."""
        if self._groups is None:
            self._build()
        cached = self._keyed.get(reader)
        if cached is None or cached[0] is not keys:
            groups = self._groups[reader]  # type: ignore[index]
            values = {g: tuple(keys[k] for k in ids) for g, ids in groups.items()}
            cached = self._keyed[reader] = (keys, values)
        return cached[1]

    def _clear(self) -> None:
        """Empty the matcher so that the next scan stores the phrases again, new ones with."""
        for name in self._names:
            if name in self.matcher:  # the late matcher goes whole
                self.matcher.remove(name)
        self._late = None
        self._groups = None
        self._keyed = {}
        self._last = (None, -1, [], None)

    def _build(self) -> None:
        """Store each phrase once, under the key of its group, and list each reader's keys
        of each group in that reader's own order."""
        groups: dict[tuple[tuple[str, int], ...], list[tuple[int, ...]]] = {}
        for phrase, entries in self._phrases.items():
            groups.setdefault(tuple(dict.fromkeys(entries)), []).append(phrase)
        tables: dict[str, dict[int, tuple[int, ...]]] = {reader: {} for reader in self.readers}
        late = _late_groups(groups, self._deferred)
        self._late = PhraseMatcher(self.vocab, attr="LOWER") if late else None
        self._late_length = max((len(p) for entries in late for p in groups[entries]), default=0)
        names = self._group_names(groups, late)
        for name, (entries, phrases) in zip(names, groups.items(), strict=True):
            # a phrase goes in as its LOWER hashes: the matcher takes such a sequence as it
            # takes a Doc (the form its own pickling uses), with no Doc built again
            matcher: Any = self._late if entries in late else self.matcher
            matcher.add(name, phrases)
            group = self.vocab.strings[name]
            for reader in tables:
                ids = [key for r, key in entries if r == reader]
                if ids:
                    tables[reader][group] = self._own_order(ids)
        self._groups = tables
        self._names = names
        # a late group holding a key of the picking reader would hide its matches from the pick
        asked = self._pick_asked
        hidden = any(r == asked for entries in late for r, _ in entries)
        self._pick = None if hidden or asked not in tables else asked
        self._anchor_reach = self._anchor_groups(groups, late, names)
        if self._pick is not None:
            self._picks = frozenset(tables[self._pick]).union(self._anchor_reach)

    def _group_names(self, groups: dict[Any, list[tuple[int, ...]]], late: set[Any]) -> list[str]:
        """Each group's key in its matcher, by group number. sp39: for every match it returns,
        spaCy's PhraseMatcher turns the key's hash back into a string and hashes that string
        (its callback look-up), some 650 instructions; for a key named after one of spaCy's
        symbols (whose hash is the symbol's number) the string is a kept one, its hash known.
        The symbols name the groups likeliest to match often: first those holding a stop word
        or a punctuation mark alone, then those of more keys (common words are cue words of
        many lists), in group order; the late matcher's groups match seldom and come last. A
        group's name changes no match and no order: readers know a group by its number."""
        is_stop = self.vocab.lex_attr_getters.get(IS_STOP)
        strings = self.vocab.strings

        def common(phrases: list[tuple[int, ...]]) -> bool:
            for phrase in phrases:
                if len(phrase) == 1:
                    word = strings[phrase[0]]
                    if not word.isalnum() or (is_stop is not None and is_stop(word)):
                        return True
            return False

        ranks = sorted(
            range(len(groups)),
            key=[
                (entries in late, not common(phrases), -len(entries))
                for entries, phrases in groups.items()
            ].__getitem__,
        )
        names = [_GROUP.format(n) for n in range(len(groups))]
        for symbol, n in zip(_SYMBOL_NAMES, ranks, strict=False):  # more groups than symbols
            names[n] = symbol
        return names

    def _anchor_groups(
        self, groups: dict[Any, Any], late: set[Any], names: list[str]
    ) -> dict[int, int]:
        """{id of a group holding an anchor of a key of a late group: the farthest reach of
        those keys}."""
        reach_of: dict[int, int] = {}
        for entries in late:
            for _, key in entries:
                anchors, reach = self._deferred[key]
                for anchor in anchors:
                    reach_of[anchor] = max(reach, reach_of.get(anchor, 0))
        out: dict[int, int] = {}
        for n, entries in enumerate(groups):
            reach = max((reach_of.get(key, -1) for _, key in entries), default=-1)
            if reach >= 0:
                out[self.vocab.strings[names[n]]] = reach
        return out

    def _own_order(self, ids: list[int]) -> tuple[int, ...]:
        """The order in which a matcher that was given these keys in this order lists them
        on a phrase they all hold (the order of a hash map, not of adding)."""
        if len(ids) == 1:
            return (ids[0],)
        alone = PhraseMatcher(self.vocab, attr="LOWER")
        doc = Doc(self.vocab, words=["phrase"])
        for key in ids:
            alone.add(self.vocab.strings[key], [doc])
        return tuple(m[0] for m in alone(doc))


def _late_groups(
    groups: dict[Any, Any], deferred: dict[int, tuple[frozenset[int], int]]
) -> set[tuple[tuple[str, int], ...]]:
    """The groups (their entries) whose keys are all deferred and none an anchor of a
    deferred key: every anchor must be in the full scan."""
    if not deferred:
        return set()
    anchors = {a for found, _ in deferred.values() for a in found}
    return {
        entries
        for entries in groups
        if all(key in deferred and key not in anchors for _, key in entries)
    }


def _regions(
    anchors: list[Match], reach: dict[int, int], longest: int, length: int
) -> list[tuple[int, int]]:
    """The [low, high] ranges of start positions, merged, where a deferred phrase may stand
    near an anchor's match (`anchors`, the matches of groups in `reach`, picked out by the
    caller): from its reach and the longest deferred phrase before the match to its reach
    after it."""
    # sp40r2: bounds by comparison, no builtin min()/max() (keyword parsing)
    last = length - 1
    near: list[tuple[int, int]] = []
    for group, start, end in anchors:
        ahead = reach[group]
        low = start - ahead - longest
        high = end + ahead
        near.append((low if low > 0 else 0, high if high < last else last))
    if len(near) > 1:
        near.sort()
    regions: list[tuple[int, int]] = []
    for low, high in near:
        if regions and low <= regions[-1][1] + 1:
            if high > regions[-1][1]:
                regions[-1] = (regions[-1][0], high)
        else:
            regions.append((low, high))
    return regions


def _merged(matches: list[Match], pieces: list[list[Match]]) -> list[Match]:
    """The stable sort of `matches` and the late matches by (start, end), each list already
    in that order (a matcher lists its matches so, and the regions stand in text order): a
    late match goes after the matches of equal or lesser bounds. sp39: one bisection on the
    start a region, its key the start alone (`insort`'s made a tuple at every step of one a
    match), then a few steps over the region's matches, and the list built by slices."""
    merged: list[Match] = []
    done = 0  # matches[:done] are merged
    size = len(matches)
    for piece in pieces:
        # the first match from `done` on that starts where the piece does or later
        low = bisect_left(matches, piece[0][1], done, size, key=_START_OF)
        for match in piece:
            start, end = match[1], match[2]
            while low < size:
                other = matches[low]
                at = other[1]
                if start < at or (start == at and end < other[2]):
                    break
                low += 1
            merged += matches[done:low]
            merged.append(match)
            done = low
    merged += matches[done:]
    return merged


def shared_phrases(nlp: Language, reader: str) -> SharedPhrases:
    """The pipeline's shared matcher that `reader` has not filled yet (a new one when every
    shared matcher of the pipeline already holds that reader's keys)."""
    pool: list[SharedPhrases] = nlp.__dict__.setdefault(_ATTR, [])
    for shared in pool:
        if shared.vocab is nlp.vocab and reader not in shared.readers:
            shared.readers[reader] = set()
            return shared
    shared = SharedPhrases(nlp.vocab)
    shared.readers[reader] = set()
    pool.append(shared)
    return shared
