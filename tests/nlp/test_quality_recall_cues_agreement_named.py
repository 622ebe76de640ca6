"""An agreement between governments in other words: an understanding reached, an agreement in principle, a charter signed, a joint communique, an exchange of letters; understanding as comprehension and agreeing with analysts are none. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    ("agreement", "Japan and Chile reached an understanding on lithium supply during the visit."),
    ("agreement", "Indonesia and the EU reached an agreement in principle on nickel trade."),
    (
        "agreement",
        "Australia and India signed a charter on critical minerals cooperation, including lithium.",
    ),
    ("agreement", "The two governments issued a joint communique on rare earths supply chains."),
    (
        "agreement",
        "Canada and Germany signed an exchange of letters on critical minerals such as graphite.",
    ),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    (
        "agreement",
        "Analysts said there was little understanding of how the lithium market would react.",
    ),
    ("agreement", "The Chilean copper miner agreed with analysts that prices would rise."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
