"""A company consortium, a bloc's members described, and officials joining a bloc's
ministers for a meeting form or join no grouping of states; a state joining a bloc does.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_BLOC = [
    "Zambia signed a contract with a consortium led by a Chinese miner to build a copper "
    "smelter in the Copperbelt.",
    "The cobalt refinery will be built by a consortium of Japanese and Korean firms in Congo.",
    "Canada imposed tariffs on Russian aluminum, in line with other members of the G7.",
    "Ministers from Chile and Peru joined the G7 ministers for the discussions on copper supply.",
]


@pytest.mark.parametrize("text", NO_BLOC)
def test_no_grouping_of_states_is_formed(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


BLOC = [
    "Estonia joined the Minerals Security Partnership on Tuesday to secure rare earths.",
    "Australia, Japan and India launched a coalition of states to secure lithium supply.",
]


@pytest.mark.parametrize("text", BLOC)
def test_a_state_joining_or_launching_a_bloc_is_a_bloc_formation(
    extractor: Extractor, text: str
) -> None:
    assert "bloc_formation" in action_types(extractor, text)
