"""A deal with a company named by its corporate form is a contract, not a pact between
governments; a pact with another government stays an agreement. Sentences written here,
read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

NO_AGREEMENT = [
    "Namibia's government signed a framework agreement with Canada-based Rare Metals Corporation "
    "for a lithium plant.",
    "Malawi signed a memorandum with Australian miner Lotus Holdings Ltd on uranium.",
    "Ghana signed a deal with Atlantic Lithium Ltd for its first lithium mine.",
]


@pytest.mark.parametrize("text", NO_AGREEMENT)
def test_a_deal_with_a_company_is_no_agreement(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)


def test_a_pact_with_a_government_stays_an_agreement(extractor: Extractor) -> None:
    assert "agreement" in action_types(
        extractor,
        "Japan signed a critical minerals agreement with the United States, easing access for "
        "Toyota Motor Corp to tax credits for lithium batteries.",
    )
