"""A government suspending exports of a mineral, or extending such a suspension, is an export
control; a firm suspending its dividend while exports fall is not. Sentences written here, read
through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

SUSPENDED = [
    "Guinea suspended bauxite exports from two ports on Monday.",
    "Congo will extend its suspension of cobalt shipments by three months, the regulator said.",
]

NOT_SUSPENDED = [
    "The Chilean lithium miner suspended its dividend as lithium exports fell 20% in May.",
]


@pytest.mark.parametrize("text", SUSPENDED)
def test_export_suspension(extractor: Extractor, text: str) -> None:
    assert "export_control" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_SUSPENDED)
def test_no_export_suspension(extractor: Extractor, text: str) -> None:
    assert "export_control" not in action_types(extractor, text)
