"""Helper speed7: the sentences the event assembler skips before reading them for cues, because
they can state nothing (`nlp.events._silence`), and the events, which must be the same as when
every such sentence is read."""

from __future__ import annotations

from typing import Any

import pytest

import nlp.events as events
from nlp.extract import Extractor

# the opening sentence names a mineral, so that no document is off-topic
OPENING = "Cobalt output grew. "


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _run(extractor: Extractor, text: str, monkeypatch: pytest.MonkeyPatch, silence: bool):
    """(the events, which sentences `_silence` cleared) of one document."""
    cleared: list[bool] = []
    original = events._silence

    def spy(groups: Any, marks: list[int], *args: Any) -> None:
        before = list(marks)
        if silence:
            original(groups, marks, *args)
        cleared.extend(b != m for b, m in zip(before, marks, strict=True))

    monkeypatch.setattr(events, "_silence", spy)
    doc = {"id": "s", "text": OPENING + text, "published": "2025-06-02"}
    found = [(e["action"], e["status"], e["actors"]) for e in extractor.extract(doc)["events"]]
    return found, cleared


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        # an exclusion combo's trigger that counts an amount, and nothing else that is a cue
        ("Turnover at the refiner rose to $7 billion last year.", [1]),
        ("The nation ran a trade deficit of $9 billion in April.", [1]),
        ("Shipments of goods worth $6 billion left the harbour.", [1]),
        # ... and a bloc, which no combo of the sentence takes
        ("Sales of the ore hit a record, the European Union said.", [1]),
        # an amount an action combo's trigger takes: read
        ("The state will provide $40 million for the smelter.", []),
        # a bloc beside a combo that takes one: read
        (
            "The bloc's members met the European Union in Geneva to discuss turnover of $2 billion.",
            [],
        ),
        # a firm's deal, which the sentence marks for the next one whatever cue it holds: read
        (
            "Turnover from its partnership with Zorvex Metals Corp rose to $3 billion. "
            "The agreement was signed on Friday.",
            [],
        ),
    ],
)
def test_sentences_that_can_state_nothing_are_skipped(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str, skipped: list[int]
) -> None:
    found, cleared = _run(extractor, text, monkeypatch, silence=True)
    assert [i for i, c in enumerate(cleared) if c] == skipped
    every, _ = _run(extractor, text, monkeypatch, silence=False)
    assert found == every
