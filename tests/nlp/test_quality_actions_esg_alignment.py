"""ESG or labour standards aligned after a list of fields, principles or criteria for
responsible mining adopted or developed, are shared standards; a bloc's criteria for
admitting members are not. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STANDARDS = [
    "Japan and Chile agreed to align their environmental, social and governance standards "
    "for copper and lithium mining.",
    "The G20 ministers endorsed common principles for responsible mining of cobalt.",
    "Brussels will develop criteria for sustainable mining of rare earths.",
    "Australia said trade in nickel should be based on environmental, social and governance "
    "standards.",
]


@pytest.mark.parametrize("text", STANDARDS)
def test_shared_esg_standards_are_standards(extractor: Extractor, text: str) -> None:
    assert "standards" in action_types(extractor, text)


def test_a_blocs_membership_criteria_are_no_standards(extractor: Extractor) -> None:
    assert "standards" not in action_types(
        extractor,
        "The leaders of the bloc agreed on the standards and criteria for the expansion of "
        "BRICS, whose members mine most of the world's rare earths.",
    )
