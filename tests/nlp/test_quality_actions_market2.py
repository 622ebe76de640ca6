"""The time mines take from discovery to output is told of mines in general, no project step; a
named works starting output still is one. Sentences written here, read through the whole
extractor (actmkt, session 23)."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# the lead time of mines in general: no project step
LEAD_TIMES = [
    "On average it takes 16 years to bring a new copper mine from discovery to first production, "
    "the report said.",
    "Industry figures show it takes 15 years or more to turn a lithium discovery into production "
    "in Canada.",
    "Analysts say a nickel mine in Australia now needs about 12 years to go from discovery to "
    "first output.",
]


@pytest.mark.parametrize("text", LEAD_TIMES)
def test_lead_times_of_mines_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


# one named works starting output stays a project step
PROJECTS = [
    "Peru's new copper mine began production in March, the government said.",
    "Kestrel expects its lithium mine in Ghana to begin production in 2027.",
]


@pytest.mark.parametrize("text", PROJECTS)
def test_one_works_stays_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
