"""The status model's feature groups added by helper stfeat2 (nlp/status_model.py, session 22):
a hedge or condition around the cue (hedge), the sentence's reporting verb (report), who acts
and a site named in the clause (who), an amount in the clause (amount), each with the action
and the rules' choice. Each row reads one value on a short sentence of our own, and the fast
path scores them as the reference features."""

import random
from typing import Any

import pytest
import spacy

from nlp.cues import CueKey, Hit
from nlp.status import STATUSES
from nlp.status_model import GROUPS, StatusModel, features, group_of

NEW = ("hedge", "report", "who", "amount", "title")
READ = ("rule", *NEW)
ACT = "|act=export_control"


def _event(text: str, cue_word: str, **context: Any) -> tuple[list[Hit], int, dict[str, Any]]:
    """Hits and context of an export_control event on `cue_word` of a one-sentence doc."""
    doc = context.pop("doc", None) or spacy.blank("en")(text)
    cue = [t.lower_ for t in doc].index(cue_word)
    hits = [Hit(CueKey("action", "export_control", "phrase"), cue, cue + 1)]
    clause = context.pop("clause", (0, len(doc)))
    ctx = {"action": "export_control", "doc": doc, "clause": clause, "sentence": (0, len(doc))}
    return hits, cue, ctx | context


def _feats(text: str, cue_word: str, rule: str = "agreed", **context: Any) -> set[str]:
    hits, cue, ctx = _event(text, cue_word, **context)
    return set(features(hits, [], cue, cue + 1, (), rule, "cue", ctx, READ))


@pytest.mark.parametrize(
    ("text", "cue_word", "clause", "expected", "absent"),
    [
        (
            "If talks fail, the ministry could ban exports of ore.",
            "ban",
            (6, 12),
            {"xh=may" + ACT + "|rule=agreed", "xh=may|c|rule=agreed"},
            {"xh=if:a" + ACT + "|rule=agreed"},
        ),
        (
            "If talks fail, the ministry bans exports of ore.",
            "bans",
            (5, 11),
            {"xh=if" + ACT + "|rule=agreed", "xh=if|s|rule=agreed"},
            set(),
        ),
        (
            "The ministry bans exports of ore unless prices rise.",
            "bans",
            (0, 11),
            {"xh=-" + ACT + "|rule=agreed", "xh=if:a" + ACT + "|rule=agreed"},
            set(),
        ),
        ("The ministry bans exports of ore.", "bans", (0, 7), set(), {"xh=-|c|rule=agreed"}),
    ],
)
def test_a_hedge_or_condition_is_read_with_the_action(
    text: str, cue_word: str, clause: tuple[int, int], expected: set[str], absent: set[str]
) -> None:
    feats = _feats(text, cue_word, clause=clause)
    assert expected <= feats
    assert not absent & feats


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        (
            "The company said it would halt exports of ore.",
            "halt",
            {"xr=say:will" + ACT + "|rule=agreed", "xr=say:will|b|rule=agreed"},
        ),
        (
            "The ministry denied it had banned exports.",
            "banned",
            {"xr=deny" + ACT + "|rule=agreed", "xr=deny|b|rule=agreed"},
        ),
        (
            "A ban on exports was confirmed, officials announced.",
            "ban",
            {"xr=confirm" + ACT + "|rule=agreed", "xr=confirm|a|rule=agreed"},
        ),
    ],
)
def test_the_reporting_verb_is_read_with_the_action(
    text: str, cue_word: str, expected: set[str]
) -> None:
    assert expected <= _feats(text, cue_word)


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        (
            "The company will halt exports from its mine.",
            "halt",
            {"xw=firm" + ACT + "|rule=agreed", "xw=firm|site=True" + ACT},
        ),
        (
            "The government will halt exports of ore.",
            "halt",
            {"xw=gov" + ACT + "|rule=agreed", "xw=gov|site=False" + ACT},
        ),
        ("The EU will curb exports of ore.", "curb", {"xw=bloc" + ACT + "|rule=agreed"}),
        ("Exports from the smelter were halted.", "halted", {"xw=-|site=True" + ACT}),
    ],
)
def test_who_acts_and_a_site_are_read_with_the_action(
    text: str, cue_word: str, expected: set[str]
) -> None:
    assert expected <= _feats(text, cue_word)


