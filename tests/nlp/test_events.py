"""Event assembly: action types, status, roles, minerals, amounts and dates per sentence.

The component tests feed spans the way the entity component does (doc.spans["oreline"]),
from a small tagger defined here, so they test the event rules alone; the table at the end
runs the full pipeline on sentences covering every action type of TAXONOMY.md."""

from types import SimpleNamespace

import pytest
from predict import model_reads_otherwise
from spacy.language import Language
from stand_in import event_pipeline

from nlp import events as events_module
from nlp.cues import CueKey
from nlp.events import (
    PUBLISHED_KEY,
    TITLE_MINERALS_KEY,
    TITLE_PARTIES_KEY,
    action_keys,
    merge_duplicates,
    party_words,
)

# A stand-in gazetteer: enough names for the sentences below.
ENTITIES = {
    "china": ("COUNTRY", "CHN"),
    "beijing": ("COUNTRY", "CHN"),
    "chinese": ("COUNTRY", "CHN"),
    "the united states": ("COUNTRY", "USA"),
    "washington": ("COUNTRY", "USA"),
    "u.s.": ("COUNTRY", "USA"),
    "japan": ("COUNTRY", "JPN"),
    "australia": ("COUNTRY", "AUS"),
    "indonesia": ("COUNTRY", "IDN"),
    "canada": ("COUNTRY", "CAN"),
    "the eu": ("BLOC", "EU"),
    "the msp": ("BLOC", "MSP"),
    "gallium": ("MINERAL", "gallium"),
    "germanium": ("MINERAL", "germanium"),
    "graphite": ("MINERAL", "graphite"),
    "lithium": ("MINERAL", "lithium"),
    "nickel": ("MINERAL", "nickel"),
    "cobalt": ("MINERAL", "cobalt"),
    "antimony": ("MINERAL", "antimony"),
    "rare earths": ("MINERAL", "rare_earths"),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return event_pipeline("test_oreline_spans", ENTITIES)


def events_of(nlp: Language, text: str, published: str = "2024-12-03", **context) -> list[dict]:
    doc = nlp.make_doc(text)
    doc.user_data[PUBLISHED_KEY] = published
    doc.user_data.update(context)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.oreline_events


def only(events: list[dict]) -> dict:
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("China banned exports of gallium on Monday.", "agreed"),
        ("China will restrict exports of graphite from December 1.", "agreed"),
        ("China plans to restrict exports of graphite.", "proposed"),
        ("China is considering export restrictions on antimony.", "proposed"),
        ("China called for export controls on lithium.", "proposed"),
        ("China's export controls on gallium took effect on Monday.", "in_force"),
        ("China will ban exports of gallium with immediate effect.", "in_force"),
        ("China lifted its ban on gallium exports.", "revoked"),
        ("China suspended export controls on graphite for a year.", "revoked"),
        ("Beijing has had a licensing regime for germanium exports since 2023.", "in_force"),
        ("China banned exports of antimony in 2019.", "in_force"),
        ("Beijing will exempt some shipments from its gallium export ban.", "revoked"),
        ("China suspended exports of graphite to Japan.", "agreed"),
        ("China suspended its ban on graphite exports to Japan.", "revoked"),
    ],
)
def test_status_from_modality(nlp, text, status):
    assert only(events_of(nlp, text))["status"] == status


@pytest.mark.parametrize(
    ("text", "actors", "partners"),
    [
        ("China banned exports of gallium to the United States.", ["CHN"], ["USA"]),
        ("Washington imposed tariffs on graphite from China.", ["USA"], ["CHN"]),
        ("Washington raised tariffs on Chinese graphite.", ["USA"], ["CHN"]),
        ("Japan signed a minerals pact with Australia.", ["JPN"], ["AUS"]),
        (
            "Japan and Australia signed a memorandum of understanding on lithium.",
            ["JPN", "AUS"],
            [],
        ),
        ("A memorandum of understanding on lithium was signed by Japan.", ["JPN"], []),
        ("Export curbs on gallium were announced by Beijing.", ["CHN"], []),
        ("The ban on gallium exports took effect, Beijing said.", ["CHN"], []),
    ],
)
def test_actors_and_partners(nlp, text, actors, partners):
    event = only(events_of(nlp, text))
    assert (event["actors"], event["partners"]) == (actors, partners)


