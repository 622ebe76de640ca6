"""The entities a cue combo may take as context (actions.yaml `context_labels`)."""

import pytest

from nlp.entities import found
from nlp.events import _label_positions, _Tokens
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
        ("The ministry signed a memorandum with Blue Line Corp on graphite.", "COMPANY", ["Corp"]),
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
    ],
)
def test_no_company_without_a_name(extractor, text):
    assert _positions(extractor, text)["COMPANY"] == []
