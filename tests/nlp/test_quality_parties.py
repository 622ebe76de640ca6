"""Leaders stand for their countries as parties of an event ("Trump imposed tariffs"), on
sentences written here and read through the whole extractor; they never become mentions."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[set[str], set[str]]:
    event = next(e for e in predict(extractor, text)["events"] if e["action"] == action)
    return set(event["actors"]), set(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # the leader is the subject: his country acts, the named country is the target
        ("Trump imposed tariffs on Chinese graphite.", "trade_measure", {"USA"}, {"CHN"}),
        (
            "Lula signed a decree banning exports of raw lithium to China.",
            "export_control",
            {"BRA"},
            {"CHN"},
        ),
        (
            "Ishiba signed a critical minerals agreement with Australia covering lithium.",
            "agreement",
            {"JPN"},
            {"AUS"},
        ),
        # two leaders coordinated before the cue both act
        (
            "Macron and Modi agreed a partnership with Australia on rare earths.",
            "agreement",
            {"FRA", "IND"},
            {"AUS"},
        ),
        # a leader's possessive owns the measure; the reacting country is its target
        (
            "Beijing condemned Trump's tariffs on Chinese graphite.",
            "trade_measure",
            {"USA"},
            {"CHN"},
        ),
        # a leader after "with" is the partner
        (
            "Japan signed a critical minerals agreement with Milei on Monday.",
            "agreement",
            {"JPN"},
            {"ARG"},
        ),
    ],
)
def test_leader_is_a_party(extractor, text, action, actors, partners):
    assert roles(extractor, text, action) == (actors, partners)


def test_leader_is_no_country_mention(extractor):
    pred = predict(extractor, "Trump imposed tariffs on Chinese graphite.")
    assert pred["countries"] == ["CHN"]


def test_leader_of_another_clause_does_not_act(extractor):
    text = "Trump raised tariffs last year; China then imposed export curbs on gallium."
    actors, _ = roles(extractor, text, "export_control")
    assert actors == {"CHN"}


def test_leader_speaking_of_a_step_told_before_is_no_party(extractor):
    text = "Japan and Chile signed a lithium pact. Biden said the pact with Chile covers lithium."
    pred = predict(extractor, text)
    assert all("USA" not in e["actors"] for e in pred["events"])


def test_leader_after_by_is_the_passive_actor(extractor):
    text = "Beijing criticised the tariffs on Chinese graphite imposed by the Trump administration."
    actors, _ = roles(extractor, text, "trade_measure")
    assert "USA" in actors


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # no country named in the sentence at all: only the leaders say who acts
        ("Xi and Lula signed an agreement on lithium supply.", "agreement", {"CHN", "BRA"}, set()),
        ("Milei announced a ban on lithium exports on Friday.", "export_control", {"ARG"}, set()),
    ],
)
def test_leaders_alone_are_the_parties(extractor, text, action, actors, partners):
    assert roles(extractor, text, action) == (actors, partners)
    assert predict(extractor, text)["countries"] == []
