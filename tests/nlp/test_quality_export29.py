"""Export controls named as a risk or a topic, no step (helper "export", session 29): supply
disruptions "caused by export restrictions" and governments coordinating "responses to export
curbs" name a kind of measure nobody takes in the sentence, and a plant "with export potential"
makes exports, it does not control them; a threat of unnamed measures ("would take resolute
measures"), a kind of measure looked at or advised and another action's measures (anti-dumping,
the EU's sanctions) retell no export control. Near misses: a real curb told with a cause, an
answer or a plant's exports beside it, similar measures imposed and measures taken to restrict
exports still read as export controls. Read with the learned action model off, as the rows test
the rules."""

import pytest
from predict import action_types, predict

from nlp.extract import Extractor


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


def _export_control_actors(extractor: Extractor, text: str) -> list[list[str]]:
    """The actors of each export control event the whole extractor finds in one short text."""
    return [
        e["actors"] for e in predict(extractor, text)["events"] if e["action"] == "export_control"
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a threat or a wish of unnamed steps after a curb told before: the curb alone
        (
            "China restricted gallium exports in July. Japan's foreign ministry said Tokyo would "
            "take resolute measures to protect the rights of its firms.",
            [["CHN"]],
        ),
        (
            "China restricted gallium exports in July. The U.S. said Washington would take "
            "measures to protect American chipmakers.",
            [["CHN"]],
        ),
        (
            "Zimbabwe banned exports of raw lithium ore in December, and governments across "
            "Africa are looking at similar measures.",
            [["ZWE"]],
        ),
        # another action's measures and advice of a kind of measure
        (
            "Indonesia banned nickel ore exports in 2020. Existing anti-dumping measures on "
            "European steel remain in place, the EU said.",
            [["IDN"]],
        ),
        (
            "China restricted gallium exports in July. The OECD urged governments to prefer "
            "transparent measures.",
            [["CHN"]],
        ),
        (
            "Indonesia banned bauxite exports in June. Diamonds from Russia have so far escaped "
            "EU measures.",
            [["IDN"]],
        ),
        # near misses: similar measures imposed, measures taken to restrict exports
        (
            "Indonesia banned bauxite exports in June, and Malaysia imposed similar measures on "
            "rare earth ore in September.",
            [["IDN"], ["MYS"]],
        ),
        (
            "China restricted gallium exports in July. Japan said it would take measures to "
            "restrict exports of chip equipment.",
            [["CHN"], ["JPN"]],
        ),
    ],
)
def test_unnamed_or_other_measures_retell_no_export_control(
    extractor: Extractor, action_rules_alone: None, text: str, actors: list[list[str]]
) -> None:
    assert _export_control_actors(extractor, text) == actors
