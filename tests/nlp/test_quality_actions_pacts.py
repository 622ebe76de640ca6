"""Pacts, talks, blocs, offtake and standards told in passing (helper "actnab", session 19): wordings that name a
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

# a partnership or initiative two governments launch between themselves, and a consortium of
# investors or funds: no grouping with members
NOT_BLOC_LAUNCHED = [
    "The two leaders launched a green partnership initiative covering hydrogen and the "
    "development of mineral resources, according to a joint statement.",
    "The two countries launched an initiative on critical minerals in March under their "
    "technology framework.",
    "In a joint statement the two sides launched a Partnership for Clean Minerals covering "
    "lithium and cobalt.",
    "A state lender in Tokyo and a Gulf sovereign investor formed a consortium that will put "
    "$2 billion into lithium and nickel mines.",
    "The consortium, formed last year by investment firm Northgate Capital and the DFC, will buy "
    "stakes in cobalt mines.",
    # a government coalition of parties at home, an alliance whose members are firms
    "The raw materials fund launched by the outgoing coalition will take stakes in lithium mines "
    "abroad.",
    "The Fair Lithium Alliance, whose founding members include Dutch phone maker Fairtel, German "
    "car start-up Voltra and Chinese cobalt refiner Huabao, said it would start with mines in "
    "Congo.",
]

# candidate status granted is the step; a partnership named before the two countries that
# launched it, and a consortium other countries may join, are labelled groupings
BLOC = [
    "Albania was granted the status of candidate for EU membership in 2014.",
    "Australia and Korea shortlisted four lithium projects, the first result of a partnership "
    "the two countries launched a year ago.",
    "France and Germany said they hoped other countries would join and that a second battery "
    "consortium could be formed.",
    # a named bloc's declaration signed is joining it; a treaty creating an alliance forms it
    "Brazil on Friday signed the Pax Silica declaration, the U.S.-led pact on securing supply "
    "chains for critical minerals such as lithium.",
    "The military rulers of Mali, Niger and Burkina Faso signed a treaty on Saturday creating a "
    "confederation of their alliance, which will pool lithium and gold policy.",
    # a council of governments launched
    "BRUSSELS - The European Union and Canada agreed on Tuesday to cut tariffs on nickel and "
    "launched a Trade and Technology Council to coordinate on supply chains.",
    "The council, launched in 2022, is only the second of its kind for the EU after the one with "
    "Japan, and covers lithium supply.",
]

# a council of advisers at home, one a bill would create
NOT_BLOC_COUNCIL = [
    "Australia launched a council of industry advisers on lithium processing.",
    "The bill would create a council under the Ministry of Mines to draw up a list of critical "
    "minerals such as lithium.",
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
    # a treaty creating an alliance is the grouping formed (bloc_formation), a named bloc's
    # declaration signed is joining it, a government's own order lets it sign deals again
    "The military rulers of Mali, Niger and Burkina Faso signed a treaty on Saturday creating a "
    "confederation of their alliance, which will pool lithium and gold policy.",
    "The leaders of Chad, Niger and Mali signed a defence pact on Sunday, creating an alliance "
    "that will also coordinate uranium and gold mining rules.",
    "Brazil on Friday signed the Pax Silica declaration, the U.S.-led pact on securing supply "
    "chains for critical minerals such as lithium.",
    "The decree allows the government to enter into new mineral agreements for copper and nickel "
    "again.",
]

AGREEMENT = [
    "Germany and Chile signed a lithium partnership on Tuesday.",
    "The leaders signed the Astana declaration on rare earth cooperation on Monday.",
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


@pytest.mark.parametrize("text", NOT_BLOC_LAUNCHED)
def test_a_pact_of_two_or_a_fund_is_no_grouping(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_BLOC_COUNCIL)
def test_a_council_at_home_is_no_grouping(extractor: Extractor, text: str) -> None:
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


# a share of a project bought for a price is a stake, not output; a firm's audit of its own
# site is no sourcing standard
NOT_OFFTAKE = [
    "Norvik Lithium said on Tuesday it had agreed to buy 49% of Argentina's Salina lithium and "
    "potash project for $160 million.",
]

OFFTAKE = [
    "The Korean carmaker agreed to buy 30% of the cobalt sulphate from the Canadian company's "
    "planned refinery.",
]

NOT_STANDARDS = [
    "Congo's mines minister said the suspension would stay until the cobalt miner had submitted "
    "an independent audit of its waste facilities.",
]

# a government's rules aligned with standards named after them is regulatory alignment
STANDARDS = [
    "Under the new rules, cobalt refiners must undergo an independent audit of their sourcing.",
    "The European Union has urged Montenegro to align its state aid and environmental rules with "
    "EU standards before it can join, as its bauxite mines expand.",
    "Albania has been told by Brussels to bring its environmental rules in line with EU standards "
    "as its chromium output grows.",
    "The two leaders agreed to align their approaches to methane and vehicle emission standards, "
    "and to cooperate on lithium.",
]


@pytest.mark.parametrize("text", NOT_OFFTAKE)
def test_a_stake_bought_is_no_offtake(extractor: Extractor, text: str) -> None:
    assert "offtake" not in action_types(extractor, text)


@pytest.mark.parametrize("text", OFFTAKE)
def test_output_bought_kept(extractor: Extractor, text: str) -> None:
    assert "offtake" in action_types(extractor, text)


@pytest.mark.parametrize("text", NOT_STANDARDS)
def test_a_site_audit_is_no_standard(extractor: Extractor, text: str) -> None:
    assert "standards" not in action_types(extractor, text)


@pytest.mark.parametrize("text", STANDARDS)
def test_a_sourcing_audit_kept(extractor: Extractor, text: str) -> None:
    assert "standards" in action_types(extractor, text)
