"""Talks with local communities or protesters, a parliament's negotiators on a law, and the
consultations that open a WTO dispute are no talks between governments; ministers of two
governments meeting are. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_TALKS = [
    "Chile's government said talks with the communities near the copper mine had broken down.",
    "The lithium miner is in talks with indigenous groups in Argentina over water use.",
    "Negotiators for the European Parliament want stricter recycling targets for cobalt.",
    "Japan requested consultations with China at the WTO over its rare earth export quotas.",
]


@pytest.mark.parametrize("text", NO_TALKS)
def test_no_talks_between_governments(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


TALKS = [
    "The trade ministers of India and Australia met in Delhi on Monday to discuss lithium.",
    "Canada's energy minister met his German counterpart in Berlin on nickel supply.",
]


@pytest.mark.parametrize("text", TALKS)
def test_ministers_meeting_is_a_negotiation(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)
