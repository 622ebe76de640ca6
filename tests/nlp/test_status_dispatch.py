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
