"""A plant's first output ("the first commercial output", "produced its first concentrate",
"poured its first metal") is a project step; a first batch of quotas or a first decline in
output is not. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

FIRST_OUTPUT = [
    "Lynas has produced separated dysprosium oxide in Malaysia, the first commercial output of "
    "a heavy rare earth outside China.",
    "The Canadian nickel miner produced its first concentrate at its mine in Quebec on Monday.",
    "The Indonesian smelter poured its first nickel matte on Friday, its owner said.",
    "The Moroccan plant produced its first cathode material for lithium batteries in May.",
]


@pytest.mark.parametrize("text", FIRST_OUTPUT)
def test_first_output_is_a_project_step(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


NOT_PROJECT = [
    "Congo's first batch of cobalt export quotas was allocated in October.",
    "Nickel output fell for the first time in a decade at the Indonesian mines, data showed.",
]


@pytest.mark.parametrize("text", NOT_PROJECT)
def test_other_firsts_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


# plants described as running now are the scene, not a plant opened or started
PLANTS_DESCRIBED = [
    "Only three nickel smelters operate in the province, the governor said.",
    "Few lithium refineries currently operate outside China, analysts say.",
]
PLANT_STEPS = [
    "The new lithium refinery will begin operating in Kwinana next year.",
    "The cobalt refinery in Finland started operations in March after a two-year build.",
]


@pytest.mark.parametrize("text", PLANTS_DESCRIBED)
def test_plants_described_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PLANT_STEPS)
def test_plant_steps_stay_projects(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
