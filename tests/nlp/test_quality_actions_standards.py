"""Standards: sourcing duties a law lays on firms (supply-chain checks and audits, battery and
digital passports, carbon-footprint declarations, recycled content, conflict-minerals
disclosure) and standards named in a pact's list of fields are `standards`, while projects
said to meet high standards and a firm's own emissions are not. Sentences written here, read
through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STANDARDS = [
    "EU rules require importers of tin and tungsten to check their supply chains for links to "
    "armed groups.",
    "Under the law, German carmakers must audit their supply chains for cobalt mined by children.",
    "Japan will require battery makers to declare their carbon footprint for lithium and nickel.",
    "From 2031 the European Union sets minimum levels of recycled cobalt and lithium in new "
    "batteries.",
    "India will require a digital passport for every electric-vehicle battery with lithium cells.",
    "Under Section 1502, US-listed firms disclose whether their products contain tantalum from "
    "Congo.",
    "The memorandum provides for cooperation on research, on mining infrastructure and on "
    "environmental, social and governance standards for lithium.",
    "Canada and Chile agreed to collaborate on permitting, skills and traceability for copper "
    "and lithium.",
]


@pytest.mark.parametrize("text", STANDARDS)
def test_sourcing_duties_and_pact_fields_are_standards(extractor: Extractor, text: str) -> None:
    assert "standards" in action_types(extractor, text)


NOT_STANDARDS = [
    "The partners said they would favour lithium projects that meet high environmental, social "
    "and governance standards.",
    "Experts assessed each nickel project against criteria including environmental, social and "
    "governance standards.",
    "The copper miner said it had cut its carbon footprint by a fifth since 2019.",
    "Cooperation on cobalt between the two miners has grown, and the ministry praised it.",
]


@pytest.mark.parametrize("text", NOT_STANDARDS)
def test_criteria_and_firms_own_practice_are_no_standards(extractor: Extractor, text: str) -> None:
    assert "standards" not in action_types(extractor, text)