def test_sentence_without_a_party_takes_the_documents_lead_actor(nlp):
    event = only(
        events_of(nlp, "Exporters will need licences for gallium.", **{TITLE_PARTIES_KEY: ["CHN"]})
    )
    assert event["actors"] == ["CHN"]


def test_minerals_of_the_sentence_or_of_the_metals_named_before(nlp):
    text = (
        "China produces most of the world's gallium and germanium. "
        "Beijing will require export licences for the metals from August 1."
    )
    event = only(events_of(nlp, text))
    assert event["minerals"] == ["gallium", "germanium"]
    assert event["sentence"] == 1
    assert event["evidence"].startswith("Beijing will require")


@pytest.mark.parametrize(
    ("text", "title_minerals", "minerals"),
    [
        # no title minerals: the first ones the text names come first, then (evmin) the ones
        # the sentences just before named
        (
            "China produces most of the world's graphite. Japan buys cobalt from Canada. "
            "Beijing will require export licences from December 1.",
            [],
            ["graphite", "cobalt"],
        ),
        # the title's minerals come before any named in the text
        (
            "Japan buys cobalt from Canada. Beijing will require export licences from December 1.",
            ["antimony"],
            ["antimony", "cobalt"],
        ),
        # the sentence's own minerals always win
        (
            "China produces most of the world's graphite. "
            "Beijing will require export licences for lithium from December 1.",
            ["antimony"],
            ["lithium"],
        ),
    ],
)
def test_an_event_without_minerals_takes_the_documents_main_ones(
    nlp, text, title_minerals, minerals
):
    events = [
        e
        for e in events_of(nlp, text, **{TITLE_MINERALS_KEY: title_minerals})
        if e["action"] == "export_control"
    ]
    assert only(events)["minerals"] == minerals


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a possessive right before a measure names one already standing
        ("China's restrictions on gallium exports have hit chipmakers.", "in_force"),
        ("Beijing's new curbs on graphite exports weigh on battery makers.", "in_force"),
        ("Its export ban on nickel ore hurt steelmakers.", "in_force"),
        # a possessive further back owns a move, not the measure: the act is still ahead
        ("China's decision to restrict gallium exports alarmed Japan.", "agreed"),
    ],
)
def test_a_possessed_measure_stands(nlp, text, status):
    events = [e for e in events_of(nlp, text) if e["action"] == "export_control"]
    assert only(events)["status"] == status


def test_one_sentence_can_hold_several_events(nlp):
    text = "Japan will invest $200 million in an Australian lithium mine and agreed to buy 40% of its output."
    actions = sorted(e["action"] for e in events_of(nlp, text))
    assert actions == ["investment", "offtake"]


def test_two_clauses_about_other_minerals_are_two_events(nlp):
    text = (
        "Beijing tightened exports of graphite in December, and since 2023 it has required "
        "licences for gallium and germanium."
    )
    events = events_of(nlp, text)
    assert [e["minerals"] for e in events] == [["graphite"], ["gallium", "germanium"]]


@pytest.mark.parametrize(
    "text",
    [
        "China accounts for roughly 60% of world gallium output.",
        "Chinese customs figures show the country shipped 43.7 metric tons of germanium.",
        "China will not impose export controls on lithium, the ministry said.",
        "Analysts said Beijing was likely to bring tighter controls on antimony exports.",
        "The export credit agencies of Japan and Canada met in Tokyo.",
    ],
)
def test_not_events(nlp, text):
    assert events_of(nlp, text) == []


