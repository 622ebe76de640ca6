"""The action model's shape rows kept by the values they are made of (helper speed6): each
event gets the rows `shape_features` names, whatever event with the same values came first."""

from collections import Counter

import pytest

from nlp import action_model

_BASE = {
    "action": "export_control",
    "status": "in_force",
    "actors": ["CHN"],
    "partners": [],
    "minerals": ["gallium"],
    "sentence": 0,
    "confidence": 0.8,
    "_cue_kind": "phrase",
    "_cue_text": "export ban",
    "_status_source": "cue",
    "evidence": "Beijing imposed an export ban on gallium.",
}

# (first event, second event read after it with the same model, the document's actions)
ROWS = [
    (_BASE, {**_BASE, "_cue_text": "export controls"}, Counter(export_control=2)),
    (_BASE, {**_BASE, "_cue_text": "no such cue words"}, Counter(export_control=1)),
    (_BASE, {**_BASE, "_owned": True}, Counter(export_control=2)),
    (_BASE, {**_BASE, "status": None}, Counter(export_control=1)),
    (_BASE, {**_BASE, "status": "None"}, Counter(export_control=1)),
    (_BASE, {**_BASE, "amount_usd": 5e8}, Counter(export_control=1, investment=1)),
    (_BASE, {**_BASE, "confidence": 0.84}, Counter(investment=1, export_control=1)),
    (
        {**_BASE, "action": "agreement", "_cue_text": "signed a deal"},
        {**_BASE, "action": "agreement", "_cue_text": "signed a deal", "partners": ["USA"]},
        Counter(agreement=1, stockpile=1),
    ),
]


@pytest.fixture(scope="module")
def model():
    found = action_model.load_model()
    if found is None:
        pytest.skip("no action model file")
    return found


def _reference(model, event, doc_actions):
    index = model.index
    return [index[f] for f in action_model.shape_features(event, doc_actions) if f in index]


@pytest.mark.parametrize(("first", "second", "doc_actions"), ROWS)
def test_shape_rows_are_those_of_the_features(model, first, second, doc_actions):
    model._shapes.clear()
    assert model._shape_rows(first, doc_actions) == _reference(model, first, doc_actions)
    assert model._shape_rows(second, doc_actions) == _reference(model, second, doc_actions)
    # read again from what was kept
    assert model._shape_rows(first, doc_actions) == _reference(model, first, doc_actions)
    assert model._shape_rows(second, doc_actions) == _reference(model, second, doc_actions)


def test_the_kept_shapes_are_bounded(model, monkeypatch):
    monkeypatch.setattr(action_model, "_SHAPES_KEPT", 3)
    model._shapes.clear()
    for n in range(10):
        event = {**_BASE, "_status_source": f"source {n}"}
        assert model._shape_rows(event, Counter(export_control=1)) == _reference(
            model, event, Counter(export_control=1)
        )
        assert len(model._shapes) <= 3
