"""Governments pledging to work together, read as they are when they agree to (lead, session
29): "pledged to deepen cooperation", "committed to strengthen cooperation", "vowed to work
together" with a country or bloc named is an agreement step, as "agreed to deepen cooperation"
already was. A firm's pledge to its neighbours is no agreement between governments. Read
through the whole extractor with the learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "In a joint communiqué, Chile and Japan pledged to deepen cooperation on copper and "
        "lithium processing.",
        "After talks in Canberra, Australia and India committed to strengthen cooperation on "
        "rare earth supply chains.",
        "The two leaders vowed to work together on critical minerals such as cobalt and nickel, "
        "Kenya and the United Arab Emirates said.",
        "Leaders of the European Union and Brazil promised to step up cooperation on niobium "
        "and graphite at their summit.",
    ],
)
def test_governments_pledging_cooperation_agree(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a firm's pledge to its neighbours, no country or bloc named
        "The copper miner pledged to deepen cooperation with local communities around its mine.",
        # a pledge with no working together in it
        "The minister pledged to raise lithium royalties before the end of the year.",
    ],
)
def test_a_firms_pledge_or_another_pledge_is_no_agreement(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "agreement" not in action_types(extractor, text)
