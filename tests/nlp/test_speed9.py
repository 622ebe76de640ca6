"""Helper speed9: speed and memory changes that must not change any output.

The entity component shares the default gazetteer with every other reader of it."""

import pytest

from nlp.entities import _gazetteer
from nlp.gazetteer import load_gazetteer


@pytest.mark.parametrize("data_dir", [None, ""])
def test_the_default_gazetteer_is_built_once(data_dir):
    assert _gazetteer(data_dir) is load_gazetteer()
