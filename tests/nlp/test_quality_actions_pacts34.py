"""Pact readings of session 34 (pc34_ in nlp/data/actions.yaml): a government's minerals
partnerships named in the plural are agreements, as the singular is. Sentences written here,
read through the whole extractor; each table holds rows where the reading must fire and rows
where it must not."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PLURAL_PARTNERSHIPS = [
    "Canberra already has critical minerals partnerships with Tokyo, Seoul and New Delhi.",
    "Ottawa has signed minerals partnerships with Germany and South Korea.",
    "The European Union holds raw materials and minerals partnerships with Chile and Namibia.",
]

# not: partnerships of another kind, or a firm's, are no minerals pact between governments
NO_PACT = [
    "Canberra already has education partnerships with Tokyo, Seoul and New Delhi.",
    "The miner signed partnerships with two battery makers to supply lithium.",
]


@pytest.mark.parametrize("text", PLURAL_PARTNERSHIPS)
def test_plural_minerals_partnerships_are_agreements(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize("text", PLURAL_PARTNERSHIPS)
def test_plural_minerals_partnerships_as_shipped(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize("text", NO_PACT)
def test_other_partnerships_are_no_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)
