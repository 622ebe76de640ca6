"""Two steps of one action on different minerals in one clause, each named by a cue of its own
("licences for gallium that took effect in August and a decision to require permits for
graphite"), are two events; one step told at length with its minerals is one."""

import pytest
from predict import predict

from nlp.extract import Extractor


def exports(extractor: Extractor, text: str) -> list[list[str]]:
    pred = predict(extractor, text)
    return [e["minerals"] for e in pred["events"] if e["action"] == "export_control"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The rule follows export licensing for gallium and germanium that began in August "
            "and a decision in October to require permits for exports of graphite anodes.",
            [["gallium", "germanium"], ["graphite"]],
        ),
        (
            "Beijing has tightened its hold on supply, requiring export licences for tungsten "
            "since February and announcing curbs on antimony that start on Sunday.",
            [["tungsten"], ["antimony"]],
        ),
        # one step: the second cue names no mineral of its own
        (
            "Beijing has required export licences for tungsten since February, and the "
            "licensing rules also cover related technology.",
            [["tungsten"]],
        ),
        # one step: the same mineral in both stretches
        (
            # (no dates: told in August and December the two are steps of their own, evrec4)
            "China imposed export licensing on gallium and tightened the export controls on "
            "gallium.",
            [["gallium"]],
        ),
    ],
)
def test_two_cues_on_different_minerals_are_two_steps(extractor, text, found):
    assert exports(extractor, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Beijing has required export licences for gallium and germanium since August 2023 "
            "and for graphite since December 2023.",
            [(["gallium", "germanium"], "2023-08"), (["graphite"], "2023-12")],
        ),
        (
            "China has required licences for exports of tungsten since February 2025 and of "
            "antimony since December that year.",
            # "December that year" is December of the year named before it (session 35)
            [(["tungsten"], "2025-02"), (["antimony"], "2025-12")],
        ),
        # one group of minerals under one date: one step
        (
            "Beijing has required export licences for gallium and for germanium since August 2023.",
            [(["gallium", "germanium"], "2023-08")],
        ),
    ],
)
def test_one_cue_on_two_groups_dated_apart_is_two_steps(extractor, text, found):
    pred = predict(extractor, text)
    rows = [(e["minerals"], e["event_date"]) for e in pred["events"]]
    assert rows == found
