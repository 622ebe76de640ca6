"""A sentence opening on the pair told before ("The two governments signed agreements",
"Both sides agreed") acts for both of them (lead, session 29, roles.py `_pair_referred`):
the two parties of the last step that had two, else the two the sentence before named. Where
the sentence names its own parties, or the opening is no such pair, nothing changes."""

import pytest
from predict import predict

from nlp.extract import Extractor


def _actors(extractor: Extractor, text: str, action: str) -> list[set[str]]:
    return [set(e["actors"]) for e in predict(extractor, text)["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "pair"),
    [
        # the last step had the two parties: a visit's talks, then "the two governments"
        (
            "Brazil's president met Chinese leader Xi Jinping in Brasilia on Wednesday to discuss "
            "niobium. The two governments signed agreements on lithium and mining services.",
            "agreement",
            {"BRA", "CHN"},
        ),
        # no step before: the two countries the sentence before named
        (
            "Ghana's mines minister flew to Abu Dhabi last week, where he met officials of the "
            "United Arab Emirates. Both sides agreed to deepen cooperation on lithium and gold "
            "refining.",
            "agreement",
            {"GHA", "ARE"},
        ),
        (
            "Chile's foreign minister visited Jakarta on Tuesday and met Indonesian officials. "
            "The two countries will hold talks on nickel and copper processing next month.",
            "negotiation",
            {"CHL", "IDN"},
        ),
    ],
)
def test_the_pair_told_before_acts_together(
    extractor: Extractor, text: str, action: str, pair: set[str]
) -> None:
    assert pair in _actors(extractor, text, action)


def test_a_sentence_naming_its_own_parties_keeps_them(extractor: Extractor) -> None:
    text = (
        "Brazil's president met Chinese leader Xi Jinping in Brasilia on Wednesday to discuss "
        "niobium. The two governments of Peru and Japan signed a memorandum on copper the same "
        "day."
    )
    assert {"PER", "JPN"} in _actors(extractor, text, "agreement")
