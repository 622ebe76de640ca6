"""Sitemaps, sitemap indexes and Google news sitemaps (gzipped too), filtered by publication date."""

from __future__ import annotations

import gzip
import io
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree
from scrapy.http import Request, Response

from spiders.sources import Source
from spiders.spiders.base import OrelineSpider

LOGGER = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
# A gzip bomb guard: sitemaps are at most 50 MB uncompressed by the protocol.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(node: Any, *names: str) -> str | None:
    """Text of the first descendant whose local name is one of names (namespaces ignored)."""
    for el in node.iter():
        if _local(el.tag) in names and el.text and el.text.strip():
            return el.text.strip()
    return None


def parse_date(value: str | None) -> datetime | None:
    """W3C datetime of sitemaps (2026-11-27, 2026-11-27T09:00:00+00:00, …) as aware UTC."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    for candidate in (value, value[:10]):
        try:
            dt = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
    return None


def slug_words(url: str) -> str:
    """The words of a URL path, for keyword filters on entries that have no title."""
    return re.sub(r"[-_/.+]+", " ", unquote(urlsplit(url).path))


def parse_sitemap(
    body: bytes, url: str, source: Source, now: datetime | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Article entries within max_age_days and matching url_pattern, and child sitemap URLs."""
    if body[:2] == GZIP_MAGIC:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            body = fh.read(MAX_SITEMAP_BYTES + 1)
        if len(body) > MAX_SITEMAP_BYTES:
            raise ValueError("gzipped sitemap expands beyond 50 MB")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(body, parser=parser)
    if root is None:
        raise ValueError("not XML")
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = []
        for node in root:
            if _local(node.tag) == "sitemap":
                loc = _child_text(node, "loc")
                if loc:
                    children.append(urljoin(url, loc))
        return [], children
    if kind != "urlset":
        raise ValueError(f"not a sitemap: root element <{kind}>")
    now = now or datetime.now(UTC)
    oldest = now - timedelta(days=source.max_age_days)
    pattern = re.compile(source.url_pattern) if source.url_pattern else None
    entries = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        link = urljoin(url, loc)
        if pattern and not pattern.search(link):
            continue
        published_raw = _child_text(node, "publication_date") or _child_text(node, "lastmod")
        published = parse_date(published_raw)
        if published is not None and published < oldest:
            continue
        title = _child_text(node, "title")
        entries.append(
            {
                "url": link,
                "title": title,
                "summary": None,
                "published": published_raw,
                "slug": slug_words(link),
            }
        )
    return entries, []


class SitemapSpider(OrelineSpider):
    """Follow sitemap indexes to their sitemaps; recent URLs become article requests."""

    name = "sitemap"
    listing_kind = "sitemap"

    def parse_listing(
        self, response: Response, source: Source
    ) -> tuple[list[dict[str, Any]], list[Request]]:
        entries, children = parse_sitemap(response.body, response.url, source)
        depth = response.request.meta.get("depth_index", 0)
        follow = []
        if depth < 2:
            follow = [
                self.listing_request(source, child, depth_index=depth + 1) for child in children
            ]
        return entries, follow
