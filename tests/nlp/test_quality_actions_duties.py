"""A duty imposed, raised or lifted in the singular ("a 25% duty on X", "slapped duties of 30%")
is a trade measure, while a duty a company paid and a person's duty are not. Sentences written
here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

DUTIES = [
    "Mexico imposed a 25% duty on Chinese graphite electrodes.",
    "India slapped duties of 30% on aluminium foil from China.",
    "The European Union raised its duty on Chinese silicon metal to 40%.",
    "Canada lifted the duty on Japanese nickel alloys on Monday.",
    "Turkey introduced a 15 percent duty on imported lithium-ion cells.",
    "Brazil will cut the duty rate on cobalt sulphate imports to zero.",
]


@pytest.mark.parametrize("text", DUTIES)
def test_a_duty_is_a_trade_measure(extractor: Extractor, text: str) -> None:
    assert "trade_measure" in action_types(extractor, text)


NOT_DUTIES = [
    "The company paid a 5% duty on its cobalt exports last year.",
    "The chairman said it was his duty to protect lithium shareholders.",
    "The nickel refinery owes a duty of care to workers, the court said.",
    "Security guards on duty at the copper mine were unarmed, police said.",
]


@pytest.mark.parametrize("text", NOT_DUTIES)
def test_other_duties_are_no_trade_measure(extractor: Extractor, text: str) -> None:
    assert "trade_measure" not in action_types(extractor, text)
