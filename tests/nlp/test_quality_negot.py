"""Talks and pacts read wrongly (helper "negot", session 28): talks with a lender, over a stake,
of firms with their host government, a refusal to discuss and local votes are no talks between
governments; a deal named again by what it leaves out is no second agreement. Sentences written
here, read through the whole extractor (published 2026-03-10)."""

import pytest
from predict import action_types, predict

from nlp.extract import Extractor

NO_TALKS = [
    # a state's or a firm's talks with a lender over a loan, a bailout or debt
    "Malawi is in talks with the International Monetary Fund on a bailout after a cobalt slump.",
    "Laos is negotiating a debt restructuring with China as it tries to develop its bauxite.",
    # talks over selling or buying into a business
    "A Gulf sovereign fund held talks last year about a stake in a Zambian copper mine.",
    "The Chinese owner of the nickel smelter holds talks on selling its Indonesian units.",
    # firms negotiating with their host government
    "The two foreign operators of the cobalt mine sought to negotiate with the authorities.",
    "The mine's Chinese owners will negotiate with the government over the new cobalt royalty.",
    # a refusal to discuss
    "The mines minister declined to discuss the lithium export quota with reporters.",
    # a vote or hearing of local people
    "The president vowed to respect the outcome of local consultations on copper mining.",
]

TALKS = [
    # guards: talks between governments stay talks
    "Chile and Peru held talks on lithium cooperation in Lima on Monday.",
    "Japan is in talks with Australia on a rare earths supply arrangement.",
    "Indonesia and the European Union are negotiating a trade deal that covers nickel.",
]


@pytest.mark.parametrize("text", NO_TALKS)
def test_no_talks_between_governments(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", TALKS)
def test_talks_between_governments(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and China signed a trade deal covering nickel on Monday. The deal did not address "
        "the tariffs on rare earths that Beijing imposed in 2019.",
        "Peru and Korea signed a minerals pact on zinc on Friday. The pact leaves untouched the "
        "duties on copper cathodes set in 2015.",
    ],
)
def test_a_deal_told_by_what_it_leaves_out_is_no_second_pact(
    extractor: Extractor, text: str
) -> None:
    events = [e for e in predict(extractor, text)["events"] if e["action"] == "agreement"]
    assert len(events) == 1
