"""Trade measures read as a government's step on another's goods or its case at the WTO
(helper "trade", session 29): counter-duties called countermeasures on another country's goods,
a state defending its measure at the World Trade Organization or raising a matter there, and a
government examining whether another's rules are compatible with WTO rules. Near misses:
countermeasures against lawmakers or a contractor (sanctions), a plan judged consistent with WTO
rules, a firm defended in court. Read through the whole extractor with the learned action model
off, as the rows test the rules. Also no trade measure: a tariff only imagined as "any"
one ("the cost of any tariffs") and non-tariff barriers named as a kind."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # counter-duties called countermeasures, on goods or told by their worth
        "Ottawa announced countermeasures on 12 billion dollars of U.S. goods, including "
        "aluminium products, on Friday.",
        "Brussels approved dollar-for-dollar countermeasures worth 4 billion euros against "
        "American aluminium and nickel products.",
        # a state defending its measure at the WTO, or raising a matter there
        "Seoul said it would defend its nickel ore policy at the World Trade Organization.",
        "Tokyo could raise the matter at the WTO if the graphite curbs breach its rules, the "
        "minister said.",
        # a government examining whether another's rules are compatible with WTO rules
        "Brussels is studying whether the new lithium rules are compatible with World Trade "
        "Organization law.",
    ],
)
def test_countermeasures_on_goods_or_a_state_at_the_wto_is_a_trade_measure(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "trade_measure" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # countermeasures against people or a firm are sanctions, no goods named
        "China vowed countermeasures against the lawmakers who visited the rare earth plant.",
        "The ministry said it was taking countermeasures against the contractor over its "
        "lithium project.",
        # a plan judged consistent with WTO rules, no examination of another's measure
        "The lithium plan is consistent with WTO rules, officials said.",
        # a firm defended in court, no WTO
        "Lawyers for the copper miner will defend the company in court.",
    ],
)
def test_countermeasures_on_people_or_a_plan_within_wto_rules_is_no_trade_measure(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "trade_measure" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a tariff only imagined, as "any" one
        "The nickel smelter said buyers would bear the cost of any tariffs.",
        "Carmakers said any tariffs on lithium cells would raise their costs.",
        # barriers other than tariffs, named as a kind
        "The declaration said non-tariff barriers distorted trade in critical minerals.",
    ],
)
def test_any_tariff_or_non_tariff_barriers_is_no_trade_measure(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "trade_measure" not in action_types(extractor, text)


def test_goods_exempted_from_any_new_tariffs_stay_a_trade_measure(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = "Washington exempted cobalt from any new tariffs for two years."
    assert "trade_measure" in action_types(extractor, text)
