"""Train the learned action model (nlp/action_model.py) from labelled sets.

`python -m nlp.train_actions --out nlp/data/action_model.json SET.jsonl ...` runs the
extractor with the action model off over every set and labels each predicted event: the gold
action it matches as the scorer (`../shared/eval/score.py`) matches events; else the action of
a gold event left unmatched that it would match but for the action (a mistyped event); else
`none` (an event the text does not report). It then fits an L2-regularised multinomial
logistic regression to (features, label). The extractor also builds an event for every
candidate (a cue its decision dropped, of an action it found nowhere in the document); a
second, two-class model (the candidate scorer) learns from those whether the gold names that
action in the document. `--cv` holds out each named set in turn (`--hold`; the others, e.g.
the development sets, are always trained on) and prints actions and events F1, rules against
model, for each margin of `--margins` and candidate threshold of `--candidate-thresholds`.

Deterministic: documents in file order, full-batch L-BFGS from zero, no randomness.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from nlp import action_model
from nlp.action_model import (
    CLASSES,
    NONE,
    ActionModel,
    features,
    is_shadow,
    rules_actions,
    words,
)
from nlp.softmax_fit import fit_softmax
from nlp.train_status import (
    first_match,
    matches,
    named_sets,
    parties,
    set_arguments,
    write_spec,
)

# the weights are written as integers in units of 1/SCALE
SCALE = 100
# the candidate scorer's features are kept when seen in this many candidates
CANDIDATE_MIN_COUNT = 2

# One labelled document: its gold labels, the events the extractor predicted with the action
# model off, and its title.
Doc = tuple[dict[str, Any], list[dict[str, Any]], str | None]


def _matches_but_action(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The scorer's match without the action, for a gold event that names a party or mineral
    (without one, any event would do)."""
    if not parties(gold) and not gold.get("minerals"):
        return False
    return matches(gold, {**pred, "action": gold.get("action")})


def labels(gold: dict[str, Any], events: Sequence[dict[str, Any]]) -> list[str]:
    """Per predicted event, the class it should have (see the module's docstring). A shadow
    candidate is labelled with its action when the gold names that action anywhere in the
    document (it is proposed only for an action the rules found nowhere else), else `none`."""
    real = [i for i, event in enumerate(events) if not is_shadow(event)]
    out = [NONE] * len(events)
    for i, label in zip(real, _decided_labels(gold, [events[i] for i in real]), strict=True):
        out[i] = label
    gold_actions = set(gold.get("actions") or [])
    for i, event in enumerate(events):
        if is_shadow(event) and event["action"] in gold_actions:
            out[i] = event["action"]
    return out


def _decided_labels(gold: dict[str, Any], events: Sequence[dict[str, Any]]) -> list[str]:
    """Per event the rules decided on: scorer matches first, greedy in gold order, then
    mistyped events among those left."""
    golds = list(gold.get("events") or [])
    found: list[str | None] = [None] * len(events)
    left: list[dict[str, Any]] = []
    for g in golds:
        hit = first_match(g, events, found)
        if hit is None:
            left.append(g)
        else:
            found[hit] = g["action"]
    for g in left:
        hit = first_match(g, events, found, _matches_but_action)
        if hit is not None:
            found[hit] = g["action"]
    return [label or NONE for label in found]


