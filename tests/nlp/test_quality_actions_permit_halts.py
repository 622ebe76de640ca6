"""An authority ordering a miner to stop, or suspending miners' activities, withdraws its
right to operate: a permitting step. Sentences written here, read through the whole
extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

PERMITTING = [
    "Guinea's mines ministry ordered the bauxite miner to halt operations at its site on Monday.",
    "Niger's junta suspended the activities of two uranium miners pending an audit.",
    "Zimbabwe's government ordered the Chinese firm to stop mining lithium at Goromonzi.",
]


@pytest.mark.parametrize("text", PERMITTING)
def test_an_ordered_halt_is_a_permitting_step(extractor: Extractor, text: str) -> None:
    assert "permitting" in action_types(extractor, text)
