"""JSON APIs paged like the US Federal Register documents API: items, fields and next page by dotted path."""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import urljoin

from scrapy.http import Request, Response

from spiders.sources import Source
from spiders.spiders.base import OrelineSpider
from spiders.spiders.feed import plain_text

LOGGER = logging.getLogger(__name__)


def dig(data: Any, path: str | None) -> Any:
    """Follow a dotted path (``data.items``, ``results.0.url``) into parsed JSON; None when absent."""
    if not path:
        return data
    for part in path.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v is not None)
    return plain_text(str(value))


def parse_api_page(
    body: bytes, url: str, source: Source
) -> tuple[list[dict[str, Any]], str | None]:
    """Entries of one API page and the next page's URL, if any."""
    data = json.loads(body)
    items = dig(data, source.items_path)
    if not isinstance(items, list):
        raise ValueError(
            f"items_path {source.items_path!r} does not lead to a list in the JSON body"
        )
    fields = source.fields or {}
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = dig(item, fields.get("url", "url"))
        entries.append(
            {
                "url": urljoin(url, link.strip())
                if isinstance(link, str) and link.strip()
                else None,
                "title": _text(dig(item, fields.get("title", "title"))),
                "summary": _text(dig(item, fields.get("summary", "summary"))),
                "published": _text(dig(item, fields.get("published", "published"))),
            }
        )
    nxt = dig(data, source.next_path) if source.next_path else None
    nxt = urljoin(url, nxt) if isinstance(nxt, str) and nxt.strip() else None
    return entries, nxt


class ApiSpider(OrelineSpider):
    """Page through a JSON API up to the source's max_pages; each item's URL becomes an article."""

    name = "api"
    listing_kind = "api"

    def parse_listing(
        self, response: Response, source: Source
    ) -> tuple[list[dict[str, Any]], list[Request]]:
        entries, nxt = parse_api_page(response.body, response.url, source)
        page = response.request.meta.get("page", 1)
        follow = []
        if nxt and page < source.max_pages and entries:
            follow.append(self.listing_request(source, nxt, page=page + 1))
        return entries, follow
