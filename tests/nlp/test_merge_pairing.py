"""Predicted events that take a gold event's pairing from the right prediction (helper
"evpair", session 21): the scorer pairs a gold event with the first predicted event of its
action whose parties overlap, so a party an event does not have lets it stand for another
party's step.

A party named only as the model a step copies ("a ban modelled on Indonesia's", "no plan to
follow Indonesia in banning exports", "duties matching those of the United States") takes no
part in that step (roles.py `_compared`)."""

import pytest
from predict import predict

from nlp.extract import Extractor

# (id, text, action, the party named only as a model, whether it is a party of the event)
COMPARED = [
    (
        "modelled-on-possessive",
        "Lawmakers in Vietnam have proposed a ban on bauxite exports modelled on Indonesia's.",
        "export_control",
        "IDN",
        False,
    ),
    (
        "follow-in",
        "Malaysia has no plan to follow Indonesia in banning exports of bauxite, the minister "
        "said on Monday.",
        "export_control",
        "IDN",
        False,
    ),
    (
        "matching-those-of",
        "Canada imposed tariffs on Chinese steel matching those of the United States.",
        "trade_measure",
        "USA",
        False,
    ),
    (
        "similar-to",
        "Kenya will impose an export duty on raw titanium ore similar to Tanzania's, the finance "
        "ministry said.",
        "export_control",
        "TZA",
        False,
    ),
    (
        # guard: a country that takes its own step before another follows keeps it
        "followed-with-guard",
        "Indonesia banned exports of nickel ore in 2020, and Malaysia followed with a ban on "
        "bauxite exports.",
        "export_control",
        "IDN",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "action", "party", "kept"),
    [c[1:] for c in COMPARED],
    ids=[c[0] for c in COMPARED],
)
def test_a_party_named_as_the_model_of_a_step_takes_no_part_in_it(
    extractor: Extractor, text: str, action: str, party: str, kept: bool
) -> None:
    events = [e for e in predict(extractor, text)["events"] if e["action"] == action]
    assert events
    named = any(party in e["actors"] or party in e["partners"] for e in events)
    assert named is kept