def test_an_amount_in_the_clause_is_read_with_the_action() -> None:
    assert "xm=amount" + ACT + "|rule=agreed" in _feats(
        "Exports of $2 billion were banned.", "banned"
    )
    assert not any(f.startswith("xm=") for f in _feats("Exports were banned.", "banned"))


def test_the_new_groups_are_switched_off_by_name() -> None:
    text = "If prices fall, the company said it could halt $5 million of exports from its mine."
    doc = spacy.blank("en")(text)
    doc.user_data["oreline.title"] = "Firm halts exports"
    feats = _feats(text, "halt", doc=doc)
    hits, cue, ctx = _event(text, "halt", doc=doc)
    old = features(hits, [], cue, cue + 1, (), "agreed", "cue", ctx, ("rule", "action"))
    assert {group_of(f) for f in feats} == {"bias", *READ}
    assert not {group_of(f) for f in old} & set(NEW)
    assert set(NEW) <= set(GROUPS)


@pytest.mark.parametrize("groups", [list(GROUPS), [g for g in GROUPS if g != "rule"]])
def test_the_fast_path_scores_the_new_groups_as_the_features(groups: list[str]) -> None:
    text = (
        "The firm said it would halt $2 million of exports from its mine if prices fall. "
        "Officials denied the government could ban ore exports."
    )
    fast_doc, ref_doc, names_doc = (spacy.blank("en")(text) for _ in range(3))
    for doc in (fast_doc, ref_doc, names_doc):
        doc.user_data["oreline.title"] = "Miner to halt exports"
    split = [t.text for t in names_doc].index(".") + 1
    events = []
    for word, rule, sentence in (("halt", "proposed", (0, split)), ("ban", "agreed", None)):
        if sentence is None:
            sentence = (split, len(names_doc))
        cue = [t.lower_ for t in names_doc].index(word)
        hits = [Hit(CueKey("action", "export_control", "phrase"), cue, cue + 1)]
        ctx = {"action": "export_control", "clause": sentence, "sentence": sentence}
        events.append((hits, cue, rule, ctx))
    names = {
        f
        for hits, cue, rule, ctx in events
        for f in features(hits, [], cue, cue + 1, (), rule, "cue", ctx | {"doc": names_doc})
    }
    assert {group_of(f) for f in names} >= set(NEW)
    rng = random.Random(7)
    weights = {n: [round(rng.uniform(-1, 1), 3) for _ in STATUSES] for n in sorted(names)}
    model = StatusModel({"classes": list(STATUSES), "groups": groups, "weights": weights})
    lowers = [t.lower for t in fast_doc]
    for hits, cue, rule, ctx in events:
        args = (hits, [], cue, cue + 1, (), rule, "cue")
        ref = model.scores(features(*args, ctx | {"doc": ref_doc}, groups))
        for words in (lowers, None):
            fast = model.fast_scores(*args, ctx | {"doc": fast_doc}, words)
            assert fast == pytest.approx(ref, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(
    ("title", "text", "cue_word", "index", "expected"),
    [
        (
            "Cameco to halt Cigar Lake output",
            "Cameco said it would halt output at the mine.",
            "halt",
            0,
            {
                "xt=undo" + ACT + "|rule=agreed",  # the undoing verb outranks "to"
                "xt=undo|same=True|rule=agreed",
                "xt=same=True|lead=True|rule=agreed",
            },
        ),
        (
            "Japan weighs curbs on gallium sales",
            "Japan will ban exports of gallium.",
            "ban",
            1,
            {"xt=plan|same=False|rule=agreed", "xt=same=False|lead=True|rule=agreed"},
        ),
        (
            "Indonesia lifts nickel ore export ban",
            "The country banned exports in 2020.",
            "banned",
            3,
            {"xt=undo|same=False|rule=agreed", "xt=same=False|lead=False|rule=agreed"},
        ),
    ],
)
def test_the_title_is_read_with_the_action(
    title: str, text: str, cue_word: str, index: int, expected: set[str]
) -> None:
    doc = spacy.blank("en")(text)
    doc.user_data["oreline.title"] = title
    assert expected <= _feats(text, cue_word, doc=doc, sentence_index=index)
    doc.user_data.clear()
    assert not any(f.startswith("xt=") for f in _feats(text, cue_word, doc=doc))
