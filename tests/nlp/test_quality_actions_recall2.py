"""Steps the cue rules missed (helper actrec2): output a firm plans to start at a mine or a plant
("plans to produce gallium at its refinery"), and the output a plant still to come will or would
turn out ("the plant would produce 100 tonnes a year"), are projects still to come; talks after a
"working group" of officials stay talks between governments. Sentences written here, read through
the whole extractor."""

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


# a "working group" or "contact group" is a body of officials, no firm: the talks after it stay a
# step of governments (events._firm_noun_before)
OFFICIALS_GROUP_TALKS = [
    "Instead, the prime minister told the trade and energy departments to set up a working group "
    "and invite their Korean counterparts to talks on graphite supply in a crisis.",
]
# a firm's group before the talks keeps them a business deal
FIRM_GROUP_TALKS = [
    "A mining group has opened talks on graphite supply with the government of Tanzania.",
]


@pytest.mark.parametrize("text", OFFICIALS_GROUP_TALKS)
def test_talks_after_a_working_group_are_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", FIRM_GROUP_TALKS)
def test_talks_after_a_firms_group_are_no_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


# an issue a government raised with another's officials: talks between governments
RAISED_WITH_COUNTERPARTS = [
    "In Seoul, trade officials said they had raised the graphite delays with Chinese counterparts.",
]


@pytest.mark.parametrize("text", RAISED_WITH_COUNTERPARTS)
def test_an_issue_raised_with_counterparts_is_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)
