"""HTML listing pages: the source's CSS selector picks the article links."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.http import Request, Response, TextResponse

from spiders.sources import Source
from spiders.spiders.base import OrelineSpider

LOGGER = logging.getLogger(__name__)


def parse_listing_page(response: TextResponse, source: Source) -> list[dict[str, Any]]:
    """Links (and their anchor text as title) matched by the source's link_selector, in page order."""
    entries = []
    seen = set()
    for node in response.css(source.link_selector or "a"):
        anchor = node if node.root.tag == "a" else node.css("a[href]")[:1]
        href = anchor.xpath("@href").get() if anchor else None
        if not href:
            continue
        url = response.urljoin(href.strip())
        if url in seen:
            continue
        seen.add(url)
        title = " ".join(" ".join(anchor.xpath(".//text()").getall()).split()) or None
        entries.append({"url": url, "title": title, "summary": None, "published": None})
        if len(entries) >= source.max_links:
            break
    return entries


class HtmlSpider(OrelineSpider):
    """One request per listing page; matched links become article requests."""

    name = "html"
    listing_kind = "listing"

    def parse_listing(
        self, response: Response, source: Source
    ) -> tuple[list[dict[str, Any]], list[Request]]:
        if not isinstance(response, TextResponse):
            raise ValueError("listing page is not HTML")
        return parse_listing_page(response, source), []
