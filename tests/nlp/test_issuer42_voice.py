"""Who acts in an official release that never names its own country, and in a transcript: the
document's `issuer` (the government that published it) is the actor of a sentence speaking in
its own voice and naming no actor; a named actor is never overridden; and a first-person
subject in a speaker's turn never takes a country named only in another speaker's turn."""

from __future__ import annotations

import json

import pytest

from nlp.extract import extract_jsonl


def events_of(extractor, text, issuer=None, title="Minerals notice"):
    doc = {"id": "t", "title": title, "published": "2026-11-20", "text": text}
    if issuer is not None:
        doc["issuer"] = issuer
    pred = extractor.extract(doc)
    assert pred["error"] is None
    return [(e["action"], e["actors"], e["partners"]) for e in pred["events"]]


# (issuer, text, the action told, its actors, its partners)
OWN_VOICE = [
    # first person
    ("USA", "We will establish a national stockpile of cobalt and nickel.", "stockpile",
     ["USA"], []),
    ("AUS", "Today we committed A$40 million to a rare earths separation plant.", "investment",
     ["AUS"], []),
    # a bare body of government, written with a capital
    ("USA", "The Department today announced a $75 million loan to a graphite anode plant.",
     "investment", ["USA"], []),
    ("AUS", "The Government has approved a $20 million grant for a lithium hydroxide refinery.",
     "investment", ["AUS"], []),
    ("EU", "The Commission has adopted a list of strategic projects for lithium and nickel.",
     "permitting", ["EU"], []),
    # an announcement's formula: the law it cites is the issuer's own, not a partner
    ("CHN", "In accordance with the Export Control Law, it is hereby announced that export "
     "controls are imposed on gallium and germanium items.", "export_control", ["CHN"], []),
    # a first person quoted from one of the issuer's officials
    ("CAN", '"We are investing C$30 million in a graphite plant," the Minister said.',
     "investment", ["CAN"], []),
    # the voice acts with a partner it names
    ("USA", "We signed a minerals agreement with Japan covering nickel and cobalt.",
     "agreement", ["USA"], ["JPN"]),
]  # fmt: skip


@pytest.mark.parametrize(("issuer", "text", "action", "actors", "partners"), OWN_VOICE)
def test_a_release_in_its_own_voice_acts_for_its_issuer(
    extractor, issuer, text, action, actors, partners
):
    assert (action, actors, partners) in events_of(extractor, text, issuer)


# (issuer, text, the action told, its actors): the issuer takes no other party's step
OTHERS_STEPS = [
    # a named actor stands
    ("USA", "Indonesia banned exports of nickel ore in January.", "export_control", ["IDN"]),
    # a body tied to another country before it is that country's
    ("USA", "Indonesia's Ministry of Energy banned exports of nickel ore in 2020. The Ministry "
     "also set export quotas for bauxite.", "export_control", ["IDN"]),
    # "the government" in lower case refers back to the party told before
    ("USA", "Indonesia banned exports of nickel ore in 2020. The government also set export "
     "quotas for bauxite.", "export_control", ["IDN"]),
    # a body named with its country is that country's, whoever published the page
    ("AUS", "The Indonesian Ministry signed a memorandum on lithium with the Minister.",
     "agreement", ["IDN"]),
    ("USA", "The Government of the Republic of Korea today requested consultations with Japan "
     "over its export controls on fluorinated polyimide.", "export_control", []),
    # another country's leader speaks
    ("USA", '"We may restrict exports of nickel and titanium," Putin told a televised meeting.',
     "export_control", ["RUS"]),
]  # fmt: skip


@pytest.mark.parametrize(("issuer", "text", "action", "actors"), OTHERS_STEPS)
def test_the_issuer_never_takes_a_step_the_text_gives_another_party(
    extractor, issuer, text, action, actors
):
    found = events_of(extractor, text, issuer)
    assert found and all(a == actors for act, a, _ in found if act == action)


# an onlooker's voice: the measure it looks on is not the issuer's own
ONLOOKERS = [
    "We are concerned by the new export restrictions on cobalt.",
    "The Department welcomed the export ban on lithium concentrate.",
    # a quoted first person is a firm's or a critic's, not the publisher's
    '"We are building a copper mine in record time," the executive chairman of the miner said.',
    '"We will sign the lithium supply agreement this week," the former minister said.',
    # a numeral of a name is no first person
    "Phase I received a permit for the lithium mine last November.",
]


