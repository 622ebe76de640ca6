"""Sourcing standards and reserves told in other words: minerals certified, traced to their origin or proven in provenance, ESG requirements and third-party audits laid on firms; stocking up, buffer and strategic stocks. A deposit traceable along strike, a financial audit and port stocks are neither. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    (
        "standards",
        "The rules require cobalt to be certified as conflict-free by an independent body.",
    ),
    (
        "standards",
        "Battery makers will have to trace the origin of their lithium and cobalt under the EU law.",
    ),
    (
        "standards",
        "The partners will develop a system to prove the provenance of rare earths from allied mines.",
    ),
    ("standards", "Congo introduced ESG requirements for artisanal cobalt mines."),
    ("standards", "Tungsten smelters must pass third-party audits under the new sourcing rules."),
    (
        "stockpile",
        "South Korea will stock up on lithium and nickel to guard against supply shocks.",
    ),
    ("stockpile", "India plans to build buffer stocks of rare earths and cobalt."),
    ("stockpile", "Japan holds strategic stocks of about 34 rare metals, including tungsten."),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    (
        "standards",
        "Drilling confirmed the lithium deposit is traceable for 2 kilometres along strike, the miner said.",
    ),
    ("standards", "The Australian nickel miner passed its annual financial audit."),
    ("stockpile", "Traders said lithium stocks at Chinese ports rose in May."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
