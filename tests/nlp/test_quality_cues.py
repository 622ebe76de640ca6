"""Action cues for the types dev rarely shows (sanction, offtake, permitting, project), on
sentences written here with varied actors, minerals, tenses and word orders, read through the
whole extractor."""

import pytest
from predict import action_statuses


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # blocked investors and forced sales are screening sanctions, not investment
        (
            "The Netherlands barred Chinese investors from buying a stake in a cobalt refiner.",
            "sanction",
            "agreed",
        ),
        (
            "Ottawa blocked the takeover of a Canadian lithium explorer by a Chinese state firm.",
            "sanction",
            "agreed",
        ),
        (
            "Canberra ordered two Chinese-linked funds to sell their shares in a rare earths miner.",
            "sanction",
            "agreed",
        ),
        (
            "Beijing removed three American firms from its unreliable entity list, freeing them "
            "to buy gallium again.",
            "sanction",
            "revoked",
        ),
        # a commercial deal to buy or supply output is offtake
        (
            "Tesla signed a deal to buy lithium hydroxide from a refinery in Germany.",
            "offtake",
            "agreed",
        ),
        (
            "Glencore agreed to supply 30,000 tonnes of cobalt hydroxide to a Chinese refiner.",
            "offtake",
            "agreed",
        ),
        (
            "Posco struck a contract to buy spodumene from an Australian lithium miner.",
            "offtake",
            "agreed",
        ),
        # construction approved is a permit; several projects approved at once too
        (
            "Ottawa approved construction of a nickel mine in Quebec on Thursday.",
            "permitting",
            "agreed",
        ),
        (
            "The Commission approved 13 strategic lithium and graphite projects.",
            "permitting",
            "agreed",
        ),
        # construction starting is a project
        (
            "Construction began on Europe's largest lithium refinery in Guben, Germany.",
            "project",
            "agreed",
        ),
        ("Vulcan started construction on a lithium plant in Germany.", "project", "agreed"),
    ],
)
def test_rare_action_types_are_read(extractor, text, action, status):
    assert (action, status) in action_statuses(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a stake bought is investment; a stake blocked is not
        (
            "The Netherlands barred Chinese investors from buying a stake in a cobalt refiner.",
            "investment",
        ),
        # a commercial supply deal is not a government agreement
        ("Tesla signed a deal to buy lithium hydroxide from a refinery in Germany.", "agreement"),
        # construction approved is not yet a plant being built
        ("Ottawa approved construction of a nickel mine in Quebec on Thursday.", "project"),
    ],
)
def test_a_more_specific_type_replaces_the_generic_one(extractor, text, absent):
    assert absent not in {action for action, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "minerals"),
    [
        ("Ottawa approved construction of a nickel mine in Quebec.", ["nickel"]),
        ("Indonesia opened a nickel smelter in Sulawesi.", ["nickel"]),
        ("Indonesia wants a nickel industry of its own.", ["nickel"]),
        ("Prices hit a nickel export ban record.", ["nickel"]),
        ("The vending machine took a nickel and a dime.", []),
    ],
)
def test_a_nickel_mine_is_the_metal_and_a_nickel_is_the_coin(extractor, text, minerals):
    pred = extractor.extract({"id": "q", "text": text, "published": "2026-03-10"})
    assert pred["minerals"] == minerals


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a coalition of firms is no grouping of states
        (
            "A coalition of companies building graphite anode plants filed the petition.",
            "bloc_formation",
        ),
        ("An alliance of carmakers asked for lithium supply help.", "bloc_formation"),
        # a stake owned is not money committed now
        ("Glencore, which held a stake in the cobalt refiner, sold its shares.", "investment"),
    ],
)
def test_firms_and_holdings_are_no_policy_events(extractor, text, absent):
    assert absent not in {action for action, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Japan joined a coalition of countries pooling rare earth stockpiles.", "bloc_formation"),
        ("The state fund took a stake in a lithium refiner for $200 million.", "investment"),
    ],
)
def test_states_coalitions_and_stakes_taken_still_count(extractor, text, action):
    assert action in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "action", "other"),
    [
        # a framework signed between governments is an agreement, not a national policy
        (
            "Japan and the United States signed a framework to secure lithium supplies.",
            "agreement",
            "strategy",
        ),
        (
            "Canberra and Washington on Monday signed a new framework on rare earth processing.",
            "agreement",
            "strategy",
        ),
    ],
)
def test_a_signed_framework_is_an_agreement(extractor, text, action, other):
    actions = {a for a, _ in action_statuses(extractor, text)}
    assert action in actions
    assert other not in actions


