"""Status of investment, offtake and price_mechanism events (session 34, `si34_` in
nlp/data/status.yaml), read through the whole extractor with both learned models off, as the rows
test the rules. Each table holds rows where a reading must fire and near misses that must not
change. The sentences are written for these tests."""

import pytest
from predict import status_of

from nlp.extract import Extractor


@pytest.mark.parametrize(
    ("action", "text", "status"),
    [
        # a price floor or subsidy named by a present-tense relative clause stands (R4)
        (
            "price_mechanism",
            "Analysts are studying the Pentagon's agreement with Vulcan Elements, which "
            "guarantees a minimum price for neodymium oxide, he said.",
            "in_force",
        ),
        (
            "price_mechanism",
            "The extra cost will be borne by the government, which caps retail prices of "
            "phosphate fertiliser for farmers.",
            "in_force",
        ),
        (
            "price_mechanism",
            "India's potash subsidy, under which the government pays importers a fixed price per "
            "tonne of potash, will cost more this year.",
            "in_force",
        ),
        # not: a price set that day
        (
            "price_mechanism",
            "The government on Monday set a floor price for nickel ore sold to domestic smelters.",
            "agreed",
        ),
        # a right to buy at a set price given up ends (R1)
        (
            "price_mechanism",
            "A unit of Tsingshan told Corfo it will not build the cathode plant, giving up the "
            "right to buy lithium at a preferential price.",
            "revoked",
        ),
        # not: the right granted
        (
            "price_mechanism",
            "Corfo on Tuesday gave Tsingshan the right to buy lithium at a preferential price.",
            "agreed",
        ),
        # output long sold under a supply deal: the deal working now (R4)
        (
            "offtake",
            "Much of its lithium concentrate has long been sold to Korea through an agreement "
            "with POSCO.",
            "in_force",
        ),
        # not: a supply deal signed that day
        (
            "offtake",
            "The miner on Monday signed an offtake agreement with POSCO for lithium concentrate.",
            "agreed",
        ),
        # talks told by the progressive of "talk" go on (R2)
        (
            "offtake",
            "Pilbara said it was talking with carmakers in Japan about long-term lithium supply "
            "agreements.",
            "proposed",
        ),
        # not: supply deals signed
        (
            "offtake",
            "Pilbara said on Monday it had signed long-term lithium supply agreements with "
            "carmakers in Japan.",
            "agreed",
        ),
        # the money a plan set out "plans to mobilise" is its content, decided (R6)
        (
            "investment",
            "The European Union on Wednesday set out plans to mobilise up to 200 billion euros "
            "for lithium and nickel refineries abroad.",
            "agreed",
        ),
        # not: the owner's own "plans to invest"
        (
            "investment",
            "The European Union plans to invest up to 200 billion euros in lithium and nickel "
            "refineries abroad.",
            "proposed",
        ),
        # talks told by the progressive of "talk" go on (R2)
        (
            "investment",
            "Glencore is talking to Japanese lenders about a $500 million loan for its cobalt "
            "mine.",
            "proposed",
        ),
    ],
)
def test_money_offtake_and_price_status(
    extractor: Extractor,
    status_rules_alone: None,
    action_rules_alone: None,
    action: str,
    text: str,
    status: str,
) -> None:
    assert status_of(extractor, text, action) == status
