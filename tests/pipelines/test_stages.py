"""The plain stage functions the command line and the assets share, on a real warehouse file."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.config import Config, Paths
from pipelines.errors import StageError

RUN_ID = "20261128T090000Z-0a1b2c3d"
TEXT = (
    "China announced export controls on gallium and germanium on 3 July 2026, "
    "requiring licences for shipments abroad.\n\n"
    "The Ministry of Commerce said the restrictions take effect on 1 August 2026."
)


def _land(paths: Paths, run_id: str = RUN_ID, text: str = TEXT, slug: str = "gallium") -> Path:
    """A landing-zone file in the format of docs/contracts.md §2, with one document."""
    day = f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}"
    target = paths.raw / day / f"{run_id}.jsonl.gz"
    target.parent.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:8000/news/{slug}.html"
    lines = [
        {"type": "source", "run_id": run_id, "source_id": "sample_news", "name": "Sample news",
         "kind": "feed", "url": "http://127.0.0.1:8000/feed.xml", "publisher": "news",
         "country": "USA"},
        {"type": "fetch", "run_id": run_id, "source_id": "sample_news", "url": url,
         "kind": "article", "status": 200, "bytes": 2048, "etag": None, "last_modified": None,
         "error": None, "started_at": "2026-11-28T09:00:00Z", "elapsed_ms": 12.5, "items": 1},
        {"type": "document", "run_id": run_id, "source_id": "sample_news", "publisher": "news",
         "source_country": "USA", "url": url, "final_url": url, "canonical_url": url,
         "title": "China restricts gallium and germanium exports",
         "published_at": "2026-11-27T08:00:00Z", "fetched_at": "2026-11-28T09:00:01Z",
         "language": "en", "text": text, "summary": None, "content_hash": hashlib.sha256(text.encode()).hexdigest(),
         "html": "<html></html>", "http_status": 200, "feed_url": None},
    ]  # fmt: skip
    with gzip.open(target, "wt", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line) + "\n")
    return target


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data")


def test_sources_file_prefers_the_argument_then_the_config_then_the_default(tmp_path: Path) -> None:
    from spiders.sources import DEFAULT_SOURCES

    mine, theirs = tmp_path / "mine.yaml", tmp_path / "theirs.yaml"
    mine.write_text("sources: []\n")
    theirs.write_text("sources: []\n")
    assert stages.sources_file(Config(sources=theirs), mine) == mine
    assert stages.sources_file(Config(sources=theirs)) == theirs
    assert stages.sources_file(Config()) == Path(DEFAULT_SOURCES)
    with pytest.raises(StageError, match="does not exist"):
        stages.sources_file(Config(), tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("sources", "failed"),
    [
        ({}, []),
        ({"a": {"status": "ok", "error": None}}, []),
        ({"a": {"status": "failed", "error": "refused"}, "b": {"status": "ok"}}, ["a"]),
        ({"b": {"status": "backoff", "error": "skipped after 3 failed runs"}}, ["b"]),
        ({"c": {"status": "error"}, "a": {"status": "not_modified"}}, ["c"]),
    ],
)
def test_failed_sources_come_from_the_crawl_report(sources: dict, failed: list[str]) -> None:
    assert stages.failed_sources({"sources": sources}) == failed


def test_empty_landing_zone_loads_and_extracts_nothing(paths: Paths) -> None:
    asked = stages._extractor.cache_info()
    assert stages.load(paths)["documents_new"] == 0
    result = stages.extract(paths)
    assert result["pending"] == 0 and result["events"] == 0
    # Nothing pending: the spaCy pipeline was not even asked for.
    after = stages._extractor.cache_info()
    assert (after.hits, after.misses) == (asked.hits, asked.misses)


def test_process_takes_a_raw_file_to_events_once(paths: Paths) -> None:
    _land(paths)
    first = stages.process(paths)
    assert first["load"]["documents_new"] == 1
    assert first["extract"]["pending"] == 1 and first["extract"]["documents"] == 1
    assert first["extract"]["events"] >= 1

    again = stages.process(paths)
    assert again["load"]["documents_new"] == 0 and again["load"]["files_skipped"] == 1
    assert again["extract"]["pending"] == 0

    exported = stages.export(paths)
    assert exported and any(paths.exports.rglob("*.parquet"))
    digest = stages.digest(paths, Config(), day="2026-11-28")
    assert digest["date"] == "2026-11-28"
    assert all(r["status"] in ("outbox", "skipped", "empty") for r in digest["recipients"])


def test_extract_stores_in_batches(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.extractions

    topics = ["lithium price floor", "cobalt stockpile", "nickel export ban"]
    for n, topic in enumerate(topics):
        text = f"Officials discussed a {topic} on {n + 1} May 2026 in a meeting number {n}."
        _land(paths, run_id=f"20261128T09000{n}Z-0a1b2c3{n}", text=text, slug=f"story-{n}")
    stages.load(paths)
    batches: list[int] = []
    real = warehouse.extractions.store_extractions

    def counting(db_path, preds, version):
        preds = list(preds)
        batches.append(len(preds))
        return real(db_path, preds, version)

    monkeypatch.setattr(warehouse.extractions, "store_extractions", counting)
    monkeypatch.setattr(stages, "EXTRACT_BATCH", 2)
    result = stages.extract(paths)
    assert result["pending"] == result["documents"] == sum(batches)
    assert batches == [2] * (sum(batches) // 2) + ([1] if sum(batches) % 2 else [])
    assert len(batches) >= 2


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([{"events": 2}, {"events": 3}], {"events": 5}),
        (
            [{"events": 1, "version": "a"}, {"events": 1, "version": "b"}],
            {"events": 2, "version": "b"},
        ),
        ([{}, {"errors": 0}], {"errors": 0}),
    ],
)
def test_counts_add_up_across_batches(parts: list[dict], expected: dict) -> None:
    total: dict = {}
    for part in parts:
        stages._add_counts(total, part)
    assert total == expected
