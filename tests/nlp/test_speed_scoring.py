"""Helper speed11: the shortcuts taken in the status model's scoring, the roles' reading of
leaders and the filing of a sentence's cue matches must give what the plain reading gives."""

from __future__ import annotations

import math
import random

import pytest
from spacy.strings import hash_string

from nlp.actions import group_routes, matched_actions, split_routes
from nlp.cues import CueKey, Hit
from nlp.extract import Extractor
from nlp.roles import Party, assign_roles, leader_hashes
from nlp.roles import _sentence_leader as sentence_leader
from nlp.sentences import sentence_bounds
from nlp.status import STATUSES
from nlp.status_model import GROUPS, StatusModel, features


def _hashes(sentence: str) -> list[int]:
    return [hash_string(w) for w in sentence.lower().split()]


@pytest.mark.parametrize(
    ("sentence", "leader"),
    [
        # no leader named: the shortcut
        ("the ministry said the quota would be cut next year", None),
        # one leader
        ("after the talks albanese said the fund would grow", "AUS"),
        # two names of one country's leaders
        ("xi jinping signed the decree on rare earths", "CHN"),
        # leaders of two countries: no single country
        ("trump and xi agreed to pause the curbs", None),
    ],
)
def test_sentence_leader_with_and_without_leaders(sentence: str, leader: str | None) -> None:
    lowers = _hashes(sentence)
    assert sentence_leader(lowers, 0, len(lowers)) == leader
    # the reading of the whole loop, for the same words
    found = {leader_hashes()[w] for w in lowers if w in leader_hashes()}
    assert (found.pop() if len(found) == 1 else None) == leader


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    "text",
    [
        # a trigger and an exclusion combo's trigger beside their context words
        "The smelter paid $12 million in export duties after the province banned ore exports.",
        # triggers of several combos, no context word for most of them
        "Officials agreed to review the supply deal and the loan for the copper refinery.",
        # no cue at all
        "The weather was mild along the coast on Tuesday.",
    ],
)
def test_heads_filed_by_table_decide_as_plain_routes(extractor: Extractor, text: str) -> None:
    nlp = extractor.nlp
    matcher = nlp.get_pipe("oreline_events_v1").cues
    grouped = matcher.grouped()
    plain, split = group_routes(grouped), split_routes(grouped)
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    doc = nlp(text)
    matches = matcher.phrases.matches(doc)
    for sent in sentence_bounds(doc):
        mine = [m for m in matches if sent.start <= m[1] < sent.end]
        labels = {"MONEY": [sent.start + 3], "COUNTRY": [], "MINERAL": [], "BLOC": []}
        for label_positions in (None, labels):
            args = (combos.__getitem__, label_positions, frozenset())
            assert matched_actions(mine, split, *args) == matched_actions(mine, plain, *args)


def _plain_sum(found: list[tuple[float, ...]], width: int) -> tuple[float, ...]:
    """The weights summed one by one from 0.0, in order: the reference `_vector` must equal."""
    total = [0.0] * width
    for w in found:
        for i, x in enumerate(w):
            total[i] += x
    return tuple(total)


@pytest.mark.parametrize(
    ("weights", "keys"),
    [
        # one feature with a weight, one without
        ({"a": (0.1, -0.2, 0.3, 0.0)}, ("a", "missing")),
        # sums whose order shows in the last bits
        (
            {
                "a": (0.1, 1e16, -0.3, 2.5),
                "b": (0.2, 1.0, 0.7, -2.5),
                "c": (0.3, -1e16, 1e-17, 3.0),
            },
            ("a", "b", "c"),
        ),
        # a negative zero alone and beside others
        ({"a": (-0.0, 0.0, -0.0, 1.0), "b": (-0.0, -0.0, 0.5, -1.0)}, ("a",)),
        ({"a": (-0.0, 0.0, -0.0, 1.0), "b": (-0.0, -0.0, 0.5, -1.0)}, ("b", "a")),
        # no feature with a weight
        ({"a": (1.0, 2.0, 3.0, 4.0)}, ("x", "y")),
    ],
)
def test_vector_sums_as_the_plain_loop(weights: dict, keys: tuple[str, ...]) -> None:
    classes = ["proposed", "agreed", "in_force", "revoked"]
    model = StatusModel({"classes": classes, "weights": {k: list(v) for k, v in weights.items()}})
    found = [model.weights[k] for k in keys if k in model.weights]
    got = model._vector(keys)
    if not found:
        assert got is None
        return
    want = _plain_sum(found, len(classes))
    assert got == want
    # the same bits, signs of zero included
    assert [x.hex() for x in got] == [x.hex() for x in want]


def _random_weights(names: list[str], seed: int) -> dict:
    """A weight per status for every feature named, so that a block the fast path misses,
    adds twice or names on the wrong side moves the scores."""
    rng = random.Random(seed)
    weights = {name: [round(rng.uniform(-1.0, 1.0), 3) for _ in STATUSES] for name in names}
    return {"classes": list(STATUSES), "groups": list(GROUPS), "weights": weights}


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        # time markers on both sides of the cue, one twice on the same side
        ("Since May the agency has still kept the curbs since then and until next year.", "curbs"),
        # a verb of saying before the cue and one after it, quotes before it (inside a quote)
        ('Officials said "the ministry will impose curbs soon," the minister added.', "curbs"),
        # a verb of saying only after the cue, quote marks after it
        ('The curbs on tin ore are final, "as written" the regulator stated.', "curbs"),
        # a verb of saying inside the cue's own words is not read as speech
        ("The government said it would lift the quota later.", "said"),
        # no marker and no speech at all
        ("The province imposed a quota on cobalt ore exports.", "quota"),
    ],
)
def test_fast_path_reads_markers_and_speech_by_side(text: str, cue_word: str) -> None:
    import spacy

    doc = spacy.blank("en")(text)
    words = [t.lower_ for t in doc]
    cue = words.index(cue_word)
    hits = [Hit(CueKey("action", "export_control", "phrase"), cue, cue + 1)]
    for clause in ((0, len(doc)), (max(0, cue - 3), min(len(doc), cue + 4))):
        context = {"action": "export_control", "doc": doc, "clause": clause}
        args = (hits, [], cue, cue + 1, (), "agreed", "default", context)
        names = features(*args)
        for seed in range(3):
            model = StatusModel(_random_weights(names, seed))
            reference = model.scores(features(*args))
            lowers = [t.lower for t in doc]
            assert model.fast_scores(*args, lowers) == pytest.approx(reference, abs=1e-12)