def test_no_events_in_a_document_about_something_else(nlp):
    text = "Japan won the silver medal and Australia the bronze, officials announced on Monday."
    assert events_of(nlp, text) == []


# The topic gate: a document naming no mineral still states events when it is about the trade
# and investment policy the actions name (a tariff, a trade pact, an export curb, a bloc).
@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Japan and Canada signed a free trade agreement on Monday.", "agreement"),
        ("Canada imposed a 25% tariff on Chinese cars on Monday.", "trade_measure"),
        (
            "Japan will restrict exports of chipmaking equipment to China from July.",
            "export_control",
        ),
        ("Australia and Japan signed a memorandum of understanding on coal supplies.", "agreement"),
        (
            "Canada ordered a Chinese firm to sell its stake in a builder after a review of "
            "foreign investment.",
            "sanction",
        ),
        # a bloc of the taxonomy named, no topic phrase
        ("The EU opened talks with Japan on Monday.", "negotiation"),
    ],
)
def test_trade_and_investment_policy_passes_the_topic_gate(nlp, text, action):
    assert [e["action"] for e in events_of(nlp, text)] == [action]


# ... while news on something else stays out though its cues would make events
@pytest.mark.parametrize(
    "text",
    [
        "Canada announced a $50 million investment in hockey arenas on Monday.",
        "Japan and Canada signed a cultural cooperation agreement on Monday.",
        "Japan and Canada held talks on tourism on Monday.",
        "Japan imposed sanctions on the athletes on Monday.",
    ],
)
def test_other_news_stays_behind_the_topic_gate(nlp, text):
    assert events_of(nlp, text) == []


def test_restatements_of_one_event_merge(nlp):
    text = (
        "China restricted exports of gallium on Monday. "
        "The curbs follow a year of tension with Washington. "
        "The export restrictions on gallium were announced by the commerce ministry."
    )
    events = events_of(nlp, text)
    assert len(events) == 1
    assert events[0]["sentence"] == 0


def test_a_later_statement_that_the_measure_took_effect_updates_its_status(nlp):
    text = (
        "Japan and the United States signed a critical minerals agreement on Tuesday. "
        "The agreement took effect on signature."
    )
    event = only(events_of(nlp, text, published="2023-03-28"))
    assert (event["action"], event["status"]) == ("agreement", "in_force")


def test_amount_quantity_dates_and_evidence(nlp):
    text = (
        "Washington on Monday agreed to buy $500 million of cobalt, about 7,480 metric tons, "
        "for its stockpile by 2030."
    )
    event = only([e for e in events_of(nlp, text) if e["action"] == "stockpile"])
    assert event["amount_usd"] == 500e6
    assert (event["amount"], event["currency"]) == ("$500 million", "USD")
    assert event["quantity_t"] == 7480
    assert event["event_date"] == "2024-12-02"
    assert event["deadline"] == "2030"
    assert (event["start_char"], event["end_char"]) == (0, len(text))
    assert 0.0 < event["confidence"] <= 1.0


def test_foreign_currency_keeps_amount_and_no_usd(nlp):
    event = only(events_of(nlp, "Australia will invest A$1.2 billion in lithium refining."))
    assert (event["amount"], event["currency"], event["amount_usd"]) == (
        "A$1.2 billion",
        "AUD",
        None,
    )


def test_unnamed_coalition_keeps_its_phrase(nlp):
    event = only(
        events_of(
            nlp,
            "The United States and Japan launched a trading bloc with allies for lithium on Monday.",
        )
    )
    assert event["action"] == "bloc_formation"
    assert event["bloc_phrase"].startswith("a trading bloc with allies")


