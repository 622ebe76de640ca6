"""Investment read as money committed (helper "invest", session 29): a sum told as going to a
use, money given to a firm, a plant built with public money, a plan that includes a sum for a
use, and money in currencies other than the dollar (the rand, the krona, the tenge, the rupiah,
pesos in a sentence naming Chile), whose amount is the context that makes a verb of giving count.
Near misses: money that funds a state reserve or stockpile (the stockpile's step), the terms of
a purchase paid in cash at completion (the same purchase told again), a dividend received, goods
shipped and aid to a country. Read through the whole extractor; the near misses with the learned action model off,
as the shipped model already drops some of them and the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a sum told as going to a use
        "A further A$90 million will go to a battery materials program in Western Australia, "
        "the resources minister said.",
        # money given to a firm, the sum after the recipient
        "Last month the energy ministry gave Northwind Graphite $12 million to build an anode "
        "plant in Ontario.",
        # a plant built with public money
        "France will build a lithium refining pilot plant near Lyon with 200 million euros of "
        "public money, the industry minister said.",
        # a plan that includes a sum for a use
        "Spain's recovery plan includes 1.2 billion euros for battery cell factories and cobalt "
        "recycling, the government said.",
        # amounts in other currencies: a code before the number, a name after it
        "Sweden's state lender put SEK 4 billion into the lithium refinery, the ministry said.",
        "South Africa's development bank committed R2.5bn to the platinum refinery expansion.",
        "Kazakhstan's sovereign fund allocated 150 billion tenge to the tungsten project.",
        "Indonesia's state holding injected Rp 9.2 trillion into the nickel smelter.",
        # pesos in a sentence that names Chile
        "Chile's production agency pledged 40 billion pesos to a lithium research institute in "
        "Antofagasta.",
        # crowns in a sentence that names Sweden
        "Sweden's energy agency will give the battery recycler 90 million crowns for a nickel "
        "recovery line.",
    ],
)
def test_money_committed_to_a_use_is_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # money that funds a state reserve or stockpile is the stockpile's step
        "Congress funded a $75 million uranium reserve in 2020 to buy domestically mined uranium.",
        "The uranium reserve, funded with $75 million in 2020, has not yet bought any material.",
        # the terms of a purchase paid in cash at completion: the purchase told again
        "Northwind Mining will pay $350 million in cash on completion, with up to $150 million "
        "more depending on nickel prices.",
        # goods shipped and aid to a country are no money committed
        "About $2 billion of copper exports will go to China under the contract.",
        "The EU gave Ukraine 3 billion euros in aid for its lithium-rich regions.",
        # a dividend paid out is income
        "The Norwegian state will receive a dividend of $300 million from the aluminium producer.",
        # pesos with no one country named: no amount, so no money context for "pledged"
        "Two provinces pledged 40 billion pesos of copper royalties to the regional budget.",
    ],
)
def test_a_reserve_a_purchase_told_again_goods_or_aid_is_no_investment(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "investment" not in action_types(extractor, text)
