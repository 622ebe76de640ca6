"""export_parquet: month partitions DuckDB can read back."""

from __future__ import annotations

import duckdb
from wh_factories import make_event

from warehouse.clusters import cluster_events
from warehouse.export import export_parquet
from warehouse.extractions import store_extractions


def test_export_is_partitioned_by_month_and_reads_back(db_path, add_docs, tmp_path):
    ids = add_docs(
        [
            {"url": "http://x/a", "text": "a", "published_at": "2026-10-03T08:00:00Z"},
            {"url": "http://x/b", "text": "b", "published_at": "2026-11-03T08:00:00Z"},
        ]
    )
    store_extractions(
        db_path,
        [
            {"id": ids["http://x/a"], "events": [make_event(), make_event(action="stockpile")]},
            {"id": ids["http://x/b"], "events": [make_event(event_date="2025-06")]},
        ],
        "v1",
    )
    cluster_events(db_path)
    out = tmp_path / "parquet"
    report = export_parquet(db_path, out)
    assert (report["events"], report["clusters"], report["documents"]) == (3, 3, 2)
    months = sorted(p.name for p in (out / "events").iterdir())
    assert months == ["month=2025-06", "month=2026-10"]
    con = duckdb.connect()
    got = con.execute(
        f"SELECT month, count(*) FROM read_parquet('{out}/events/**/*.parquet', "
        "hive_partitioning = true) GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert got == [("2025-06", 1), ("2026-10", 2)]
    docs = con.execute(
        f"SELECT * FROM read_parquet('{out}/documents/**/*.parquet', hive_partitioning = true)"
    )
    columns = [d[0] for d in docs.description]
    assert "text" not in columns and "canonical_url" in columns and len(docs.fetchall()) == 2
    actors = con.execute(
        f"SELECT actors FROM read_parquet('{out}/clusters/**/*.parquet') LIMIT 1"
    ).fetchall()
    assert actors == [(["CHN"],)]
    # Exporting again replaces the files instead of adding copies.
    export_parquet(db_path, out)
    again = con.execute(f"SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet')")
    assert again.fetchall() == [(3,)]
