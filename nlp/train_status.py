"""Train the learned status model (nlp/status_model.py) from labelled sets.

`python -m nlp.train_status --out nlp/data/status_model.json SET.jsonl ...` runs the
extractor with the rules alone over every set, pairs each predicted event with its gold event
as the scorer (`../shared/eval/score.py`) does, and fits an L2-regularised multinomial logistic
regression to (features of the rules' choice, gold status). `--cv` prints leave-one-set-out
status accuracy, rules against model, for a grid of settings instead; `--hold` names the sets
held out in turn (the others, e.g. the dev sets, are always trained on), so that the model is
judged on text written like unseen text while it still learns from it. `--nested` chooses
the setting (feature groups, l2, margin) inside each training fold and `--curve` repeats it
on fractions of the training documents (a learning curve).

Deterministic: documents in file order, full-batch L-BFGS from zero, no randomness.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from nlp import action_model
from nlp import status as status_rules
from nlp.softmax_fit import fit_softmax
from nlp.status import STATUSES, RecordedStatus
from nlp.status_model import GROUPS, StatusModel, group_of

# One sample: the features of the rules' choice, the rules' status and the gold status; None
# features for a matched event whose status no recorded choice made (set by a later stage). A
# fourth item, when there, names the document (learning curves subsample documents).
Sample = tuple[Any, ...]


def parties(event: dict[str, Any]) -> set[str]:
    return set(event.get("actors") or []) | set(event.get("partners") or [])


def matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The scorer's event match: same action, a shared party and mineral where gold has any."""
    if gold.get("action") != pred.get("action"):
        return False
    gp = parties(gold)
    if gp and not gp & parties(pred):
        return False
    gm = set(gold.get("minerals") or [])
    return not gm or bool(gm & set(pred.get("minerals") or []))


def first_match(
    gold: dict[str, Any],
    events: Sequence[dict[str, Any]],
    taken: Any,
    match: Any = matches,
) -> int | None:
    """The first event not yet `taken` (a set of indices, or a list with None where free) that
    `match`es the gold event: one step of the scorer's greedy one-to-one match."""
    if isinstance(taken, set):
        return next((i for i, p in enumerate(events) if i not in taken and match(gold, p)), None)
    return next((i for i, p in enumerate(events) if taken[i] is None and match(gold, p)), None)


def paired(
    gold_events: Iterable[dict[str, Any]], events: Sequence[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], int]]:
    """(gold event, index of its predicted event) for each gold event the scorer matches:
    greedy, in gold order, each prediction taken once."""
    used: set[int] = set()
    for gold in gold_events:
        hit = first_match(gold, events, used)
        if hit is not None:
            used.add(hit)
            yield gold, hit


def collect(path: str | Path, extractor: Any = None) -> list[Sample]:
    """Samples of one labelled set: the extractor run with the rules alone and the recorder on,
    each matched gold event (greedy, in order, as the scorer) paired with its prediction."""
    from nlp.extract import Extractor

    extractor = extractor or Extractor()
    # the rules alone, and no action model after them: its drops would change which gold
    # events are matched, so the status model would depend on the other model's training
    saved = status_rules.USE_MODEL, status_rules.RECORDER, action_model.USE_MODEL
    status_rules.USE_MODEL, status_rules.RECORDER, action_model.USE_MODEL = False, [], False
    samples: list[Sample] = []
    try:
        with open(path, encoding="utf-8") as handle:
            docs = [json.loads(line) for line in handle if line.strip()]
        for doc in docs:
            status_rules.RECORDER.clear()
            pred = extractor.extract(doc)
            records = list(status_rules.RECORDER)
            events = list(pred.get("events") or [])
            for gold, hit in paired((doc.get("gold") or {}).get("events") or [], events):
                if not gold.get("status"):
                    continue
                status = events[hit].get("status")
                doc_id = str(doc.get("id"))
                if isinstance(status, RecordedStatus):
                    samples.append((records[status.record][0], str(status), gold["status"], doc_id))
                else:
                    samples.append((None, status, gold["status"], doc_id))
    finally:
        status_rules.USE_MODEL, status_rules.RECORDER, action_model.USE_MODEL = saved
    return samples


