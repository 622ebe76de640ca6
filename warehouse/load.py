"""Load landing-zone files into the warehouse: idempotent, one transaction, duplicates folded."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import sys
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse import dedup
from warehouse.db import connect

LOGGER = logging.getLogger(__name__)

# Test hook: seconds to pause after a file's rows are written and before COMMIT, so a test
# can SIGKILL a load half-way. It prints a marker line on stderr when it starts pausing.
PAUSE_ENV = "ORELINE_WAREHOUSE_PAUSE_BEFORE_COMMIT"


class BadRawFile(ValueError):
    """A landing-zone file that cannot be read whole (truncated gzip, bad JSON, missing keys)."""


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO date or date-time as a naive UTC datetime (None when absent or unreadable)."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        LOGGER.warning("unreadable timestamp %r left empty", value)
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _run_time(run_id: str | None) -> datetime | None:
    try:
        return datetime.strptime((run_id or "")[:16], "%Y%m%dT%H%M%SZ")
    except ValueError:
        return None


def read_raw_file(path: Path) -> list[dict]:
    """Every record of one file, or BadRawFile: a file is loaded whole or not at all."""
    records = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise BadRawFile(f"line {number}: bad JSON ({exc.msg})") from exc
                if not isinstance(record, dict) or "type" not in record:
                    raise BadRawFile(f"line {number}: not a record with a 'type'")
                if record["type"] == "document" and not (
                    record.get("canonical_url") or record.get("final_url") or record.get("url")
                ):
                    raise BadRawFile(f"line {number}: document without any url")
                records.append(record)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        raise BadRawFile(f"unreadable gzip ({type(exc).__name__}: {exc})") from exc
    return records


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


_STR, _TS = pa.string(), pa.timestamp("us")
SCHEMAS = {
    "fetches": pa.schema(
        [("run_id", _STR), ("source_id", _STR), ("url", _STR), ("kind", _STR),
         ("status", pa.int32()), ("bytes", pa.int64()), ("etag", _STR), ("last_modified", _STR),
         ("error", _STR), ("started_at", _TS), ("elapsed_ms", pa.float64()),
         ("items", pa.int32()), ("raw_file", _STR)]
    ),
    "documents": pa.schema(
        [("doc_id", _STR), ("url", _STR), ("canonical_url", _STR), ("source_id", _STR),
         ("publisher", _STR), ("title", _STR), ("published_at", _TS), ("fetched_at", _TS),
         ("language", _STR), ("text", _STR), ("content_hash", _STR), ("revision", pa.int32()),
         ("is_current", pa.bool_()), ("near_duplicate_of", _STR), ("raw_file", _STR),
         ("summary", _STR), ("source_country", _STR), ("near_duplicate_score", pa.float64())]
    ),
    "document_sightings": pa.schema(
        [("doc_id", _STR), ("source_id", _STR), ("url", _STR), ("seen_at", _TS),
         ("publisher", _STR), ("raw_file", _STR)]
    ),
    "document_bands": pa.schema([("doc_id", _STR), ("band_key", pa.int64())]),
}  # fmt: skip


def _coerce(value: Any, kind: pa.DataType) -> Any:
    """Bend a landing-zone value to the column type; what cannot be read becomes NULL."""
    if value is None:
        return None
    try:
        if pa.types.is_string(kind):
            return value if isinstance(value, str) else json.dumps(value)
        if pa.types.is_integer(kind):
            return int(value)
        if pa.types.is_floating(kind):
            return float(value)
        if pa.types.is_boolean(kind):
            return bool(value)
    except (TypeError, ValueError, OverflowError):
        LOGGER.warning("value %r is not a %s; stored as NULL", value, kind)
        return None
    return value


def _arrow(table: str, rows: list[dict]) -> pa.Table:
    schema = SCHEMAS[table]
    columns = {
        f.name: pa.array([_coerce(r.get(f.name), f.type) for r in rows], type=f.type)
        for f in schema
    }
    return pa.table(columns, schema=schema)


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Bulk insert through an Arrow table (executemany is thousands of times slower)."""
    if not rows:
        return
    batch = _arrow(table, rows)  # noqa: F841 - read by DuckDB by name
    quoted = ", ".join(f'"{c}"' for c in SCHEMAS[table].names)
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM batch")


