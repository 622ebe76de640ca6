"""Strategy and investment steps (session 32): a list of minerals a government approves or
releases, a named act told with when it took effect, a hyphenated law's name dated by its year,
and a state fund set up or launched. Each table holds what must make the step and what must
not. Read through the whole extractor with the learned action model off, as the rows test the
rules."""

import pytest
from predict import dated_statuses, predict

from nlp.extract import Extractor


def has_event(extractor: Extractor, text: str, action: str) -> bool:
    """Whether the whole extractor finds an event of `action` in one short text."""
    return any(e["action"] == action for e in predict(extractor, text)["events"])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a list of minerals approved, released or drawn up is a list made
        (
            "Kazakhstan's cabinet has approved a list of minerals of strategic importance, "
            "including tungsten, copper and rare earths, that it will offer to investors first.",
            True,
        ),
        (
            "Last week the mines ministry released a list of 24 minerals it considers critical "
            "for the economy, among them lithium and cobalt.",
            True,
        ),
        (
            "The list, adopted at a cabinet meeting on Tuesday, includes lithium, graphite and "
            "manganese.",
            True,
        ),
        # ... not a list of firms, goods or old mines
        (
            "The commerce ministry will publish a list of approved companies allowed to export "
            "antimony on its website.",
            False,
        ),
        (
            "Beijing has already released a list of $50 billion of U.S. goods, including some "
            "copper products, that would face duties.",
            False,
        ),
        # ... nor a list told back as published long ago, with the news elsewhere
        (
            "The list, first published in July, covers tin and tungsten imports worth $3 billion.",
            False,
        ),
    ],
)
def test_a_list_of_minerals_approved_or_released_is_a_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a named act or code told with when it took effect stands in force
        (
            "The Mineral Resources Act, which took effect in May, lets the state take stakes in "
            "lithium and nickel mines.",
            True,
        ),
        (
            "The Building Ontario Act, which became law in June, lets copper mines get federal "
            "approvals within two years.",
            True,
        ),
        # ... not a ban or a tariff that took effect: no law
        (
            "The ban on nickel ore exports, which took effect in January, has drawn Chinese "
            "smelters to Sulawesi.",
            False,
        ),
    ],
)
def test_a_named_act_that_took_effect_is_a_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want


def test_a_hyphenated_law_name_is_dated_by_its_year(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = (
        "The 2010 Dodd-Frank Act obliges listed companies to say whether their tin and "
        "tantalum come from Congo."
    )
    assert ("in_force", "2010") in dated_statuses(extractor, text, "strategy")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a state fund set up, launched or created is money committed
        (
            "The government will also set up a battery supply chain fund for lithium and cobalt "
            "refiners, officials said.",
            True,
        ),
        (
            "Berlin launched a state-backed fund last year to support lithium and rare earth "
            "projects abroad.",
            True,
        ),
        (
            "The new government will expand the raw materials fund launched by its predecessor "
            "to back graphite and nickel projects.",
            True,
        ),
        # ... not "fund" the verb after a body created
        (
            "The minister said the plan would create a Battery Institute to fund research into "
            "new lithium chemistries.",
            False,
        ),
    ],
)
def test_a_state_fund_set_up_or_launched_is_an_investment(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "investment") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a named act told as to be amended is a change of law in the making
        (
            "The Land and Resources Act will be amended to protect the lithium-bearing wetlands, "
            "the minister said.",
            True,
        ),
        # ... not a firm's plan amended
        (
            "The miner said its lithium mine plan will be amended after the hearings.",
            False,
        ),
    ],
)
def test_a_named_act_to_be_amended_is_a_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a national blueprint released is a plan made
        (
            "The energy ministry on Tuesday released a national blueprint for cobalt and nickel "
            "refining.",
            True,
        ),
        # ... not a firm's own blueprint of a plant
        (
            "The miner released a blueprint of its planned lithium refinery to local residents.",
            False,
        ),
    ],
)
def test_a_national_blueprint_released_is_a_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a mineral added to a government's list is the list updated
        (
            "Tokyo added gallium to Japan's list of critical minerals in April.",
            True,
        ),
        (
            "Silicon metal was added to the EU's list of strategic raw materials last year.",
            True,
        ),
        # ... not a step added to a growing list, nor a speaker who "added"
        (
            "Beijing curbed antimony exports, adding to a growing list of strategic minerals it "
            "controls.",
            False,
        ),
        (
            "He added that critical minerals such as lithium were vital to the energy transition.",
            False,
        ),
    ],
)
def test_a_mineral_added_to_a_list_is_a_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a programme launched with its sum is money committed
        (
            "In March the government launched a A$900 million programme to share the costs of "
            "lithium and rare earth exploration.",
            True,
        ),
        # ... not a probe launched into goods of a value
        (
            "Washington launched an investigation into $2 billion of graphite anode imports.",
            False,
        ),
    ],
)
def test_a_programme_launched_with_its_sum_is_an_investment(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "investment") is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a spatial plan adopted for one mine's site is no minerals policy
        (
            "The government on Thursday adopted a spatial plan for the area around the lithium "
            "deposit near Loznica.",
            False,
        ),
        # ... a national plan adopted still is
        (
            "The cabinet on Thursday adopted a national plan for lithium and graphite processing.",
            True,
        ),
    ],
)
def test_a_spatial_plan_for_a_mine_site_is_no_strategy_step(
    extractor: Extractor, action_rules_alone: None, text: str, want: bool
) -> None:
    assert has_event(extractor, text, "strategy") is want
