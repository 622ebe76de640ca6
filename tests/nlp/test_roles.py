"""Actors and partners: who acts and who an action is with or aimed at, on sentences written
here and read by the full extractor (real gazetteer, real cue files)."""

import pytest

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[set[str], set[str]]:
    pred = extractor.extract({"id": "t", "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if e["action"] == action)
    return set(event["actors"]), set(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors", "partners"),
    [
        # the subject acts; the object of "on imports from" is the target
        (
            "Canada imposed tariffs on imports of graphite from China.",
            "trade_measure",
            {"CAN"},
            {"CHN"},
        ),
        # passive voice: "by" marks the actor
        (
            "A memorandum on lithium supply was signed by Japan and Chile on Monday.",
            "agreement",
            {"JPN", "CHL"},
            set(),
        ),
        # reported speech: a trailing "X's ministry said" names the actor
        (
            "Export licences will be required for gallium from August 1, China's commerce "
            "ministry said.",
            "export_control",
            {"CHN"},
            set(),
        ),
        # a demonym before a target noun is the party aimed at
        (
            "Washington added Chinese companies to its entity list over rare earth magnets.",
            "sanction",
            {"USA"},
            {"CHN"},
        ),
        # "with" names the partner of an agreement
        (
            "Australia signed a critical minerals agreement with India covering lithium.",
            "agreement",
            {"AUS"},
            {"IND"},
        ),
    ],
)
def test_actors_and_partners(extractor, text, action, actors, partners):
    assert roles(extractor, text, action) == (actors, partners)


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        # the owner named right before a measure is its actor, not another subject of the
        # sentence
        (
            "The European Commission adopted a list of projects as China's restrictions on "
            "rare earth exports weigh on manufacturers.",
            "export_control",
            {"CHN"},
        ),
        (
            "Brussels warned that Beijing's new curbs on gallium exports would hurt chipmakers.",
            "export_control",
            {"CHN"},
        ),
        # a possessive far from the cue does not take the measure over
        (
            "Japan said China's ministry will restrict exports of gallium from August.",
            "export_control",
            {"JPN", "CHN"},
        ),
    ],
)
def test_the_owner_of_a_measure_acts(extractor, text, action, actors):
    assert roles(extractor, text, action)[0] == actors


# -- assign_roles on token arrays, with and without a dependency parse ----------------------

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from nlp.roles import Party, assign_roles  # noqa: E402


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def parties_of(doc: Doc, names: dict[str, str]) -> list[Party]:
    return [Party(t.i, t.i + 1, names[t.text]) for t in doc if t.text in names]


NAMES = {"Japan": "JPN", "Chile": "CHL", "China": "CHN", "Beijing": "CHN", "Canada": "CAN"}


@pytest.mark.parametrize(
    ("text", "cue", "actors", "partners"),
    [
        ("Canada imposed tariffs on imports from China .", "imposed", ["CAN"], ["CHN"]),
        ("The memorandum was signed by Japan and Chile .", "signed", ["JPN", "CHL"], []),
        ("Export licences will be required , China 's ministry said .", "required", ["CHN"], []),
        ("Curbs were imposed , according to Beijing .", "imposed", ["CHN"], []),
        ("China 's new curbs on Japan took effect .", "curbs", ["CHN"], ["JPN"]),
        ("Chile signed a deal with Japan .", "signed", ["CHL"], ["JPN"]),
    ],
)
def test_roles_from_the_words_around_the_cue(blank, text, cue, actors, partners):
    doc = blank.make_doc(text)
    cue_start = next(t.i for t in doc if t.text == cue)
    assert assign_roles(doc, 0, len(doc), cue_start, parties_of(doc, NAMES)) == (
        actors,
        partners,
    )


def test_a_dependency_parse_decides_roles_when_present(blank):
    """With DEP annotation a subject acts and an object is a partner, wherever they stand."""
    words = ["Chile", "was", "joined", "by", "Japan", "."]
    doc = Doc(
        blank.vocab,
        words=words,
        heads=[2, 2, 2, 2, 3, 2],
        deps=["dobj", "aux", "ROOT", "agent", "pobj", "punct"],
    )
    assert doc.has_annotation("DEP")
    assert assign_roles(doc, 0, len(doc), 2, parties_of(doc, NAMES)) == (["JPN"], ["CHL"])
    # the same words without a parse: the subject before the cue acts, "by" marks an actor too
    plain = blank.make_doc(" ".join(words))
    assert assign_roles(plain, 0, len(plain), 2, parties_of(plain, NAMES)) == (
        ["CHL", "JPN"],
        [],
    )


