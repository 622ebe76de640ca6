"""Export the warehouse as Parquet partitioned by month, for tools that read object storage."""

from __future__ import annotations

import logging
from pathlib import Path

from warehouse.db import connect

LOGGER = logging.getLogger(__name__)

# Each dataset: the query and the date that decides its month partition.
DATASETS = {
    "events": ("SELECT * FROM events", "event_day"),
    "clusters": ("SELECT * EXCLUDE (fingerprint) FROM event_clusters", "event_day"),
    # Metadata only: texts stay in the warehouse (they are large and easily re-derived).
    "documents": (
        "SELECT * EXCLUDE (text) , length(text) AS text_chars FROM documents",
        "coalesce(published_at, fetched_at)",
    ),
}


def export_parquet(db_path: str | Path, out_dir: str | Path, timeout: float = 30.0) -> dict:
    """Write events, clusters and document metadata under out_dir/<dataset>/month=YYYY-MM/.

    Each dataset folder is replaced as a whole, so re-exporting gives the same files.
    Read back with ``read_parquet('out_dir/events/**/*.parquet', hive_partitioning = true)``.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with connect(db_path, read_only=True, timeout=timeout) as con:
        for name, (query, day) in DATASETS.items():
            target = out_dir / name
            sql = f"SELECT *, coalesce(strftime({day}, '%Y-%m'), 'unknown') AS month FROM ({query})"
            counts[name] = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
            if counts[name] == 0:
                continue
            con.execute(
                f"COPY ({sql}) TO '{_quote(target)}' "
                "(FORMAT parquet, PARTITION_BY (month), OVERWRITE true)"
            )
    LOGGER.info("exported %s to %s", counts, out_dir)
    return {"out_dir": str(out_dir), **counts}


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
