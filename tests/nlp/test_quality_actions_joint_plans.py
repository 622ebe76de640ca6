"""An action plan two governments agree is an agreement between them; a plan one government
adopts stays its strategy. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

JOINT = [
    "Canada and the United States agreed a joint action plan on critical minerals such as "
    "lithium in January.",
    "The move follows a rare earths action plan agreed with Australia last year.",
]

OWN = [
    "Australia's cabinet adopted an action plan on lithium refining on Tuesday.",
    "Japan unveiled a national action plan to secure rare earth supply.",
]


@pytest.mark.parametrize("text", JOINT)
def test_joint_plan_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize("text", OWN)
def test_own_plan_is_strategy(extractor: Extractor, text: str) -> None:
    found = action_types(extractor, text)
    assert "strategy" in found
    assert "agreement" not in found
