"""Strategy read apart from a court's ruling and from permitting (helper "strategy", session 29):
a law a court declares unconstitutional or upholds is the court's step, no law a government
made or undid; an act on environmental assessments is permitting reform, the more specific
type. Royalties made deductible (or not) against a tax, and a government policy announced, issued
or told as the ground of a step ("under a policy statement"), are strategy. Near misses: a law
repealed by a parliament and a code told taking effect stay strategy; a firm's own policy and a
household's tax deduction are none. The mining code the International Seabed Authority's members
negotiate is no state's law; a mineral that "has been on" a list of critical minerals stands on
a list in force. A bill on permitting, or one told by the environmental reviews it narrows, is
permitting reform. State producers merged into one group, or a state group formed by merging
others, are a state's consolidation of its industry (strategy); private producers merging are
not. Read through the whole extractor with the learned action model off, as the rows test the
rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a law a court declares unconstitutional, or whose constitutionality it upholds
        "The Constitutional Court declared the 2012 mining law unconstitutional on Friday, "
        "leaving the copper concession without a legal basis.",
        "Judges upheld the constitutionality of the new lithium law in a ruling published on "
        "Monday.",
        # an act on environmental assessments is permitting
        "The opposition leader promised to repeal the Impact Assessment Act and speed up "
        "approvals for nickel mines.",
        "Amendments to the Environmental Assessment Act took effect on Thursday, narrowing "
        "federal reviews of copper mines.",
    ],
)
def test_a_court_ruling_or_an_assessment_act_is_no_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a law a parliament repeals, a code that takes effect after a court cleared it
        "Parliament repealed the 2012 mining law on Friday and replaced it with a new code for "
        "copper and cobalt mines.",
        "The government said a new mining code for lithium producers would take effect in July "
        "after the court cleared it.",
    ],
)
def test_a_law_made_or_undone_by_a_government_stays_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # royalties made deductible, or no longer, against a tax on profits
        "Zambia will again let copper miners deduct royalties from their taxable profits, the "
        "finance minister said in his budget speech.",
        "From July, cobalt royalties will no longer be deductible when miners calculate their "
        "profits, the treasury said.",
        # a government policy issued, or named as the ground a step stands on
        "The industry minister issued a policy saying takeovers of lithium producers by foreign "
        "state-owned firms would be approved only in rare cases.",
        "Under a policy statement published in May, foreign state investors face a full review "
        "before buying stakes in nickel miners.",
    ],
)
def test_a_royalty_deduction_or_a_policy_issued_is_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a firm's own policy, named or told by its kind
        "Glencore announced a policy that bars its copper traders from dealing with unlicensed "
        "buyers.",
        "The nickel miner said it would announce a policy that limits water use at its smelter.",
        # a household's tax deduction is no mining tax
        "Households can claim an income tax deduction on interest paid on loans for electric "
        "scooters with lithium batteries.",
    ],
)
def test_a_firms_policy_or_a_household_deduction_is_no_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the code or the rules the seabed authority's members negotiate
        "Delegates at the International Seabed Authority again failed to agree a mining code for "
        "cobalt-rich nodules on Friday.",
        "A Pacific state triggered a clause in 2021 requiring the authority to finalise "
        "regulations for nickel nodule mining within two years.",
    ],
)
def test_the_seabed_authoritys_code_is_no_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a mineral standing on a government's list for some time
        "Graphite has been on the EU's list of critical raw materials since 2014, and the bloc "
        "imports most of it from China.",
        "Cobalt has long been on the Japanese list of critical minerals, the trade ministry said.",
        # near misses: a state's own seabed law, and a mineral named strategic beside a list it
        # is not on
        "Norway's parliament passed a law on Tuesday opening its seabed to cobalt and copper "
        "exploration.",
        "Cobalt does not appear on the country's list of critical minerals, although the "
        "ministry named it a strategic material last year.",
    ],
)
def test_a_mineral_long_on_a_list_or_a_states_seabed_law_is_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bill told by the environmental reviews it narrows, and a permitting bill
        "The Senate passed a bill on Thursday that would narrow reviews under the National "
        "Environmental Policy Act for copper and lithium mines.",
        "The committee approved the permitting bill in July, and lithium developers hope for a "
        "vote before the election.",
        "Congress passed the permitting legislation on Tuesday after a year of talks over copper "
        "mines.",
    ],
)
def test_a_bill_on_environmental_reviews_or_permits_is_no_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


def test_a_bill_on_royalties_stays_strategy(extractor: Extractor, action_rules_alone: None) -> None:
    text = (
        "The Senate passed a bill on Thursday that would raise royalties on copper and lithium "
        "mines."
    )
    assert "strategy" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # state producers merged into one group, a state group formed by merging others
        "Beijing merged four state producers into a single tungsten group last year to tighten "
        "control of output.",
        "Vietnam launched a state-owned giant formed by merging the rare earth units of two "
        "producers on Monday.",
    ],
)
def test_state_producers_merged_are_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" in action_types(extractor, text)


def test_private_producers_merging_is_no_strategy(
    extractor: Extractor, action_rules_alone: None
) -> None:
    text = (
        "Two private lithium producers merged last year to cut costs at their Chilean brine "
        "operations."
    )
    assert "strategy" not in action_types(extractor, text)
