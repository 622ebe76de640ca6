"""Resource nationalism (a mineral nationalised or reserved to the state) and a government's
national output goal are policy (strategy); a state-owned firm's deal or an analyst's price target
is not. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATE_POLICY = [
    "Bolivia's congress voted to nationalise the country's lithium deposits on Monday.",
    "Under the new constitution, lithium is reserved to the state and cannot be sold to "
    "private miners.",
    "The president wants a bigger role for the state in copper and lithium mining.",
    "Namibia's cabinet set a target of processing half of its lithium ore at home by 2030.",
    "The government has set a goal of doubling cobalt refining capacity within five years.",
]

NOT_STATE_POLICY = [
    "A state-controlled Chinese miner bought a stake in the Zambian copper mine for $300 million.",
    "Analysts set a price target of A$4 a share for the lithium producer.",
    "The nationalist party lost the election, and lithium shares rose on Monday.",
]


@pytest.mark.parametrize("text", STATE_POLICY)
def test_state_policy_is_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_STATE_POLICY)
def test_not_state_policy(extractor: Extractor, text: str) -> None:
    assert "strategy" not in action_types(extractor, text)
