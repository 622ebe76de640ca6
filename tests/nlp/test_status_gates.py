"""The status chooser's gates (speed37): `_OverruledChooser` calls a reading only when its
`_Gate` is open for the call's (action, status, source). A gate restates the first checks of its
reading's body; if a reading's checks are widened and its gate is not, the chooser would skip a
reading that would have overruled, silently. Here every reading runs on every call of the
labelled read sets, with and without the learned models, and none whose gate is shut may
overrule; and the chooser's gated loop must give what the full loop gives."""

import collections
import json
from pathlib import Path
from typing import Any

import pytest

from nlp import action_model, status
from nlp.extract import Extractor

DATA = Path(__file__).parent / "data"
# read sets only (never the clean check sets 9-12)
SETS = [
    DATA / "devplus.jsonl",
    *(DATA / f"devplus{n}.jsonl" for n in range(2, 12)),
    DATA / "checkset.jsonl",
    *(DATA / f"checkset{n}.jsonl" for n in range(2, 9)),
]


def _full_loop(fired: collections.Counter, shut_fired: list) -> Any:
    """A `_OverruledChooser.__call__` that runs every reading, gate or no gate, in order,
    records any reading that overrules with its gate shut, and checks the gated loop agrees."""
    gated = status._OverruledChooser.__call__

    def call(self: Any, hits: Any, cue_start: int, cue_end: int, *args: Any, **kwargs: Any):
        chosen, source = self.chooser(hits, cue_start, cue_end, *args, **kwargs)
        action = kwargs.get("action")
        for rule in self._readings():
            gate = getattr(rule, "gate", None)
            is_open = gate is None or gate.open(action, chosen, source)
            overruled = rule(chosen, source, hits, cue_start, cue_end, kwargs)
            if overruled:
                fired[rule.__name__] += 1
                if not is_open:
                    shut_fired.append((rule.__name__, action, chosen, source, overruled))
                chosen, source = overruled
        assert gated(self, hits, cue_start, cue_end, *args, **kwargs) == (chosen, source)
        return chosen, source

    return call


@pytest.mark.parametrize("models", [False, True], ids=["rules", "models"])
def test_no_reading_overrules_with_its_gate_shut(
    models: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(status, "USE_MODEL", models)
    monkeypatch.setattr(action_model, "USE_MODEL", models)
    fired: collections.Counter = collections.Counter()
    shut_fired: list = []
    monkeypatch.setattr(status._OverruledChooser, "__call__", _full_loop(fired, shut_fired))
    extractor = Extractor()
    for path in SETS:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                row.pop("gold", None)
                extractor.extract(row)
    assert shut_fired == []
    # the sets exercise the chain: many readings overrule somewhere in them
    assert len(fired) >= 20, fired


def test_gate_open_follows_its_fields() -> None:
    gate = status._Gate(frozenset({"agreed"}), frozenset({"rules"}), (frozenset({"strategy"}),))
    assert gate.open("strategy", "agreed", "rules")
    assert not gate.open("strategy", "proposed", "rules")
    assert not gate.open("strategy", "agreed", "model")
    assert not gate.open("investment", "agreed", "rules")
    assert status._Gate(None, None, None).open(None, "in_force", "model")
