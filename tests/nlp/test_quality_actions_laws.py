"""A country changing its mining law or code is a policy step (strategy), as is a reform bill or
an investment regime passed; a firm changing its own plans, terms or managers is not. Sentences
written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

LAW_CHANGED = [
    "Zimbabwe changed its mining laws last year to reserve lithium processing for local firms.",
    "Guinea's overhaul of its mining code in 2011 raised the state's stake in bauxite projects.",
    "Parliament amended the Mineral Resources (Exploration and Extraction) Act to cover lithium.",
    "Lawmakers voted to revise the mining legislation so that cobalt royalties rise to 10%.",
    "Peru's Congress passed a reform bill that tightens rules for small copper miners.",
    "The president ordered a 100-day review of U.S. supply chains for lithium and rare earths.",
    ("Ministers commissioned an assessment of the country's cobalt supply chains on Monday."),
    "Tungsten, which was in the draft list published in May, was kept in the final version.",
    "The investment regime approved on Friday gives copper and lithium projects 30-year "
    "tax guarantees.",
]

NOT_A_LAW_CHANGE = [
    "Lithium miners changed their production plans after prices fell by half.",
    "The company amended the terms of its nickel bond to delay repayment by a year.",
    "The miner replaced its chief executive after the copper mine flooded.",
    "The cobalt trader revised its price forecast for next year upward.",
    "GM said the money for the lithium mine would be held until the court rules on the appeal.",
    "Supply chains for lithium in Chile came under strain after a review of output data.",
]


@pytest.mark.parametrize("text", LAW_CHANGED)
def test_law_change_is_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_A_LAW_CHANGE)
def test_firm_change_is_no_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" not in action_types(extractor, text)
