"""Crawl state kept between runs under DATA/state/: validators, stored articles, per-source backoff."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

LOGGER = logging.getLogger(__name__)

STATE_FILE = "crawl_state.json"


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    """Second-precision UTC timestamp in the landing zone's spelling."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class CrawlState:
    """The spiders' memory between crawls; saved atomically, and only after the landing file is whole."""

    def __init__(self, data_dir: str | Path):
        self.dir = Path(data_dir) / "state"
        self.path = self.dir / STATE_FILE
        self.validators: dict[str, dict[str, str]] = {}
        self.stored_urls: set[str] = set()
        self.sources: dict[str, dict[str, Any]] = {}
        self.load()

    def load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            # A damaged state only costs re-fetching; say so and start clean.
            LOGGER.warning("crawl state %s unreadable, starting fresh: %s", self.path, exc)
            return
        self.validators = data.get("validators", {})
        self.stored_urls = set(data.get("stored_urls", []))
        self.sources = data.get("sources", {})

    def save(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        data = {
            "validators": self.validators,
            "stored_urls": sorted(self.stored_urls),
            "sources": self.sources,
        }
        fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".state-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
        os.replace(tmp, self.path)

    # conditional GET
    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for a feed URL, from its last 200 response."""
        v = self.validators.get(url) or {}
        headers = {}
        if v.get("etag"):
            headers["If-None-Match"] = v["etag"]
        if v.get("last_modified"):
            headers["If-Modified-Since"] = v["last_modified"]
        return headers

    def remember_validators(
        self, url: str, status: int, etag: str | None, last_modified: str | None
    ) -> None:
        """Keep validators from 200 responses only: a 304 or an error says nothing new."""
        if status != 200:
            return
        if etag or last_modified:
            self.validators[url] = {
                k: v for k, v in (("etag", etag), ("last_modified", last_modified)) if v
            }
        else:
            self.validators.pop(url, None)

    # articles
    def is_stored(self, *urls: str | None) -> bool:
        return any(u and u in self.stored_urls for u in urls)

    def mark_stored(self, *urls: str | None) -> None:
        self.stored_urls.update(u for u in urls if u)

    # per-source health and backoff
    def source(self, source_id: str) -> dict[str, Any]:
        return self.sources.setdefault(
            source_id,
            {
                "consecutive_failures": 0,
                "last_success": None,
                "next_retry": None,
                "last_error": None,
            },
        )

    def in_backoff(self, source_id: str, now: datetime | None = None) -> str | None:
        """The next retry time if the source is still backing off, else None."""
        nxt = parse_iso(self.sources.get(source_id, {}).get("next_retry"))
        now = now or utcnow()
        if nxt and nxt > now:
            return iso(nxt)
        return None

    def record_success(self, source_id: str, now: datetime | None = None) -> None:
        s = self.source(source_id)
        s.update(
            consecutive_failures=0,
            last_success=iso(now or utcnow()),
            next_retry=None,
            last_error=None,
        )

    def record_failure(
        self,
        source_id: str,
        error: str,
        base_seconds: float,
        max_seconds: float,
        now: datetime | None = None,
    ) -> None:
        """Count a failed run and push the next try out: base, 2×base, 4×base … capped, never dropped."""
        s = self.source(source_id)
        s["consecutive_failures"] = int(s.get("consecutive_failures") or 0) + 1
        s["last_error"] = error
        delay = min(base_seconds * 2 ** (s["consecutive_failures"] - 1), max_seconds)
        s["next_retry"] = iso((now or utcnow()) + timedelta(seconds=delay)) if delay > 0 else None
