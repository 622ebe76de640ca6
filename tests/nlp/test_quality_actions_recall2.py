"""Project steps the cue rules missed (helper actrec2): output a firm plans to start at a mine or a
plant ("plans to produce gallium at its refinery"), and the output a plant still to come will or
would turn out ("the plant would produce 100 tonnes a year"), are projects still to come.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# production a firm plans or intends to start: a project, proposed
PLANNED_OUTPUT = [
    "The Canadian miner said on Monday it plans to produce cobalt sulphate at its Ontario refinery "
    "from 2027.",
    "A Texas start-up intends to extract lithium from oilfield brines in the Permian basin, its "
    "chief executive said.",
]
# a plan a government approves is no firm's output to come (the noun, not the verb)
NO_PLANNED_OUTPUT = [
    "The cabinet approved a plan to mine more rare earths in the northern provinces.",
]


@pytest.mark.parametrize("text", PLANNED_OUTPUT)
def test_output_a_firm_plans_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize("text", NO_PLANNED_OUTPUT)
def test_a_plan_approved_is_no_planned_output(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


# the output a plant still to come will or would turn out, the plant its subject: a project
PLANT_OUTPUT = [
    "Officials expect a decision on the nickel refinery next year. The plant would produce about "
    "40,000 tonnes of nickel sulphate a year.",
    "The group still needs permits for its proposed open-pit mine, which would produce copper and "
    "molybdenum for three decades.",
]


@pytest.mark.parametrize("text", PLANT_OUTPUT)
def test_output_a_plant_will_turn_out_is_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)
