"""How a "~" cue word inflects (nlp/lexicon.py): every form a text writes must be among the
forms, or the cue never matches it."""

import pytest

from nlp.lexicon import expand, inflections


@pytest.mark.parametrize(
    ("stem", "form"),
    [
        ("approv", "approved"),
        ("approv", "approving"),
        ("ban", "banned"),
        ("impos", "imposes"),
        # a stem in -if takes the -ify family (session 17: "identif~", "classif~" and
        # "simplif~" matched no word before)
        ("identif", "identified"),
        ("classif", "classifies"),
        ("simplif", "simplify"),
        ("specif", "specifying"),
    ],
)
def test_a_stem_inflects_to_the_forms_texts_write(stem, form):
    assert form in inflections(stem)


def test_a_phrase_expands_each_inflected_word():
    assert "critical minerals identified by" in expand("critical minerals identif~ by")
