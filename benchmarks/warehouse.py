"""Warehouse benchmark: the project's event loader against DuckDB's Arrow ceiling, and the
timeline view against the bare events table under the same filters.

    .venv/bin/python benchmarks/warehouse.py                 # 1,000,000 events
    .venv/bin/python benchmarks/warehouse.py --events 100000 # quicker
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

# Run as a script, this file's folder comes first on sys.path and its name would hide the
# `warehouse` package: drop that entry before importing the package.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from warehouse.clusters import cluster_events  # noqa: E402
from warehouse.db import connect  # noqa: E402
from warehouse.extractions import store_extractions  # noqa: E402
from warehouse.query import timeline_sql  # noqa: E402

ACTIONS = [
    "bloc_formation", "agreement", "negotiation", "export_control", "trade_measure",
    "price_mechanism", "investment", "stockpile", "offtake", "permitting", "project",
    "sanction", "strategy", "standards",
]  # fmt: skip
COUNTRIES = [
    "USA", "CHN", "AUS", "CAN", "JPN", "KOR", "DEU", "FRA", "GBR", "IND", "IDN", "COD", "CHL",
    "ARG", "BRA", "ZAF", "RUS", "SAU", "MEX", "PHL", "VNM", "KAZ", "NOR", "SWE", "FIN", "ITA",
    "POL", "TUR", "ZMB", "ZWE", "MNG", "PER", "BOL", "MAR", "EGY", "ARE", "QAT", "ISR", "SGP",
]  # fmt: skip
BLOCS = ["EU", "G7", "G20", "QUAD", "MSP", "FORGE", "ASEAN", "BRICS", "AU"]
MINERALS = [
    "lithium", "cobalt", "nickel", "graphite", "gallium", "germanium", "rare_earths",
    "neodymium", "dysprosium", "antimony", "tungsten", "copper", "manganese", "uranium",
    "platinum", "vanadium", "tin", "silicon", "magnesium", "titanium",
]  # fmt: skip
STATUSES = ["proposed", "agreed", "agreed", "in_force", "revoked"]
START = date(2023, 1, 1)
SPAN_DAYS = (date(2026, 11, 28) - START).days


def synthetic_preds(n_events: int, per_doc: int = 10, seed: int = 7) -> list[dict]:
    """Predictions whose events retell stories 1-4 times each, as outlets do."""
    rng = random.Random(seed)
    reports: list[dict] = []
    while len(reports) < n_events:
        action = rng.choice(ACTIONS)
        actors = rng.sample(COUNTRIES, rng.choice([1, 1, 1, 2]))
        if rng.random() < 0.15:
            actors.append(rng.choice(BLOCS))
        partners = rng.sample(COUNTRIES, rng.choice([0, 1, 1, 2]))
        minerals = rng.sample(MINERALS, rng.choice([0, 1, 1, 2, 3]))
        day = START + timedelta(days=rng.randrange(SPAN_DAYS))
        amount = rng.choice([None, None, None, 5e7, 1.2e9, 3e8])
        status = rng.choice(STATUSES)
        for _ in range(rng.choice([1, 1, 2, 3, 4])):
            jitter = day + timedelta(days=rng.randint(-3, 3))
            kind = rng.random()
            event_date = (
                jitter.isoformat() if kind < 0.8 else jitter.strftime("%Y-%m") if kind < 0.95
                else str(jitter.year)
            )  # fmt: skip
            reports.append(
                {
                    "action": action, "status": status, "actors": actors, "partners": partners,
                    "minerals": minerals, "amount_usd": amount, "event_date": event_date,
                    "amount": None, "currency": "USD" if amount else None,
                    "quantity_t": None, "deadline": rng.choice([None, None, None, "2030"]),
                    "sentence": rng.randrange(40), "start_char": 0, "end_char": 120,
                    "evidence": f"Officials said the {action.replace('_', ' ')} on "
                                f"{', '.join(minerals) or 'critical minerals'} involving "
                                f"{', '.join(actors + partners)} was {status} ({len(reports)}).",
                    "confidence": round(rng.uniform(0.4, 0.99), 2), "bloc_phrase": None,
                }
            )  # fmt: skip
    reports = reports[:n_events]
    rng.shuffle(reports)
    # Fresh copies in document order: an extractor allocates its output that way, and
    # reading dicts scattered in memory would measure the machine's cache misses instead.
    return [
        {"id": f"doc{i // per_doc:07d}",
         "events": [{**r, "actors": list(r["actors"]), "partners": list(r["partners"]),
                     "minerals": list(r["minerals"])} for r in reports[i : i + per_doc]],
         "mentions": [], "error": None}
        for i in range(0, len(reports), per_doc)
    ]  # fmt: skip


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _fresh(template: Path, path: Path) -> Path:
    shutil.copyfile(template, path)
    return path


def _median_ms(con: duckdb.DuckDBPyConnection, sql: str, params: list, repeat: int) -> tuple:
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(con.execute(sql, params).fetchall())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), rows


FILTERS = [
    {"mineral": "gallium"},
    {"action": "export_control", "since": "2025-01-01"},
    {"country": "CHN", "expand_blocs": False},
    {"mineral": "lithium", "country": "AUS", "since": "2024-01-01", "expand_blocs": False},
]


def bare_sql(mineral=None, country=None, action=None, since=None, **_ignored) -> tuple[str, list]:
    """The same filters straight on the events table (no view, no clusters)."""
    where, params = [], []
    if mineral:
        where.append("list_contains(minerals, ?)")
        params.append(mineral)
    if country:
        where.append("(list_contains(actors, ?) OR list_contains(partners, ?))")
        params += [country, country]
    if action:
        where.append("action = ?")
        params.append(action)
    if since:
        where.append("event_day >= CAST(? AS DATE)")
        params.append(since)
    columns = ("event_day, action, status, actors, partners, minerals, amount_usd, amount, "
               "quantity_t, deadline, evidence, event_id")  # fmt: skip
    sql = f"SELECT {columns} FROM events WHERE {' AND '.join(where)} ORDER BY event_day, event_id"
    return sql, params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="oreline-bench-"))
    try:
        results = run(args.events, args.repeat, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


def run(n_events: int, repeat: int, work: Path) -> dict:
    # pyarrow imports pandas on its first list conversion (a one-off second or two in any
    # long-running process): pay it before the clock starts, as the ceiling does.
    pa.array([1], type=pa.int32())
    template = work / "template.duckdb"
    with connect(template):
        pass
    started = time.perf_counter()
    preds = synthetic_preds(n_events)
    results: dict = {"events": n_events, "generate_s": round(time.perf_counter() - started, 2)}
    _say(f"generated {n_events} events in {results['generate_s']} s")

    # 1. The loader (store_extractions) vs one Arrow table inserted by DuckDB.
    loader_s = []
    for i in range(repeat):
        db = _fresh(template, work / f"loader{i}.duckdb")
        started = time.perf_counter()
        store_extractions(db, preds, "bench-1")
        loader_s.append(time.perf_counter() - started)
        _say(f"loader run {i + 1}: {loader_s[-1]:.2f} s")
    with connect(db, read_only=True) as con:
        arrow = con.sql("SELECT * FROM events").to_arrow_table()  # the very same rows
    ceiling_s = []
    for i in range(repeat):
        target = _fresh(template, work / f"ceiling{i}.duckdb")
        with connect(target) as con:
            started = time.perf_counter()
            con.execute("INSERT INTO events SELECT * FROM arrow")
            ceiling_s.append(time.perf_counter() - started)
        _say(f"ceiling run {i + 1}: {ceiling_s[-1]:.2f} s")
    loader, ceiling = statistics.median(loader_s), statistics.median(ceiling_s)
    results["loader_rows_per_s"] = round(n_events / loader)
    results["ceiling_rows_per_s"] = round(n_events / ceiling)
    results["loader_vs_ceiling"] = round(ceiling / loader, 2)
    results["loader_s"], results["ceiling_s"] = round(loader, 2), round(ceiling, 2)
    del preds, arrow

    # 2. Clustering the same events, then the timeline view vs the bare events table.
    started = time.perf_counter()
    report = cluster_events(db)
    results["cluster_s"] = round(time.perf_counter() - started, 2)
    _say(f"clustered in {results['cluster_s']} s")
    results["clusters"] = report["clusters"]
    queries = []
    with connect(db, read_only=True) as con:
        for filters in FILTERS:
            view_sql, view_params = timeline_sql(**filters)
            table_sql, table_params = bare_sql(**filters)
            _median_ms(con, view_sql, view_params, 1)  # warm
            view_ms, view_rows = _median_ms(con, view_sql, view_params, repeat + 2)
            table_ms, table_rows = _median_ms(con, table_sql, table_params, repeat + 2)
            # The view's own cost: the same filters on its base table, event_clusters.
            base_sql = view_sql.replace("FROM timeline", "FROM event_clusters")
            base_ms, _ = _median_ms(con, base_sql, view_params, repeat + 2)
            queries.append(
                {"filters": filters, "view_ms": round(view_ms, 1), "view_rows": view_rows,
                 "table_ms": round(table_ms, 1), "table_rows": table_rows,
                 "clusters_table_ms": round(base_ms, 1),
                 "view_vs_table": round(view_ms / table_ms, 2)}
            )  # fmt: skip
        expanded_sql, expanded_params = timeline_sql(country="FRA")
        ms, rows = _median_ms(con, expanded_sql, expanded_params, repeat + 2)
        results["timeline_country_with_bloc_expansion_ms"] = round(ms, 1)
        results["timeline_country_with_bloc_expansion_rows"] = rows
    results["queries"] = queries
    return results


if __name__ == "__main__":
    main()