def _select(feats: list[str], groups: frozenset[str]) -> list[str]:
    """The features of the chosen groups; without the rules' choice, none of its crosses."""
    if "rule" not in groups:
        return [f for f in feats if (group_of(f) in groups and "|rule=" not in f) or f == "bias"]
    return [f for f in feats if group_of(f) in groups or f == "bias"]


# Decimal places a weight is stored with: four kept every decision of the labelled sets that
# five made (session 22); three (session 30) move two of 9,459 matched events on the labelled
# sets (status +1, one event more) and bring the file from 2,012 to 1,848 KiB, under the
# stop hook's 2 MB with room for new features.
WEIGHT_PLACES = 3


def fit(
    samples: Sequence[Sample], l2: float, groups: Iterable[str] = GROUPS, steps: int = 1500
) -> dict[str, Any]:
    """The model spec (JSON-ready) fitted to the samples that have features: mean negative
    log-likelihood plus l2/2 times the squared weights over n, by L-BFGS from zero."""
    chosen = frozenset(groups)
    rows = [(_select(s[0], chosen), STATUSES.index(s[2])) for s in samples if s[0] is not None]
    names, w = fit_softmax(rows, len(STATUSES), l2, steps)
    weights = {
        name: [round(float(a), WEIGHT_PLACES) for a in w[i]]
        for i, name in enumerate(names)
        if np.abs(w[i]).max() >= 10.0**-WEIGHT_PLACES
    }
    return {
        "classes": list(STATUSES),
        "groups": [g for g in GROUPS if g in chosen],
        "l2": l2,
        "threshold": 0.0,
        "margin": 0.0,
        "samples": len(rows),
        "weights": weights,
    }


def accuracy(samples: Sequence[Sample], model: StatusModel | None) -> tuple[int, int]:
    """(right, total) status over matched events: the model's choice where a recorded choice
    made the status and `model` is given, the status predicted otherwise."""
    right = 0
    for sample in samples:
        feats, rule, gold = sample[0], sample[1], sample[2]
        status = rule
        if model is not None and feats is not None:
            learned = model.decide(model.scores(_select(feats, frozenset(model.groups))), rule)
            if learned is not None:
                status = learned
        right += status == gold
    return right, len(samples)


def cross_validate(
    sets: dict[str, list[Sample]],
    l2: float,
    groups: Iterable[str],
    thresholds: Sequence[float] = (0.0,),
    held_out: Sequence[str] | None = None,
) -> dict[float, list[tuple[str, int, int, int]]]:
    """Leave one set out: for each threshold, (held-out set, rules right, model right, events)
    per set. Only the sets in `held_out` (all by default) are held out in turn; every other set
    is always trained on."""
    out: dict[float, list[tuple[str, int, int, int]]] = {t: [] for t in thresholds}
    for held in held_out or list(sets):
        train = [s for name, rows in sets.items() if name != held for s in rows]
        spec = fit(train, l2, groups)
        rules, n = accuracy(sets[held], None)
        for t in thresholds:
            learned, _ = accuracy(sets[held], StatusModel(spec | {"threshold": t}))
            out[t].append((held, rules, learned, n))
    return out


