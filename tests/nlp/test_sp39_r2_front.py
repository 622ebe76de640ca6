"""Session 39, second front-end round: the entity reader's matches picked in the shared
matcher's own walk, and the rewritten word tests, give what the plain readings give."""

import json
from pathlib import Path

import pytest

from nlp.entities import FACTORY_NAME, READER, SET_NAMES, entity_sets_of
from nlp.pipeline import build_pipeline

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"

TEXTS = [
    "China said it would restrict exports of gallium and germanium from August 1.",
    "The grant of the licence and the permit for the mine was revoked by the ministry.",
    "U.S.-China talks on lithium, cobalt and nickel stalled. Indonesia banned ore exports.",
    "",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:20]
    return texts


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


@pytest.mark.parametrize("first", ["matches", "picked"])
def test_picked_matches_are_the_readers_groups_of_all_matches(pipeline, first):
    shared = pipeline.get_pipe(FACTORY_NAME).phrases
    from_walk = 0
    for text in _texts():
        doc = pipeline.make_doc(text)
        if first == "picked":
            picked = shared.picked(READER, doc)
        matches = shared.matches(doc)
        if first == "matches":
            picked = shared.picked(READER, doc)
        wanted = shared.grouped(READER, pipeline.get_pipe(FACTORY_NAME).keys)
        assert picked == [m for m in matches if m[0] in wanted]
        from_walk += picked is shared._last[3]
        # a reader that did not ask for a pick is filtered from the whole list
        cues = shared._groups["cues"]
        assert shared.picked("cues", doc) == [m for m in matches if m[0] in cues]
    assert from_walk  # the pick of the scan's own walk was read


def test_entity_sets_of_ignores_other_labels():
    rows = [(0, 1, "COUNTRY", "CHN"), (2, 3, "OTHER", "x"), (4, 5, "MINERAL", "GA")]
    rows.append((5, 6, "COUNTRY", "AUS"))
    sets = entity_sets_of(rows)
    assert list(sets) == list(SET_NAMES.values())
    assert sets == {"minerals": ["GA"], "countries": ["AUS", "CHN"], "blocs": []}
