"""The entities a cue combo may take as context (actions.yaml `context_labels`)."""

import pytest

from nlp.entities import found
from nlp.events import _COMPANY_DEAL, _firm_deals, _label_positions, _Tokens
from nlp.sentences import sentence_bounds


def _positions(extractor, text: str) -> dict[str, list[str]]:
    doc = extractor.nlp(text)
    sent = sentence_bounds(doc)[0]
    spans = [s for s in found(doc) if sent.start <= s.start < sent.end]
    positions = _label_positions(_Tokens(doc, text, None), sent, spans)
    return {label: [doc[i].text for i in where] for label, where in positions.items()}


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        (
            "Albemarle signed a supply deal with Ford for lithium hydroxide.",
            "COMPANY",
            ["Albemarle"],
        ),
        (
            "The ministry signed a memorandum with Blue Line Corp on graphite.",
            "COMPANY",
            ["Blue", "Corp"],
        ),
        (
            "Chile signed a supply deal with South Korea for lithium.",
            "COUNTRY",
            ["Chile", "South", "Korea"],
        ),
        (
            "The deal covers lithium hydroxide and rare earths.",
            "MINERAL",
            ["lithium", "hydroxide", "rare", "earths"],
        ),
        ("Japan joined the Minerals Security Partnership.", "BLOC", ["Minerals", "Partnership"]),
        # a firm's name by its first and last word
        (
            "The developer signed a memorandum with Ford Motor Co. on lithium.",
            "COMPANY",
            ["Ford", "Co."],
        ),
        # a capitalised name after "-based" or "-listed" is a firm's
        (
            "Indonesia signed a deal with Texas-based Blue Line on graphite.",
            "COMPANY",
            ["Blue", "Line"],
        ),
        (
            "The ministry met London-listed Rainbow and U.S.-based Westwin on cobalt.",
            "COMPANY",
            ["Rainbow", "Westwin"],
        ),
        # a word of the trade closing a capitalised name, as a step's subject, is a firm's
        (
            "The consignment went to Blue Strategic Metals, which signed a memorandum.",
            "COMPANY",
            ["Blue", "Metals"],
        ),
        (
            "Westwater Resources signed an offtake deal for graphite.",
            "COMPANY",
            ["Westwater", "Resources"],
        ),
        # a country named as a firm's home is no country there ...
        ("Morocco signed a deal with China's Ganfeng for lithium.", "COUNTRY", ["Morocco"]),
        ("Morocco signed a deal with China's Ganfeng for lithium.", "COMPANY", ["Ganfeng"]),
        ("Zambia signed an accord with Swiss-based Glencore on copper.", "COUNTRY", ["Zambia"]),
        # ... but a country's ministry, or a leader, is the country's
        (
            "Morocco signed a deal with China's Commerce Ministry on cobalt.",
            "COUNTRY",
            ["Morocco", "China"],
        ),
        ("Canada signed a deal with China's Xi on nickel.", "COUNTRY", ["Canada", "China"]),
        # a well-known firm of the trade named without a legal form (roles.yaml `firms`)
        (
            "The carmaker signed a memorandum with Exxon Mobil on lithium brine.",
            "COMPANY",
            ["Exxon", "Mobil"],
        ),
        (
            "Northvolt signed a supply deal with Vedanta for nickel.",
            "COMPANY",
            ["Northvolt", "Vedanta"],
        ),
        ("The unit of LG agreed to buy cobalt from Umicore.", "COMPANY", ["LG", "Umicore"]),
        (
            "Supplies of magnets to Lockheed and Siemens were cut.",
            "COMPANY",
            ["Lockheed", "Siemens"],
        ),
        (
            "The ministry met Wesfarmers and Managem on cobalt.",
            "COMPANY",
            ["Wesfarmers", "Managem"],
        ),
        (
            "The ministry met Nutrien and Iwatani on potash.",
            "COMPANY",
            ["Nutrien", "Iwatani"],
        ),
    ],
)
def test_each_kind_is_found_where_named(extractor, text, label, words):
    assert _positions(extractor, text)[label] == words


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case "group" or "company" is no firm's name
        "The group of companies signed a deal with the company.",
        "Exports of nickel ore were banned by the government.",
        # a word of a bloc's name
        "The Group of Seven agreed to coordinate its stockpiles of rare earths.",
        # a name after "-backed" or a state's agency is no firm by that alone
        "Rwanda-backed rebels led by Makenga seized the city near the tin mines.",
        "Gecamines signed a memorandum with Japan's state-backed JOGMEC on cobalt.",
        # a name of government ending in a word of the trade, a law's or office's name going on
        # after it, and a firm a government deals "with" (the labels count such a deal)
        "The Ministry of Energy and Mineral Resources signed a memorandum on nickel.",
        "The Critical Minerals Office published a list of graphite projects.",
        "Malawi's government signed a mining agreement with Lindian Resources for rare earths.",
        "Pakistan held talks with Saudi Arabia's Manara Minerals on copper.",
        # a person after a country's possessive is no firm
        "Australia's Penny Wong held talks on critical minerals.",
    ],
)
def test_no_company_without_a_name(extractor, text):
    assert _positions(extractor, text)["COMPANY"] == []


@pytest.mark.parametrize(
    ("text", "firm_deal"),
    [
        # a firm's deal marks the document's deal as a firm's, so that "the MoU" after it is
        # no pact of governments
        ("Lake said it had signed a memorandum with Ford Motor Co. on lithium.", True),
        ("The miner signed a memorandum with China's Ganfeng on lithium.", True),
        ("The refiner signed a memorandum with Antam on nickel ore.", True),
        ("The battery maker signed a memorandum with Exxon Mobil on lithium.", True),
        ("The cathode maker signed a memorandum with YLB on lithium.", True),
        ("The carmaker signed a memorandum with Arafura on rare earths.", True),
        # a deal a government signs with a firm is counted, and "the agreement" after it
        (
            "The Government of Ghana signed a memorandum with Sinohydro Corporation on bauxite.",
            False,
        ),
        ("Japan signed a memorandum with Australia on lithium.", False),
    ],
)
def test_a_firms_deal_is_marked(extractor, text, firm_deal):
    doc = extractor.nlp(text)
    sent = sentence_bounds(doc)[0]
    spans = [s for s in found(doc) if sent.start <= s.start < sent.end]
    tokens = _Tokens(doc, text, None)
    established: set[str] = set()
    _firm_deals(tokens, sent, _label_positions(tokens, sent, spans)["COMPANY"], established)
    assert (_COMPANY_DEAL + "agreement" in established) == firm_deal


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        # actp: firms whose names are written in lower case (roles.yaml `firms_small`) are
        # firms, though their names have no capital
        ("The utility signed a supply deal with ioneer for lithium.", "COMPANY", ["ioneer"]),
        (
            "The developer signed a memorandum with thyssenkrupp on graphite.",
            "COMPANY",
            ["thyssenkrupp"],
        ),
        # ... and a country named as their home is no country there
        ("Canada signed a deal with Germany's thyssenkrupp on graphite.", "COUNTRY", ["Canada"]),
        ("Ford agreed to buy lithium from Australia's ioneer.", "COUNTRY", []),
    ],
)
def test_firms_written_small_are_found(extractor, text, label, words):
    assert _positions(extractor, text)[label] == words
