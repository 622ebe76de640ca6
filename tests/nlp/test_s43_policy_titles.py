"""A mineral word inside a measure's title is the measure's mineral, inside a firm's name it is
no commodity (`entity_rules._policy_title`, session 43)."""

import pytest

from nlp.entities import entity_sets

CASES = [
    # a measure's title: the capitalised run ends in a policy's head noun
    ("Peru said it would publish its National Copper Strategy next month.", ["copper"]),
    ("Ghana's parliament debated the Lithium Policy Framework on Tuesday.", ["lithium"]),
    ("Officials drafted the Cobalt Export Regulations after the strike.", ["cobalt"]),
    ("Kenya adopted a Graphite Development Plan for its coastal deposits.", ["graphite"]),
    # a firm's name: the run ends in a legal form or trade word, or in no head noun
    ("Shares in Nickel Industries rose after the results.", []),
    ("Analysts at Tin Resources Group expect weaker demand.", []),
    ("The chief of Lithium Power Corp said demand was weak.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mineral_in_a_measures_title(extractor, text, expected):
    doc = extractor.nlp(text)
    assert entity_sets(doc)["minerals"] == expected
