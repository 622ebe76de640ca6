"""`project` is a step in the life of a mine, refinery or processing plant (TAXONOMY): a deposit
is no plant, so it makes a project only as the aim of a step just taken ("signed an agreement
to develop tungsten deposits"), never as business described ("is developing lithium deposits")
or a deposit long mined. A plant is a project when a step governs it as its object ("will close
its plant"), not when a participle or a clause after it describes it ("plants planned in
Germany", "the mine, operated by Codelco", "until the plant opens"). Sentences written here,
read through the whole extractor."""

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


PLANT_DESCRIBED = [
    "Officials said Canadian nickel and graphite could feed cathode plants planned in Germany.",
    "The copper mine, operated by Codelco in Chile, is the largest in the world.",
    "Korea asked for its cars to be treated equally until Hyundai's battery plant in Georgia opens,"
    " citing lithium rules.",
]

PLANT_STEP = [
    "Albemarle said it would close its Kemerton lithium plant in Australia.",
    "MMG halted production at its Las Bambas copper mine in Peru after protests.",
    "Zimbabwe's president commissioned a lithium processing plant built by a Chinese company.",
]


@pytest.mark.parametrize("text", PLANT_DESCRIBED)
def test_a_plant_described_after_its_noun_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PLANT_STEP)
def test_a_step_governing_a_plant_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