def test_an_adopted_framework_is_still_policy(extractor):
    text = "The European Commission adopted a framework for lithium refining permits."
    assert "strategy" in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Zhejiang Huayou paid $422 million for a lithium project in Zimbabwe.",
        "A Saudi fund agreed to pay $2.6 billion for a stake in a Brazilian nickel miner.",
        "Sinomine acquired a lithium mine in Zimbabwe for $180 million.",
    ],
)
def test_money_paid_for_a_project_is_investment(extractor, text):
    assert "investment" in {a for a, _ in action_statuses(extractor, text)}


def test_money_to_buy_metal_for_a_stockpile_is_no_investment(extractor):
    text = "The Pentagon launched a tender to buy $500 million of cobalt for its stockpile."
    assert "investment" not in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "The government will pay producers the difference whenever lithium prices fall below "
            "an agreed level.",
            "price_mechanism",
        ),
        ("Britain froze the assets of a Russian palladium producer.", "sanction"),
        ("Indonesia launched a nickel certification programme for its smelters.", "standards"),
    ],
)
def test_more_phrasings_of_rare_types(extractor, text, action):
    assert action in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Lynas said the Texas rare earths project depends on resolving issues with the site.",
        "It is clear the lithium mine will need more water.",
    ],
)
def test_nouns_and_adjectives_are_no_permitting_verbs(extractor, text):
    assert "permitting" not in {a for a, _ in action_statuses(extractor, text)}


def test_a_permit_issued_for_a_mine_is_permitting(extractor):
    text = "Nevada regulators issued the final permit for a lithium mine on Friday."
    assert "permitting" in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Rubio will host a critical minerals ministerial in Washington next week.", "proposed"),
        (
            "The EU will convene a summit on raw materials with African states in May to discuss "
            "cobalt.",
            "proposed",
        ),
        (
            "Canada and Germany began negotiating a critical minerals partnership on nickel.",
            "agreed",
        ),
        ("Indonesia invited the United States to talks on a nickel trade agreement.", "proposed"),
    ],
)
def test_meetings_ahead_are_proposed_and_talks_begun_agreed(extractor, text, status):
    assert ("negotiation", status) in action_statuses(extractor, text)


def test_a_ministerial_level_body_is_no_meeting(extractor):
    text = "The two sides set up a ministerial-level taskforce on lithium and cobalt."
    assert "negotiation" not in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "India's cabinet approved a national critical mineral mission to boost lithium output.",
        "Vietnam approved a plan to expand rare earth mining and processing by 2030.",
        "The European Commission presented a plan to secure supply of rare earths.",
        "The White House issued a presidential memorandum on cobalt supply.",
        "The United States declared graphite a critical mineral in 2018.",
    ],
)
def test_plans_missions_and_designations_are_strategy(extractor, text):
    assert "strategy" in {a for a, _ in action_statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "under U.S. sanctions" is a standing sanctions frame (status.yaml); lower-cased, the
        # cue's "u.s." was cut in two by the tokenizer and never matched the text's "U.S."
        ("Miners under U.S. sanctions cannot sell cobalt to European refiners.", "in_force"),
        (
            "Exports of nickel from the smelter, under U.S. and EU sanctions, went to India.",
            "in_force",
        ),
    ],
)
def test_a_cue_with_a_dotted_short_form_matches(extractor, status_rules_alone, text, status):
    assert dict(action_statuses(extractor, text)).get("sanction") == status


@pytest.mark.parametrize(
    ("cue", "written"),
    [
        ("under u.s. sanctions", "under U.S. sanctions"),
        ("under u.s. and eu sanctions", "under U.S. and eu sanctions"),
        ("under us sanctions", "under us sanctions"),
    ],
)
def test_dotted_short_forms_are_tokenized_as_written(cue, written):
    from nlp.cues import as_written

    assert as_written(cue) == written