def collect(path: str | Path, extractor: Any = None) -> list[Doc]:
    """The labelled documents of one set, each with the events the extractor predicts when the
    action model is off (the status model as configured, as at run time), shadow candidates
    included."""
    from nlp.extract import Extractor

    extractor = extractor or Extractor()
    saved = action_model.USE_MODEL, action_model.RECORDER, action_model.SHADOWS
    action_model.USE_MODEL, action_model.RECORDER, action_model.SHADOWS = False, [], True
    try:
        with open(path, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        docs: list[Doc] = []
        for row in rows:
            action_model.RECORDER.clear()
            extractor.extract(row)
            # the events as the model reads them, with the rules' marks the output drops
            events = [{**e, "status": str(e.get("status"))} for e in action_model.RECORDER]
            title = row.get("title") if isinstance(row.get("title"), str) else None
            docs.append((row.get("gold") or {}, events, title))
        return docs
    finally:
        action_model.USE_MODEL, action_model.RECORDER, action_model.SHADOWS = saved


def samples(docs: Sequence[Doc]) -> list[tuple[list[str], int]]:
    """(features, class index) of every event the rules decided on (candidates left out)."""
    rows = []
    for gold, events, title in docs:
        doc_actions = rules_actions(events)
        title_words = words(title)
        for event, label in zip(events, labels(gold, events), strict=True):
            if not is_shadow(event):
                rows.append((features(event, title_words, doc_actions), CLASSES.index(label)))
    return rows


def candidate_samples(docs: Sequence[Doc]) -> list[tuple[list[str], int]]:
    """(features, 1 if the gold names its action else 0) of every candidate (one row each,
    however many events it made)."""
    rows = []
    for gold, events, _title in docs:
        gold_actions = set(gold.get("actions") or [])
        seen: set[int] = set()
        for event in events:
            candidate = event.get("_candidate")
            if is_shadow(event) and candidate is not None and id(candidate) not in seen:
                seen.add(id(candidate))
                rows.append((candidate.features(), int(event["action"] in gold_actions)))
    return rows


def _pruned(rows: list[tuple[list[str], int]], min_count: int) -> list[tuple[list[str], int]]:
    seen = Counter(f for feats, _ in rows for f in set(feats))
    return [
        (sorted({f for f in feats if seen[f] >= min_count or "|" not in f}), label)
        for feats, label in rows
    ]


def fit(
    docs: Sequence[Doc],
    l2: float,
    min_count: int = 2,
    prune: float = 0.04,
    steps: int = 400,
    candidate_l2: float | None = None,
) -> dict[str, Any]:
    """The model spec (JSON-ready): features seen in at least `min_count` events (the rules'
    action always), weights in hundredths, kept where one reaches `prune`."""
    rows = samples(docs)
    names, w = fit_softmax(_pruned(rows, min_count), len(CLASSES), l2, steps)
    # hundredths as integers: the file stays small (most weights round to 0)
    weights = {
        name: [round(float(a) * SCALE) for a in w[i]]
        for i, name in enumerate(names)
        if np.abs(w[i]).max() >= prune
    }
    # the candidate scorer: two classes, its log-odds the difference of their weights
    candidates = candidate_samples(docs)
    candidate_weights: dict[str, int] = {}
    if candidates:
        c_l2 = l2 if candidate_l2 is None else candidate_l2
        c_names, c_w = fit_softmax(_pruned(candidates, CANDIDATE_MIN_COUNT), 2, c_l2, steps)
        for i, name in enumerate(c_names):
            weight = float(c_w[i][1] - c_w[i][0])
            if abs(weight) >= prune:
                candidate_weights[name] = round(weight * SCALE)
    return {
        "classes": list(CLASSES),
        "scale": SCALE,
        "l2": l2,
        "margin": 0.0,
        "candidate_threshold": None,
        "candidates": len(candidates),
        "candidate_weights": candidate_weights,
        "min_count": min_count,
        "prune": prune,
        "samples": len(rows),
        "weights": weights,
    }


def score(docs: Sequence[Doc], model: ActionModel | None) -> Counter[str]:
    """The scorer's counts for actions (a*) and events (e*): tp, fp, fn."""
    counts: Counter[str] = Counter()
    for gold, events, title in docs:
        if model:
            predicted = model.review(events, title)
        else:
            predicted = [event for event in events if not is_shadow(event)]
        gold_actions = set(gold.get("actions") or [])
        actions = {e["action"] for e in predicted}
        counts["atp"] += len(gold_actions & actions)
        counts["afp"] += len(actions - gold_actions)
        counts["afn"] += len(gold_actions - actions)
        used: set[int] = set()
        for g in gold.get("events") or []:
            hit = first_match(g, predicted, used)
            if hit is None:
                counts["efn"] += 1
            else:
                used.add(hit)
                counts["etp"] += 1
        counts["efp"] += len(predicted) - len(used)
    return counts


def f1(counts: Counter[str], field: str) -> float:
    """F1 of field "a" (actions) or "e" (events) from score()'s counts."""
    tp, fp, fn = counts[field + "tp"], counts[field + "fp"], counts[field + "fn"]
    return 2 * tp / max(1, 2 * tp + fp + fn)


def cross_validate(
    sets: dict[str, list[Doc]],
    held_out: Sequence[str],
    l2: float,
    margins: Sequence[float],
    thresholds: Sequence[float | None] = (None,),
    candidate_l2: float | None = None,
) -> dict[str, Any]:
    """Each held-out set scored by a model trained on every other set, per margin and
    candidate threshold (None: no candidates kept)."""
    table: dict[str, Any] = {}
    for held in held_out:
        train = [doc for name, docs in sets.items() if name != held for doc in docs]
        spec = fit(train, l2, candidate_l2=candidate_l2)
        row = {"rules": score(sets[held], None)}
        for margin in margins:
            for threshold in thresholds:
                model = ActionModel({**spec, "margin": margin, "candidate_threshold": threshold})
                row[(margin, threshold)] = score(sets[held], model)
        table[held] = row
    return table


def _print_cv(table: dict[str, Any]) -> None:
    total: dict[Any, Counter[str]] = {}
    for held, row in table.items():
        cells = []
        for key, counts in row.items():
            total.setdefault(key, Counter()).update(counts)
            cells.append(f"{f1(counts, 'a'):.3f}/{f1(counts, 'e'):.3f}")
        print(f"{held:<10} " + " ".join(f"{c:>12}" for c in cells))
    print(
        f"{'pooled':<10} " + " ".join(f"{f1(c, 'a'):.4f}/{f1(c, 'e'):.4f}" for c in total.values())
    )
    first = next(iter(table.values()))
    columns = ", ".join(f"{key[0]}/{key[1]}" for key in first if key != "rules")
    print("columns (actions F1 / events F1): rules, then margin/candidate threshold " + columns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.train_actions", description=__doc__)
    set_arguments(parser)
    parser.add_argument("--cv", action="store_true", help="hold out each set of --hold in turn")
    parser.add_argument("--hold", default="", help="comma list of set names held out in turn")
    parser.add_argument("--margins", default="0,0.5,1", help="--cv: margins to score")
    parser.add_argument("--candidate-l2", type=float, default=None, help="the scorer's l2")
    parser.add_argument(
        "--candidate-threshold", default="none", help="keep a candidate above it (none: never)"
    )
    parser.add_argument(
        "--candidate-thresholds", default="none", help="--cv: thresholds to score (none: off)"
    )
    args = parser.parse_args(argv)
    from nlp.extract import Extractor

    extractor = Extractor()
    sets: dict[str, list[Doc]] = {}
    stems: list[str] = []
    for name, files in named_sets(args.sets):
        stems += [Path(f).stem for f in files]
        sets[name] = [d for f in files for d in collect(f, extractor)]
    if args.cv:
        margins = [float(x) for x in args.margins.split(",")]
        thresholds = [_threshold(x) for x in args.candidate_thresholds.split(",")]
        held_out = [h for h in args.hold.split(",") if h] or list(sets)
        _print_cv(cross_validate(sets, held_out, args.l2, margins, thresholds, args.candidate_l2))
        return 0
    if not args.out:
        parser.error("--out is required unless --cv")
    spec = fit(
        [doc for docs in sets.values() for doc in docs], args.l2, candidate_l2=args.candidate_l2
    )
    spec["margin"] = args.margin
    spec["candidate_threshold"] = _threshold(args.candidate_threshold)
    spec["trained_on"] = stems
    write_model(spec, args.out)
    return 0


def write_model(spec: dict[str, Any], out: str | Path) -> None:
    """Write the model at `out` and its candidate scorer beside it (`…_candidates.json`, named
    in the model's `candidate_file`): two files, each small enough to read in a diff."""
    out = Path(out)
    side = out.with_name(out.stem + "_candidates.json")
    main = {k: v for k, v in spec.items() if k not in ("candidate_weights", "candidate_threshold")}
    main["candidate_file"] = side.name
    scorer = {
        "threshold": spec.get("candidate_threshold"),
        "scale": spec["scale"],
        "samples": spec.get("candidates", 0),
        "weights": spec.get("candidate_weights") or {},
    }
    write_spec(main, out)
    side.write_text(
        "{\n"
        + "".join(
            f" {json.dumps(k)}: {json.dumps(v)},\n" for k, v in scorer.items() if k != "weights"
        )
        + ' "weights": {\n  '
        + ",\n  ".join(f"{json.dumps(k)}:{v}" for k, v in sorted(scorer["weights"].items()))
        + "\n }\n}\n",
        encoding="utf-8",
    )


def _threshold(text: str) -> float | None:
    """A candidate threshold from the command line: a number, or "none" for no candidates."""
    return None if text.strip().lower() == "none" else float(text)


if __name__ == "__main__":
    raise SystemExit(main())
