"""One lower-case PhraseMatcher shared by the entity gazetteer and the cue lists.

The entity component and the cue matcher each scanned every document with their own
PhraseMatcher; one matcher holding both vocabularies scans it once, and each reader keeps
the matches of its own keys. The matches of the doc last scanned are kept, so the second
reader of a pipeline pass does not scan again.

A reader's own matches come out in the order its own matcher would give them: matches are
ordered by start, end and then by the keys stored at the phrase's end, and a phrase stored
by one reader only holds that reader's keys in the order it added them. Phrases stored by
both readers are checked once, on the phrase itself, against a matcher of one reader's keys;
should the order differ, that reader falls back to a matcher of its own.
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


class SharedPhrases:
    """A PhraseMatcher on LOWER that several readers add keys to; `matches` scans a doc once."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.readers: dict[str, set[int]] = {}
        # each reader's match ids in the order it added them
        self._order: dict[str, list[int]] = {}
        self._private: dict[str, PhraseMatcher] = {}
        # phrase (LOWER hashes) -> [(reader, match id)] in the order they were added
        self._phrases: dict[tuple[int, ...], list[tuple[str, int]]] = {}
        self._checked = False
        # (doc, its length, its matches) of the doc last scanned, read and written whole so
        # that threads sharing the pipeline never pair one doc with another's matches
        self._last: tuple[Doc | None, int, list[Match]] = (None, -1, [])

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_last"] = (None, -1, [])
        if self._checked:
            state.update(_phrases={})
        return state

    def add(self, reader: str, name: str, docs: list[Doc]) -> int:
        """Add one key's phrases for a reader; returns the key's match id."""
        match_id = self.vocab.strings.add(name)
        owned = self.readers.setdefault(reader, set())
        for other, ids in self.readers.items():
            if other != reader and match_id in ids:
                raise ValueError(f"phrase key {name!r} is used by {other!r} and {reader!r}")
        owned.add(match_id)
        self._order.setdefault(reader, []).append(match_id)
        for doc in docs:
            if len(doc):
                phrase = tuple(t.lower for t in doc)
                self._phrases.setdefault(phrase, []).append((reader, match_id))
        self.matcher.add(name, docs)
        self._private.pop(reader, None)
        self._checked = False
        self._last = (None, -1, [])
        return match_id

    def matches(self, doc: Doc) -> list[Match]:
        """Every (match id, start, end) of every reader in the doc, scanning it once."""
        last_doc, last_len, last_matches = self._last
        if last_doc is doc and last_len == len(doc):
            return last_matches
        if not self._checked:
            self._check_order()
        matches = self.matcher(doc)
        self._last = (doc, len(doc), matches)
        return matches

    def own(self, reader: str, doc: Doc) -> list[Match]:
        """The reader's matches, in the order a matcher of its keys alone gives them."""
        if not self._checked:
            self._check_order()
        private = self._private.get(reader)
        if private is not None:
            return private(doc)
        owned = self.readers.get(reader, ())
        return [m for m in self.matches(doc) if m[0] in owned]

    def keyed(self, reader: str, doc: Doc, keys: dict[int, Any]) -> list[tuple[Any, int, int]]:
        """(keys[match id], start, end) of the reader's matches, in `own` order: one pass over
        the shared matches instead of a filtering pass and then a converting one. `keys` maps
        every match id of the reader (and no other's) to what the reader wants for it."""
        if not self._checked:
            self._check_order()
        private = self._private.get(reader)
        if private is not None:
            return [(keys[m[0]], m[1], m[2]) for m in private(doc)]
        get = keys.get
        out = []
        for match_id, start, end in self.matches(doc):
            key = get(match_id)
            if key is not None:
                out.append((key, start, end))
        return out

    def _check_order(self) -> None:
        """Phrases stored by two readers where a reader has several keys: the shared matcher
        must list that reader's keys as the reader's own matcher would."""
        self._checked = True
        for phrase, entries in self._phrases.items():
            readers = {reader for reader, _ in entries}
            if len(readers) < 2:
                continue
            doc = Doc(self.vocab, words=[self.vocab.strings[h] for h in phrase])
            found = self.matcher(doc)
            for reader in readers - set(self._private):
                keys = list(dict.fromkeys(m for r, m in entries if r == reader))
                if len(keys) < 2:
                    continue
                alone = PhraseMatcher(self.vocab, attr="LOWER")
                for key in keys:
                    alone.add(self.vocab.strings[key], [doc])
                owned = self.readers[reader]
                if [m for m in found if m[0] in owned] != alone(doc):
                    LOGGER.warning(
                        "shared phrase matcher: key order differs for %r on %r; "
                        "that reader gets a matcher of its own",
                        reader,
                        doc.text,
                    )
                    self._private[reader] = self._own_matcher(reader)

    def _own_matcher(self, reader: str) -> PhraseMatcher:
        """A matcher of the reader's keys alone, added in the reader's order."""
        by_key: dict[int, list[Doc]] = {key: [] for key in self._order.get(reader, [])}
        for phrase, entries in self._phrases.items():
            for r, key in dict.fromkeys(entries):
                if r == reader:
                    words = [self.vocab.strings[h] for h in phrase]
                    by_key[key].append(Doc(self.vocab, words=words))
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for key, docs in by_key.items():
            matcher.add(self.vocab.strings[key], docs)
        return matcher


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