def test_merge_keeps_events_about_other_minerals_apart():
    base = {
        "action": "export_control",
        "status": "in_force",
        "actors": ["CHN"],
        "partners": [],
        "sentence": 0,
        "confidence": 0.5,
        "_status_source": "cue",
        "_anaphoric": False,
        "_own_actors_kept": True,
    }
    a = dict(base, minerals=["graphite"])
    b = dict(base, minerals=["gallium"], sentence=3)
    c = dict(base, minerals=["graphite"], sentence=5)
    assert [e["minerals"] for e in merge_duplicates([a, b, c])] == [["graphite"], ["gallium"]]


@pytest.mark.parametrize(
    ("first", "later", "source", "anaphoric", "count"),
    [
        # a measure lifted and one said to remain in force are two events, whichever comes first
        ("revoked", "in_force", "background", False, 2),
        ("in_force", "revoked", "cue", False, 2),
        ("revoked", "in_force", "cue", True, 2),
        # a later sentence with no status cue of its own still restates the first
        ("revoked", "agreed", "default", False, 1),
        ("agreed", "in_force", "background", False, 1),
        ("in_force", "in_force", "cue", False, 1),
    ],
)
def test_merge_keeps_a_lifted_and_a_standing_measure_apart(first, later, source, anaphoric, count):
    base = {
        "action": "export_control",
        "actors": ["CHN"],
        "partners": [],
        "minerals": ["gallium"],
        "confidence": 0.5,
        "_status_source": "cue",
        "_anaphoric": False,
        "_own_actors_kept": True,
    }
    a = dict(base, status=first, sentence=0)
    b = dict(base, status=later, sentence=1, _status_source=source, _anaphoric=anaphoric)
    assert len(merge_duplicates([a, b])) == count


@pytest.mark.parametrize(
    ("later", "status"),
    [
        # "Japan and Chile signed a lithium pact on Monday. The pact took effect on signature."
        ("in_force", ["in_force"]),
        # "... The pact was suspended in May.": the undoing of the step, not a stage of it; since
        # evmerge3 (session 19) a second step of its own (R1, events._lifted_back), the pact
        # still agreed
        ("revoked", ["agreed", "revoked"]),
    ],
)
def test_a_later_stage_told_back_updates_an_agreed_step(later, status):
    base = {
        "action": "agreement",
        "actors": ["JPN"],
        "partners": ["CHL"],
        "minerals": ["lithium"],
        "confidence": 0.5,
        "_status_source": "cue",
        "_own_actors_kept": True,
    }
    a = dict(base, status="agreed", sentence=0, _anaphoric=False)
    b = dict(base, status=later, sentence=1, _anaphoric=True)
    assert [e["status"] for e in merge_duplicates([a, b])] == status


@pytest.mark.parametrize(
    ("date", "count"),
    [
        # "Seoul and Washington agreed a minerals pact on Friday ... (far on) the pact they
        # signed last week": the step told again
        ("2025-06-13", 1),
        (None, 1),
        # "... the talks, which opened in March, ...": an earlier stage told as history
        ("2025-03", 2),
    ],
)
def test_a_pact_told_back_far_away_is_the_same_unless_dated_earlier(date, count):
    base = {
        "action": "negotiation",
        "actors": ["KOR"],
        "partners": ["USA"],
        "minerals": [],
        "confidence": 0.5,
        "_status_source": "cue",
        "_own_actors_kept": True,
    }
    a = dict(base, status="agreed", sentence=0, _anaphoric=False, event_date="2025-06-13")
    b = dict(base, status="proposed", sentence=6, _anaphoric=True, event_date=date)
    assert len(merge_duplicates([a, b], "2025-06-14")) == count


