"""Policy steps news names in passing: minerals a government identified as critical, a
review of the industrial base or of mining contracts, a plan to cut dependence being
prepared. A law that is an export control regime is the export control, not a strategy.
Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STRATEGY = [
    "Australia produces many of the minerals that Tokyo identified as critical in 2020, "
    "including lithium.",
    "Zambia's president ordered a review of mining contracts signed with Chinese companies "
    "for copper.",
    "Japan is preparing a plan to cut dependence on Chinese rare earths.",
    "Germany commissioned a review of its industrial base after the nickel shortage.",
]


@pytest.mark.parametrize("text", STRATEGY)
def test_a_policy_step_named_in_passing_is_a_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" in action_types(extractor, text)


def test_an_export_control_law_is_an_export_control(extractor: Extractor) -> None:
    found = action_types(
        extractor,
        "Vietnam's parliament passed an export control law that lets the government restrict "
        "shipments of rare earths.",
    )
    assert "export_control" in found
    assert "strategy" not in found


def test_a_firm_plan_to_cut_costs_is_no_strategy(extractor: Extractor) -> None:
    assert "strategy" not in action_types(
        extractor, "Albemarle announced plans to cut costs at its lithium plant in Chile."
    )
