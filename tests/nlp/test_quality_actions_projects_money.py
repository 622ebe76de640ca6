"""Project, strategy and investment look-alikes and misses (helper actproj3): a state's subsidy to
buyers of electric cars is money committed; a restart told as allowed or barred by another party,
and stocks that "build up", are no step on a plant. Sentences written here, read through the
whole extractor."""

import pytest
from predict import action_types, status_of

from nlp.extract import Extractor

# a state's subsidy named by the purchase it pays for
PURCHASE_SUBSIDIES = [
    "Beijing halved its purchase subsidies for electric cars in March, weighing on lithium demand.",
    "Seoul will keep paying subsidies for new-energy vehicles next year, supporting battery makers.",
]


@pytest.mark.parametrize("text", PURCHASE_SUBSIDIES)
def test_purchase_subsidies_are_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


# a restart another party allows or bars, and stocks building up: no project step
NO_PLANT_STEP = [
    "The ministry said nickel mining could resume under stricter rules once the audit ends.",
    "Operations may not resume until regulators have inspected the cobalt mine, the court said.",
    "Mining cannot resume at the lithium site before the inquiry ends, the minister said.",
    "Copper concentrate will build up at the mine until shipments restart, traders said.",
]
# a restart the plant's owner plans stays a project step
PLANT_STEPS = [
    "The company expects to resume production at its uranium mine in the fourth quarter.",
]


@pytest.mark.parametrize("text", NO_PLANT_STEP)
def test_permitted_restarts_and_stocks_are_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PLANT_STEPS)
def test_an_owners_restart_stays_a_project(extractor: Extractor, text: str) -> None:
    assert "project" in action_types(extractor, text)


# a mineral standing on a government's list of critical minerals: the list in force (R4)
ON_THE_LIST = [
    "Tungsten is on the Canadian government's list of critical minerals, officials noted.",
    "Both metals are on the Japanese trade ministry's list of critical minerals.",
]


@pytest.mark.parametrize("text", ON_THE_LIST)
def test_a_mineral_on_a_critical_list_is_a_standing_strategy(
    extractor: Extractor, text: str
) -> None:
    assert status_of(extractor, text, "strategy") == "in_force"


# a plant another party has funded a firm to build, or a firm will use support to build, is the
# money's aim, no project step of its own
FUNDED_TO_BUILD = [
    "The defence ministry has funded a Canadian refiner to build a graphite anode plant in Quebec.",
    "The nickel miner will use the support to build a cobalt refinery near the port.",
]


@pytest.mark.parametrize("text", FUNDED_TO_BUILD)
def test_a_plant_funded_to_be_built_is_no_project(extractor: Extractor, text: str) -> None:
    assert "project" not in action_types(extractor, text)


# a law told by the moratorium it imposes is that measure, no strategy of its own
def test_a_law_imposing_a_moratorium_is_no_strategy(extractor: Extractor) -> None:
    text = "The senate passed a law imposing a moratorium on new lithium mining concessions."
    assert "strategy" not in action_types(extractor, text)


# money to fund a reserve's purchases, or a reserve started by buying, is the stockpile's step
RESERVE_BUYING = [
    "The government asked lawmakers for $90 million a year to fund purchases of domestically mined "
    "cobalt.",
    "Sales from the state cobalt stockpile help finance new purchases, officials said.",
    "The spending bill gives $40 million to the agency to start a cobalt reserve by buying "
    "domestically refined cobalt, less than the $90 million officials sought.",
]


@pytest.mark.parametrize("text", RESERVE_BUYING)
def test_money_for_reserve_purchases_is_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)
