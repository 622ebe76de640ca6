"""Talks and pacts read wrongly (helper "negot2", session 29): a country standing outside talks
others hold holds no talks; a text a government declined to sign, a pact a country applies to
join (a step of joining, bloc_formation), and a pact still pursued, only progressed toward or
agreed to be negotiated are no agreement made; a roadmap signed with another government is one
(not one signed at home). Guards: a country that pulls out of talks, a pact signed and a deal a
government is close to signing stay read. Sentences written here, read through the whole
extractor; the near misses with the learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a country outside talks others hold
        "Brazil is not taking part in the lithium trade talks between Chile and Argentina.",
        "Vietnam has stayed out of the rare earths talks on a regional cobalt pact.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_a_country_outside_the_talks_holds_none(extractor: Extractor, text: str) -> None:
    assert "negotiation" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a text a government declined to sign
        "Peru's president declined to sign the joint statement on copper at the summit.",
        # a pact a country applies to join: a step of joining
        "Peru applied to join the minerals partnership with Canada and Australia in March.",
        # a pact still pursued, or only progressed toward
        "Mongolia wants to pursue its own minerals deal with Japan on rare earths.",
        "Bolivia made progress toward a lithium agreement with Argentina, the ministry said.",
        # talks agreed on, the time told between: talks, no pact yet
        "The United States and Chile agreed on Friday to begin negotiating a targeted agreement "
        "on lithium.",
        "Peru and Japan agreed in October to negotiate a global arrangement on copper.",
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_no_pact_made(extractor: Extractor, text: str) -> None:
    assert "agreement" not in action_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # guards: talks left, a pact signed, a deal close to signing
        ("India pulled out of the cobalt trade talks with Indonesia last year.", "negotiation"),
        ("Peru and Korea signed a minerals pact on zinc on Friday.", "agreement"),
        ("Chile and Argentina signed a treaty on lithium cooperation on Monday.", "agreement"),
        (
            "Japan is close to signing a minerals deal with Chile on copper, officials said.",
            "agreement",
        ),
    ],
)
@pytest.mark.usefixtures("action_rules_alone")
def test_talks_and_pacts_still_read(extractor: Extractor, text: str, action: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a roadmap signed with another government is their agreement
        "Peru signed a roadmap on copper smelting with Chile on Monday.",
        "The French president signed a road map on rare earths with Mongolia in Ulaanbaatar.",
    ],
)
def test_a_roadmap_signed_with_another_government(extractor: Extractor, text: str) -> None:
    assert "agreement" in action_types(extractor, text)


@pytest.mark.usefixtures("action_rules_alone")
def test_a_roadmap_signed_at_home_is_no_pact(extractor: Extractor) -> None:
    text = "The state nuclear firm and the government signed a roadmap for a domestic lithium industry."
    assert "agreement" not in action_types(extractor, text)
