"""The learned status model (nlp/status_model.py, nlp/train_status.py): the trainer is
deterministic, the shipped model loads and predicts, the switch in nlp/status.py really turns
it off, and sentences written here keep their status with the model on."""

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from predict import predict, status_of

from nlp import status as status_rules
from nlp.cues import CueKey, Hit
from nlp.extract import Extractor
from nlp.status import STATUSES, choose_status
from nlp.status_model import GROUPS, MODEL_FILE, StatusModel, features, group_of, load_model
from nlp.train_status import collect, cross_validate, fit, main

PRIORITY = ["revoked", "proposed", "in_force", "agreed"]

# two short labelled documents of our own, in the gold format of shared/corpus/README.md
DOCS = [
    {
        "id": "m-1",
        "published": "2026-03-10",
        "text": "China said on Monday it would ban exports of gallium from April 1. "
        "Japan is considering curbs on exports of nickel.",
        "gold": {
            "events": [
                {"action": "export_control", "actors": ["CHN"], "status": "agreed"},
                {"action": "export_control", "actors": ["JPN"], "status": "proposed"},
            ]
        },
    },
    {
        "id": "m-2",
        "published": "2026-03-10",
        "text": "Indonesia lifted its ban on nickel ore exports on Tuesday. "
        "The United States and Japan signed a critical minerals agreement on Monday.",
        "gold": {
            "events": [
                {"action": "export_control", "actors": ["IDN"], "status": "revoked"},
                {"action": "agreement", "actors": ["USA", "JPN"], "status": "agreed"},
            ]
        },
    },
]


@pytest.fixture()
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "mini.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return path


@pytest.fixture()
def switch() -> Iterator[None]:
    """Restores the module's switch and model path after a test changes them."""
    saved = status_rules.USE_MODEL, status_rules.MODEL_PATH
    yield
    status_rules.USE_MODEL, status_rules.MODEL_PATH = saved


def hit(label: str, start: int, end: int, family: str = "status", kind: str = "status") -> Hit:
    return Hit(CueKey(family, label, kind), start, end)


def test_trainer_is_deterministic(extractor: Extractor, labelled: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["--out", str(first), str(labelled)]) == 0
    assert main(["--out", str(second), str(labelled)]) == 0
    assert first.read_bytes() == second.read_bytes()
    spec = json.loads(first.read_text(encoding="utf-8"))
    assert spec["classes"] == list(STATUSES)
    assert spec["samples"] >= 3  # most of the four gold events are matched and recorded


def test_collect_pairs_recorded_choices_with_gold(extractor: Extractor, labelled: Path) -> None:
    samples = collect(labelled, extractor)
    golds = [gold for _, _, gold, _ in samples]
    assert [doc_id for *_, doc_id in samples] == ["m-1", "m-1", "m-2", "m-2"][: len(samples)]
    assert "proposed" in golds and "revoked" in golds
    # every sample of these plain sentences comes from a recorded choice of the rules
    assert all(feats is not None and f"rule={rule}" in feats for feats, rule, *_ in samples)
    # the recorder is off again afterwards
    assert status_rules.RECORDER is None


def test_fit_reaches_the_penalised_optimum() -> None:
    """L-BFGS stops at the optimum, where for every feature and status the summed excess of
    predicted over gold probability balances the penalty: sum(p - y) = -l2 * w."""
    rng = random.Random(5)
    names = ["bias", "h=proposed|b", "h=in_force|a", "w=since|b", "w=will|b", "act=offtake"]
    rows = []
    for _ in range(120):
        feats = ["bias"] + [f for f in names[1:] if rng.random() < 0.4]
        rows.append((feats, "agreed", rng.choice(STATUSES)))
    l2 = 3.0
    spec = fit(rows, l2=l2, groups=("rule", "cues", "words", "action"))
    model = StatusModel(spec)
    for f, w in spec["weights"].items():
        excess = [0.0] * len(STATUSES)
        for feats, _, gold in rows:
            if f not in feats:
                continue
            scores = model.scores(feats)
            top = max(scores)
            exp = [2.718281828459045 ** (x - top) for x in scores]
            for k, e in enumerate(exp):
                excess[k] += e / sum(exp) - (STATUSES[k] == gold)
        assert excess == pytest.approx([-l2 * x for x in w], abs=1e-2), f


