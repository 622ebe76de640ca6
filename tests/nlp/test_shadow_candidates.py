"""Candidates (nlp/actions.py `_decide`, nlp/events.py, nlp/action_model.py): cues the rules'
decision drops are proposed, for actions the rules found nowhere in the document, only when
the action model has a candidate scorer; the scorer keeps the best candidate of an action
above its threshold, and the trainer labels candidates by the document's gold actions."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from nlp import action_model
from nlp.action_model import (
    CLASSES,
    MODEL_FILE,
    NONE,
    ActionModel,
    Candidate,
    features,
    load_model,
    rules_actions,
    words,
)
from nlp.extract import Extractor
from nlp.train_actions import candidate_samples, collect, labels, samples

TEXT = (
    "China imposed export controls on gallium and germanium on Monday, and officials said "
    "Beijing would also invest in new lithium refineries."
)


def event(action: str, kind: str = "phrase", text: str = "", **fields: object) -> dict:
    base = {
        "action": action,
        "status": "agreed",
        "actors": ["CHN"],
        "partners": [],
        "minerals": ["lithium"],
        "amount_usd": None,
        "sentence": 0,
        "confidence": 0.7,
        "evidence": TEXT,
        "_cue_kind": kind,
        "_cue_text": text,
    }
    return {**base, **fields}


def spec(threshold: float | None) -> dict:
    """A model whose candidate scorer gives a context word's project candidate 2 log-odds,
    any other -1, and that leaves the rules' decided events alone."""
    return {
        "classes": list(CLASSES),
        "margin": 1.0,
        "weights": {"bias": [0.0] * len(CLASSES)},
        "candidate_threshold": threshold,
        "candidate_weights": {"bias": -1.0, "a=project|k=shadow_context": 3.0},
    }


def cand(action: str, kind: str, text: str, **fields: object) -> dict:
    candidate = Candidate(action, kind, text, words(TEXT), ["export_control"], frozenset())
    return event(action, kind, text, _candidate=candidate, **fields)


@pytest.fixture()
def switch() -> Iterator[None]:
    saved = (
        action_model.USE_MODEL,
        action_model.MODEL_PATH,
        action_model.SHADOWS,
        action_model.RECORDER,
    )
    yield
    (
        action_model.USE_MODEL,
        action_model.MODEL_PATH,
        action_model.SHADOWS,
        action_model.RECORDER,
    ) = saved


def run(extractor: Extractor, text: str = TEXT) -> dict:
    return extractor.extract({"id": "s", "text": text, "published": "2024-05-02", "title": ""})


def test_rules_propose_candidates_the_output_never_shows(
    extractor: Extractor, switch: None
) -> None:
    action_model.USE_MODEL, action_model.SHADOWS = False, False
    plain = run(extractor)
    action_model.SHADOWS, action_model.RECORDER = True, []
    proposed = run(extractor)
    recorded = {(e["action"], e["_cue_kind"], e["_cue_text"]) for e in action_model.RECORDER}
    # "imposed" is a trade-measure trigger with no context word near; "refineries" a project
    # context with no trigger: both were dropped by the decision, and both come back
    assert ("trade_measure", "shadow_trigger", "imposed") in recorded
    assert ("project", "shadow_context", "refineries") in recorded
    assert ("export_control", "phrase", "export controls") in recorded
    # with no model to judge them, none reaches the output
    assert proposed == plain
    assert {e["action"] for e in plain["events"]} == {"export_control", "investment"}


def test_a_candidate_comes_only_for_an_action_found_nowhere_else(
    extractor: Extractor, switch: None
) -> None:
    action_model.USE_MODEL, action_model.SHADOWS, action_model.RECORDER = False, True, []
    run(extractor, TEXT + " The refinery project will be built by 2027.")
    kinds = {(e["action"], e["_cue_kind"]) for e in action_model.RECORDER}
    assert ("project", "shadow_context") not in kinds  # the rules state a project here
    assert any(a == "project" and not k.startswith("shadow") for a, k in kinds)


def test_review_keeps_the_best_candidate_of_an_action_past_the_threshold() -> None:
    decided = event("export_control", "phrase", "export controls")
    project = cand("project", "shadow_context", "refineries")
    trigger = cand("project", "shadow_trigger", "build")
    other = cand("permitting", "shadow_context", "refineries")
    events = [decided, project, trigger, other]
    # project by context: 2; project by trigger and permitting: -1
    assert ActionModel(spec(1.0)).review(events, None) == [decided, project]
    assert ActionModel(spec(-2.0)).review(events, None) == [decided, project, other]
    assert ActionModel(spec(2.5)).review(events, None) == [decided]
    assert ActionModel(spec(None)).review(events, None) == [decided]