@pytest.mark.parametrize(
    ("source", "first", "later", "anaphoric", "status"),
    [
        # "Parliament passed the Mining Act on Monday ... The act will apply from May": a law
        # read as standing by its name alone, told back as a decided step, is the news
        ("background", "in_force", "agreed", True, "agreed"),
        # told by a decided cue in the next sentence without referring back, it is the same
        # stage (`_one_stage`) and so the news too
        ("background", "in_force", "agreed", False, "agreed"),
        # in force by a cue of its own ("the act took effect on Monday"): it stays
        ("cue", "in_force", "agreed", True, "in_force"),
        ("date", "in_force", "agreed", True, "in_force"),
        # told back as standing: it stays
        ("background", "in_force", "in_force", True, "in_force"),
    ],
)
def test_a_measure_read_as_standing_and_told_back_as_decided_is_agreed(
    source, first, later, anaphoric, status
):
    base = {
        "action": "strategy",
        "actors": ["AUS"],
        "partners": [],
        "minerals": [],
        "confidence": 0.5,
        "_anaphoric": False,
        "_own_actors_kept": True,
    }
    a = dict(base, status=first, sentence=0, _status_source=source)
    b = dict(base, status=later, sentence=1, _status_source="cue", _anaphoric=anaphoric)
    assert merge_duplicates([a, b])[0]["status"] == status


@pytest.mark.parametrize(
    ("first", "first_date", "later", "later_date", "source", "count"),
    [
        # "India joined the minerals group on Thursday. The group, launched by Washington in
        # June 2022, ...": a reference back dated to another month, told by a cue or a date of
        # its own, is a step of its own, at the same stage as at another
        ("agreed", "2023-06-22", "agreed", "2022-06", "cue", 2),
        ("proposed", "2025-06", "proposed", "2025-02", "date", 2),
        ("agreed", "2025-06", "in_force", "2025-09", "cue", 2),
        # the same month, no date of its own, or a status read by default: the step told again
        ("agreed", "2023-06-22", "agreed", "2023-06", "cue", 1),
        ("agreed", "2023-06-22", "agreed", None, "cue", 1),
        ("agreed", "2023-06-22", "agreed", "2022-06", "default", 1),
        # "The pact entered into force on Saturday. The pact, signed in November, took effect
        # ...": one standing measure, its sentence dating a step that made it
        ("in_force", "2024-02-24", "in_force", "2023-11", "cue", 1),
    ],
)
def test_a_reference_back_dated_to_another_month_is_a_step_of_its_own(
    first, first_date, later, later_date, source, count
):
    base = {
        "action": "bloc_formation",
        "confidence": 0.5,
        "minerals": [],
        "_status_source": "cue",
        "_own_actors_kept": True,
    }
    a = dict(
        base, actors=["IND"], partners=["MSP"], status=first, sentence=0, event_date=first_date
    )
    b = dict(base, actors=["USA"], partners=["MSP", "AUS"], status=later, sentence=1)
    a["_anaphoric"], b["_anaphoric"], b["event_date"] = False, True, later_date
    b["_status_source"] = source
    assert len(merge_duplicates([a, b], "2023-06-23")) == count


@pytest.mark.parametrize(
    ("source", "later_source", "sentence", "status"),
    [
        # "Chile's new lithium rules drew investors ... The decree, issued on Monday, sets ...":
        # a measure read as standing by how the lead named it, told by a decided verb of its
        # own in the next sentence, is the report's news (R6)
        ("background", "cue", 1, "agreed"),
        ("background", "cue", 2, "agreed"),
        # told far on, it is history told again; with no status cue of its own, nothing tells
        # it as decided; in force by a cue or a date of its own, it stays
        ("background", "cue", 6, "in_force"),
        ("background", "default", 1, "in_force"),
        ("cue", "cue", 1, "in_force"),
        ("date", "cue", 1, "in_force"),
    ],
)
def test_a_measure_read_as_standing_and_decided_just_after_is_agreed(
    source, later_source, sentence, status
):
    base = {
        "action": "strategy",
        "actors": ["CHL"],
        "partners": [],
        "minerals": ["lithium"],
        "confidence": 0.5,
        "_anaphoric": False,
        "_own_actors_kept": True,
    }
    a = dict(base, status="in_force", sentence=0, _status_source=source)
    b = dict(
        base, status="agreed", sentence=sentence, _status_source=later_source, _participle=True
    )
    merged = merge_duplicates([a, b])
    assert len(merged) == 1
    assert merged[0]["status"] == status