def test_fit_learns_a_separable_toy_set() -> None:
    rows = [(["bias", "h=proposed|b"], "agreed", "proposed")] * 5
    rows += [(["bias", "h=in_force|a"], "agreed", "in_force")] * 5
    rows += [(["bias"], "agreed", "agreed")] * 5
    model = StatusModel(fit(rows, l2=1.0))
    assert model.predict(["bias", "h=proposed|b"])[0] == "proposed"
    assert model.predict(["bias", "h=in_force|a"])[0] == "in_force"
    assert model.predict(["bias"])[0] == "agreed"
    # a feature never seen is ignored
    assert model.predict(["bias", "h=unknown|a"])[0] == "agreed"


def test_shipped_model_loads_and_predicts() -> None:
    model = load_model(MODEL_FILE)
    assert model is not None
    assert model.classes == list(STATUSES)
    hits = [hit("proposed", 1, 2), hit("export_control", 4, 6, "action", "phrase")]
    feats = features(
        hits, hits[:1], 4, 6, (), "proposed", "cue", {"action": "export_control"}, model.groups
    )
    assert all(group_of(f) in (*model.groups, "bias") for f in feats)
    status, probability = model.predict(feats)
    assert status in STATUSES
    assert 0.25 <= probability <= 1.0


def test_switch_turns_the_model_off(tmp_path: Path, switch: None) -> None:
    # a model that calls everything revoked, whatever the rules say
    path = tmp_path / "revoking.json"
    weights = {"bias": [0.0, 0.0, 0.0, 9.0]}
    spec = {"classes": list(STATUSES), "groups": ["rule"], "threshold": 0.0, "weights": weights}
    path.write_text(json.dumps(spec), encoding="utf-8")
    status_rules.MODEL_PATH = path
    hits = [hit("proposed", 1, 2), hit("export_control", 2, 4, "action", "phrase")]
    args = (hits, 2, 4, PRIORITY)
    # as shipped (session 10), status.yaml lets the model overrule the rules
    status_rules.USE_MODEL = None
    assert choose_status(*args, action="export_control")[0] == "revoked"
    status_rules.USE_MODEL = False
    assert choose_status(*args, action="export_control")[0] == "proposed"
    status_rules.USE_MODEL = True
    assert choose_status(*args, action="export_control")[0] == "revoked"
    # a threshold above what the model is sure of leaves the rules' choice
    spec["threshold"] = 1.01
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps(spec), encoding="utf-8")
    status_rules.MODEL_PATH = strict
    assert choose_status(*args, action="export_control")[0] == "proposed"
    # so does a margin above the model's lead over the rules' choice (9 log-odds here)
    spec["threshold"] = 0.0
    for margin, expected in ((8.9, "revoked"), (9.0, "proposed")):
        spec["margin"] = margin
        gated = tmp_path / f"margin{margin}.json"  # models are cached by path
        gated.write_text(json.dumps(spec), encoding="utf-8")
        status_rules.MODEL_PATH = gated
        assert choose_status(*args, action="export_control")[0] == expected


def test_a_bloc_is_never_in_force_even_by_the_model(tmp_path: Path, switch: None) -> None:
    path = tmp_path / "standing.json"
    spec = {"classes": list(STATUSES), "weights": {"bias": [0.0, 0.0, 9.0, 0.0]}}
    path.write_text(json.dumps(spec), encoding="utf-8")
    status_rules.MODEL_PATH, status_rules.USE_MODEL = path, True
    hits = [hit("bloc_formation", 2, 4, "action", "phrase")]
    assert choose_status(hits, 2, 4, PRIORITY, action="bloc_formation")[0] == "agreed"
    assert choose_status(hits, 2, 4, PRIORITY, action="export_control")[0] == "in_force"


@pytest.mark.parametrize(
    ("text", "action", "status"),
    [
        ("China will ban exports of gallium from next month.", "export_control", "agreed"),
        ("Japan is considering a ban on exports of nickel.", "export_control", "proposed"),
        ("Indonesia lifted its ban on nickel ore exports on Tuesday.", "export_control", "revoked"),
        (
            "China's export controls on graphite, which took effect in December 2023, remain in "
            "place.",
            "export_control",
            "in_force",
        ),
        # session 9: sentences of our own that the model, reading the words, must decide
        (
            "The European Commission has proposed a ban on imports of Russian nickel.",
            "trade_measure",
            "proposed",
        ),
        (
            "The United States imposed tariffs of 25% on Chinese graphite on Monday.",
            "trade_measure",
            "agreed",
        ),
        (
            "Tariffs on Chinese tungsten imposed in 2019 are still in force.",
            "trade_measure",
            "in_force",
        ),
        (
            "Officials said the government plans to impose export duties on bauxite next year.",
            "export_control",
            "proposed",
        ),
        (
            "Zimbabwe scrapped its ban on lithium ore exports last week.",
            "export_control",
            "revoked",
        ),
        ("Chile may restrict exports of lithium, the minister said.", "export_control", "proposed"),
        (
            "The tariffs on Chinese antimony have been in effect since 2018.",
            "trade_measure",
            "in_force",
        ),
    ],
)
def test_statuses_with_the_model_on(
    extractor: Extractor, switch: None, text: str, action: str, status: str
) -> None:
    status_rules.USE_MODEL = True
    assert status_of(extractor, text, action) == status


