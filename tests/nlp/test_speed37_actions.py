"""Helper speed37: `_matched_heads` files a combo's trigger only where a context word of its
combo or an entity of a kind it takes stands (`Routes.plans`); it must decide as the plain
routes of every group do (`group_routes`), whatever entity kinds the sentence names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.actions import group_routes, matched_actions, split_routes
from nlp.extract import Extractor
from nlp.sentences import sentence_bounds

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev.jsonl"
TEXTS = [
    "Peru will restrict exports of tin ore from March.",
    "The state approved a $30 million loan for the nickel plant, and the European Union signed "
    "a strategic partnership on raw materials with Peru.",
    "The miner paid $45 million in export duties last year.",
    "China signed a deal with Chile and a supply contract for lithium with Albemarle Corp.",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_plans_are_kept_for_one_combos_dict(extractor: Extractor) -> None:
    matcher = extractor.nlp.get_pipe("oreline_events_v1").cues
    routes = split_routes(matcher.grouped())
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    plans = routes.plans(combos.__getitem__)
    assert routes.plans(combos.__getitem__) is plans
    # another dict, even an equal one, has them made afresh
    assert routes.plans(dict(combos).__getitem__) is not plans


def test_gated_heads_decide_as_plain_routes(extractor: Extractor) -> None:
    nlp = extractor.nlp
    matcher = nlp.get_pipe("oreline_events_v1").cues
    grouped = matcher.grouped()
    plain, split = group_routes(grouped), split_routes(grouped)
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    texts = list(TEXTS)
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")][:20]
    kinds = ("BLOC", "COUNTRY", "MINERAL", "COMPANY", "MONEY")
    found = 0
    for text in texts:
        doc = nlp(text)
        matches = matcher.phrases.matches(doc)
        for sent in sentence_bounds(doc):
            mine = [m for m in matches if sent.start <= m[1] < sent.end]
            every = list(range(sent.start, sent.end))
            variants: list[dict[str, list[int]] | None] = [None, {k: [] for k in kinds}]
            # one kind named everywhere, the others nowhere
            variants += [{k: every if k == named else [] for k in kinds} for named in kinds]
            for labels in variants:
                args = (combos.__getitem__, labels, frozenset({"export_control"}))
                want = matched_actions(mine, plain, *args)
                assert matched_actions(mine, split, *args) == want, text
                found += len(want)
    assert found > 20
