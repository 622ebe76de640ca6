"""The status of pacts, blocs and supply deals (helper "stpact", session 19), through the whole
extractor with the status rules alone, on sentences written here (published 2026-03-10)."""

import pytest
from predict import status_of


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # an agreement a party has, with no word of its making: a standing framework (R4)
        (
            "Vietnam has nickel cooperation agreements with the European Union and Japan.",
            "agreement",
            "in_force",
        ),
        (
            "Chile also has a copper pact with the European Union.",
            "agreement",
            "in_force",
        ),
        # guard: a supply contract a firm has stays agreed (the labels read it so)
        (
            "Sigma has an offtake agreement with LG Energy Solution for lithium concentrate.",
            "offtake",
            "agreed",
        ),
    ],
)
def test_an_agreement_a_party_has_stands(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact, a bloc or a supply deal a plan or a party calls for, promises or backs is not
        # made yet (R3)
        (
            "The plan calls for strategic partnerships on lithium with resource-rich countries.",
            "agreement",
            "proposed",
        ),
        (
            "The strategy also promises strategic partnerships on lithium with producer countries.",
            "agreement",
            "proposed",
        ),
        (
            "The package backs the creation of a critical minerals club with like-minded "
            "countries to secure lithium.",
            "bloc_formation",
            "proposed",
        ),
        (
            "The president said he supported Kenya becoming a permanent member of the lithium "
            "club.",
            "bloc_formation",
            "proposed",
        ),
        # guard: a text that calls for something after its own name keeps its act
        (
            "Leaders adopted a joint declaration on lithium that calls for closer cooperation.",
            "agreement",
            "agreed",
        ),
    ],
)
def test_a_pact_called_for_is_proposed(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a pact agreed in principle is decided (R6, as the labels read it)
        (
            "Panama said on Sunday it had reached an agreement in principle with the miner on "
            "copper royalties.",
            "agreement",
            "agreed",
        ),
        # guard: a supply deal agreed only in principle stays weighed
        (
            "Botswana and the miner have reached agreement in principle on a new 10-year sales "
            "deal for cobalt.",
            "offtake",
            "proposed",
        ),
    ],
)
def test_a_pact_agreed_in_principle(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a bloc inviting a party to join has decided to admit it (R6)
        (
            "The lithium club on Thursday invited Argentina and Egypt to become members.",
            "bloc_formation",
            "agreed",
        ),
        (
            "The lithium club said on Thursday it had invited Kenya to join.",
            "bloc_formation",
            "agreed",
        ),
        # guards: an invitation only planned, or a noun a party still weighs
        (
            "The lithium club plans to invite Kenya to join next year.",
            "bloc_formation",
            "proposed",
        ),
        (
            "Kenya was still considering the invitation to join the lithium club.",
            "bloc_formation",
            "proposed",
        ),
    ],
)
def test_a_bloc_inviting_a_member_has_decided(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a party ready to sign has not decided the signing (R3)
        (
            "Zelensky wrote that Ukraine was ready to sign the agreement on lithium at any time.",
            "agreement",
            "proposed",
        ),
        # a supply deal told as a memorandum of understanding binds nobody yet (R3)
        (
            "Cobalt Blue said on Monday it had signed a memorandum of understanding with Iwatani "
            "covering offtake of cobalt sulphate from its project.",
            "offtake",
            "proposed",
        ),
        # guard: between governments the memorandum is the agreement itself
        (
            "Japan and Chile signed a memorandum of understanding on lithium cooperation on "
            "Monday.",
            "agreement",
            "agreed",
        ),
    ],
)
def test_readiness_and_memoranda(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        # a membership agreed in principle is the bloc's decision to admit (R6)
        (
            "The lithium club's leaders agreed in principle on Friday to admit Kenya as its 11th "
            "member.",
            "bloc_formation",
            "agreed",
        ),
        # guard: a pact the parties agreed in principle to sign is still to come
        (
            "The two countries agreed in principle to sign a critical minerals agreement.",
            "agreement",
            "proposed",
        ),
    ],
)
def test_a_membership_agreed_in_principle(extractor, status_rules_alone, text, action, status):
    assert status_of(extractor, text, action) == status