class _DocumentIndex:
    """What the warehouse already holds for the URLs and hashes of one file, updated as we go."""

    def __init__(self, con: duckdb.DuckDBPyConnection, records: list[dict]):
        canon = sorted({r["_canonical"] for r in records})
        hashes = sorted({r["_hash"] for r in records})
        self.by_canonical: dict[str, list[dict]] = {}
        self.current_by_hash: dict[str, str] = {}
        rows = con.execute(
            "SELECT doc_id, canonical_url, content_hash, revision, is_current FROM documents "
            "WHERE canonical_url IN (SELECT unnest(?::VARCHAR[])) "
            "OR content_hash IN (SELECT unnest(?::VARCHAR[])) ORDER BY revision",
            [canon, hashes],
        ).fetchall()
        for doc_id, can, chash, revision, is_current in rows:
            self._remember(doc_id, can, chash, revision, is_current)

    def _remember(self, doc_id, can, chash, revision, is_current):
        self.by_canonical.setdefault(can, []).append(
            {"doc_id": doc_id, "hash": chash, "revision": revision, "is_current": is_current}
        )
        if is_current:
            self.current_by_hash[chash] = doc_id
        else:
            self.current_by_hash.setdefault(chash, doc_id)

    def add(self, doc_id, can, chash, revision):
        for old in self.by_canonical.get(can, []):
            old["is_current"] = False
        self._remember(doc_id, can, chash, revision, True)


