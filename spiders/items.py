"""Landing-zone records as Scrapy items (dataclasses), one per line type of the contract."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SourceItem:
    """One line per source crawled, so the warehouse knows every outlet."""

    source_id: str
    name: str
    kind: str
    url: str
    publisher: str | None
    country: str | None
    type: str = "source"


@dataclass
class FetchItem:
    """One line per HTTP fetch attempt, failed ones included."""

    source_id: str
    url: str
    kind: str
    status: int | None
    bytes: int
    etag: str | None
    last_modified: str | None
    error: str | None
    started_at: str
    elapsed_ms: float
    items: int | None = None
    type: str = "fetch"


@dataclass
class DocumentItem:
    """One stored article with its raw HTML, so extraction can be re-run without re-crawling."""

    source_id: str
    publisher: str | None
    source_country: str | None
    url: str
    final_url: str
    canonical_url: str
    title: str | None
    published_at: str | None
    fetched_at: str
    language: str | None
    text: str
    summary: str | None
    content_hash: str
    html: str
    http_status: int
    feed_url: str | None
    type: str = "document"
