"""Permitting and project steps (helper "project", session 32): work at a project ordered to
stop or cease until a condition is met is the project's halt ("ordered all work at the iron
ore project to stop"); workers told to stop work by their union are no step on a project. A
project given a status that eases its approvals ("major project status", "projects of
national significance", "projects of strategic national importance") is a permitting step;
a project called important in passing is not.
Sentences written here, read through the whole extractor with the learned action model off,
as the rows test the cue rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # work at a project ordered to stop: the project's halt
        "Niger's junta ordered all work at the uranium project to stop until the French "
        "operator pays its back taxes.",
        "Serbia's environment ministry ordered operations at the copper smelter to cease after "
        "a spill into the river.",
    ],
)
def test_work_at_a_project_ordered_to_stop_is_a_project(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "project" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # workers or a union told to stop work: no step on the works
        "Peru's copper miners' union told its members to stop work over pay on Monday.",
        "Chile's lithium workers at the Atacama site voted to stop working on Friday.",
    ],
)
def test_workers_told_to_stop_are_no_project(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a status that eases a project's approvals
        "The vanadium refinery in Queensland has received major project status from Canberra.",
        "New Zealand's ministers will list the copper mine among projects of national "
        "significance next month.",
        "The Senate bill would have the president name 20 projects of strategic national "
        "importance, among them copper mines, for faster review.",
    ],
)
def test_a_status_easing_approvals_is_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a project called important, no status given
        "Officials in Ghana said the lithium mine was of great national importance to the economy.",
        "The copper project in Zambia is a major project for the region, its chief executive said.",
    ],
)
def test_a_project_called_important_is_no_permitting(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "permitting" not in action_types(extractor, text)