@pytest.mark.parametrize(
    ("text", "party", "cue", "role"),
    [
        # the home of a firm named after its possessive, before the cue: the tests made first
        ("Peru's largest mining company halted exports of copper ore.", "Peru", "halted", "p"),
        # a party reacting to the measure, and one disputing it
        ("Chile criticised the new export ban on lithium.", "Chile", "ban", "p"),
        ("Canada filed a complaint against the export ban on nickel.", "Canada", "ban", "p"),
        # a party after the cue: neither reader is called
        ("The export ban imposed by Indonesia covers bauxite.", "Indonesia", "ban", "a"),
        ("The ban on exports to Korea's smelters starts in May.", "Korea", "ban", "p"),
        # a plain subject
        ("Japan imposed an export ban on scrap.", "Japan", "ban", "a"),
    ],
)
def test_role_readers_called_only_where_they_can_hold(
    text: str, party: str, cue: str, role: str
) -> None:
    import spacy

    doc = spacy.blank("en")(text)
    words = [t.text for t in doc]
    start, cue_start = words.index(party), words.index(cue)
    actors, partners = assign_roles(doc, 0, len(doc), cue_start, [Party(start, start + 1, "X")])
    assert (actors, partners) == ((["X"], []) if role == "a" else ([], ["X"]))


def _rounded_decide(model: StatusModel, scores: list[float], rule: str | None) -> str | None:
    """`decide` as it read before the shortcut: every score rounded first."""
    scores = [round(x, 6) for x in scores]
    top = scores.index(max(scores))
    if model.threshold > 0.0:
        best = scores[top]
        if not 1.0 / sum(math.exp(x - best) for x in scores) >= model.threshold:
            return None
    if rule is not None and rule in model.classes:
        if not scores[top] - scores[model.classes.index(rule)] > model.margin:
            return None
    return model.classes[top]


@pytest.mark.parametrize(
    ("scores", "rule", "threshold", "margin"),
    [
        # far from every boundary: decided without rounding
        ([0.2, 3.1, -1.0, 0.4], "proposed", 0.0, 1.5),
        ([0.2, 3.1, -1.0, 0.4], "in_force", 0.0, 1.5),
        ([0.2, 3.1, -1.0, 0.4], None, 0.0, 1.5),
        ([0.2, 3.1, -1.0, 0.4], "agreed", 0.0, 1.5),
        # two best scores that rounding makes equal (the first wins) or keeps apart
        ([1.0000001, 1.0000004, 0.0, -2.0], None, 0.0, 0.0),
        ([1.0000004, 1.0000001, 0.0, -2.0], None, 0.0, 0.0),
        ([1.0000004, 1.0000006, 0.0, -2.0], None, 0.0, 0.0),
        # a lead over the rules' choice within rounding of the margin
        ([0.0, 1.5000003, 0.0, 0.0], "proposed", 0.0, 1.5),
        ([0.0, 1.5000006, 0.0, 0.0], "proposed", 0.0, 1.5),
        ([0.0, 1.4999996, 0.0, 0.0], "proposed", 0.0, 1.5),
        # a probability near the threshold and far from it
        ([math.log(3.0), 0.0, 0.0, 0.0], None, 0.5, 0.0),
        ([math.log(3.0) + 2e-7, 0.0, 0.0, 0.0], None, 0.5, 0.0),
        ([math.log(3.0) - 2e-7, 0.0, 0.0, 0.0], None, 0.5, 0.0),
        ([4.0, 0.0, 0.0, 0.0], None, 0.5, 0.0),
        ([0.4, 0.0, 0.0, 0.0], None, 0.5, 0.0),
        # scores beyond the bound the shortcut reads
        ([2e6, 0.0, 0.0, -3e6], "agreed", 0.0, 1.5),
    ],
)
def test_decide_without_rounding_as_with_it(
    scores: list[float], rule: str | None, threshold: float, margin: float
) -> None:
    spec = {"classes": list(STATUSES), "weights": {}, "threshold": threshold, "margin": margin}
    model = StatusModel(spec)
    assert model.decide(list(scores), rule) == _rounded_decide(model, list(scores), rule)


def test_decide_without_rounding_on_scores_near_each_boundary() -> None:
    rng = random.Random(11)
    for threshold, margin in ((0.0, 1.5), (0.4, 0.0), (0.6, 0.7)):
        spec = {"classes": list(STATUSES), "weights": {}, "threshold": threshold}
        model = StatusModel({**spec, "margin": margin})
        for _ in range(3000):
            scores = [
                rng.choice((0.0, 1.0, 1.5, -1.0)) + rng.uniform(-2e-6, 2e-6) for _ in STATUSES
            ]
            if rng.random() < 0.5:
                scores = [rng.uniform(-4.0, 4.0) for _ in STATUSES]
            rule = rng.choice([None, *STATUSES])
            assert model.decide(scores, rule) == _rounded_decide(model, scores, rule)
