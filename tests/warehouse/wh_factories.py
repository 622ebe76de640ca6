"""Builders for the warehouse tests (raw records, events, loaded documents), in a module of
its own name so that test files import them without relying on which conftest is loaded."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
from pathlib import Path

_COUNTER = itertools.count()


def text_hash(text: str) -> str:
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()


def make_doc(url: str, text: str, source_id: str = "wire", publisher: str = "news", **extra):
    """A landing-zone document record (docs/contracts.md §2)."""
    record = {
        "type": "document",
        "run_id": "20261128T120000Z-0000abcd",
        "source_id": source_id,
        "publisher": publisher,
        "source_country": "USA",
        "url": url + "?utm_source=feed",
        "final_url": url,
        "canonical_url": url,
        "title": extra.pop("title", "A title"),
        "published_at": extra.pop("published_at", "2026-11-27T09:00:00Z"),
        "fetched_at": extra.pop("fetched_at", "2026-11-28T12:00:01Z"),
        "language": "en",
        "text": text,
        "summary": None,
        "content_hash": text_hash(text),
        "html": "<html></html>",
        "http_status": 200,
        "feed_url": "http://127.0.0.1/feed",
    }
    record.update(extra)
    return record


def make_source(source_id: str = "wire", publisher: str = "news", country: str = "USA"):
    return {
        "type": "source",
        "run_id": "20261128T120000Z-0000abcd",
        "source_id": source_id,
        "name": source_id.title(),
        "kind": "feed",
        "url": f"http://127.0.0.1/{source_id}.xml",
        "publisher": publisher,
        "country": country,
    }


def make_fetch(url: str, source_id: str = "wire", status: int = 200):
    return {
        "type": "fetch",
        "run_id": "20261128T120000Z-0000abcd",
        "source_id": source_id,
        "url": url,
        "kind": "article",
        "status": status,
        "bytes": 5120,
        "etag": '"abc"',
        "last_modified": "Wed, 21 Oct 2026 07:28:00 GMT",
        "error": None,
        "started_at": "2026-11-28T12:00:00Z",
        "elapsed_ms": 41.2,
        "items": 1,
    }


def write_raw_file(
    raw_dir: Path, records: list[dict], day: str = "2026-11-28", name: str | None = None
) -> Path:
    """Write records as a complete landing-zone file; returns its path."""
    name = name or f"20261128T1200{next(_COUNTER):02d}Z-{next(_COUNTER):08x}"
    folder = raw_dir / day
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path


def make_event(**overrides):
    """An extractor event (docs/contracts.md §3) with plain defaults."""
    event = {
        "action": "export_control",
        "status": "agreed",
        "actors": ["CHN"],
        "partners": [],
        "minerals": ["gallium"],
        "amount_usd": None,
        "event_date": None,
        "amount": None,
        "currency": None,
        "quantity_t": None,
        "deadline": None,
        "sentence": 0,
        "start_char": 0,
        "end_char": 40,
        "evidence": "China restricts gallium exports.",
        "confidence": 0.8,
        "bloc_phrase": None,
    }
    event.update(overrides)
    return event


def load_docs(db_path: Path, raw_dir: Path, docs: list[dict], sources: list[dict] | None = None):
    """Load documents (url, text and per-doc overrides); return url -> current doc_id."""
    from warehouse.db import connect
    from warehouse.load import load_raw

    records = list(sources or [])
    for spec in docs:
        spec = dict(spec)
        records.append(make_doc(spec.pop("url"), spec.pop("text"), **spec))
    write_raw_file(raw_dir, records)
    load_raw(db_path, raw_dir)
    with connect(db_path, read_only=True) as con:
        return dict(
            con.execute("SELECT canonical_url, doc_id FROM documents WHERE is_current").fetchall()
        )
