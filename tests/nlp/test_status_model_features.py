"""The status model's feature groups added by helper stfeat (nlp/status_model.py): the action
crossed with the nearest status cues and the cue's inflection (cross), and with the verb and
auxiliary before the cue (verbx). Each row reads one value on a short sentence of our own, and
the fast path scores them as the reference features."""

import random
from datetime import date
from typing import Any

import pytest
import spacy

from nlp.cues import CueKey, Hit
from nlp.status import STATUSES
from nlp.status_model import GROUPS, StatusModel, features, group_of

NEW = ("cross", "verbx")
# with the rules' choice, whose crosses the new groups name ("...|rule=agreed")
READ = ("rule", *NEW)
PUBLISHED = date(2025, 6, 2)


def _hit(label: str, start: int, end: int, family: str = "status", kind: str = "status") -> Hit:
    return Hit(CueKey(family, label, kind), start, end)


def _event(
    text: str, cue_word: str, rule: str = "agreed", **context: Any
) -> tuple[list[Hit], list[Hit], int, dict[str, Any]]:
    """Hits and context of an export_control event on `cue_word` of a one-sentence doc."""
    doc = context.pop("doc", None) or spacy.blank("en")(text)
    words = [t.lower_ for t in doc]
    cue = words.index(cue_word)
    hits = [_hit("export_control", cue, cue + 1, "action", "phrase")]
    status = [
        _hit(label, words.index(w), words.index(w) + 1) for w, label in context.pop("cues", ())
    ]
    ctx = {
        "action": "export_control",
        "doc": doc,
        "clause": (0, len(doc)),
        "sentence": context.pop("sentence", (0, len(doc))),
        "published": PUBLISHED,
        **context,
    }
    return hits, status, cue, ctx


def _feats(text: str, cue_word: str, rule: str = "agreed", **context: Any) -> list[str]:
    hits, status, cue, ctx = _event(text, cue_word, rule, **context)
    return features(hits, status, cue, cue + 1, (), rule, "cue", ctx, READ)


@pytest.mark.parametrize(
    ("text", "cue_word", "cues", "expected"),
    [
        (
            "The ministry will ban exports of ore.",
            "ban",
            [("will", "proposed")],
            {"xa=export_control|nb=proposed|rule=agreed", "xa=export_control|cs=base|nb=proposed"},
        ),
        (
            "The ministry banned exports, which were later lifted.",
            "banned",
            [("lifted", "revoked")],
            {"xa=export_control|na=revoked|rule=agreed", "xa=export_control|cs=ed|rule=agreed"},
        ),
        (
            "The ministry bans exports of ore.",
            "bans",
            [],
            {"xa=export_control|nb=-|rule=agreed", "xa=export_control|cs=s|nb=-"},
        ),
    ],
)
def test_the_action_is_crossed_with_the_nearest_cues_and_the_inflection(
    text: str, cue_word: str, cues: list[tuple[str, str]], expected: set[str]
) -> None:
    assert expected <= set(_feats(text, cue_word, cues=cues))


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        (
            "The ministry will ban exports of ore.",
            "ban",
            {
                "xv=export_control|vb=aux:will|rule=agreed",
                "xv=export_control|paux=will|rule=agreed",
            },
        ),
        (
            "Officials announced curbs on exports.",
            "curbs",
            {"xv=export_control|vb=ed|rule=agreed", "xv=export_control|paux=-|rule=agreed"},
        ),
        (
            "The ban on ore stays.",
            "ban",
            {"xv=export_control|vb=none|rule=agreed", "xv=export_control|paux=-|rule=agreed"},
        ),
        (
            "Officials said it would later decide to ban exports.",
            "ban",
            {"xv=export_control|vb=aux:to|rule=agreed", "xv=export_control|paux=to|rule=agreed"},
        ),
    ],
)
def test_the_action_is_crossed_with_the_verb_before_the_cue(
    text: str, cue_word: str, expected: set[str]
) -> None:
    assert expected <= set(_feats(text, cue_word))


def test_without_the_doc_the_cross_reads_no_inflection() -> None:
    hits = [_hit("export_control", 2, 3, "action", "phrase")]
    feats = features(hits, [], 2, 3, (), "agreed", "cue", {"action": "export_control"}, READ)
    assert "xa=export_control|cs=-|rule=agreed" in feats
    assert not any(f.startswith("xv=") for f in feats)  # no words, no verb


def test_the_new_groups_are_switched_off_by_name() -> None:
    feats = _feats("The state banned ore exports.", "banned")
    hits, status, cue, ctx = _event("The state banned ore exports.", "banned")
    old = features(hits, status, cue, cue + 1, (), "agreed", "cue", ctx, ("rule", "action"))
    assert {group_of(f) for f in feats} == {"bias", *READ}
    assert not {group_of(f) for f in old} & set(NEW)
    assert set(NEW) <= set(GROUPS)


@pytest.mark.parametrize("groups", [list(GROUPS), [g for g in GROUPS if g != "rule"]])
def test_the_fast_path_scores_the_new_groups_as_the_features(groups: list[str]) -> None:
    text = "Officials said the state will ban ore exports from 2026. The ban replaced curbs."
    fast_doc, ref_doc, names_doc = (spacy.blank("en")(text) for _ in range(3))
    events = []
    for word, rule, index in (("ban", "proposed", 0), ("curbs", "in_force", 1)):
        cues = [("will", "proposed")] if word == "ban" else []
        hits, status, cue, ctx = _event("", word, rule, doc=names_doc, cues=cues)
        ctx |= {"event_date": "2026", "sentence_index": index}
        events.append((hits, status, cue, rule, ctx))
    names = {
        f
        for hits, status, cue, rule, ctx in events
        for f in features(hits, status, cue, cue + 1, (), rule, "cue", ctx, GROUPS)
    }
    assert {
        "xa=export_control|cs=base|nb=proposed",
        "xv=export_control|paux=-|rule=in_force",
    } <= names
    rng = random.Random(5)
    weights = {n: [round(rng.uniform(-1, 1), 3) for _ in STATUSES] for n in sorted(names)}
    model = StatusModel({"classes": list(STATUSES), "groups": groups, "weights": weights})
    lowers = [t.lower for t in fast_doc]
    for hits, status, cue, rule, ctx in events:
        args = (hits, status, cue, cue + 1, (), rule, "cue")
        fast = model.fast_scores(*args, ctx | {"doc": fast_doc}, lowers)
        ref = model.scores(features(*args, ctx | {"doc": ref_doc}, groups))
        assert fast == pytest.approx(ref, rel=1e-12, abs=1e-12)
