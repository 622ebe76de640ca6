"""The continued steps' subject search stops at a semicolon or colon (`events._subject_start`);
the 'also' reader's own clause breaks had once replaced its set under the same name."""

import pytest
from spacy.strings import hash_string

from nlp import events

CASES = [
    # (words, index of the verb, where its subject may begin)
    ("Japan signed in May ; Korea followed".split(), 6, 5),
    ("Ministers met : Chile followed in June".split(), 4, 3),
    ("Qatar signed on in January , and India followed".split(), 8, 7),
    ("Chile followed in June".split(), 1, 0),
]


@pytest.mark.parametrize("words,verb,expected", CASES)
def test_subject_starts_after_the_clause_break(words, verb, expected):
    lowers = [hash_string(w.lower()) for w in words]
    assert events._subject_start(lowers, 0, verb) == expected


def test_the_also_reader_keeps_its_own_breaks():
    assert "and" in events._ALSO_CLAUSE_BREAKS
    assert hash_string(";") in events._CLAUSE_BREAKS
