"""Export controls named as a risk or a topic, no step (helper "export", session 29): supply
disruptions "caused by export restrictions" and governments coordinating "responses to export
curbs" name a kind of measure nobody takes in the sentence, and a plant "with export potential"
makes exports, it does not control them. Near misses: a real curb told with a cause, an answer or
a plant's exports beside it still reads as an export control. Read with the learned action model
off, as the rows test the rules."""

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
        # disruptions caused by export curbs of nobody in particular
        "The ministers agreed to share data on lithium supply disruptions, including those "
        "caused by export restrictions.",
        "Shortages caused by export restrictions pushed cobalt prices higher in 2024.",
        # governments coordinating their answers to curbs
        "Japan and the European Union said they would coordinate on responses to export curbs "
        "on rare earths.",
        "The two governments will work out joint responses to export controls on graphite.",
        # a plant's exports
        "The state lender approved a window in 2022 to back nickel plants with export potential.",
    ],
)
def test_export_curbs_named_as_a_risk_or_topic_are_no_export_control(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "export_control" not in action_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia said on Monday it would ban exports of bauxite from June.",
        # a curb taken, told with its answer, its effect or a plant's exports beside it
        "China restricted gallium exports in July, in response to U.S. curbs on chips.",
        "The cobalt shortage was caused by export quotas that Congo imposed in October.",
        "Zimbabwe banned lithium ore exports, citing the export potential of refined salts.",
    ],
)
def test_a_curb_taken_beside_a_cause_or_answer_is_export_control(
    extractor: Extractor, action_rules_alone: None, text: str
) -> None:
    assert "export_control" in action_types(extractor, text)