def test_statuses_are_plain_strings_in_the_output(extractor: Extractor) -> None:
    # the recorder's tagged strings never leave a training run
    events = predict(extractor, "China will ban exports of gallium from next month.")["events"]
    assert events and all(type(e["status"]) is str for e in events)


def test_cross_validation_holds_out_only_the_sets_named() -> None:
    """Validation sets may be trained on while only they are held out: the dev sets are never a
    fold, and a held-out fold is learned from every other set, dev sets included."""
    taught = [(["bias", "h=proposed|b"], "agreed", "proposed")] * 6
    taught += [(["bias"], "agreed", "agreed")] * 6
    sets = {
        "dev": taught,
        "check1": [(["bias", "h=proposed|b"], "agreed", "proposed")] * 2,
        "check2": [(["bias"], "agreed", "agreed")] * 2,
    }
    table = cross_validate(sets, 1.0, ("rule", "cues"), (0.0,), ["check1", "check2"])[0.0]
    assert [row[0] for row in table] == ["check1", "check2"]
    # check1: the rules say agreed (0 of 2 right); the model, taught by dev, says proposed
    assert table[0][1:] == (0, 2, 2)
    assert table[1][1:] == (2, 2, 2)
    # without held_out every set is a fold
    assert [row[0] for row in cross_validate(sets, 1.0, ("cues",))[0.0]] == list(sets)


def _recorded(extractor: Extractor, text: str) -> list[list[str]]:
    """The features recorded for every status choice the extractor makes in one text."""
    saved = status_rules.USE_MODEL, status_rules.RECORDER
    status_rules.USE_MODEL, status_rules.RECORDER = False, []
    try:
        predict(extractor, text)
        return [feats for feats, _ in status_rules.RECORDER]
    finally:
        status_rules.USE_MODEL, status_rules.RECORDER = saved


def test_the_extractor_hands_the_clause_words_to_the_model(extractor: Extractor) -> None:
    # the words around the cue reach the features only if events.py passes the doc and clause
    text = "China said on Monday that it will ban exports of gallium from April."
    first = _recorded(extractor, text)
    assert first and first == _recorded(extractor, text)  # deterministic
    feats = set(first[0])
    assert {"w=will|b", "w=will|b|n", "paux=will", "sp=b", "t=from|a"} <= feats
    assert "w=gallium|a|n" in feats or "w=gallium|a|f" in feats
    assert "cw=ban" in feats and "cs=base" in feats


def test_word_features_read_shape_auxiliaries_and_quotes() -> None:
    import spacy

    doc = spacy.blank("en")('Officials said "Japan has imposed curbs since May" on Friday.')
    words = [t.lower_ for t in doc]
    cue = words.index("curbs")
    hits = [hit("export_control", cue, cue + 1, "action", "phrase")]
    context = {"action": "export_control", "doc": doc, "clause": (0, len(doc))}
    feats = features(hits, [], cue, cue + 1, (), "agreed", "default", context)
    assert {"vb=ed", "vaux=has", "vaux=has|ed", "t=since|a", "q=in", "sp=b"} <= set(feats)
    # near words are within three tokens of the cue, far ones beyond
    assert {"w=imposed|b|n", "w=officials|b|f", "w=japan|b|n", "w=since|a|n"} <= set(feats)
    # without the doc (a caller that passes none) the word groups are simply absent
    bare = features(hits, [], cue, cue + 1, (), "agreed", "default", {"action": "export_control"})
    assert not any(group_of(f) in ("words", "verb", "tense", "speech") for f in bare)
    # a model without the rules' choice reads none of its crosses
    blind = features(
        hits, [], cue, cue + 1, (), "agreed", "default", context, ("action", "words", "when")
    )
    assert not any("rule=" in f for f in blind)


