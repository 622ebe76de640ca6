"""A country after "hosted by" or "convened by" is the host of the meeting where a step was
taken, not the passive actor of the step: its guests act (roles._hosted_by). A plain "signed by"
keeps its agent ("chaired by" is left out: a chair often speaks for the group). Sentences written here, read through the whole extractor."""

import pytest
from predict import predict

from nlp.extract import Extractor


def roles(extractor: Extractor, text: str, action: str) -> tuple[set[str], set[str]]:
    event = next(e for e in predict(extractor, text)["events"] if e["action"] == action)
    return set(event["actors"]), set(event["partners"])


@pytest.mark.parametrize(
    ("text", "action", "actors"),
    [
        (
            "Chile and Peru signed a lithium agreement at a summit hosted by Brazil.",
            "agreement",
            {"CHL", "PER"},
        ),
        (
            "The agreement on cobalt was signed by Zambia at a meeting hosted by Kenya.",
            "agreement",
            {"ZMB"},
        ),
        (
            "Ghana and Nigeria agreed to cooperate on lithium at talks convened by Senegal.",
            "agreement",
            {"GHA", "NGA"},
        ),
        # guard: a plain passive agent still acts
        (
            "The lithium agreement was signed by Zambia and Congo on Monday.",
            "agreement",
            {"ZMB", "COD"},
        ),
    ],
)
def test_host_of_a_meeting_does_not_act(extractor, text, action, actors):
    assert roles(extractor, text, action)[0] == actors
