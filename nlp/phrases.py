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
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

LOGGER = logging.getLogger(__name__)

Match = tuple[int, int, int]
# attribute of the Language object that holds the shared matchers of its pipeline
_ATTR = "_oreline_phrases"
# the matcher's key of a group of phrases
_GROUP = "oreline.phrases.{}"


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
        self._stored = 0  # groups the matcher holds
        # reader -> (the `keys` last given to `keyed`, {group id: their values})
        self._keyed: dict[str, tuple[dict[int, Any], dict[int, tuple[Any, ...]]]] = {}
        # (doc, its length, its matches) of the doc last scanned, read and written whole so
        # that threads sharing the pipeline never pair one doc with another's matches
        self._last: tuple[Doc | None, int, list[Match]] = (None, -1, [])

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(_last=(None, -1, []), _keyed={})
        return state

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
        last_doc, last_len, last_matches = self._last
        if last_doc is doc and last_len == len(doc):
            return last_matches
        if self._groups is None:
            self._build()
        matches = self.matcher(doc)
        self._last = (doc, len(doc), matches)
        return matches

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
        for n in range(self._stored):
            self.matcher.remove(_GROUP.format(n))
        self._groups = None
        self._keyed = {}
        self._last = (None, -1, [])

    def _build(self) -> None:
        """Store each phrase once, under the key of its group, and list each reader's keys
        of each group in that reader's own order."""
        groups: dict[tuple[tuple[str, int], ...], list[tuple[int, ...]]] = {}
        for phrase, entries in self._phrases.items():
            groups.setdefault(tuple(dict.fromkeys(entries)), []).append(phrase)
        tables: dict[str, dict[int, tuple[int, ...]]] = {reader: {} for reader in self.readers}
        for n, (entries, phrases) in enumerate(groups.items()):
            name = _GROUP.format(n)
            # a phrase goes in as its LOWER hashes: the matcher takes such a sequence as it
            # takes a Doc (the form its own pickling uses), with no Doc built again
            self.matcher.add(name, phrases)
            group = self.vocab.strings[name]
            for reader in tables:
                ids = [key for r, key in entries if r == reader]
                if ids:
                    tables[reader][group] = self._own_order(ids)
        self._groups = tables
        self._stored = len(groups)

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