def _grid(
    sets: dict[str, list[Sample]],
    held_out: Sequence[str],
    l2s: Sequence[float] = (3.0, 10.0, 30.0, 100.0),
    wide: bool = True,
) -> None:
    """Leave-one-set-out accuracy (pooled over the `held_out` folds) for each l2, feature-group
    choice and threshold; `wide` tries every group left out and every pair with the rules'
    choice, else only all groups and all but the rules' choice."""
    full = tuple(GROUPS)
    choices = [full, tuple(g for g in full if g != "rule")]
    if wide:
        choices += [tuple(g for g in full if g != drop) for drop in full if drop != "rule"]
        choices += [c for c in combinations(full, 2) if "rule" in c]
    total_rules = sum(accuracy(sets[h], None)[0] for h in held_out)
    n = sum(len(sets[h]) for h in held_out)
    print(f"rules: {total_rules}/{n} = {total_rules / n:.3f}")
    for l2 in l2s:
        for groups in choices:
            thresholds = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
            for threshold, table in cross_validate(sets, l2, groups, thresholds, held_out).items():
                right = sum(r[2] for r in table)
                per = " ".join(f"{r[2] - r[1]:+d}" for r in table)
                print(
                    f"l2={l2:<5} thr={threshold:<4} {right / n:.3f} ({right - total_rules:+d}) "
                    f"[{per}] {','.join(groups)}",
                    flush=True,
                )


# The settings nested CV chooses among: (name, l2, groups); thresholds are tried for each.
SESSION8 = ("rule", "action", "cues", "nearest", "date", "place", "actions")
SETTINGS: tuple[tuple[str, float, tuple[str, ...]], ...] = tuple(
    (f"{name}/l2={l2:g}", l2, groups)
    for name, groups in (
        ("session8", SESSION8),
        ("stacked", tuple(g for g in GROUPS if g != "choice")),
        ("words-only", tuple(g for g in GROUPS if g not in ("rule", "choice"))),
        ("words+choice", tuple(g for g in GROUPS if g != "rule")),
    )
    for l2 in (10.0, 30.0, 100.0)
)
# The margins (log-odds by which the model's choice must beat the rules') tried for each.
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0)

# The sets of a nested run, shared with worker processes (forked) instead of pickled per job.
_SETS: dict[str, list[Sample]] = {}


def _keep(doc_id: str, fraction: float) -> bool:
    """Whether a document is in a `fraction` subsample: a fixed hash of its id, no randomness."""
    if fraction >= 1.0:
        return True
    return int(hashlib.md5(doc_id.encode("utf-8")).hexdigest()[:8], 16) < fraction * 2**32


def _fold_job(
    job: tuple[int, frozenset[str], float, int],
) -> tuple[tuple[int, frozenset[str], float], dict[str, list[int]]]:
    """Fit one setting on every set outside `out` (docs subsampled to `fraction`) and count, per
    held-out set in `out`, the events the model gets right at each threshold."""
    setting, out, fraction, steps = job
    _, l2, groups = SETTINGS[setting]
    train = [
        s
        for name, rows in _SETS.items()
        if name not in out
        for s in rows
        if len(s) < 4 or _keep(str(s[3]), fraction)
    ]
    spec = fit(train, l2, groups, steps=steps)
    right = {
        held: [accuracy(_SETS[held], StatusModel(spec | {"margin": m}))[0] for m in MARGINS]
        for held in sorted(out)
    }
    return (setting, out, fraction), right


