"""Talks, pacts and groupings read again (helper "talks", session 32): a dialogue of governments
launched under a long name is a grouping formed. Sentences written here, read through the whole
extractor with the learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a dialogue launched, its long name between the verb and the word
        "Canberra launched its annual Pacific Islands mining, processing and trade policy dialogue "
        "with Fiji on lithium last year.",
        "Tokyo launched its J5+1 critical minerals dialogue with Mongolia and its neighbours last "
        "year.",
        "Washington launched the new U.S.-Andean Energy Resource and Critical Minerals Governance "
        "Dialogue with Peru on Monday.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_dialogue_launched_under_a_long_name(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: groupings formed and launched stay read
        "The United States and Japan formed an alliance on critical minerals on Friday.",
        "Germany launched a dialogue on mining with Chile in Santiago, officials said.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_groupings_formed_still_read(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)
