"""Output raised at named operations, and a plant or mine expected to run or ship from a
date, are project steps. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PROJECT = [
    "Glencore will boost production at its cobalt mines in Congo next year.",
    "Albemarle said it expected the lithium hydroxide plant in Australia to be operational "
    "by 2026.",
    "The graphite mine in Mozambique is expected to start shipping concentrate in March.",
    "The Canadian miner plans to expand output at its nickel operations in Indonesia.",
]


@pytest.mark.parametrize("text", PROJECT)
def test_output_raised_or_a_plant_coming_on_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