def test_decided_events_read_the_same_features_beside_candidates() -> None:
    decided = [event("export_control"), event("investment", text="invest")]
    shadows = [
        event("project", "shadow_context", "refineries"),
        event("trade_measure", "shadow_trigger"),
    ]
    title = words("China curbs gallium")
    alone = [features(e, title, rules_actions(decided)) for e in decided]
    beside = [features(e, title, rules_actions(decided + shadows)) for e in decided]
    assert alone == beside
    assert rules_actions(decided + shadows) == {"export_control": 1, "investment": 1}


def test_the_trainer_labels_candidates_by_the_gold_actions() -> None:
    gold = {
        "actions": ["export_control", "project"],
        "events": [
            {"action": "export_control", "actors": ["CHN"], "partners": [], "minerals": []},
            {"action": "project", "actors": [], "partners": ["AUS"], "minerals": ["nickel"]},
        ],
    }
    decided = event("export_control")
    right = event("project", "shadow_context", "refineries")
    wrong = event("trade_measure", "shadow_trigger", "imposed")
    assert labels(gold, [decided, right, wrong]) == ["export_control", "project", NONE]
    # a candidate never takes a decided event's match
    assert labels(gold, [right, decided]) == ["project", "export_control"]


def test_the_candidate_scorer_learns_one_row_a_candidate() -> None:
    refineries = cand("project", "shadow_context", "refineries")
    officials = cand("bloc_formation", "shadow_context", "officials")
    # the two events of one candidate (a second mineral group) share its features
    second = {**refineries, "minerals": ["nickel"]}
    gold = {"actions": ["export_control", "project"], "events": []}
    docs = [(gold, [event("export_control"), refineries, second, officials], None)]
    rows = candidate_samples(docs)
    assert sorted(label for _, label in rows) == [0, 1]
    assert [("a=project|c=refineries" in feats, label) for feats, label in rows] == [
        (True, 1),
        (False, 0),
    ]
    assert len(samples(docs)) == 1  # the decided model reads the decided event only


def _candidates_switched(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """actions.yaml as shipped, but with `action_candidates` set to `value`."""
    real = action_model.load_data

    def switched(name: str) -> dict:
        data = dict(real(name))
        if name == "actions.yaml":
            data["action_candidates"] = value
        return data

    monkeypatch.setattr(action_model, "load_data", switched)


def _tiny_model_on(tmp_path: Path) -> None:
    """The tiny model (candidate threshold 1.0) switched on in place of the shipped one."""
    path = tmp_path / "model.json"
    path.write_text(json.dumps(spec(1.0)), encoding="utf-8")
    action_model.USE_MODEL, action_model.MODEL_PATH, action_model.SHADOWS = True, path, None


def test_a_model_with_a_threshold_builds_its_candidates_end_to_end(
    extractor: Extractor, switch: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tiny_model_on(tmp_path)
    _candidates_switched(monkeypatch, "scored")
    assert action_model.candidates_wanted()
    out = run(extractor)
    projects = [e for e in out["events"] if e["action"] == "project"]
    assert len(projects) == 1
    assert "refineries" in projects[0]["evidence"]
    assert {e["action"] for e in out["events"]} == {"export_control", "investment", "project"}
    assert not any(key.startswith("_") for e in out["events"] for key in e)
    # the same model without a threshold proposes nothing
    path2 = tmp_path / "model2.json"
    path2.write_text(json.dumps(spec(None)), encoding="utf-8")
    action_model.MODEL_PATH = path2
    assert not action_model.candidates_wanted()
    assert not any(e["action"] == "project" for e in run(extractor)["events"])


def test_fast_candidate_scores_equal_the_features_on_the_development_set(
    extractor: Extractor,
) -> None:
    """The look-up path the extractor runs gives the features' score exactly, for every
    candidate of the shared development set (skipped where ../shared is absent)."""
    dev = Path(__file__).parents[3] / "shared" / "corpus" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("../shared/corpus/dev.jsonl is absent (it sits beside the repository)")
    model = load_model(MODEL_FILE)
    assert model is not None and model.candidate
    checked = 0
    for _gold, events, _title in collect(dev, extractor):
        for e in events:
            candidate = e.get("_candidate")
            if candidate is not None:
                expected = model.candidate_score(candidate.features())
                assert candidate.fast_score(model) == pytest.approx(expected, abs=1e-9)
                checked += 1
    assert checked > 100


def test_the_switch_in_actions_yaml_turns_the_candidates_on_and_off(
    extractor: Extractor, switch: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tiny_model_on(tmp_path)
    # as shipped since session 13, actions.yaml turns them off ...
    assert not action_model.candidates_wanted()
    assert {e["action"] for e in run(extractor)["events"]} == {"export_control", "investment"}
    # ... and `scored` turns them on
    _candidates_switched(monkeypatch, "scored")
    assert action_model.candidates_wanted()
    assert "project" in {e["action"] for e in run(extractor)["events"]}
