"""A cue verb counts in all its forms: irregular past tenses, and the noun that names the step
("filed a complaint", "the revision of the law", "the suspension of the licence"). Sentences
written here, read through the whole extractor."""

import pytest
from predict import action_types

from nlp.cues import action_forms
from nlp.extract import Extractor
from nlp.lexicon import expand

FORMS = [
    # irregular past tenses
    ("investment", "The state bank lent $300 million to the Australian graphite refinery."),
    ("bloc_formation", "Argentina left the lithium producers' alliance in March, officials said."),
    # the noun of the step
    ("trade_measure", "Canada filed a WTO complaint against China over graphite anode subsidies."),
    ("trade_measure", "The EU's complaint at the WTO targets Indonesia's nickel policy."),
    (
        "permitting",
        "The ministry ordered the suspension of the licence of the Peruvian copper mine.",
    ),
    ("permitting", "Chile announced the renewal of the lithium concession for another decade."),
    ("permitting", "Officials announced the revocation of three cobalt mining permits in Congo."),
    ("strategy", "Japan's cabinet approved a revision of the law on rare earths stockpiles."),
    (
        "bloc_formation",
        "Brazil welcomed the expansion of the critical minerals alliance to Africa.",
    ),
    ("agreement", "The conclusion of the lithium agreement between Chile and Japan came in May."),
]

# the same nouns where they name no step of the action
NOT_FORMS = [
    # a complaint with no trade body named is no trade case
    (
        "trade_measure",
        "Residents near the Peruvian copper smelter sent complaints about dust to the city.",
    ),
    ("bloc_formation", "Prices of lithium left the market puzzled, Australian traders said."),
    ("strategy", "Analysts made a revision of their nickel forecasts for Indonesia this week."),
]


@pytest.mark.parametrize(("action", "text"), FORMS)
def test_forms(extractor: Extractor, action: str, text: str) -> None:
    assert action in action_types(extractor, text)


@pytest.mark.parametrize(("action", "text"), NOT_FORMS)
def test_not_forms(extractor: Extractor, action: str, text: str) -> None:
    assert action not in action_types(extractor, text)


def test_nouns_join_irregular_forms() -> None:
    """A stem with both an irregular past and a noun keeps both."""
    forms = action_forms({"lend": ["lent"]}, {"lend": ["loan"], "revis": ["revision"]})
    assert set(expand("lend~ money", forms)) >= {"lent money", "loan money", "lending money"}
    assert "revision" in expand("revis~", forms)
    assert "revision" not in expand("revis~", {"lend": ["lent"]})
