"""`project` is a step in the life of a mine, refinery or processing plant (TAXONOMY): a deposit
is no plant, so it makes a project only as the aim of a step just taken ("signed an agreement
to develop tungsten deposits"), never as business described ("is developing lithium deposits")
or a deposit long mined. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

DESCRIBED = [
    "Namibia is developing lithium and rare earth deposits and wants to produce green hydrogen.",
    "The copper deposit in Peru, developed by a Chinese company, is among the largest in the world.",
    "Chinese firms have developed lithium deposits in Zimbabwe since 2021.",
    "The deposit has been mined for copper in Zambia since the 1930s.",
]

AIMED = [
    "Kazakhstan signed an agreement with a U.S. company to develop tungsten deposits in the east.",
    "Niger revoked the permit that allowed Orano to develop the Imouraren uranium deposit.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_deposit_described_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", AIMED)
def test_a_deposit_a_step_aims_to_develop_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
