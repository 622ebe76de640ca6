"""How `choose_status` runs its readings: stacked `_overruling` readings run in one loop,
innermost first, as the nested wrappers they replaced ran them; `_phrase_at` finds what a scan
of every phrase finds."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.strings import hash_string

from nlp import status


def _reading(name: str, calls: list[tuple[str, str]], result: tuple[str, str] | None = None):
    def rule(
        chosen: str, source: str, hits: Any, start: int, end: int, kwargs: dict[str, Any]
    ) -> tuple[str, str] | None:
        calls.append((name, chosen))
        return result

    return rule


def test_stacked_readings_run_innermost_first_on_the_choice_so_far() -> None:
    calls: list[tuple[str, str]] = []

    @status._overruling(_reading("outer", calls))
    @status._overruling(_reading("middle", calls, ("proposed", "cue")))
    @status._overruling(_reading("inner", calls))
    def chooser(hits: Any, cue_start: int, cue_end: int, *, action: str | None = None):
        return "agreed", "default"

    assert chooser([], 0, 1, action="export_control") == ("proposed", "cue")
    assert calls == [("inner", "agreed"), ("middle", "agreed"), ("outer", "proposed")]


def test_readings_get_the_call_keywords() -> None:
    seen: list[dict[str, Any]] = []

    def rule(*args: Any) -> None:
        seen.append(dict(args[5]))

    @status._overruling(rule)
    @status._overruling(rule)
    def chooser(hits: Any, cue_start: int, cue_end: int, **kwargs: Any):
        return "agreed", "default"

    chooser([], 0, 1, action="sanction", lowers=[1, 2])
    assert seen == [{"action": "sanction", "lowers": [1, 2]}] * 2


def test_choose_status_keeps_its_name_and_doc() -> None:
    assert status.choose_status.__name__ == "choose_status"
    assert "(status, source)" in (status.choose_status.__doc__ or "")


@pytest.mark.parametrize("key", ["sp5_took_effect", "sc1_now_phrases", "sb4_talks_stalled"])
def test_phrase_at_finds_what_a_scan_of_every_phrase_finds(key: str) -> None:
    phrases = status._phrase_hashes(key)
    words = [w for p in phrases for w in p] + [hash_string("the")]
    for start in range(-2, len(words) + 2):
        expected = any(tuple(words[start : start + len(p)]) == p for p in phrases)
        assert status._phrase_at(words, start, key) == expected


def _gated_readings() -> list[tuple[Any, Any]]:
    """(reading, gate) of every gated reading of `choose_status`'s chains."""
    out = []
    chooser: Any = status.choose_status
    while chooser is not None:
        if isinstance(chooser, status._OverruledChooser):
            out += [(r, g) for r, g in zip(chooser.rules, chooser.gates, strict=True) if g]
            chooser = chooser.chooser
        else:
            chooser = getattr(chooser, "__wrapped__", None)
    return out


def test_choose_status_has_gated_readings() -> None:
    assert len(_gated_readings()) >= 9


def _skipped_returns(
    chooser: Any, call: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[Any]:
    """(reading, what it returns) of every reading the chooser's gates skipped in this call,
    each given the choice it would have been given: the choice stands unchanged over a skipped
    reading, so it is what the next reading called got (or the call's result)."""
    steps = chooser._steps or chooser._resolved_steps()
    given: dict[int, tuple[str, str]] = {}

    def recording(i: int, rule: Any) -> Any:
        def record(status_: str, source: str, *rest: Any) -> Any:
            given[i] = (status_, source)
            return rule(status_, source, *rest)

        return record

    chooser._steps = tuple((recording(i, s[0]), *s[1:]) for i, s in enumerate(steps))
    try:
        result = call(chooser, *args, **kwargs)
    finally:
        chooser._steps = steps
    out = []
    hits, cue_start, cue_end = args[:3]
    for i, (rule, words, _reach, labels) in enumerate(steps):
        if i in given or (words is None and labels is None):
            continue
        choice = next((given[j] for j in range(i + 1, len(steps)) if j in given), result)
        out.append((rule, rule(*choice, hits, cue_start, cue_end, kwargs)))
    return out


def test_a_gate_shuts_only_where_its_reading_returns_nothing(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every reading a gate skipped (on development documents) is called anyway, given the
    choice it would have been given, and must return None: a gate skips only calls that
    cannot change the choice."""
    import json
    from pathlib import Path

    skipped: list[tuple[Any, Any]] = []
    original = status._OverruledChooser.__call__

    def checked(self: Any, *args: Any, **kwargs: Any) -> tuple[str, str]:
        skipped.extend(_skipped_returns(self, original, args, kwargs))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(status._OverruledChooser, "__call__", checked)
    path = Path(__file__).parent / "data" / "devplus.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines()[:60]:
        if line.strip():
            extractor.extract(json.loads(line))
    assert skipped, "no gate shut on the development documents"
    assert [s for s in skipped if s[1] is not None] == []
