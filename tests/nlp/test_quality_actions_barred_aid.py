"""Aid that vehicles or firms are barred from ("barring cars with Chinese graphite from the
$7,500 tax credit") is a rule's effect on who gets it, not money committed; a credit a
government grants or extends still is. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

COMMITTED = [
    "Canada granted $250 million in tax credits to a lithium refinery in Quebec on Monday.",
]

BARRED = [
    "The Treasury issued rules barring electric vehicles that contain graphite from China from "
    "the $7,500 consumer tax credit.",
    "Cars with Chinese battery minerals will be excluded from the $3,750 credit from 2025.",
]


@pytest.mark.parametrize("text", COMMITTED)
def test_credit_granted(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


@pytest.mark.parametrize("text", BARRED)
def test_barred_aid_is_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)
