"""Permitting and investment look-alikes (helper actsip): bare permits in a sentence on exports or
shipments are an export regime's licences; permitting someone cautions about is commentary; a
royalty's revenue going into funds is no money committed. Sentences written here, read through
the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

# bare permits in a sentence on exports or shipments: an export regime's licences, no permit
EXPORT_PERMITS = [
    "Rail shipments of tin ore will still be allowed, but only under quotas and with permits "
    "from the trade ministry.",
    "The permit will cover about 400,000 tonnes of bauxite and carries conditions, the minister "
    "said, among them the payment of export duties.",
]
# a permit to build or mine stays permitting
MINE_PERMITS = [
    "The environment ministry granted the company a permit for its lithium mine on Tuesday.",
]


@pytest.mark.parametrize("text", EXPORT_PERMITS)
def test_permits_in_an_export_sentence_are_no_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


@pytest.mark.parametrize("text", MINE_PERMITS)
def test_a_mine_permit_stays_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" in action_types(extractor, text)


# permitting told as a hurdle by those who caution about it: commentary, no step
CAUTIONED = [
    "Bankers cautioned that a new nickel mine needs a decade of work, and that permitting and "
    "financing remain the hardest parts.",
    "Consultants cautioned that the rules only make it harder to win permits for cobalt mines.",
]


@pytest.mark.parametrize("text", CAUTIONED)
def test_permitting_someone_cautions_about_is_no_step(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


# a royalty's revenue going into funds: the state's income, no money committed
ROYALTY_FUNDS = [
    "The treasury expects the new copper royalty to bring about $900 million a year, part of "
    "which will go to funds for mining towns.",
    "Officials expect the lithium levy to raise $200 million, with some of the money channelled "
    "into regional funds.",
]


@pytest.mark.parametrize("text", ROYALTY_FUNDS)
def test_royalty_revenue_into_funds_is_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


# a bill, law or decree approved is a law made, though its name names mines; concessions told as
# the currency of a deal; tax concessions: no permit
NO_PERMIT = [
    "Namibia's cabinet approved a Mines and Quarries Amendment Bill on Monday, giving the state "
    "a say over new lithium mines.",
    "Under the pact, Chinese firms would receive mining concessions for cobalt in return for "
    "building roads and hospitals.",
    "The opposition senator proposed a deal that would trade mining rights for lithium in "
    "exchange for military aid.",
    "The ministry said copper miners paid too little because of generous tax concessions granted "
    "under the old code.",
]
# a mine approved, or a concession granted to a firm, stays permitting
PERMITS = [
    "The environment ministry approved the company's copper mine on Friday.",
    "The government granted mining concessions for lithium to two state firms last week.",
]


@pytest.mark.parametrize("text", NO_PERMIT)
def test_laws_and_deal_concessions_are_no_permitting(extractor: Extractor, text: str) -> None:
    assert "permitting" not in action_types(extractor, text)


@pytest.mark.parametrize("text", PERMITS)
def test_approved_mines_and_granted_concessions_stay_permitting(
    extractor: Extractor, text: str
) -> None:
    assert "permitting" in action_types(extractor, text)


# the award of permits or licences, and a bet on a market: no money committed
NO_MONEY = [
    "Guinea's junta has suspended the award of new bauxite mining permits worth $40 million in "
    "fees while it audits the sector.",
    "Copper buyers placed orders of $300 million, betting that Chilean output cuts will lift "
    "prices.",
]
# a grant of money awarded stays investment
MONEY = [
    "The energy department announced the award of $150 million in grants to two lithium "
    "refineries.",
]


@pytest.mark.parametrize("text", NO_MONEY)
def test_awarded_permits_and_bets_are_no_investment(extractor: Extractor, text: str) -> None:
    assert "investment" not in action_types(extractor, text)


@pytest.mark.parametrize("text", MONEY)
def test_an_award_of_money_stays_investment(extractor: Extractor, text: str) -> None:
    assert "investment" in action_types(extractor, text)


# "issue" the noun, a matter talked about, is no permit issued
def test_an_issue_discussed_is_no_permitting(extractor: Extractor) -> None:
    text = (
        "Seoul will raise support for its graphite anode plant and discuss the issue with "
        "partners next month."
    )
    assert "permitting" not in action_types(extractor, text)


# a step or a mine told as complying with the law, or taken in accordance with an order: the law
# is its yardstick, no law made
COMPLIANCE = [
    "A federal judge ruled that the lithium mine's approval complied with the law, but asked the "
    "agency to review the company's land rights.",
    "The probe into cobalt imports was opened in accordance with the executive order of March 3, "
    "which told the department to report within 270 days.",
]


@pytest.mark.parametrize("text", COMPLIANCE)
def test_compliance_with_the_law_is_no_strategy(extractor: Extractor, text: str) -> None:
    assert "strategy" not in action_types(extractor, text)


# security or military assistance, and an investing style: no money committed to minerals
NO_MINERAL_MONEY = [
    "Lithium miners welcomed a security assistance pledge of 3 billion euros for Kyiv.",
    "Ministers said the security assistance of 2 billion euros for Kyiv would not touch its "
    "lithium deposits.",
    "Analysts said the nickel miner's low valuation and steady dividends fitted the fund's "
    "investing style.",
]


@pytest.mark.parametrize("text", NO_MINERAL_MONEY)
def test_security_aid_and_investing_style_are_no_investment(
    extractor: Extractor, text: str
) -> None:
    assert "investment" not in action_types(extractor, text)


# a stake the state will take in strategic projects is ownership, no permitting
def test_a_stake_in_strategic_projects_is_no_permitting(extractor: Extractor) -> None:
    text = (
        "The president said the state would take a controlling stake in all new lithium "
        "strategic projects."
    )
    assert "permitting" not in action_types(extractor, text)
