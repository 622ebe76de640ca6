"""Speed and memory changes that must not change any output (session 19).

Token offsets read without the lexeme's length equal spaCy's own; the entity component shares
the default gazetteer with every other reader of it; the action model's flag tuple equals the
one read flag by flag."""

import pytest
import spacy
from spacy.attrs import IDX, LENGTH

from nlp import action_model
from nlp.entities import _gazetteer
from nlp.gazetteer import load_gazetteer
from nlp.token_arrays import _offsets

# texts with every kind of gap between tokens: none, one space, runs of spaces, tabs and
# newlines (whitespace tokens of their own), non-ASCII letters and marks, a trailing space
OFFSET_TEXTS = [
    "Cobalt.",
    "Ore",
    "Peru raised royalties on copper  and zinc.",
    "Two  spaces,\tone tab\n\nand a blank line ",
    "   leading spaces then words",
    "Ministers met in Zürich — “quotas”, they said… ok?",
    "A-B-C (D/E) 4.5% $10bn, U.S.-made;end",
    "trailing space ",
    " ",
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_offsets_equal_spacys_index_and_length(text):
    doc = spacy.blank("en").make_doc(text)
    arr = doc.to_array([IDX, LENGTH])
    assert _offsets(doc, len(doc)) == (
        arr[:, 0].tolist(),
        (arr[:, 0] + arr[:, 1]).tolist(),
    )
    assert [text[s:e] for s, e in zip(*_offsets(doc, len(doc)), strict=True)] == [
        t.text for t in doc
    ]


def test_offsets_of_an_empty_doc():
    doc = spacy.blank("en").make_doc("")
    assert _offsets(doc, 0) == ([], [])


@pytest.mark.parametrize("data_dir", [None, ""])
def test_the_default_gazetteer_is_built_once(data_dir):
    assert _gazetteer(data_dir) is load_gazetteer()


FLAG_EVENTS = [
    {},
    {"_framed": True},
    {"_framed": 1, "_owned": "yes", "_back": 0, "_elaborates": None},
    {flag: True for flag in action_model.FLAGS},
    {flag: [] for flag in action_model.FLAGS},
]


@pytest.mark.parametrize("event", FLAG_EVENTS)
def test_flags_set_read_flag_by_flag(event):
    expected = tuple(bool(event.get(flag)) for flag in action_model.FLAGS)
    assert action_model._flags_set(event) == expected