@pytest.mark.parametrize(
    ("first", "later", "sentence", "first_date", "later_date", "count", "status"),
    [
        # "Peru plans to cap lithium exports. Peru will cap exports at 50,000 tonnes.": a lead
        # and its elaboration in the next sentence, each label chosen by its own cue words, are
        # one step, with the lead's status
        ("proposed", "agreed", 1, None, None, 1, "proposed"),
        ("agreed", "proposed", 1, "2025-03-10", None, 1, "agreed"),
        ("in_force", "agreed", 1, None, None, 1, "in_force"),
        # a decided step whose next sentence says it took effect: one step, now in force
        ("agreed", "in_force", 1, None, None, 1, "in_force"),
        # a second stage marked in the words: told further on, each dated by its own words,
        # or a lifting beside the measure (R1)
        ("proposed", "agreed", 2, None, None, 2, "proposed"),
        ("proposed", "agreed", 1, "2025-03", "2025-03-10", 2, "proposed"),
        ("agreed", "revoked", 1, None, None, 2, "agreed"),
        ("revoked", "proposed", 1, None, None, 2, "revoked"),
    ],
)
def test_mentions_of_one_stage_merge_whatever_their_labels(
    first, later, sentence, first_date, later_date, count, status
):
    base = {
        "action": "export_control",
        "actors": ["PER"],
        "partners": [],
        "minerals": ["lithium"],
        "confidence": 0.5,
        "_status_source": "cue",
        "_anaphoric": False,
        "_own_actors_kept": True,
    }
    a = dict(base, status=first, sentence=0, event_date=first_date)
    b = dict(base, status=later, sentence=sentence, event_date=later_date)
    merged = merge_duplicates([a, b], "2025-03-11")
    assert len(merged) == count
    assert merged[0]["status"] == status


# -- the full pipeline: every action type of the taxonomy ------------------------------------


