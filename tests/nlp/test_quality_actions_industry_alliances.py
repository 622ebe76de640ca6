"""An industrial alliance of firms a government launches, named with the bloc's adjective,
and the bloc as an owner of something, form no grouping of states. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_BLOC = [
    "The Commission launched a European Battery Alliance of carmakers and cell makers to "
    "secure lithium and nickel.",
    "Brussels set up a European Raw Materials Alliance to cut reliance on Chinese rare earths.",
]


@pytest.mark.parametrize("text", NO_BLOC)
def test_an_industrial_alliance_is_no_bloc(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


def test_the_bloc_as_owner_is_no_follow_up(extractor: Extractor) -> None:
    found = action_types(
        extractor,
        "Chile joined the Minerals Security Partnership on Monday to secure lithium. "
        "Officials said Chilean lithium would feed the bloc's battery plants.",
    )
    assert "bloc_formation" in found
    text = (
        "The EU signed a lithium agreement with Chile on Monday. "
        "It will use the bloc's satellite programme to monitor copper and lithium mines."
    )
    assert "bloc_formation" not in action_types(extractor, text)
