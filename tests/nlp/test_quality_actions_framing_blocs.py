"""A grouping named as the frame of another fact ("as part of a partnership announced on
Monday to build a supply chain", "under the alliance") is a reference, no grouping formed,
joined or left; a grouping launched or joined is one. Sentences written here, read through the
whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FORMED = [
    "Ten governments launched a critical minerals alliance in Toronto on Tuesday.",
    "India joined the Minerals Security Partnership in June, the State Department said.",
]

FRAMES = [
    "The U.S. government will lend $620 million to the magnet maker as part of a $1.4 billion "
    "partnership announced on Monday to build a domestic supply chain.",
    "Canada will fund two graphite plants under a partnership set up to build battery supply "
    "chains at home.",
]


@pytest.mark.parametrize("text", FORMED)
def test_bloc_formed(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize("text", FRAMES)
def test_frame_is_no_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)