def nested_cv(
    sets: dict[str, list[Sample]],
    held_out: Sequence[str],
    fractions: Sequence[float] = (1.0,),
    steps: int = 800,
    workers: int = 1,
    names: Sequence[str] = (),
) -> dict[str, Any]:
    """Leave one held-out set out, the setting and margin chosen INSIDE each training fold:
    for outer fold h, every setting is scored by leave-one-set-out over the other held-out sets
    (trained on all but h and that set), the best pooled inner score picks (setting,
    margin), which is then fitted on all but h and judged on h alone. The fit on all but
    {h, i} serves the inner folds of both h and i. `fractions` < 1 subsample the training
    documents (a learning curve); the settings are chosen again for each."""
    global _SETS
    _SETS = sets
    held = list(held_out)
    chosen = [k for k, (name, _, _) in enumerate(SETTINGS) if not names or name in names]
    jobs = [
        (k, frozenset(out), f, steps)
        for f in fractions
        for k in chosen
        for out in [*combinations(held, 2), *((h,) for h in held)]
    ]
    if workers > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers) as pool:
            done = dict(pool.map(_fold_job, jobs, chunksize=1))
    else:
        done = dict(map(_fold_job, jobs))
    report: dict[str, Any] = {"settings": [SETTINGS[k][0] for k in chosen], "folds": {}}
    for f in fractions:
        folds = []
        for h in held:
            inner_sets = [i for i in held if i != h]
            best: tuple[int, int, int] | None = None  # (inner right, setting, threshold index)
            for k in chosen:
                for ti in range(len(MARGINS)):
                    right = sum(done[(k, frozenset((h, i)), f)][i][ti] for i in inner_sets)
                    if best is None or right > best[0]:
                        best = (right, k, ti)
            assert best is not None
            _, k, ti = best
            rules, n = accuracy(sets[h], None)
            fixed = {SETTINGS[j][0]: done[(j, frozenset((h,)), f)][h] for j in chosen}
            folds.append(
                {
                    "held": h,
                    "events": n,
                    "rules": rules,
                    "model": done[(k, frozenset((h,)), f)][h][ti],
                    "setting": SETTINGS[k][0],
                    "margin": MARGINS[ti],
                    "fixed": fixed,
                }
            )
        report["folds"][str(f)] = folds
    return report


def _print_nested(report: dict[str, Any]) -> None:
    for f, folds in report["folds"].items():
        n = sum(r["events"] for r in folds)
        rules = sum(r["rules"] for r in folds)
        model = sum(r["model"] for r in folds)
        print(f"training documents: {float(f):.0%}")
        print(f"{'held out':<10} {'events':>6} {'rules':>6} {'model':>6} {'gain':>5}  chosen")
        for r in folds:
            print(
                f"{r['held']:<10} {r['events']:>6} {r['rules'] / r['events']:>6.3f} "
                f"{r['model'] / r['events']:>6.3f} {r['model'] - r['rules']:>+5d}  "
                f"{r['setting']} margin={r['margin']}"
            )
        print(f"{'pooled':<10} {n:>6} {rules / n:>6.3f} {model / n:>6.3f} {model - rules:>+5d}")
        print("each setting fixed (not nested), pooled gain per margin " + str(MARGINS))
        for name in report["settings"]:
            gains = [sum(r["fixed"][name][ti] for r in folds) - rules for ti in range(len(MARGINS))]
            worst = [
                min(r["fixed"][name][ti] - r["rules"] for r in folds) for ti in range(len(MARGINS))
            ]
            print(
                f"  {name:<22} "
                + " ".join(f"{g:+d}({w:+d})" for g, w in zip(gains, worst, strict=True))
            )


def dumps_spec(spec: dict[str, Any]) -> str:
    """The model as JSON, one feature's weights a line (diffs of a retrained model read well)."""
    head = {k: v for k, v in sorted(spec.items()) if k != "weights"}
    lines = [json.dumps(k) + ": " + json.dumps(v) for k, v in head.items()]
    rows = [
        json.dumps(k) + ":" + json.dumps(v, separators=(",", ":"))
        for k, v in sorted(spec["weights"].items())
    ]
    lines.append('"weights": {\n  ' + ",\n  ".join(rows) + "\n }")
    return "{\n " + ",\n ".join(lines) + "\n}\n"


def write_spec(spec: dict[str, Any], out: str | Path) -> None:
    """Write a model spec, one weight a line (so a retrain diffs feature by feature)."""
    Path(out).write_text(dumps_spec(spec), encoding="utf-8")
    print(f"{spec['samples']} samples, {len(spec['weights'])} features -> {out}", file=sys.stderr)


