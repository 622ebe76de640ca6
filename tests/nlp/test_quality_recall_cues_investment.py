"""Money committed told with a verb of paying for a thing (fund, finance, bankroll, co-fund, underwrite, recapitalise; agreed or pledged to fund), a holding by another name than a stake, subsidies announced, and a deal priced after its noun. Sentences written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.extract import Extractor

STATED = [
    ("investment", "The Energy Department will fund a lithium refinery in Nevada, officials said."),
    (
        "investment",
        "The Pentagon has been funding a rare earth separation plant in Texas since 2022.",
    ),
    (
        "investment",
        "Japan's JOGMEC agreed to bankroll the Australian cobalt project alongside Sumitomo.",
    ),
    ("investment", "Canada and Germany will co-fund a graphite anode plant in Quebec."),
    (
        "investment",
        "The U.S. export credit agency will underwrite construction of a nickel refinery in Indonesia.",
    ),
    ("investment", "Chile's government will recapitalise the state copper miner Codelco."),
    (
        "investment",
        "The Saudi state fund took a shareholding in the Brazilian nickel miner last week.",
    ),
    (
        "investment",
        "The White House announced subsidies for domestic processing of lithium and cobalt.",
    ),
    (
        "investment",
        "Bolivia signed a contract worth about $1 billion with a Chinese group for two lithium plants.",
    ),
    (
        "investment",
        "A rare earth processing facility partly funded by the U.S. Department of Defense began testing.",
    ),
    ("investment", "Germany agreed to finance a lithium refinery in Brandenburg, officials said."),
    ("investment", "Japan pledged to fund rare earth processing projects in Australia."),
]

# near misses: the same words where they state no step of the action
NOT_STATED = [
    (
        "investment",
        "Australian lithium miners are seeking funding for new projects, analysts said.",
    ),
    (
        "investment",
        "The Chinese cobalt refiner gave easier access to finance as a reason for its move to Indonesia.",
    ),
    ("investment", "The fund manager sold its shares in the Canadian graphite miner."),
    ("investment", "The Chilean copper miner's contract with its workers runs until 2027."),
    (
        "investment",
        "The lithium miner said it wanted to fund its Nevada project from cash flow rather than debt.",
    ),
    ("investment", "The miner said it would need investors to help finance its lithium project."),
]


@pytest.mark.parametrize(("action", "text"), STATED)
def test_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_STATED)
def test_not_stated(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)
