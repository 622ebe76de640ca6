"""RSS 0.9x/1.0/2.0, RDF and Atom feeds, parsed by feedparser from the body Scrapy fetched."""

from __future__ import annotations

import calendar
import logging
import time
from typing import Any
from urllib.parse import urljoin

import feedparser
from scrapy.http import Request, Response
from w3lib.html import remove_tags, replace_entities

from spiders.sources import Source
from spiders.spiders.base import OrelineSpider

LOGGER = logging.getLogger(__name__)


class FeedParseError(ValueError):
    """feedparser found no entries and a reason: the feed is not usable as served."""


def plain_text(value: str | None) -> str | None:
    """Feed summaries carry HTML; keyword filters and the summary field want words."""
    if not value:
        return None
    text = " ".join(replace_entities(remove_tags(value)).split())
    return text or None


def struct_to_iso(value: time.struct_time | None) -> str | None:
    """feedparser's UTC struct_time as an ISO timestamp."""
    if not value:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(value)))
    except (OverflowError, ValueError, TypeError):
        return None


def _entry_link(entry: Any, base: str) -> str | None:
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
                link = candidate["href"]
                break
    if not link:
        guid = entry.get("id")
        if guid and guid.startswith(("http://", "https://")):
            link = guid
    if not link:
        return None
    return urljoin(base, link.strip())


def parse_feed(body: bytes, url: str, content_type: str | None) -> list[dict[str, Any]]:
    """Entries of one feed; raises FeedParseError when feedparser gives up with nothing."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    entries = []
    for entry in parsed.entries:
        link = _entry_link(entry, url)
        entries.append(
            {
                "url": link,
                "title": plain_text(entry.get("title")),
                "summary": plain_text(entry.get("summary")),
                "published": struct_to_iso(
                    entry.get("published_parsed") or entry.get("updated_parsed")
                ),
            }
        )
    # An empty but recognisable feed is fine (nothing new today); an unrecognisable one is a failure.
    if not entries and not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        if reason is not None:
            raise FeedParseError(f"not a usable feed: {type(reason).__name__}: {reason}")
        raise FeedParseError("not a feed: no RSS, RDF or Atom structure found")
    if parsed.get("bozo"):
        LOGGER.debug("feed %s is ill-formed but usable: %s", url, parsed.get("bozo_exception"))
    return entries


class FeedSpider(OrelineSpider):
    """One request per feed; each entry that passes the filters becomes an article request."""

    name = "feed"
    listing_kind = "feed"

    def parse_listing(
        self, response: Response, source: Source
    ) -> tuple[list[dict[str, Any]], list[Request]]:
        content_type = response.headers.get("Content-Type")
        ctype = content_type.decode("latin-1") if content_type else None
        return parse_feed(response.body, response.url, ctype), []
