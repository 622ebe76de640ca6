"""Entity recognition on news phrasing no rule was written from: minerals, countries and
blocs through the whole extractor, each case asserting the ids one field should hold."""

import pytest

from nlp.extract import Extractor


def extract(extractor: Extractor, text: str) -> dict:
    return extractor.extract({"id": "q", "text": text, "title": "", "published": "2026-03-10"})


# A one-word institution after a sentence-opening "The" is still the institution.
SENTENCE_START_INSTITUTIONS = [
    ("The Pentagon awarded $400 million to a magnet maker.", ["USA"]),
    ("The Bundestag approved the raw materials fund.", ["DEU"]),
    ("Meanwhile Xinhua said the curbs would stay.", ["CHN"]),
    ("The African National Congress lost its majority.", []),
]


@pytest.mark.parametrize("text,expected", SENTENCE_START_INSTITUTIONS)
def test_institution_after_a_sentence_opening_word(extractor, text, expected):
    assert extract(extractor, text)["countries"] == expected