def test_a_party_reacting_to_a_measure_is_no_actor(blank, monkeypatch):
    """With `reactions` in roles.yaml, "Beijing criticised the tariffs" makes Beijing a
    partner of the measure, unless a new clause starts between the verb and the cue."""
    from nlp import roles

    words = {**roles._words(), "reactions": frozenset({"criticised"})}
    words["reaction_exceptions"] = frozenset({"itself"})
    monkeypatch.setattr(roles, "_words", lambda: words)
    roles.role_hashes.cache_clear()
    try:
        doc = blank.make_doc("Beijing criticised the new tariffs on Chile .")
        assert assign_roles(doc, 0, len(doc), 4, parties_of(doc, NAMES)) == ([], ["CHN", "CHL"])
        doc = blank.make_doc("Beijing criticised the plan and imposed tariffs .")
        assert assign_roles(doc, 0, len(doc), 5, parties_of(doc, NAMES)) == (["CHN"], [])
        # an exception word right after the verb: no reaction
        doc = blank.make_doc("Beijing criticised itself over the tariffs .")
        assert assign_roles(doc, 0, len(doc), 5, parties_of(doc, NAMES)) == (["CHN"], [])
    finally:
        monkeypatch.undo()
        roles.role_hashes.cache_clear()


def roles_titled(extractor: Extractor, title: str, text: str, action: str) -> set[str]:
    """The parties (actors and partners) of the first event of `action` in a titled text."""
    pred = extractor.extract({"id": "t", "title": title, "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if e["action"] == action)
    return set(event["actors"]) | set(event["partners"])


@pytest.mark.parametrize(
    ("title", "text", "action", "parties"),
    [
        # a province named before any country is the report's own party: the step of a
        # sentence naming no party is its country's, not the first country's named later
        (
            "",
            "Manitoba will set up a C$300 million fund to help firms build nickel refineries. "
            "Officials said the fund would draw investors from Japan.",
            "investment",
            {"CAN"},
        ),
        # the title names the state: its country is the report's party
        (
            "Nevada speeds up lithium mine approvals",
            "Regulators approved a permit for the lithium mine on Monday. The Australian "
            "company said construction would start soon.",
            "permitting",
            {"USA"},
        ),
        # a sentence naming no country but a province takes the province's country
        (
            "",
            "Japan will lend money to nickel refiners. Separately, Saskatchewan issued a "
            "permit for a new potash mine on Tuesday.",
            "permitting",
            {"CAN"},
        ),
    ],
)
def test_a_state_or_province_stands_for_its_country(extractor, title, text, action, parties):
    assert roles_titled(extractor, title, text, action) == parties


@pytest.mark.parametrize(
    ("title", "text", "action", "parties"),
    [
        # a report naming no country is its dateline's country's (a capital)
        (
            "",
            "NEW DELHI - The mines ministry on Monday launched an auction of lithium blocks.",
            "permitting",
            {"IND"},
        ),
        # ... or a city of a state or province there
        (
            "",
            "TORONTO - The provincial government on Monday approved the permit for the new "
            "nickel mine.",
            "permitting",
            {"CAN"},
        ),
    ],
)
def test_a_report_naming_no_country_is_its_datelines(extractor, title, text, action, parties):
    assert roles_titled(extractor, title, text, action) == parties


@pytest.mark.parametrize(
    ("title", "text", "action", "actors", "partners"),
    [
        # a party filing a complaint against another's ban challenges it: a partner, and the
        # report's party imposed the ban
        (
            "Malaysia defends its ban",
            "Japan filed a complaint at the WTO against the bauxite export ban last year.",
            "export_control",
            {"MYS"},
            {"JPN"},
        ),
    ],
)
def test_a_party_disputing_a_measure_is_no_actor(extractor, title, text, action, actors, partners):
    pred = extractor.extract({"id": "t", "title": title, "text": text, "published": "2025-06-04"})
    event = next(e for e in pred["events"] if e["action"] == action)
    assert (set(event["actors"]), set(event["partners"])) == (actors, partners)


def actors_titled(extractor: Extractor, text: str, action: str) -> set[str]:
    """The actors of the first event of `action` in an untitled text."""
    pred = extractor.extract({"id": "t", "title": "", "text": text, "published": "2025-06-04"})
    return set(next(e for e in pred["events"] if e["action"] == action)["actors"])


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        # a report filed from a city of a state is that country's, whoever is named later
        (
            "PERTH - The state government approved a permit for the lithium refinery on "
            "Monday. Chinese demand for the metal rose.",
            "permitting",
            {"AUS"},
        ),
        # the adjective of a state stands for its country as its name does
        (
            "The Western Australian government approved a permit for the lithium refinery. "
            "Japanese buyers welcomed it.",
            "permitting",
            {"AUS"},
        ),
        # a firm's home named first is not where the report's government is named
        (
            "U.S. lithium producer Albemarle plans a refinery in Queensland. Regulators "
            "approved a permit for it on Monday.",
            "permitting",
            {"AUS"},
        ),
    ],
)
def test_a_firms_home_is_no_party_of_the_report(extractor, text, action, actors):
    assert actors_titled(extractor, text, action) == actors


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        # a province acting with a named partner is its country, not the report's first
        # country
        (
            "Chinese demand for potash rose. Saskatchewan signed a potash supply agreement "
            "with Japan on Monday.",
            "offtake",
            {"CAN"},
        ),
        (
            "Chinese buyers cut orders. Ontario will lend C$50 million to Japan's lithium refiner.",
            "investment",
            {"CAN"},
        ),
    ],
)
def test_a_province_acting_with_a_partner_is_its_country(extractor, text, action, actors):
    assert actors_titled(extractor, text, action) == actors
