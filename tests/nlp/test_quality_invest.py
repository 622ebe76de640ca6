"""Investment read by the clause (session 28): a firm, works or stake bought or sold is money
committed when its price follows "for" however long the description between the verb and the sum,
but a unit price is a market's; the budget of a subsidy that holds a product's price for its
buyers is that price support's money, not a second event of investment; firms named as a class by
what they invest, money a step would "help" someone win, and the best "place" to invest commit
no money. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# invest (session 28): the price of a firm, works or stake told after a long description
PRICED_PURCHASES = [
    "Caldera Energy agreed to buy Talmont Nickel, owner of the Orrin mine and a small smelter on "
    "the northern coast, for up to $720 million.",
    "The company sold its lithium brine project in the north of the country to a Chinese group in "
    "2023 for $260 million.",
    "Tarn Resources said it had completed its purchase of 60% of the Greystone lithium project, "
    "held until now by a local family trust, for up to $95 million.",
    "The state holding company bought the Rennick zinc refinery and its port terminal from its "
    "Canadian owner in March for $310 million.",
]

# invest (session 28): a unit price is no money committed, however the goods were sold
UNIT_PRICES = [
    "Ore from the new mine sold for $75 a tonne on average last quarter.",
    "Zinc concentrate was sold for about $240 per tonne under the old contracts.",
]

# invest (session 28): a price support's budget is not a second event of investment
PRICE_SUPPORT_BUDGETS = [
    "The cabinet approved nutrient-based subsidy rates for phosphate and potash fertilisers for "
    "the summer season, with an outlay of $2.8 billion.",
    "The cabinet on Tuesday approved subsidy rates for nitrogen and phosphate fertilisers for the "
    "winter season, setting aside 4.2 billion dollars to keep prices affordable for farmers.",
]

# invest (session 28): who a rule is for, a benefit weighed, a place to invest: no step
NO_STEP_OF_INVESTING = [
    "Refinery operators that had invested under the old rules criticised the reform.",
    "Under the draft, foreign firms investing more than $100 million in lithium plants would need "
    "a local partner.",
    "Graphite miners said the strategic designation would help them win financing and faster "
    "permits.",
    "The minister said the state wanted to be the best place in Africa to invest in copper mining.",
]

# what must not change: money set aside, approved, offered or invested stays investment
STATE_MONEY = [
    "The cabinet approved a $300 million grant for a lithium refinery to be built by Orbis Group.",
    "The government has set aside $450 million for grants to battery materials plants.",
    "The new code offers tax breaks for companies that invest in nickel smelters and battery plants.",
    "Chinese companies have invested more than $2 billion in the country's lithium mines since 2022.",
    "The government said it would help finance a new cobalt refinery in the north.",
    "The Korean battery maker will invest $1.2 billion in a cathode plant in Ontario.",
]


@pytest.mark.parametrize("text", PRICED_PURCHASES)
def test_priced_purchase_is_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


@pytest.mark.parametrize("text", UNIT_PRICES)
def test_unit_price_is_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PRICE_SUPPORT_BUDGETS)
def test_price_support_budget_is_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", NO_STEP_OF_INVESTING)
def test_no_step_of_investing(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", STATE_MONEY)
def test_state_money_stays_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)
