"""Speed38: the tables `_matched_heads` and `_decide` read instead of the combos and routes
themselves must say what those say: each combo's `ComboSpec` what actions.yaml gives it, and
each group's head plan the routes of `Routes.heads`, gated as before."""

from __future__ import annotations

import pytest

from nlp.actions import (
    _ALWAYS,
    _GUARD,
    _TRIGGER,
    ComboSpecs,
    Routes,
    _head_plans,
    split_routes,
)
from nlp.cues import CueMatcher
from nlp.extract import Extractor


@pytest.fixture(scope="module")
def matcher() -> CueMatcher:
    return Extractor().nlp.get_pipe("oreline_events_v1").cues


def test_combo_specs_say_what_the_combos_say(matcher: CueMatcher) -> None:
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    specs = ComboSpecs(combos.__getitem__)
    seen = 0
    for action, listed in combos.items():
        for index, combo in enumerate(listed):
            spec = specs[(action, index)]
            assert spec.combo is combo
            assert spec.window == int(combo.get("window", 6))
            assert spec.side == combo.get("side")
            assert spec.before_only == (
                combo.get("side") == "before" or bool(combo.get("before_only", False))
            )
            assert spec.after_only == (combo.get("side") == "after")
            assert spec.labels == tuple(combo.get("context_labels") or ())
            assert spec.also == bool({"also_labels", "also_context"} & combo.keys())
            assert spec.who == bool(
                {"also_labels", "also_context", "unless_labels", "unless_context"} & combo.keys()
            )
            assert spec.exclude == (combo.get("effect") == "exclude")
            # made once, then looked up
            assert specs[(action, index)] is spec
            seen += 1
    assert seen > 100


def test_head_plans_keep_the_routes_and_their_gates(matcher: CueMatcher) -> None:
    routes: Routes = split_routes(matcher.grouped())
    combos = {a: s.get("combos") or [] for a, s in matcher.actions_spec["actions"].items()}
    plans = _head_plans(routes.heads, routes.worded, combos.__getitem__)
    assert routes.prepared(combos.__getitem__)[0] is routes.plans(combos.__getitem__)
    filed = 0
    for group, found in routes.heads.items():
        others = tuple(r for r in found if r[0] != _TRIGGER and r[0] != _GUARD)
        triggers = []
        for where, _, combo in found:
            if where == _TRIGGER or where == _GUARD:
                labels = combos[combo[0]][combo[1]].get("context_labels") or ()
                gate = routes.worded.get(combo, frozenset()) | frozenset(labels)
                if gate:  # a combo with no context never holds: its trigger is left out
                    triggers.append((gate, where, combo))
        if not others and not triggers:
            assert group not in plans
            continue
        gate, trigger_routes, other_routes = plans[group]
        assert other_routes == others
        assert trigger_routes == tuple(triggers)
        if others:
            # a route filed whatever the sentence holds opens the group's gate always
            assert gate == frozenset({_ALWAYS})
        else:
            assert gate == frozenset().union(*(ctx for ctx, _, _ in triggers))
        filed += 1
    assert filed > 100
    # the token that keeps a gate open is no group id and no entity kind
    assert isinstance(_ALWAYS, str) and _ALWAYS not in routes.worded
