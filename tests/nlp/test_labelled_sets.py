"""The project's labelled sets are well formed, so a score never rests on a typo in a label.

Each set was written by a helper from memory; a misspelt id or an event whose action is
missing from the document's `actions` would silently cost or gift points in `make eval`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
import pytest
import yaml

from nlp.actions import ACTIONS
from nlp.status import STATUSES

DATA = Path(__file__).parent / "data"
KNOWLEDGE = Path(__file__).parents[2] / "nlp" / "data"
SETS = sorted([*DATA.glob("*.jsonl"), *DATA.glob("train/*.jsonl")])
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _ids(name: str, key: str) -> frozenset[str]:
    with (KNOWLEDGE / name).open(encoding="utf-8") as handle:
        return frozenset(yaml.safe_load(handle)[key])


MINERALS = _ids("minerals.yaml", "minerals")
BLOCS = _ids("blocs.yaml", "blocs")
COUNTRIES = frozenset(country.alpha_3 for country in pycountry.countries)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_every_set_is_found() -> None:
    names = {path.stem for path in SETS}
    assert {"devplus", "devplus4", "checkset", "checkset8", "checkset9", "checkset10"} <= names
    # the learned status model's training text (tests/nlp/data/train/README.md)
    assert {f"t10{x}" for x in "abcdefghijklmnopqrstu"} <= names
    assert {f"t12{x}" for x in "abcdefghijkl"} | {f"t14{x}" for x in "abcdefgh"} <= names
    assert {f"t16{x}" for x in "abcdefgh"} <= names
    assert {"checkset11", "checkset12"} <= names
    assert {f"t18{x}" for x in "abcdefghijklmnop"} <= names


@pytest.mark.parametrize("path", SETS, ids=[path.stem for path in SETS])
def test_labels_use_taxonomy_ids_and_agree_with_their_events(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 16  # the smallest sets (devplus5-7) hold 16 documents
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    problems: list[str] = []
    for row in rows:
        gold = row["gold"]
        where = row["id"]
        if not row["text"].strip() or not DATE.match(row["published"]):
            problems.append(f"{where}: empty text or bad published date")
        problems += [f"{where}: mineral {m}" for m in gold["minerals"] if m not in MINERALS]
        problems += [f"{where}: country {c}" for c in gold["countries"] if c not in COUNTRIES]
        problems += [f"{where}: bloc {b}" for b in gold["blocs"] if b not in BLOCS]
        events = gold["events"]
        if set(gold["actions"]) != {event["action"] for event in events}:
            problems.append(f"{where}: actions differ from the events' actions")
        parties = set(gold["countries"]) | set(gold["blocs"])
        for event in events:
            if event["action"] not in ACTIONS or event["status"] not in STATUSES:
                problems.append(f"{where}: action/status {event['action']}/{event['status']}")
            if not set(event["actors"]) | set(event["partners"]) <= parties:
                problems.append(f"{where}: event party not among the document's")
            if not set(event["minerals"]) <= set(gold["minerals"]):
                problems.append(f"{where}: event mineral not among the document's")
            date = event["event_date"]
            if date is not None and not DATE.match(date):
                problems.append(f"{where}: event_date {date}")
            amount = event["amount_usd"]
            if amount is not None and (not isinstance(amount, int | float) or amount <= 0):
                problems.append(f"{where}: amount_usd {amount}")
            if ("deadline" in event) != ("quantity_t" in event):
                problems.append(f"{where}: deadline and quantity_t are labelled together")
            deadline = event.get("deadline")
            if deadline is not None and not DATE.match(deadline):
                problems.append(f"{where}: deadline {deadline}")
            tonnes = event.get("quantity_t")
            if tonnes is not None and (not isinstance(tonnes, int | float) or tonnes <= 0):
                problems.append(f"{where}: quantity_t {tonnes}")
    assert problems == []
