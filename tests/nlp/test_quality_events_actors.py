"""A step nobody in its sentence is named as taking, with the report's own party named beside it
("the largest deposit in the United States"), is that party's step: its actor, not a partner."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> list[tuple[list[str], list[str]]]:
    pred = predict(extractor, text)
    return [(e["actors"], e["partners"]) for e in pred["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        (
            "Washington has named lithium a critical mineral. The Thacker Pass lithium mine in "
            "Nevada, the largest lithium deposit in the United States, received its federal "
            "permit in January 2021.",
            "permitting",
            [(["USA"], [])],
        ),
        (
            "Canberra has named cobalt a critical mineral. A cobalt refinery in Australia "
            "received a A$500 million loan in 2024.",
            "investment",
            [(["AUS"], [])],
        ),
        # a restriction's partner is its target, the report's party or not
        (
            "Western governments have named nickel a critical mineral. Sanctions against Russia "
            "imposed last year cut nickel supply.",
            "sanction",
            [([], ["RUS"])],
        ),
    ],
)
def test_the_reports_own_party_takes_a_step_nobody_is_named_taking(extractor, text, action, found):
    assert roles(extractor, text, action) == found
