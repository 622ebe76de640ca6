"""Deposits a policy would help develop or a country is keen to develop are an aim, and car
or chip factories are no mine or processing plant: no project event. A mine or plant
built, opened or developed by a named step is. Sentences written here, read through the
whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_PROJECT = [
    "The new partnership is meant to help Mongolia develop its deposits of copper and rare earths.",
    "Chile's government is keen to develop lithium deposits in the north of the country.",
    "A shortage of nickel idled car factories in Germany last month.",
    "Hyundai will open a car plant in Georgia that uses lithium batteries from Korea.",
]


@pytest.mark.parametrize("text", NO_PROJECT)
def test_an_aim_or_a_factory_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


PROJECT = [
    "Rio Tinto will invest $2 billion to help develop a lithium mine in Argentina.",
    "Lynas opened a rare earths processing plant in Texas on Tuesday.",
]


@pytest.mark.parametrize("text", PROJECT)
def test_a_mine_or_plant_step_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
