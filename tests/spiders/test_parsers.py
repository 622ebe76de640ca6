"""Kind parsers on saved responses: one field per test, as Scrapy projects test their spiders."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest
from scrapy.http import HtmlResponse, Request

from spiders.sources import parse_sources
from spiders.spiders.api import dig, parse_api_page
from spiders.spiders.feed import parse_feed
from spiders.spiders.html import parse_listing_page
from spiders.spiders.sitemap import parse_sitemap

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/news/">
  <title>Ministry releases</title>
  <entry><title>Gallium export licence rule</title><link href="2026/gallium"/>
    <id>urn:1</id><updated>2026-11-27T09:30:00Z</updated>
    <summary type="html">&lt;p&gt;New &lt;b&gt;licences&lt;/b&gt; for gallium&lt;/p&gt;</summary></entry>
</feed>"""

RSS_RELATIVE = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>Lithium</title><link>/a/lithium</link><pubDate>Fri, 27 Nov 2026 09:00:00 +0100</pubDate></item>
</channel></rss>"""


def _source(**kw):
    base = {
        "id": "s",
        "name": "S",
        "url": "https://example.org/x",
        "publisher": "gov",
        "country": "USA",
    }
    return parse_sources({"sources": [{**base, **kw}]}).sources[0]


def test_feed_link_resolved_against_xml_base():
    assert (
        parse_feed(ATOM, "http://feeds.example.org/atom", "application/atom+xml")[0]["url"]
        == "http://example.org/news/2026/gallium"
    )


def test_feed_link_resolved_against_feed_url():
    assert (
        parse_feed(RSS_RELATIVE, "https://gov.example/rss.xml", "application/rss+xml")[0]["url"]
        == "https://gov.example/a/lithium"
    )


def test_feed_summary_is_plain_text():
    assert (
        parse_feed(ATOM, "http://feeds.example.org/atom", None)[0]["summary"]
        == "New licences for gallium"
    )


def test_feed_published_is_utc_iso():
    assert (
        parse_feed(RSS_RELATIVE, "https://gov.example/rss.xml", None)[0]["published"]
        == "2026-11-27T08:00:00Z"
    )


def test_feed_charset_from_http_header_wins():
    body = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>Caf\xe9 r\xe9sum\xe9</title><link>http://x/a</link></item></channel></rss>'.encode(
        "latin-1"
    )
    assert (
        parse_feed(body, "http://x/rss", "application/rss+xml; charset=iso-8859-1")[0]["title"]
        == "Caf\xe9 r\xe9sum\xe9"
    )


FR_PAGE = b"""{"count": 3, "next_page_url": "https://www.federalregister.gov/api/v1/documents.json?page=2",
 "results": [
  {"title": "Critical Minerals List", "html_url": "https://www.federalregister.gov/d/2026-1",
   "publication_date": "2026-11-27", "abstract": "USGS <i>final</i> list"},
  {"title": "No link here", "publication_date": "2026-11-26"}]}"""


@pytest.fixture
def fr_source():
    return _source(
        kind="api",
        items_path="results",
        next_path="next_page_url",
        fields={"url": "html_url", "published": "publication_date", "summary": "abstract"},
    )


def test_api_entry_fields(fr_source):
    entries, _ = parse_api_page(
        FR_PAGE, "https://www.federalregister.gov/api/v1/documents.json", fr_source
    )
    assert entries[0] == {
        "url": "https://www.federalregister.gov/d/2026-1",
        "title": "Critical Minerals List",
        "summary": "USGS final list",
        "published": "2026-11-27",
    }


def test_api_item_without_url_has_none(fr_source):
    entries, _ = parse_api_page(
        FR_PAGE, "https://www.federalregister.gov/api/v1/documents.json", fr_source
    )
    assert entries[1]["url"] is None


def test_api_next_page(fr_source):
    _, nxt = parse_api_page(
        FR_PAGE, "https://www.federalregister.gov/api/v1/documents.json", fr_source
    )
    assert nxt == "https://www.federalregister.gov/api/v1/documents.json?page=2"


def test_api_items_path_must_lead_to_a_list(fr_source):
    with pytest.raises(ValueError, match="items_path"):
        parse_api_page(b'{"results": {"a": 1}}', "https://x/api", fr_source)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("a.b", 1), ("a.c.0", "x"), ("a.zz", None), (None, {"a": {"b": 1, "c": ["x"]}})],
)
def test_dig(path, expected):
    assert dig({"a": {"b": 1, "c": ["x"]}}, path) == expected


NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://news.example/2026/11/cobalt-quota</loc>
  <news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2026-11-27T08:00:00Z</news:publication_date><news:title>Cobalt quota cut</news:title></news:news></url>
 <url><loc>https://news.example/2025/01/old-story</loc><lastmod>2025-01-02</lastmod></url>
 <url><loc>https://news.example/about</loc></url>
</urlset>"""
NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)


def test_news_sitemap_keeps_recent_entries_only():
    entries, _ = parse_sitemap(
        NEWS_SITEMAP,
        "https://news.example/sitemap.xml",
        _source(kind="sitemap", max_age_days=7),
        now=NOW,
    )
    assert [e["url"] for e in entries] == [
        "https://news.example/2026/11/cobalt-quota",
        "https://news.example/about",
    ]


def test_news_sitemap_title_and_date():
    entries, _ = parse_sitemap(
        NEWS_SITEMAP, "https://news.example/sitemap.xml", _source(kind="sitemap"), now=NOW
    )
    assert (entries[0]["title"], entries[0]["published"]) == (
        "Cobalt quota cut",
        "2026-11-27T08:00:00Z",
    )


def test_gzipped_sitemap_with_url_pattern():
    entries, _ = parse_sitemap(
        gzip.compress(NEWS_SITEMAP),
        "https://news.example/s.xml.gz",
        _source(kind="sitemap", url_pattern="/2026/"),
        now=NOW,
    )
    assert [e["url"] for e in entries] == ["https://news.example/2026/11/cobalt-quota"]


def test_sitemap_index_lists_children():
    body = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/s1.xml</loc></sitemap><sitemap><loc>https://x/s2.xml.gz</loc></sitemap></sitemapindex>'
    assert parse_sitemap(body, "https://x/index.xml", _source(kind="sitemap"), now=NOW) == (
        [],
        ["https://x/s1.xml", "https://x/s2.xml.gz"],
    )


def test_malformed_sitemap_is_an_error_not_a_crash():
    with pytest.raises(ValueError):
        parse_sitemap(
            b"<html><body>oops</body></html>", "https://x/s.xml", _source(kind="sitemap"), now=NOW
        )


LISTING = b"""<html><body><ul class="releases">
<li><a href="/press/2026/rare-earth-stockpile"> Rare earth <b>stockpile</b> </a></li>
<li><a href="https://other.example/p/2">Graphite</a></li>
<li><a href="/press/2026/rare-earth-stockpile">again</a></li>
</ul><a href="/about">About</a></body></html>"""


def _listing(selector):
    req = Request("https://ministry.example/press/")
    return parse_listing_page(
        HtmlResponse(req.url, body=LISTING, request=req),
        _source(kind="html", link_selector=selector),
    )


def test_listing_links_in_order_without_duplicates():
    assert [e["url"] for e in _listing("ul.releases a")] == [
        "https://ministry.example/press/2026/rare-earth-stockpile",
        "https://other.example/p/2",
    ]


def test_listing_selector_may_name_containers():
    assert _listing("ul.releases li")[0]["title"] == "Rare earth stockpile"