@pytest.mark.parametrize("text", ONLOOKERS)
def test_a_voice_looking_on_at_a_measure_does_not_make_it_the_issuers(extractor, text):
    found = events_of(extractor, text, "USA")
    assert found and all("USA" not in actors for _, actors, _ in found)


# the same sentences without an issuer: nothing changes for a report of others
@pytest.mark.parametrize(("issuer", "text", "action", "actors", "partners"), OWN_VOICE[:4])
def test_without_an_issuer_the_voice_takes_no_country(
    extractor, issuer, text, action, actors, partners
):
    assert all(issuer not in a for _, a, _ in events_of(extractor, text))


TRANSCRIPT = (
    "Senator Brown: What is the Government doing about Indonesia's nickel ore ban?\n\n"
    "Senator Watt: We have committed $50 million to a nickel processing pilot plant."
)
OWN_TURN = (
    "Senator Brown: What is the Government doing about processing?\n\n"
    "Senator Watt: Australia is moving. We have committed $50 million to a nickel processing "
    "pilot plant."
)

# (text, issuer, actors of the answer's investment)
TURNS = [
    (TRANSCRIPT, None, []),  # the question's country is not the answer's "we": left empty
    (TRANSCRIPT, "AUS", ["AUS"]),  # a government's transcript: its own "we"
    (OWN_TURN, None, ["AUS"]),  # a country the speaker names in the turn may stand
    (TRANSCRIPT.replace("Senator Brown", "Q").replace("Senator Watt", "A"), None, []),
]


@pytest.mark.parametrize(("text", "issuer", "actors"), TURNS)
def test_a_speakers_we_takes_no_country_named_only_in_another_turn(extractor, text, issuer, actors):
    found = events_of(extractor, text, issuer, title="Senate estimates hearing")
    assert ("investment", actors) in [(a, act) for a, act, _ in found]


# labelled lines that ask no question are a notice's fields or a report's headings, not
# speakers' turns: the report's lead party, named in the field before, stands
FIELDS = [
    "AGENCY: Office of the Trade Representative.\n\nACTION: Notice on Indonesia's nickel ore "
    "export ban.\n\nSUMMARY: We have committed $50 million to a nickel processing pilot plant.",
    "Indonesia: Ore exports stay banned.\n\nOutlook: We have committed $50 million to a nickel "
    "processing pilot plant.",
]


@pytest.mark.parametrize("text", FIELDS)
def test_labelled_fields_asking_nothing_are_no_transcript(extractor, text):
    found = events_of(extractor, text, title="Nickel notice")
    assert ("investment", ["IDN"]) in [(a, act) for a, act, _ in found]


def test_the_country_set_lists_what_the_text_names_not_the_issuer(extractor):
    pred = extractor.extract(
        {"id": "t", "text": OWN_VOICE[0][1], "published": "2026-11-20", "issuer": "USA"}
    )
    assert pred["events"][0]["actors"] == ["USA"]
    assert pred["countries"] == [] and pred["mentions"][0]["kind"] == "mineral"


# (issuer given, the document's error): a blank issuer is no issuer
BAD_ISSUERS = [
    (7, "BadDocument: 'issuer' must be a string, got int"),
    (["USA"], "BadDocument: 'issuer' must be a string, got list"),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("issuer", "error"), BAD_ISSUERS)
def test_an_issuer_of_another_type_fails_the_document(extractor, issuer, error):
    pred = extractor.extract({"id": "t", "text": OWN_VOICE[0][1], "issuer": issuer})
    assert pred["error"] == error


def test_extract_jsonl_reads_the_issuer_of_each_line(extractor, tmp_path):
    lines = [
        {"id": "gov", "text": OWN_VOICE[0][1], "published": "2026-11-20", "issuer": "USA"},
        {"id": "news", "text": OWN_VOICE[0][1], "published": "2026-11-20"},
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    extract_jsonl(src, out, extractor=extractor)
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["events"][0]["actors"] for p in preds] == [["USA"], []]
