"""Strategy read apart from a court's ruling and from permitting (helper "strategy", session 29):
a law a court declares unconstitutional or upholds is the court's step, no law a government
made or undid; an act on environmental assessments is permitting reform, the more specific
type. Near misses: a law repealed by a parliament and a code told taking effect stay strategy.
Read through the whole extractor with the learned action model off, as the rows test the rules."""

import pytest
from predict import action_types

from nlp import action_model
from nlp.extract import Extractor


@pytest.fixture
def action_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action cue rules with the learned action model off."""
    monkeypatch.setattr(action_model, "USE_MODEL", False)


@pytest.mark.parametrize(
    "text",
    [
        # a law a court declares unconstitutional, or whose constitutionality it upholds
        "The Constitutional Court declared the 2012 mining law unconstitutional on Friday, "
        "leaving the copper concession without a legal basis.",
        "Judges upheld the constitutionality of the new lithium law in a ruling published on "
        "Monday.",
        # an act on environmental assessments is permitting
        "The opposition leader promised to repeal the Impact Assessment Act and speed up "
        "approvals for nickel mines.",
        "Amendments to the Environmental Assessment Act took effect on Thursday, narrowing "
        "federal reviews of copper mines.",
    ],
)
def test_a_court_ruling_or_an_assessment_act_is_no_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a law a parliament repeals, a code that takes effect after a court cleared it
        "Parliament repealed the 2012 mining law on Friday and replaced it with a new code for "
        "copper and cobalt mines.",
        "The government said a new mining code for lithium producers would take effect in July "
        "after the court cleared it.",
    ],
)
def test_a_law_made_or_undone_by_a_government_stays_strategy(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "strategy" in action_types(extractor, text)