class _FileLoader:
    """Writes one parsed file inside the caller's transaction and counts what it did."""

    def __init__(self, con: duckdb.DuckDBPyConnection, rel_path: str, records: list[dict]):
        self.con = con
        self.rel = rel_path
        self.records = records
        self.counts = {
            "documents_new": 0, "revisions": 0, "sightings": 0, "near_duplicates": 0,
            "fetches": 0, "sources": 0, "documents_seen": 0,
        }  # fmt: skip

    def run(self) -> dict:
        by_type: dict[str, list[dict]] = {}
        for record in self.records:
            by_type.setdefault(record["type"], []).append(record)
        unknown = set(by_type) - {"source", "fetch", "document"}
        if unknown:
            LOGGER.warning("%s: skipped records of unknown type %s", self.rel, sorted(unknown))
        self._sources(by_type.get("source", []))
        self._fetches(by_type.get("fetch", []))
        self._documents(by_type.get("document", []))
        return self.counts

    def _sources(self, records: list[dict]) -> None:
        for r in records:
            seen = _run_time(r.get("run_id")) or datetime.now(UTC).replace(tzinfo=None)
            self.con.execute(
                """
                INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_id) DO UPDATE SET
                    name = excluded.name, kind = excluded.kind, url = excluded.url,
                    publisher = excluded.publisher, country = excluded.country,
                    first_seen = least(sources.first_seen, excluded.first_seen),
                    last_seen = greatest(sources.last_seen, excluded.last_seen)
                """,
                [r.get("source_id"), r.get("name"), r.get("kind"), r.get("url"),
                 r.get("publisher"), r.get("country"), seen, seen],
            )  # fmt: skip
            self.counts["sources"] += 1

    def _fetches(self, records: list[dict]) -> None:
        rows = []
        for r in records:
            row = dict(r)
            row["started_at"] = parse_timestamp(r.get("started_at"))
            row["raw_file"] = self.rel
            rows.append(row)
        _insert_rows(self.con, "fetches", rows)
        self.counts["fetches"] = len(rows)

    def _documents(self, records: list[dict]) -> None:
        if not records:
            return
        for r in records:
            r["_canonical"] = dedup.canonical_url(
                r.get("canonical_url") or r.get("final_url") or r.get("url")
            )
            r["_hash"] = r.get("content_hash") or dedup.content_hash(r.get("text"))
        index = _DocumentIndex(self.con, records)
        new_docs: list[dict] = []
        new_by_id: dict[str, dict] = {}
        sightings: list[dict] = []
        retired: list[str] = []
        for r in records:
            self.counts["documents_seen"] += 1
            can, chash = r["_canonical"], r["_hash"]
            seen_at = parse_timestamp(r.get("fetched_at"))
            versions = index.by_canonical.get(can, [])
            # The current text fetched again; an article that went back to an older text
            # is a new revision (it is what the page says now).
            same_text = next((v for v in versions if v["hash"] == chash and v["is_current"]), None)
            target = None
            if same_text is not None:
                target = same_text["doc_id"]  # the same article fetched again
            elif not versions and chash in index.current_by_hash and _substantial(r.get("text")):
                target = index.current_by_hash[chash]  # same text under another URL/outlet
            if target is not None:
                sightings.append(self._sighting(target, r, seen_at))
                continue
            revision = max((v["revision"] for v in versions), default=0) + 1
            doc_id = dedup.doc_id_for(can, revision)
            for v in versions:
                if not v["is_current"]:
                    continue
                if v["doc_id"] in new_by_id:  # an earlier revision in this same file
                    new_by_id[v["doc_id"]]["is_current"] = False
                else:
                    retired.append(v["doc_id"])
            if revision > 1:
                self.counts["revisions"] += 1
            else:
                self.counts["documents_new"] += 1
            new_by_id[doc_id] = self._document(doc_id, can, chash, revision, r)
            new_docs.append(new_by_id[doc_id])
            sightings.append(self._sighting(doc_id, r, seen_at))
            index.add(doc_id, can, chash, revision)
        if retired:
            self.con.execute(
                "UPDATE documents SET is_current = false "
                "WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(set(retired))],
            )
        self._link_near_duplicates(new_docs)
        _insert_rows(self.con, "documents", new_docs)
        self._insert_sightings(sightings)

    def _document(self, doc_id: str, can: str, chash: str, revision: int, r: dict) -> dict:
        return {
            "doc_id": doc_id, "url": r.get("url"), "canonical_url": can,
            "source_id": r.get("source_id"), "publisher": r.get("publisher"),
            "title": r.get("title"), "published_at": parse_timestamp(r.get("published_at")),
            "fetched_at": parse_timestamp(r.get("fetched_at")), "language": r.get("language"),
            "text": r.get("text") or "", "content_hash": chash, "revision": revision,
            "is_current": True, "near_duplicate_of": None, "raw_file": self.rel,
            "summary": r.get("summary"), "source_country": r.get("source_country"),
            "near_duplicate_score": None,
        }  # fmt: skip

    def _sighting(self, doc_id: str, r: dict, seen_at: datetime | None) -> dict:
        return {
            "doc_id": doc_id, "source_id": r.get("source_id"),
            "url": r.get("final_url") or r.get("url"), "seen_at": seen_at,
            "publisher": r.get("publisher"), "raw_file": self.rel,
        }  # fmt: skip

    def _insert_sightings(self, sightings: list[dict]) -> None:
        if not sightings:
            return
        frame = _arrow("document_sightings", sightings)  # noqa: F841 - read by DuckDB
        # One row per (document, outlet, url): a re-fetch adds nothing.
        before = self.con.execute("SELECT count(*) FROM document_sightings").fetchone()[0]
        self.con.execute(
            """
            INSERT INTO document_sightings
            SELECT doc_id, source_id, url, min(seen_at), any_value(publisher), any_value(raw_file)
            FROM frame f
            WHERE NOT EXISTS (
                SELECT 1 FROM document_sightings s
                WHERE s.doc_id = f.doc_id AND s.source_id IS NOT DISTINCT FROM f.source_id
                  AND s.url IS NOT DISTINCT FROM f.url)
            GROUP BY doc_id, source_id, url
            """
        )
        after = self.con.execute("SELECT count(*) FROM document_sightings").fetchone()[0]
        self.counts["sightings"] += after - before

    def _link_near_duplicates(self, new_docs: list[dict]) -> None:
        """Link syndicated copies to the earliest stored copy of the story (both are kept)."""
        bands: list[dict] = []
        grams_of: dict[str, set[str]] = {}
        keys_of: dict[str, list[int]] = {}
        for doc in new_docs:
            grams = dedup.shingles(doc["text"])
            signature = dedup.minhash(grams)
            if signature is None:
                continue
            grams_of[doc["doc_id"]] = grams
            keys_of[doc["doc_id"]] = dedup.band_keys(signature)
        all_keys = sorted({k for keys in keys_of.values() for k in keys})
        stored: dict[int, set[str]] = {}
        if all_keys:
            for doc_id, key in self.con.execute(
                "SELECT b.doc_id, b.band_key FROM document_bands b JOIN documents d USING (doc_id) "
                "WHERE d.is_current AND b.band_key IN (SELECT unnest(?::BIGINT[]))",
                [all_keys],
            ).fetchall():
                stored.setdefault(key, set()).add(doc_id)
        root_of: dict[str, str] = {}
        canonical_of = {doc["doc_id"]: doc["canonical_url"] for doc in new_docs}
        same_url: dict[str, set[str]] = {}
        for doc in new_docs:
            same_url.setdefault(doc["canonical_url"], set()).add(doc["doc_id"])
        for doc in new_docs:
            doc_id = doc["doc_id"]
            if doc_id not in keys_of:
                continue
            candidates = set().union(*(stored.get(k, set()) for k in keys_of[doc_id]))
            candidates.discard(doc_id)
            candidates -= same_url.get(doc["canonical_url"], set())  # a revision, not a copy
            best, best_score = None, 0.0
            for cand in sorted(candidates):
                score = dedup.jaccard(grams_of[doc_id], self._grams(cand, grams_of))
                if score >= dedup.NEAR_DUP_JACCARD and score > best_score:
                    best, best_score = cand, score
            if best is not None:
                root = root_of.get(best) or self._root(best) or best
                if self._canonical(root, canonical_of) == doc["canonical_url"]:
                    root = best  # the story's first copy is an older revision of this article
                doc["near_duplicate_of"] = root
                doc["near_duplicate_score"] = round(best_score, 4)
                root_of[doc_id] = doc["near_duplicate_of"]
                self.counts["near_duplicates"] += 1
            for k in keys_of[doc_id]:
                stored.setdefault(k, set()).add(doc_id)
                bands.append({"doc_id": doc_id, "band_key": k})
        _insert_rows(self.con, "document_bands", bands)

    def _grams(self, doc_id: str, cache: dict[str, set[str]]) -> set[str]:
        if doc_id not in cache:
            row = self.con.execute(
                "SELECT text FROM documents WHERE doc_id = ?", [doc_id]
            ).fetchone()
            cache[doc_id] = dedup.shingles(row[0] if row else "")
        return cache[doc_id]

    def _canonical(self, doc_id: str, in_file: dict[str, str]) -> str | None:
        if doc_id in in_file:
            return in_file[doc_id]
        row = self.con.execute(
            "SELECT canonical_url FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return row[0] if row else None

    def _root(self, doc_id: str) -> str | None:
        row = self.con.execute(
            "SELECT near_duplicate_of FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        return row[0] if row else None


# Below this many characters a shared text says nothing (an empty extraction, "Read more"):
# such documents are never merged across URLs by their hash.
MIN_SHARED_TEXT = 80


def _substantial(text: str | None) -> bool:
    return len("".join((text or "").split())) >= MIN_SHARED_TEXT


def _pending_files(raw_dir: Path) -> list[Path]:
    # "*.jsonl.gz" never matches "*.jsonl.gz.part": a file still being written is never read.
    return sorted(p for p in raw_dir.rglob("*.jsonl.gz") if p.is_file())


def _pause_hook() -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        print("oreline-warehouse: paused before commit", file=sys.stderr, flush=True)
        time.sleep(float(seconds))


def load_raw(db_path: str | Path, raw_dir: str | Path, timeout: float = 60.0) -> dict:
    """Load every complete landing-zone file not loaded yet, all in one transaction.

    Files are keyed by their path relative to ``raw_dir``. A file is loaded whole or not
    at all: one that cannot be read (truncated gzip, bad JSON line) is recorded ``failed``
    with its error and skipped from then on unless its bytes change. Returns counts.
    """
    raw_dir = Path(raw_dir)
    totals: dict[str, Any] = {
        "files_loaded": 0, "files_failed": 0, "files_skipped": 0, "documents_new": 0,
        "revisions": 0, "sightings": 0, "near_duplicates": 0, "fetches": 0, "sources": 0,
        "documents_seen": 0, "failed": [],
    }  # fmt: skip
    candidates = _pending_files(raw_dir) if raw_dir.exists() else []
    if not candidates:
        return totals
    with connect(db_path, timeout=timeout) as con:
        known = {
            path: (status, sha)
            for path, status, sha in con.execute(
                "SELECT path, status, sha256 FROM raw_files"
            ).fetchall()
        }
        con.execute("BEGIN TRANSACTION")
        try:
            for path in candidates:
                rel = path.relative_to(raw_dir).as_posix()
                previous = known.get(rel)
                if previous and previous[0] == "loaded":
                    totals["files_skipped"] += 1
                    continue
                sha = _sha256(path)
                if previous and previous[1] == sha:
                    totals["files_skipped"] += 1  # failed before and unchanged since
                    continue
                if previous:
                    con.execute("DELETE FROM raw_files WHERE path = ?", [rel])
                _load_one(con, path, rel, sha, totals)
            _pause_hook()
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    LOGGER.info(
        "loaded %d raw files (%d failed, %d skipped): %d new documents, %d revisions",
        totals["files_loaded"], totals["files_failed"], totals["files_skipped"],
        totals["documents_new"], totals["revisions"],
    )  # fmt: skip
    return totals


def _load_one(con, path: Path, rel: str, sha: str, totals: dict) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    size = path.stat().st_size
    try:
        records = read_raw_file(path)
    except BadRawFile as exc:
        LOGGER.error("raw file %s set aside: %s", rel, exc)
        con.execute(
            "INSERT INTO raw_files VALUES (?, ?, ?, 0, 0, 'failed', ?, ?, ?)",
            [rel, _run_id_of(path), now, str(exc), sha, size],
        )
        totals["files_failed"] += 1
        totals["failed"].append({"path": rel, "error": str(exc)})
        return
    counts = _FileLoader(con, rel, records).run()
    run_id = next((r.get("run_id") for r in records if r.get("run_id")), None) or _run_id_of(path)
    con.execute(
        "INSERT INTO raw_files VALUES (?, ?, ?, ?, ?, 'loaded', NULL, ?, ?)",
        [rel, run_id, now, counts["documents_seen"], counts["fetches"], sha, size],
    )
    totals["files_loaded"] += 1
    for key, value in counts.items():
        totals[key] += value


def _run_id_of(path: Path) -> str:
    return path.name.removesuffix(".jsonl.gz")