@pytest.mark.parametrize(
    ("text", "action", "status", "party", "mineral"),
    [
        (
            "Italy joined the Minerals Security Partnership on Monday.",
            "bloc_formation",
            "agreed",
            "ITA",
            None,
        ),
        (
            "The United States and Japan launched a trading bloc with allies for critical minerals.",
            "bloc_formation",
            "agreed",
            "USA",
            None,
        ),
        (
            "Japan and India signed a memorandum of understanding on rare earths.",
            "agreement",
            "agreed",
            "JPN",
            "rare_earths",
        ),
        (
            "The United States held talks with Indonesia on a critical minerals deal.",
            "negotiation",
            "agreed",
            "IDN",
            None,
        ),
        (
            "Indonesia asked Washington to open negotiations on nickel.",
            "negotiation",
            "proposed",
            "IDN",
            "nickel",
        ),
        # the status model of sessions 22-28 read this in force, session 29's as the rules do,
        # and the one retrained in session 32 in force again
        model_reads_otherwise(
            "China banned exports of gallium to the United States.",
            "export_control",
            "agreed",
            "CHN",
            "gallium",
        ),
        (
            "China lifted its ban on antimony exports to the United States.",
            "export_control",
            "revoked",
            "CHN",
            "antimony",
        ),
        (
            "Washington imposed a 25% tariff on graphite anodes from China.",
            "trade_measure",
            "agreed",
            "USA",
            "graphite",
        ),
        (
            "The European Union opened an anti-dumping investigation into Chinese graphite.",
            "trade_measure",
            "agreed",
            "EU",
            "graphite",
        ),
        (
            "The G7 agreed to coordinate price floors for rare earths.",
            "price_mechanism",
            "agreed",
            "G7",
            "rare_earths",
        ),
        (
            "Australia proposed a guaranteed price for lithium producers.",
            "price_mechanism",
            "proposed",
            "AUS",
            "lithium",
        ),
        (
            "The US government approved a $500 million loan to a lithium project in Brazil.",
            "investment",
            "agreed",
            "USA",
            "lithium",
        ),
        (
            "Washington took an equity stake in a rare earth miner.",
            "investment",
            "agreed",
            "USA",
            "rare_earths",
        ),
        (
            "The United States will build a strategic reserve of cobalt.",
            "stockpile",
            "agreed",
            "USA",
            "cobalt",
        ),
        (
            "Japan agreed to buy 40% of the nickel output of an Indonesian refinery.",
            "offtake",
            "agreed",
            "JPN",
            "nickel",
        ),
        (
            "Canada fast-tracked permits for 10 lithium mining projects.",
            "permitting",
            "agreed",
            "CAN",
            "lithium",
        ),
        (
            "Germany granted approval for a lithium extraction plant in the Upper Rhine.",
            "permitting",
            "agreed",
            "DEU",
            "lithium",
        ),
        (
            "Secretary Blinken welcomed Norway as the newest partner of the Minerals Security Partnership.",
            "bloc_formation",
            "agreed",
            "NOR",
            None,
        ),
        (
            "Australia opened a rare earth separation plant on Monday.",
            "project",
            "in_force",
            "AUS",
            "rare_earths",
        ),
        (
            "The US added Chinese graphite producers to the entity list.",
            "sanction",
            "agreed",
            "USA",
            "graphite",
        ),
        (
            "Canada ordered Chinese investors to divest from three lithium miners.",
            "sanction",
            "agreed",
            "CAN",
            "lithium",
        ),
        (
            "The European Union adopted the Critical Raw Materials Act on Monday.",
            "strategy",
            "agreed",
            "EU",
            None,
        ),
        (
            "South Korea updated its critical minerals list to include lithium.",
            "strategy",
            "agreed",
            "KOR",
            "lithium",
        ),
        (
            "Australia and Japan agreed to align standards for responsible sourcing of lithium.",
            "standards",
            "agreed",
            "AUS",
            "lithium",
        ),
    ],
)
def test_every_action_type(extractor, text, action, status, party, mineral):
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-06-04"})
    matching = [e for e in pred["events"] if e["action"] == action]
    assert matching, pred["events"]
    event = matching[0]
    assert event["status"] == status
    assert party in event["actors"] + event["partners"]
    if mineral:
        assert mineral in event["minerals"]
    assert action in pred["actions"]


def test_a_parsed_doc_takes_roles_from_its_parse(nlp):
    """With a dependency parse (a statistical model in the pipeline), a party the parse calls
    the object is a partner even where the word-order rules would make it the actor."""
    from spacy.tokens import Doc

    words = ["Japan", "signed", "a", "lithium", "pact", "with", "Canada", "."]
    heads = [1, 1, 4, 4, 1, 4, 5, 1]
    plain_deps = ["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"]
    odd_deps = ["dobj", "ROOT", "det", "compound", "dobj", "prep", "nsubj", "punct"]

    def run(deps):
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
        doc.user_data[PUBLISHED_KEY] = "2024-12-03"
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return only(doc._.oreline_events)

    event = run(plain_deps)
    assert (event["actors"], event["partners"]) == (["JPN"], ["CAN"])
    event = run(odd_deps)
    assert (event["actors"], event["partners"]) == (["CAN"], ["JPN"])


