"""Helper speed7: `matched_actions` through split routes (`nlp.actions.Routes`) files a combo's
context words only for the combos whose trigger stands in the sentence, and must decide as it
does through the plain routes of every group (`group_routes`)."""

from __future__ import annotations

import pytest

from nlp.actions import Dropped, group_routes, matched_actions, split_routes
from nlp.cues import CueKey
from nlp.extract import Extractor
from nlp.sentences import sentence_bounds


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a trigger beside its context word
        ("Peru will restrict exports of tin ore from March.", True),
        # context words with no trigger of their combo
        ("Exports of tin ore rose in March, and shipments of zinc fell.", False),
        # an exclusion combo's trigger beside its context
        ("The miner paid $45 million in export duties last year.", False),
        # two actions, an amount, a bloc and a second context word
        (
            "The state approved a $30 million loan for the nickel plant, and the European "
            "Union signed a strategic partnership on raw materials with Peru.",
            True,
        ),
        # a frame, and a follow-up word that counts once its action is established
        ("Analysts said the curbs could lead to export bans on graphite.", True),
    ],
)
def test_split_routes_decide_as_plain_routes(extractor: Extractor, text: str, cues: bool) -> None:
    nlp = extractor.nlp
    matcher = nlp.get_pipe("oreline_events_v1").cues
    grouped = matcher.grouped()
    plain, split = group_routes(grouped), split_routes(grouped)
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    doc = nlp(text)
    matches = matcher.phrases.matches(doc)
    found = []
    for sent in sentence_bounds(doc):
        mine = [m for m in matches if sent.start <= m[1] < sent.end]
        labels = {"BLOC": [sent.start], "MONEY": [sent.end - 1], "COUNTRY": [], "MINERAL": []}
        for label_positions in (None, labels):
            for established in (frozenset(), frozenset({"export_control"})):
                args = (combos.__getitem__, label_positions, established)
                want = matched_actions(mine, plain, *args)
                assert matched_actions(mine, split, *args) == want
                # with dropped cues wanted, split routes take the plain path
                assert matched_actions(mine, split, *args, Dropped()) == want
                found += want
    assert bool(found) == cues


@pytest.mark.parametrize(
    ("keys", "heads", "served"),
    [
        # a trigger: a head, serving no combo
        ((CueKey("action", "agreement", "trigger", 2),), 1, frozenset()),
        # a context word of two combos: no head, serving both
        (
            (
                CueKey("action", "agreement", "context", 2),
                CueKey("guard", "agreement", "context", 5),
            ),
            0,
            frozenset({("agreement", 2), ("agreement", 5)}),
        ),
        # a second context word and a phrase
        (
            (CueKey("second", "investment", "also", 1), CueKey("action", "investment", "phrase")),
            1,
            frozenset({("investment", 1)}),
        ),
    ],
)
def test_routes_split_context_words_from_heads(keys, heads, served) -> None:
    routes = split_routes({7: keys})
    assert len(routes.heads[7]) == heads
    assert routes.served.get(7, frozenset()) == served
    assert routes[7] == group_routes({7: keys})[7]