def test_switched_off_the_output_is_the_rules_own(
    extractor: Extractor, tmp_path: Path, switch: None
) -> None:
    # a model that says revoked everywhere changes nothing while the switch is off
    path = tmp_path / "revoking.json"
    spec = {"classes": list(STATUSES), "weights": {"bias": [0.0, 0.0, 0.0, 9.0]}}
    path.write_text(json.dumps(spec), encoding="utf-8")
    doc = DOCS[0] | {"text": DOCS[0]["text"] + " " + DOCS[1]["text"]}
    status_rules.MODEL_PATH = tmp_path / "none.json"  # no model at all: the rules alone
    status_rules.USE_MODEL = True
    rules = extractor.extract(doc)
    status_rules.MODEL_PATH, status_rules.USE_MODEL = path, False
    assert extractor.extract(doc) == rules
    status_rules.USE_MODEL = True
    assert {e["status"] for e in extractor.extract(doc)["events"]} == {"revoked"}


# The five development sets (tests/nlp/data/README.md): the fast path is held to the
# reference on every status choice the extractor makes in them.
DEV_SETS = [
    Path(__file__).parents[2] / "../shared/corpus/dev.jsonl",
    *(Path(__file__).parent / "data" / f"devplus{n}.jsonl" for n in ("", "2", "3", "4")),
]


@pytest.fixture(scope="module")
def dev_docs() -> list[dict]:
    return [json.loads(line) for path in DEV_SETS for line in path.open(encoding="utf-8")]


@pytest.fixture(scope="module")
def feature_names(extractor: Extractor, dev_docs: list[dict]) -> list[str]:
    """Every feature the reference makes on the development sets, with every group on."""
    saved = status_rules.USE_MODEL, status_rules.RECORDER
    status_rules.USE_MODEL, status_rules.RECORDER = False, []
    try:
        for doc in dev_docs:
            extractor.extract(doc)
        return sorted({f for feats, _ in status_rules.RECORDER for f in feats})
    finally:
        status_rules.USE_MODEL, status_rules.RECORDER = saved


def _random_model(names: list[str], groups: list[str], threshold: float, seed: int) -> dict:
    """A model of our own: a fixed pseudo-random weight per status for every feature seen, so
    that a feature the fast path misses, adds twice or names wrongly moves the scores."""
    rng = random.Random(seed)
    weights = {name: [round(rng.uniform(-1.0, 1.0), 3) for _ in STATUSES] for name in names}
    return {"classes": list(STATUSES), "groups": groups, "threshold": threshold, "weights": weights}


@pytest.mark.parametrize("which", ["shipped", "all groups", "no rule group"])
def test_fast_path_decides_as_the_features_on_the_development_sets(
    extractor: Extractor,
    switch: None,
    tmp_path: Path,
    dev_docs: list[dict],
    feature_names: list[str],
    which: str,
) -> None:
    # the random models read every feature group there is; the reference's features cover
    # them all on these sets, so a mistake in any template shows
    assert {group_of(f) for f in feature_names} == {"bias", *GROUPS}
    path = MODEL_FILE
    if which != "shipped":
        # without the "rule" group the model has weights for the rules' crosses it must
        # never read; the thresholds keep the rules in a quarter to a half of the choices
        groups = list(GROUPS) if which == "all groups" else [g for g in GROUPS if g != "rule"]
        spec = _random_model(feature_names, groups, 0.9 if which == "all groups" else 0.75, 7)
        path = tmp_path / "random.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
    status_rules.MODEL_PATH, status_rules.USE_MODEL = path, True
    model = load_model(path)
    assert model is not None
    fast = model.fast_scores
    seen: list[tuple[list[float], list[float]]] = []

    def checked(*args: Any) -> list[float]:
        scores = fast(*args)
        hits, status_hits, start, end, barriers, rule, source, context, lowers = args
        assert lowers is not None  # events.py hands over the document's words
        feats = features(
            hits, status_hits, start, end, barriers, rule, source, context, model.groups
        )
        reference = model.scores(feats)
        assert scores == pytest.approx(reference, rel=1e-12, abs=1e-12)
        learned, probability = model.predict(feats)
        assert model.decide(scores) == (learned if probability >= model.threshold else None)
        seen.append((scores, reference))
        return scores

    model.fast_scores = checked  # type: ignore[method-assign]
    try:
        outputs = [extractor.extract(doc) for doc in dev_docs]
    finally:
        del model.fast_scores
    assert len(seen) > 1000  # every choice of the five sets went through the fast path
    if which != "shipped":
        # the model overrules the rules often and keeps them at times: both paths are tested
        assert {model.decide(s) is None for s, _ in seen} == {True, False}
    # the whole output is the reference path's (the recorder takes the features path)
    status_rules.RECORDER = []
    try:
        assert [extractor.extract(doc) for doc in dev_docs] == outputs
    finally:
        status_rules.RECORDER = None


