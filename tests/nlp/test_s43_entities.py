"""s43: words that look like a country and are not one, and state bodies that are one.

A demonym naming a language ("its Spanish initials") names no country; nor does a country's
word inside another place's own name ("Santiago del Estero", "Lao Cai", "New Ireland"); nor a
sub-national place alone. The state firms and mining bodies of producer countries stand for
their government, as the labels read them."""

import pytest
import spacy

from nlp.entities import FACTORY_NAME, entity_sets
from nlp.extract import Extractor


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe(FACTORY_NAME)
    return pipeline


def countries(nlp, text: str) -> list[str]:
    return entity_sets(nlp(text))["countries"]


LANGUAGE_CASES = [
    ("The survey, better known by its Spanish abbreviation SEGEMAR, mapped the salars.", ["ARG"]),
    ("The Portuguese-language weekly first reported the tender.", []),
    ("The decree was issued in French and English, with an annex of quotas.", []),
    ("The ministry published the licence terms in Portuguese.", []),
    ("Known in Japanese as Kaiyo, the survey vessel maps seabed nodules.", []),
    ("Its Chinese name translates as rare soil.", []),
    ("The notice (Spanish: aviso) gave miners ten days.", []),
    ("Korean-speaking engineers staff the cathode line.", []),
    # the demonym as nationality stays
    ("Much of the nickel is refined in Chinese-owned smelters.", ["CHN"]),
    ("Spanish investors bought the tungsten mine.", ["ESP"]),
    ("The fund invested in Korean and Japanese battery makers.", ["JPN", "KOR"]),
    ("The decree names French companies.", ["FRA"]),
]


@pytest.mark.parametrize(("text", "want"), LANGUAGE_CASES)
def test_a_language_names_no_country(nlp, text: str, want: list[str]) -> None:
    assert countries(nlp, text) == want


PLACE_CASES = [
    # producer regions whose names hold a country's word
    ("Apatite is mined in Lao Cai, near the border.", []),
    ("The tungsten concentrator in Thai Nguyen restarted in May.", []),
    ("A brine project in Santiago del Estero drew three bids.", []),
    ("Gold miners on New Ireland protested the tailings plan.", []),
    ("Prospectors flocked to Niger State for tantalite.", []),
    # the general forms: "X de Y", "Nueva X", a demonym opening names listed before "districts"
    ("Santiago de Compostela hosted the mining fair.", []),
    ("Ranchers in Nueva Guinea, Nicaragua, oppose the concession.", ["NIC"]),
    ("Smelters in Thai Hoa and Nghia Dan districts shut.", []),
    # the country word itself, or a body of the country, or an adjective, stays
    ("Santiago de Chile hosted the lithium talks.", ["CHL"]),
    ("The Cámara Argentina de Empresarios Mineros backed the law.", ["ARG"]),
    ("New Chinese quotas took effect in May.", ["CHN"]),
    ("BEIJING - New China export rules took effect.", ["CHN"]),
    ("New Swiss due diligence rules took effect.", ["CHE"]),
    ("Output rose at the Chilean Atacama region mines.", ["CHL"]),
    # a sub-national place alone is not its country; a capital is its government
    ("Smelters in Sulawesi and North Maluku expanded.", []),
    ("Brines in Jujuy and Catamarca feed the new plants.", []),
    ("Bauxite from Odisha feeds the refinery.", []),
    ("Cobalt from Lualaba is trucked through Lubumbashi.", []),
    ("The Atacama salt flat holds the richest brines.", []),
    ("Officials in Kinshasa confirmed the quota.", ["COD"]),
]


@pytest.mark.parametrize(("text", "want"), PLACE_CASES)
def test_a_place_named_after_a_country_is_not_it(nlp, text: str, want: list[str]) -> None:
    assert countries(nlp, text) == want


STATE_BODY_CASES = [
    ("Tau-Ken Samruk will hold a minority stake in the venture.", ["KAZ"]),
    ("Manara Minerals agreed to buy a copper stake.", ["SAU"]),
    ("JEMSE holds a share of the Olaroz operation.", ["ARG"]),
    ("Finep will lend to magnet makers.", ["BRA"]),
    ("The DMPR published the exploration strategy.", ["ZAF"]),
    ("KIGAM geologists mapped the graphite belt.", ["KOR"]),
    (
        "The Authority for the Regulation and Control of Strategic Mineral Substances Markets "
        "set the quotas.",
        ["COD"],
    ),
    ("Navoiyuran signed with a French partner.", ["FRA", "UZB"]),
    ("Sernageomin approved the closure plan.", ["CHL"]),
    ("YPF's battery unit Y-TEC opened a cell plant.", ["ARG"]),
    ("The Ministry of Industry and Mineral Resources issued twelve licences.", ["SAU"]),
    ("Peru's Ministry of Energy and Mines granted the licence.", ["PER"]),
    # a name other governments use too counts only beside its country's other names
    ("The Ministry of Energy and Mines granted the licence.", []),
    # a firm's word that looks like a country's short form is no country
    ("Cove Kaz Capital raised new funds.", []),
]


@pytest.mark.parametrize(("text", "want"), STATE_BODY_CASES)
def test_state_bodies_name_their_country(nlp, text: str, want: list[str]) -> None:
    assert countries(nlp, text) == want


EVENT_CASES = [
    (
        "The Authority for the Regulation and Control of Strategic Mineral Substances Markets, "
        "known by its French acronym ARECOMS, extended the suspension of cobalt exports on "
        "Saturday.",
        "export_control",
        ["COD"],
    ),
    (
        "Vietnam granted a licence for a rare earth separation plant in Lao Cai province.",
        "permitting",
        ["VNM"],
    ),
]


@pytest.mark.parametrize(("text", "action", "parties"), EVENT_CASES)
def test_the_step_has_only_its_real_party(
    extractor: Extractor, text: str, action: str, parties: list[str]
) -> None:
    doc = {"id": "d", "published": "2025-06-23", "title": "", "text": text}
    events = [e for e in extractor.extract(doc)["events"] if e["action"] == action]
    assert events
    assert sorted({p for e in events for p in e["actors"] + e["partners"]}) == parties
