"""A deal or talks between governments named again from afar ("the deal", "the talks") is the
one the report told, whatever the verb of the later sentence; a measure named again from afar
may be another one and keeps its own event."""

import pytest
from predict import predict

from nlp.extract import Extractor

FILLER = (
    "Officials gave few details of the schedule. The ministry declined to comment further. "
    "Shares of local miners rose on the news. "
)


def rows(extractor: Extractor, text: str, action: str) -> list[str]:
    pred = predict(extractor, text)
    return [e["status"] for e in pred["events"] if e["action"] == action]


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        (
            "Chile and Argentina signed an agreement on lithium cooperation on Monday. "
            + FILLER
            + "Opposition lawmakers in Chile demanded that the deal be renegotiated, arguing that "
            "the pact gave away too much.",
            "agreement",
            ["agreed"],
        ),
        (
            "Bolivia signed an agreement with Germany's ACI Systems to develop lithium. "
            + FILLER
            + "Protesters in Potosi had demanded that the deal be renegotiated.",
            "agreement",
            ["agreed"],
        ),
        # a new deal of other governments is not the first one
        (
            "Chile and Argentina signed an agreement on lithium cooperation on Monday. "
            + FILLER
            + "Separately, Japan and India signed a memorandum on rare earths.",
            "agreement",
            ["agreed", "agreed"],
        ),
    ],
)
def test_a_deal_named_again_from_afar_is_the_deal_told(extractor, text, action, found):
    assert rows(extractor, text, action) == found


@pytest.mark.parametrize(
    ("text", "action", "found"),
    [
        # two cues of one step in two clauses, told alike in every part
        (
            "Canada, Mexico and the United States signed a lithium pact on Monday. The pact "
            "sets up panels to align standards on lithium mining, and its environment chapter "
            "commits the three countries to common standards for responsible sourcing.",
            "standards",
            ["agreed"],
        ),
        # two steps of one sentence taken by different governments stay two
        (
            "China banned exports of gallium in 2023, and Japan banned exports of gallium in 2024.",
            "export_control",
            ["in_force", "in_force"],
        ),
    ],
)
def test_a_second_cue_told_alike_in_its_sentence_is_the_same_step(extractor, text, action, found):
    assert rows(extractor, text, action) == found