def test_fast_path_reads_the_doc_without_the_callers_words(tmp_path: Path) -> None:
    import spacy

    doc = spacy.blank("en")('Officials said "Japan has imposed curbs since May" on Friday.')
    cue = [t.lower_ for t in doc].index("curbs")
    hits = [hit("proposed", 2, 3), hit("export_control", cue, cue + 1, "action", "phrase")]
    names = features(
        hits,
        hits[:1],
        cue,
        cue + 1,
        (),
        "agreed",
        "default",
        {"action": "export_control", "doc": doc, "clause": (0, len(doc))},
    )
    model = StatusModel(_random_model(names, list(GROUPS), 0.0, 3))
    for context in (
        {"action": "export_control", "doc": doc, "clause": (0, len(doc))},
        {"action": "export_control", "doc": doc, "clause": (3, 9), "sentence": (0, len(doc))},
        {"action": "export_control"},  # no doc: no word groups
    ):
        args = (hits, hits[:1], cue, cue + 1, (2,), "agreed", "default", context)
        reference = model.scores(features(*args))
        assert model.fast_scores(*args) == pytest.approx(reference, rel=1e-12, abs=1e-12)
        lowers = [t.lower for t in doc]
        assert model.fast_scores(*args, lowers) == pytest.approx(reference, rel=1e-12, abs=1e-12)


def test_fast_path_skips_only_words_without_weights() -> None:
    import spacy

    from nlp.status_model import _weighted_words

    # a word may itself hold "|": its names still find it
    assert {"a|b", "x|y", "c"} <= _weighted_words(["w=a|b|b|n", "cw=x|y", "w=c|a", "h=c|b"])
    doc = spacy.blank("en")("Officials said the ministry will impose export curbs on gallium soon.")
    cue = [t.lower_ for t in doc].index("curbs")
    hits = [hit("proposed", 4, 5), hit("export_control", cue, cue + 1, "action", "phrase")]
    context = {"action": "export_control", "doc": doc, "clause": (0, len(doc))}
    args = (hits, hits[:1], cue, cue + 1, (), "agreed", "default", context)
    names = features(*args)
    words = [f for f in names if f.startswith(("w=", "cw="))]
    assert len(words) > 10
    # models that weigh some of the words' features (one side, one distance, the cue's own):
    # the others' words are skipped, and a skip of a word with any weight moves the scores
    for seed in range(20):
        rng = random.Random(seed)
        kept = [f for f in names if f not in words or rng.random() < 0.3]
        model = StatusModel(_random_model(kept, list(GROUPS), 0.0, seed))
        reference = model.scores(features(*args))
        assert model.fast_scores(*args) == pytest.approx(reference, rel=1e-12, abs=1e-12)


def _added_one_by_one(found: list[tuple[float, ...]]) -> list[float]:
    """The reference sum: each status's weights added in order, from 0.0."""
    total = [0.0, 0.0, 0.0, 0.0]
    for w in found:
        for i, x in enumerate(w):
            total[i] += x
    return total


@pytest.mark.parametrize(
    "found",
    [
        [],
        [(0.5, -0.25, 0.125, 0.0)],
        # sums whose last bits depend on the order of the additions
        [(0.1, 1e16, -0.3, 1.0), (0.2, 1.0, 0.3, -1e-17), (0.3, -1e16, 1e-17, 2.0)],
        [(1.0, 2.0, 3.0, 4.0)] * 7 + [(1e-9, -1e-9, 1e-12, -1e-12)] * 5,
        # a negative zero alone, as the plain loop starting from 0.0 reads it
        [(-0.0, -0.0, 0.0, -0.0)],
    ],
)
def test_the_fast_sum_adds_in_order(found: list[tuple[float, ...]]) -> None:
    """`_sum` adds each status's weights in C where sum() adds floats one by one (before
    Python 3.12): the same bits as the plain loop, zeros' signs included."""
    from nlp import status_model

    model = StatusModel({"classes": list(STATUSES), "weights": {"bias": [0.0] * 4}})
    total = model._sum(found)
    assert [x.hex() for x in total] == [x.hex() for x in _added_one_by_one(found)]
    assert status_model._PLAIN_SUM == (sys.version_info < (3, 12))
