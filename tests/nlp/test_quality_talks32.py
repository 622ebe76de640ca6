"""Talks, pacts and groupings read again (helper "talks", session 32): a dialogue of governments
launched under a long name is a grouping formed; the first meeting of a dialogue convened is talks
held, and a planned meeting of leaders or talks a government wants are talks proposed; a state
that would like to join takes a step of joining (not a firm joining a project); a government's
stance against groupings in general forms none. Sentences written here, read through the whole
extractor with the learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a dialogue launched, its long name between the verb and the word
        "Canberra launched its annual Pacific Islands mining, processing and trade policy dialogue "
        "with Fiji on lithium last year.",
        "Tokyo launched its J5+1 critical minerals dialogue with Mongolia and its neighbours last "
        "year.",
        "Washington launched the new U.S.-Andean Energy Resource and Critical Minerals Governance "
        "Dialogue with Peru on Monday.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_dialogue_launched_under_a_long_name(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the first meeting of a dialogue or working group convened
        "The United States and Argentina convened the first meeting of their critical minerals "
        "dialogue in Buenos Aires on March 4.",
        "Canada and Mexico convened the first meeting of their bilateral critical minerals working "
        "group in Ottawa on Monday.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_first_meeting_convened_is_talks(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of firms convened, a dialogue of firms launched: no talks, no grouping
        "The Peruvian government convened a meeting of mining companies in Lima on copper royalties.",
        "Chile's miners launched a policy dialogue on lithium royalties with the unions.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_firms_meetings_and_dialogues_are_neither(extractor: Extractor, text: str) -> None:
    assert not action_types(extractor, text) & {"negotiation", "bloc_formation"}


@pytest.mark.parametrize(
    "text",
    [
        # a stance against groupings in general forms none
        "Russia's foreign ministry said it opposed the formation of closed groupings on critical "
        "minerals.",
        "Indonesia said it was against the creation of exclusive alliances around nickel.",
        "Beijing's foreign ministry said it opposed the formation of exclusive groupings, after "
        "the United States and Japan met on rare earths.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_stance_against_groupings_forms_none(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: groupings formed and launched stay read
        "The United States and Japan formed an alliance on critical minerals on Friday.",
        "Germany launched a dialogue on mining with Chile in Santiago, officials said.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_groupings_formed_still_read(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting of leaders planned, talks a government wants
        "Tariffs on Chinese graphite could rise before a planned meeting between the U.S. "
        "president and Xi Jinping in Seoul.",
        "Beijing questioned whether a planned meeting with the Japanese prime minister on rare "
        "earths would go ahead.",
        "Indonesian officials said they want talks, but have drafted retaliatory duties on U.S. "
        "nickel buyers.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_talks_planned_or_wanted(extractor: Extractor, text: str) -> None:
    assert "negotiation" in action_types(extractor, text)


@pytest.mark.usefixtures("action_rules_alone")
def test_a_shareholders_meeting_planned_is_no_talks(extractor: Extractor) -> None:
    text = "The planned meeting of shareholders of the lithium miner in Chile was postponed."
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a state that would like to join, the state named just before
        "Norway has said it would like to join once it completes its review of seabed mining, "
        "officials in Oslo said.",
        "Ecuador would like to join after its copper mining law is passed, the foreign minister "
        "said.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_state_that_would_like_to_join(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.usefixtures("action_rules_alone")
def test_a_firm_that_would_like_to_join_a_project_joins_no_grouping(extractor: Extractor) -> None:
    text = "The miner would like to join the lithium project in Chile as a partner, its chief said."
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # an official quoted as one who took part in the talks tells another step
        (
            '"The text is close, but the politics are not," said a Chilean official involved in '
            "the talks on lithium with Japan.",
            "negotiation",
        ),
        # a flow-through share agreement is a firm's tax contract, no pact of governments
        (
            "Under the budget, the credit will now cover flow-through agreements signed in Canada "
            "on or before March 31 for copper and nickel exploration.",
            "agreement",
        ),
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_named_only_as_a_source_or_a_firm_contract(
    extractor: Extractor, text: str, action: str
) -> None:
    assert action not in action_types(extractor, text)


@pytest.mark.usefixtures("action_rules_alone")
def test_a_cooperation_agreement_still_read(extractor: Extractor) -> None:
    text = "Chile and Japan signed a cooperation agreement on lithium on Friday."
    assert "agreement" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a grouping of producing states floated, pitched or proposed
        "Manila has floated the idea of an OPEC-style grouping of nickel-producing countries to "
        "steady prices.",
        "Chile's mining minister pitched the idea of an OPEC-style organisation of copper "
        "producers at the summit.",
        "Bolivia proposed a regional grouping of lithium producers with Argentina and Chile.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_grouping_of_producers_floated(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a project pitched, rules proposed for a grouping of firms: no grouping floated
        "The miner pitched its copper project in Peru to investors at the conference.",
        "Chile proposed new royalty rules for the grouping of copper miners in the north.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_pitches_and_proposals_that_float_no_grouping(extractor: Extractor, text: str) -> None:
    assert "bloc_formation" not in action_types(extractor, text)


@pytest.mark.usefixtures("action_rules_alone")
def test_rounds_of_talks_are_talks(extractor: Extractor) -> None:
    text = (
        "Officials from Chile and Japan reached agreement on the copper text after several rounds "
        "of talks that ran into Tuesday night."
    )
    assert "negotiation" in action_types(extractor, text)
