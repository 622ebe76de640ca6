"""Session 39's front-end speed changes keep the shared matcher's answers as they were."""

import random
from bisect import insort
from operator import itemgetter

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from nlp.phrases import SharedPhrases, _merged

SPAN_ORDER = itemgetter(1, 2)


def _sorted_matches(rng: random.Random, count: int, low: int, high: int) -> list:
    starts = [rng.randint(low, high) for _ in range(count)]
    matches = [(rng.randint(0, 5), s, s + rng.randint(1, 4)) for s in starts]
    return sorted(matches, key=SPAN_ORDER)


@pytest.mark.parametrize("seed", range(20))
def test_late_matches_merge_as_insort_put_them(seed):
    """The late matches of each region go where `insort` by (start, end) put them: after
    the matches of equal or lesser bounds, the very tuples kept."""
    rng = random.Random(seed)
    for _ in range(200):
        matches = _sorted_matches(rng, rng.randint(0, 30), 0, 40)
        pieces, position = [], 0
        for _ in range(rng.randint(1, 4)):
            low = position + rng.randint(0, 6)
            high = low + rng.randint(0, 6)
            position = high + 2
            pieces.append(_sorted_matches(rng, rng.randint(1, 4), low, high))
        expected = matches.copy()
        for piece in pieces:
            for match in piece:
                insort(expected, match, key=SPAN_ORDER)
        merged = _merged(matches, pieces)
        assert merged == expected
        assert all(a is b for a, b in zip(merged, expected, strict=True))


def test_groups_likeliest_to_match_are_keyed_by_symbol_numbers():
    """A group holding a stop word alone gets a symbol's name, so its id is a small number;
    every key still matches what a matcher of that key alone finds."""
    nlp = spacy.blank("en")
    shared = SharedPhrases(nlp.vocab)
    phrases = {"stop": ["the", "of"], "metal": ["lithium", "rare earths"], "both": ["of"]}
    ids = {
        name: shared.add("reader", name, [nlp.make_doc(p) for p in words])
        for name, words in phrases.items()
    }
    doc = nlp.make_doc("The price of lithium and of rare earths rose.")
    matches = shared.matches(doc)
    groups = shared.grouped("reader", {i: name for name, i in ids.items()})
    symbol_numbered = {g for g, _, _ in matches if g < 457}
    assert symbol_numbered  # "the" and "of" are stop words
    for name, words in phrases.items():
        alone = PhraseMatcher(nlp.vocab, attr="LOWER")
        alone.add(name, [nlp.make_doc(p) for p in words])
        expected = [(s, e) for _, s, e in alone(doc)]
        found = [(s, e) for g, s, e in matches if name in groups.get(g, ())]
        assert found == expected