def set_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments both trainers take: the labelled sets, the output, l2 and margin."""
    parser.add_argument(
        "sets",
        nargs="+",
        help="labelled sets to train on (gold JSON lines); NAME=A.jsonl,B.jsonl pools files",
    )
    parser.add_argument("--out", help="where to write the model JSON")
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument(
        "--margin", type=float, default=0.0, help="log-odds the model must beat the rules by"
    )


def named_sets(args: Sequence[str]) -> list[tuple[str, list[str]]]:
    """(name, files) per set argument: NAME=A.jsonl,B.jsonl pools several files into one set
    (one fold of the CV); a bare path is named by its file's stem."""
    out = []
    for arg in args:
        name, _, paths = arg.rpartition("=") if "=" in arg else ("", "", arg)
        files = paths.split(",")
        out.append((name or Path(files[0]).stem, files))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.train_status", description=__doc__)
    set_arguments(parser)
    parser.add_argument("--groups", default=",".join(GROUPS))
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument(
        "--cv", action="store_true", help="leave-one-set-out table for the settings"
    )
    parser.add_argument("--grid", action="store_true", help="leave-one-set-out over a grid")
    parser.add_argument(
        "--hold",
        default="",
        help="comma list of set names (file stems) held out in turn by --cv/--grid (default all)",
    )
    parser.add_argument("--grid-l2", default="3,10,30,100", help="l2 values --grid tries")
    parser.add_argument(
        "--narrow", action="store_true", help="--grid: only all groups and all but the rules'"
    )
    parser.add_argument("--samples", help="cache of collected samples (JSON), read if it exists")
    parser.add_argument(
        "--nested", action="store_true", help="nested leave-one-set-out over SETTINGS (--hold)"
    )
    parser.add_argument(
        "--curve", default="1", help="--nested: comma list of training-document fractions"
    )
    parser.add_argument("--workers", type=int, default=1, help="--nested: processes")
    parser.add_argument(
        "--settings", default="", help="--nested: comma list of SETTINGS names (default all)"
    )
    parser.add_argument("--steps", type=int, default=1500, help="gradient steps per fit")
    args = parser.parse_args(argv)
    if args.samples and Path(args.samples).exists():
        sets = json.loads(Path(args.samples).read_text(encoding="utf-8"))
        sets = {k: [tuple(s) for s in v] for k, v in sets.items()}
    else:
        from nlp.extract import Extractor

        extractor = Extractor()
        sets = {}
        for name, files in named_sets(args.sets):
            sets[name] = [s for f in files for s in collect(f, extractor)]
        if args.samples:
            Path(args.samples).write_text(json.dumps(sets), encoding="utf-8")
    groups = [g for g in args.groups.split(",") if g]
    held_out = [h for h in args.hold.split(",") if h] or list(sets)
    if args.nested:
        fractions = [float(x) for x in args.curve.split(",")]
        names = [x for x in args.settings.split(",") if x]
        report = nested_cv(sets, held_out, fractions, args.steps, args.workers, names)
        _print_nested(report)
        return 0
    if args.grid:
        _grid(sets, held_out, [float(x) for x in args.grid_l2.split(",")], not args.narrow)
        return 0
    if args.cv:
        table = cross_validate(sets, args.l2, groups, (args.threshold,), held_out)
        table = table[args.threshold]
        print(f"{'held out':<10} {'events':>6} {'rules':>6} {'model':>6}")
        for held, rules, learned, n in table:
            print(f"{held:<10} {n:>6} {rules / n:>6.3f} {learned / n:>6.3f}")
        n = sum(r[3] for r in table)
        print(
            f"{'pooled':<10} {n:>6} {sum(r[1] for r in table) / n:>6.3f} "
            f"{sum(r[2] for r in table) / n:>6.3f}"
        )
        return 0
    if not args.out:
        parser.error("--out is required unless --cv or --grid")
    spec = fit([s for rows in sets.values() for s in rows], args.l2, groups)
    spec["threshold"] = args.threshold
    spec["margin"] = args.margin
    spec["trained_on"] = list(sets)
    write_spec(spec, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
