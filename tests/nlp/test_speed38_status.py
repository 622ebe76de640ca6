"""Speed38 shortcuts of the status chooser (nlp/status.py): each must keep what it skips."""

import ast
import inspect
import textwrap
from typing import Any

import pytest

from nlp import status
from nlp.cues import CueKey, Hit


def _relabelling_block() -> ast.If:
    """The `if own_label in _RELABELLED:` block of the rules' `choose_status`."""
    rules = inspect.unwrap(status.choose_status)
    tree = ast.parse(textwrap.dedent(inspect.getsource(rules)))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and isinstance(node.test.comparators[0], ast.Name)
            and node.test.comparators[0].id == "_RELABELLED"
        ):
            return node
    raise AssertionError("no `own_label in _RELABELLED` block in choose_status")


def _value(node: ast.expr) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    assert isinstance(node, ast.Name), ast.dump(node)
    return getattr(status, node.id)


def test_the_relabelled_labels_are_every_label_the_block_tests() -> None:
    """A hit whose label is not in `_RELABELLED` skips the block: every label the block
    compares a hit's label with must be in it, or a reading added there would be skipped."""
    compared = set()
    for node in ast.walk(_relabelling_block()):
        if not isinstance(node, ast.Compare) or not isinstance(node.left, ast.Name):
            continue
        if node.left.id not in ("own_label", "hit_label"):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq | ast.NotEq):
                compared.add(_value(right))
            elif isinstance(op, ast.In | ast.NotIn) and isinstance(right, ast.Tuple):
                compared |= {_value(e) for e in right.elts}
    assert compared, "the block compares no label"
    assert compared <= status._RELABELLED, compared - status._RELABELLED
    assert status._RELABELLED <= compared, status._RELABELLED - compared


def test_a_wrapper_taking_the_dict_whole_leaves_the_callers_dict_alone() -> None:
    """`_asked_undoings_proposed` narrows the status hits of the chooser below it in a dict of
    its own: the dict of the layer above (its readings read it) keeps the sentence's hits."""
    seen: list[list[Hit]] = []

    def rules(hits: Any, cue_start: int, cue_end: int, *args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["status_hits"])
        return ("revoked", "cue") if len(seen) == 1 else ("proposed", "cue")

    revoked = Hit(CueKey("status", "revoked", "status"), 4, 5)
    urged = [status.hash_string(w) for w in "they urged beijing to lift the ban".split()]
    wrapped = status._asked_undoings_proposed(rules)
    kwargs = {"status_hits": [revoked], "lowers": urged}
    assert status._asked_undoings(urged, [revoked], 6, 7) == [revoked]
    assert status._whole_of(wrapped)([revoked], 6, 7, (), kwargs) == ("proposed", "cue")
    assert seen == [[revoked], []]
    assert kwargs["status_hits"] == [revoked]


def test_the_whole_wrappers_answer_as_the_keyword_call() -> None:
    """Called with keywords or with the dict whole, a wrapper gives one answer."""
    hits = [Hit(CueKey("status", "proposed", "status"), 0, 1)]
    priority = ["revoked", "in_force", "agreed", "proposed"]
    keywords = {"ages": False, "action": "export_control"}
    by_keywords = status.choose_status(hits, 1, 2, priority, **keywords)
    by_dict = status._whole_of(status.choose_status)(hits, 1, 2, (priority,), dict(keywords))
    assert by_keywords == by_dict


def test_a_replaced_call_of_the_overruled_chooser_is_still_called(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wrappers hand the call to an `_OverruledChooser` with its keyword dict whole, not
    through `__call__`, unless `__call__` was replaced: tests/nlp/test_status_gates.py replaces
    it to run every reading of every chooser of the chain."""
    called: list[Any] = []
    own = status._OverruledChooser.__call__

    def call(self: Any, hits: Any, cue_start: int, cue_end: int, *args: Any, **kwargs: Any) -> Any:
        called.append(self)
        return own(self, hits, cue_start, cue_end, *args, **kwargs)

    monkeypatch.setattr(status._OverruledChooser, "__call__", call)
    hits = [Hit(CueKey("status", "proposed", "status"), 0, 1)]
    status.choose_status(hits, 1, 2, ["in_force", "agreed", "proposed"], action="export_control")
    # the chain holds two: the readings below `_asked_undoings_proposed` and those above it
    assert len({id(chooser) for chooser in called}) == 2
