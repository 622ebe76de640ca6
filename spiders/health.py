"""Source health: fetch each source's feed/API/sitemap/listing once and report how it answered."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from spiders.crawl import run_crawl
from spiders.sources import load_sources
from spiders.state import CrawlState

LOGGER = logging.getLogger(__name__)

COLUMNS = (
    "source_id",
    "kind",
    "status",
    "http_status",
    "items",
    "bytes",
    "elapsed_ms",
    "error",
    "last_success",
    "consecutive_failures",
    "url",
)


def check_sources(
    sources_path: str | Path,
    data_dir: str | Path,
    only: list[str] | None = None,
    timeout: float | None = None,
) -> list[dict[str, Any]]:
    """One row per source (file order): a fresh unconditional fetch of its listing, nothing stored.

    ``status`` is ``ok`` (parsed; ``items`` entries) or ``failed`` (``error`` says why);
    ``last_success`` and ``consecutive_failures`` come from the crawl state of earlier crawls.
    """
    config = load_sources(sources_path)
    report = run_crawl(sources_path, data_dir, only=only, timeout=timeout, mode="check")
    state = CrawlState(data_dir)
    rows = []
    for source in config.select(only):
        got = report["sources"].get(source.id, {})
        known = state.sources.get(source.id, {})
        rows.append(
            {
                "source_id": source.id,
                "kind": source.kind,
                "status": got.get("status", "failed"),
                "http_status": got.get("http_status"),
                "items": got.get("items", 0),
                "bytes": got.get("bytes", 0),
                "elapsed_ms": got.get("elapsed_ms", 0.0),
                "error": got.get("error"),
                "last_success": known.get("last_success"),
                "consecutive_failures": known.get("consecutive_failures", 0),
                "url": source.url,
            }
        )
    return rows
