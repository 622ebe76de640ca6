"""A permitting step told by another name (signed off on, clearance, go-ahead, an environmental impact statement, a ruling that quashes an approval) and a concession reviewed, frozen or suspended; the same words about a bond sale or a firm's own review are no permit. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "permitting",
        "The environmental agency signed off on the rare earth processing plant in Malaysia.",
    ),
    (
        "permitting",
        "The graphite mine in Quebec received its final environmental clearance on Monday.",
    ),
    ("permitting", "Brazil's regulator gave the go-ahead for the lithium mine in Minas Gerais."),
    (
        "permitting",
        "The U.S. Forest Service published the final environmental impact statement for the copper mine in Arizona.",
    ),
    (
        "permitting",
        "Mexico's government said it would review the lithium concessions held by Chinese firms.",
    ),
    ("permitting", "The ministry froze new concessions for cobalt exploration in Congo."),
    (
        "permitting",
        "A Serbian court quashed the approval for the lithium project in the Jadar valley.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    ("permitting", "Investors gave the go-ahead for the Chilean lithium producer's bond sale."),
    ("permitting", "The company will review its copper mine's water use after the drought."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
