"""Pacts, talks and blocs told in passing (helper "actnab", session 19): wordings that name a
deal, talks or a bloc without any step between governments. Sentences written here, read
through the whole extractor; each row of the NOT_ tables found its action before the change
that drops it, each row of the guard tables keeps it."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# a state's or a firm's talks over a loan or a bailout, and a sale whose terms are still talked
# over: no talks between governments
NOT_TALKS = [
    "Egypt is also negotiating a loan program with the fund as it seeks phosphate buyers.",
    "Pakistan's government is negotiating a bailout with the fund while it courts copper investors.",
    "The Korean battery maker is negotiating a 3 billion dollar state-guaranteed loan for its lithium plant.",
    "The price of the cobalt assets and the timing of the sale are still under negotiation, "
    "Congo's mines minister said.",
    "Sales of two nickel mines already under negotiation will go ahead, Indonesia said.",
]

# talks between governments, a loan talked over between two of them, a project's fiscal terms
# a government negotiates (labelled talks)
TALKS = [
    "Indonesia and the Philippines have started talks on nickel export policy.",
    "Bolivia said it would negotiate a loan with China to build a lithium plant.",
    "Tanzania's government will now negotiate fiscal terms for the graphite mine with the "
    "developer, the minister said.",
]

# a country described in passing as a candidate to a bloc
NOT_BLOC = [
    "Analysts noted that Montenegro, a candidate for EU membership, will have to withdraw from "
    "its bilateral trade agreements if it joins the European Union.",
]

# candidate status granted is the step
BLOC = [
    "Albania was granted the status of candidate for EU membership in 2014.",
]

# a trade deal named to compare or as a kind, a pact a government is only open to, and
# agreement among a bloc's own members on a matter
NOT_AGREEMENT = [
    "Unlike a traditional trade deal, the lithium framework offers Chile no tariff cuts.",
    "Peru said it had the best trade deal of any copper exporter in the region.",
    "Smelters fear copper duties could be traded away in future trade deals with Chile.",
    "Congo has signalled it is open to a minerals partnership with the United States.",
    "Zambia said it was open to a critical minerals agreement with Japan.",
    "Economists said the lithium gap in the European Union was striking but that agreement "
    "among the 27 member states on how to fill it would be difficult.",
]

AGREEMENT = [
    "Germany and Chile signed a lithium partnership on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_TALKS)
def test_no_talks_between_governments(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", TALKS)
def test_talks_kept(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_BLOC)
def test_a_candidate_told_in_passing_joins_nothing(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", BLOC)
def test_candidate_status_granted_kept(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_AGREEMENT)
def test_no_pact_made(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)


@pytest.mark.parametrize("text", AGREEMENT)
def test_pact_kept(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)