def test_a_money_amount_completes_a_combo(nlp):
    """A trigger whose combo counts an amount as context ("pledged ... $500 million") makes
    an investment; the same trigger with no amount nearby does not."""
    events = events_of(nlp, "Japan pledged $500 million to lithium miners in Australia.")
    invest = [e for e in events if e["action"] == "investment"]
    assert len(invest) == 1
    assert (invest[0]["amount_usd"], invest[0]["actors"]) == (500e6, ["JPN"])
    events = events_of(nlp, "Japan pledged to help lithium miners in Australia.")
    assert not [e for e in events if e["action"] == "investment"]


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        # a combo reaching back over ", and" into the clause before repeats the words of the
        # clause's own cue: one step, read in its own clause
        (
            "In 2021 the government set up a panel to review the mining code, and last year "
            "authorities blocked exports of cobalt.",
            1,
            "in_force",
        ),
        # two cues of one mineral step starting at one word ("the licensing of", "licensing")
        (
            "The graphite curbs follow the licensing of gallium and germanium, which has "
            "applied since August.",
            2,
            "in_force",
        ),
        (
            "Indonesia will not stop exports of nickel this year, as the government "
            "concentrates on making its new ban on cobalt exports work.",
            1,
            "in_force",
        ),
        # cues that stand apart stay two steps
        (
            "Indonesia banned exports of nickel ore in 2020 and of cobalt in June 2023.",
            2,
            "in_force",
        ),
    ],
)
def test_overlapping_cues_of_one_action_tell_one_step(nlp, text, count, status):
    events = [e for e in events_of(nlp, text) if e["action"] == "export_control"]
    assert len(events) == count, events
    assert {e["status"] for e in events} == {status}


# -- work done once: the same outputs from fewer steps ----------------------------------


@pytest.mark.parametrize(
    ("families", "kept"),
    [
        # a group's guard and status keys are left out, its action keys kept in order
        ({1: ("action", "guard"), 2: ("guard",), 3: ("status", "action", "action")}, {1: 1, 3: 2}),
        # a group with no action key is left out altogether
        ({4: ("guard", "status")}, {}),
        ({5: ("action",)}, {5: 1}),
    ],
)
def test_the_status_choice_is_handed_action_keys_only(families, kept):
    keys = {
        group: tuple(CueKey(f, f"label{i}", "phrase") for i, f in enumerate(fams))
        for group, fams in families.items()
    }
    out = action_keys(keys)
    assert {group: len(found) for group, found in out.items()} == kept
    for group, found in out.items():
        assert list(found) == [k for k in keys[group] if k.family == "action"]


@pytest.mark.parametrize(
    "actions",
    [
        ["export_control", "agreement", "export_control"],
        ["investment", "agreement", "sanction", "agreement", "investment"],
        ["standards", "standards", "permitting"],
    ],
)
def test_merging_compares_an_event_with_those_of_its_own_action_only(monkeypatch, actions):
    compared: list[tuple[str, str]] = []
    same_event = events_module._same_event

    def counted(kept, event, published=None):
        compared.append((kept["action"], event["action"]))
        return same_event(kept, event, published)

    monkeypatch.setattr(events_module, "_same_event", counted)
    events = [
        {
            "action": action,
            "status": "agreed",
            "actors": [f"C{i}"],
            "partners": [],
            "minerals": ["gallium"],
            "confidence": 0.5,
            "sentence": i,
            "_status_source": "cue",
            "_anaphoric": False,
            "_own_actors_kept": True,
        }
        for i, action in enumerate(actions)
    ]
    merged = merge_duplicates(events)
    assert compared and all(kept == event for kept, event in compared)
    assert len(merged) == len(actions)


@pytest.mark.parametrize(
    ("spans", "taken", "in_bloc"),
    [
        ([("COUNTRY", 2, 4), ("BLOC", 6, 7), ("MINERAL", 8, 9)], {2, 3, 6}, {6}),
        ([("MINERAL", 0, 2)], set(), set()),
        ([("BLOC", 0, 3), ("COUNTRY", 1, 2)], {0, 1, 2}, {0, 1, 2}),
        ([], set(), set()),
    ],
)
def test_the_words_of_parties_bound_a_firms_name(spans, taken, in_bloc):
    found = [SimpleNamespace(label_=label, start=start, end=end) for label, start, end in spans]
    assert party_words(found) == (taken, in_bloc)
