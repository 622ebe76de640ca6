"""How well the event fields the scorer does not read agree with the labels.

`../shared/eval/score.py` scores an event by its action, parties and minerals, and its status;
the timeline and the digest also show its date and its sum. `python -m nlp.field_score
GOLD.jsonl PRED.jsonl` pairs events as the scorer does (greedy, gold order, first free match)
and counts, on the paired events, `event_date` agreeing exactly, to the month and to the year
(both empty counts as agreeing), dates missed and extra, and `amount_usd` right (within 1 %),
wrong, missed and extra. `make eval` prints it after the scorer.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from nlp.train_status import paired


def _rows(path: str | Path) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle if line.strip())
        return {str(row["id"]): row for row in rows}


def _amount_cell(gold: Any, pred: Any, name: str = "amount") -> str | None:
    """right / wrong (beyond 1 %) / missed / extra for one labelled and one read number."""
    if gold is None and pred is None:
        return None
    if pred is None:
        return f"{name}_missed"
    if gold is None:
        return f"{name}_extra"
    return f"{name}_right" if abs(gold - pred) <= 0.01 * abs(gold) else f"{name}_wrong"


def _deadline_cells(said: str | None, read: str | None) -> list[str]:
    """exact / year / wrong / missed / extra for a labelled and a read deadline."""
    if not said and not read:
        return []
    if not read:
        return ["deadline_missed"]
    if not said:
        return ["deadline_extra"]
    if said == read:
        return ["deadline_exact", "deadline_year"]
    return ["deadline_year"] if said[:4] == read[:4] else ["deadline_wrong"]


def field_counts(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> Counter:
    """Counts over the events paired as the scorer pairs them (gold rows carry `gold`)."""
    counts: Counter = Counter()
    for doc_id, row in gold.items():
        predicted = (pred.get(doc_id) or {}).get("events") or []
        for event, hit in paired((row.get("gold") or {}).get("events") or [], predicted):
            counts["paired"] += 1
            said, read = event.get("event_date") or "", predicted[hit].get("event_date") or ""
            counts["date_exact"] += said == read
            counts["date_month"] += said[:7] == read[:7]
            counts["date_year"] += said[:4] == read[:4]
            counts["date_missed"] += bool(said and not read)
            counts["date_extra"] += bool(read and not said)
            cell = _amount_cell(event.get("amount_usd"), predicted[hit].get("amount_usd"))
            if cell:
                counts[cell] += 1
            if "deadline" in event:  # a set labelled for deadlines and tonnages
                counts["fields_labelled"] += 1
                for name in _deadline_cells(event["deadline"], predicted[hit].get("deadline")):
                    counts[name] += 1
                cell = _amount_cell(
                    event.get("quantity_t"), predicted[hit].get("quantity_t"), "tonnes"
                )
                if cell:
                    counts[cell] += 1
    return counts


def report(counts: Counter) -> str:
    """The counts as lines of text (two more where the labels carry deadlines)."""
    n = counts["paired"] or 1
    return "\n".join(
        [
            f"paired events: {counts['paired']}",
            f"event_date: exact {counts['date_exact'] / n:.3f}, month {counts['date_month'] / n:.3f}, "
            f"year {counts['date_year'] / n:.3f} (missed {counts['date_missed']}, "
            f"extra {counts['date_extra']})",
            f"amount_usd: right {counts['amount_right']}, wrong {counts['amount_wrong']}, "
            f"missed {counts['amount_missed']}, extra {counts['amount_extra']}",
        ]
        + _deadline_lines(counts)
    )


def _deadline_lines(counts: Counter) -> list[str]:
    if not counts["fields_labelled"]:
        return []
    return [
        f"deadline ({counts['fields_labelled']} paired events labelled for it): "
        f"exact {counts['deadline_exact']}, same year {counts['deadline_year']}, "
        f"wrong {counts['deadline_wrong']}, missed {counts['deadline_missed']}, "
        f"extra {counts['deadline_extra']}",
        f"quantity_t: right {counts['tonnes_right']}, wrong {counts['tonnes_wrong']}, "
        f"missed {counts['tonnes_missed']}, extra {counts['tonnes_extra']}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="labelled set, the corpus format")
    parser.add_argument("pred", help="the extractor's output for it")
    args = parser.parse_args(argv)
    print(report(field_counts(_rows(args.gold), _rows(args.pred))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
