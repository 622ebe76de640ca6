"""The sample site serves every source kind and every hostile case over real loopback HTTP."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import pytest
from parsel import Selector

from spiders.samplesite import articles, serve_sample_site
from spiders.sources import load_sources

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture(scope="module")
def sample():
    with serve_sample_site(slow_seconds=3) as running:
        yield running


@pytest.fixture
def fresh(sample):
    """The shared site with counters and self-healing endpoints re-armed."""
    sample.reset()
    return sample


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_PLAIN = urllib.request.build_opener(_NoRedirect)


def get(url: str, headers: dict[str, str] | None = None, follow: bool = True, timeout: float = 10):
    """(status, headers, body) for a GET; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener() if follow else _PLAIN
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def by_hostile(sample, tag: str) -> dict:
    (found,) = [a for a in sample.articles() if a["hostile"] == tag]
    return found


def outlet_articles(sample, outlet: str) -> list[dict]:
    return [a for a in sample.articles() if a["outlet"] == outlet or outlet in a["also_in"]]


# ------------------------------------------------------------------ sources file and kinds


def test_write_sources_gives_one_valid_source_per_kind(sample, tmp_path):
    path = sample.write_sources(tmp_path / "nested" / "sources.yaml")
    cfg = load_sources(path)
    assert cfg.allow_private_network is True
    kinds = Counter(s.kind for s in cfg.sources)
    assert set(kinds) == {"feed", "api", "sitemap", "html"}
    assert {s.publisher for s in cfg.sources} == {"gov", "news"}
    assert all(s.url.startswith(sample.base_url + "/") for s in cfg.sources)
    assert cfg.get("sample_press").link_selector == "ul.releases a"
    assert cfg.get("sample_register").next_path == "next_page_url"
    assert "sample_bulletin" in {s.id for s in cfg.sources}  # the malformed feed


@pytest.mark.parametrize(
    ("source_id", "content_type", "starts"),
    [
        ("sample_wire", "application/rss+xml", b"<?xml"),
        ("sample_ministry", "application/atom+xml", b"<?xml"),
        ("sample_gazette", "application/rdf+xml", b"<?xml"),
        ("sample_register", "application/json", b"{"),
        ("sample_metals_daily", "application/xml", b"<?xml"),
        ("sample_press", "text/html", b"<!DOCTYPE html>"),
        ("sample_bulletin", "application/rss+xml", b"<?xml"),
    ],
)
def test_every_source_url_answers_over_http(sample, source_id, content_type, starts):
    (entry,) = [e for e in sample.source_entries() if e["id"] == source_id]
    status, headers, body = get(entry["url"])
    assert status == 200
    assert headers["Content-Type"].startswith(content_type)
    assert body.startswith(starts)
    assert headers["ETag"] and headers["Last-Modified"]


# ------------------------------------------------------------------ feeds


@pytest.mark.parametrize(
    ("outlet", "path", "version"),
    [
        ("wire", "/wire/rss.xml", "rss20"),
        ("ministry", "/ministry/atom.xml", "atom10"),
        ("gazette", "/gazette/feed.rdf", "rss10"),
    ],
)
def test_feeds_parse_and_list_their_articles(sample, outlet, path, version):
    url = sample.url(path)
    _, headers, body = get(url)
    parsed = feedparser.parse(
        body, response_headers={"content-location": url, "content-type": headers["Content-Type"]}
    )
    assert parsed.version == version
    assert not parsed.bozo
    links = {entry.link for entry in parsed.entries}
    expected = {
        a["link"] if a["outlet"] == outlet else a["url"] for a in outlet_articles(sample, outlet)
    }
    assert links == expected
    assert all(entry.get("published") or entry.get("updated") for entry in parsed.entries)


def test_atom_relative_links_resolve_against_xml_base(sample):
    body = get(sample.url("/ministry/atom.xml"))[2]
    assert b'xml:base="/ministry/"' in body and b'href="releases/' in body
    parsed = feedparser.parse(
        body, response_headers={"content-location": sample.url("/ministry/atom.xml")}
    )
    quad = by_hostile(sample, "relative_link")
    assert quad["url"] == sample.url("/ministry/releases/" + quad["slug"] + ".html")
    assert quad["url"] in {e.link for e in parsed.entries}


def test_truncated_feed_is_malformed_xml(sample):
    body = get(sample.url("/bulletin/feed.xml"))[2]
    assert not body.rstrip().endswith(b"</rss>")
    with pytest.raises(ET.ParseError):
        ET.fromstring(body)
    parsed = feedparser.parse(body)
    assert parsed.bozo  # a lenient parser may still recover items: those are "maybe"
    assert {a["expect"] for a in outlet_articles(sample, "bulletin")} == {"maybe"}


def test_off_topic_wire_item_matches_no_keyword(sample, tmp_path):
    wire = load_sources(sample.write_sources(tmp_path / "s.yaml")).get("sample_wire")
    for article in outlet_articles(sample, "wire"):
        matched = wire.matches_keywords(article["title"], article["summary"])
        assert matched is (article["hostile"] != "off_topic"), article["id"]


# ------------------------------------------------------------------ API, sitemaps, listing


def test_api_pages_like_the_federal_register(sample):
    url = sample.url("/api/documents.json?per_page=3")
    seen, pages = [], 0
    while url:
        status, headers, body = get(url)
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        page = json.loads(body)
        seen += [r["html_url"] for r in page["results"]]
        assert page["count"] == len(outlet_articles(sample, "register"))
        url = page.get("next_page_url")
        pages += 1
    assert pages == page["total_pages"] == 2
    expected = sorted(
        outlet_articles(sample, "register"), key=lambda a: a["published_at"], reverse=True
    )
    assert seen == [a["url"] for a in expected]
    result = json.loads(get(sample.url("/api/documents.json?per_page=1"))[2])["results"][0]
    assert set(result) >= {"document_number", "title", "abstract", "publication_date", "html_url"}
    assert get(sample.url("/api/documents.json?page=9"))[0] == 404
    assert get(sample.url("/api/documents.json?per_page=x"))[0] == 400


def test_sitemap_index_leads_to_a_gzipped_news_sitemap(sample):
    index = ET.fromstring(get(sample.url("/news/sitemap_index.xml"))[2])
    locs = [e.text for e in index.iter(SM + "loc")]
    assert locs == [sample.url("/news/sitemap.xml.gz"), sample.url("/news/sitemap-archive.xml")]
    status, headers, body = get(locs[0])
    assert status == 200 and headers["Content-Type"] == "application/x-gzip"
    assert body[:2] == b"\x1f\x8b"
    urlset = ET.fromstring(gzip.decompress(body))
    dates = {
        u.find(SM + "loc").text: u.find(f"{NEWS}news/{NEWS}publication_date").text
        for u in urlset.iter(SM + "url")
    }
    current = [a for a in outlet_articles(sample, "news") if a["hostile"] != "too_old"]
    assert set(dates) == {a["url"] for a in current}
    assert all(dates[a["url"]] == a["published"] for a in current)
    tracked = by_hostile(sample, "tracking_duplicate")
    assert tracked["url"] in dates and "utm_" not in tracked["url"]


def test_archive_sitemap_holds_only_entries_older_than_the_age_limit(sample):
    urlset = ET.fromstring(get(sample.url("/news/sitemap-archive.xml"))[2])
    lastmods = [datetime.fromisoformat(e.text) for e in urlset.iter(SM + "lastmod")]
    assert lastmods and all(d < datetime.now(UTC) - timedelta(days=30) for d in lastmods)


def test_press_listing_selector_finds_only_release_links(sample):
    page = Selector(text=get(sample.url("/press/"))[2].decode("utf-8"))
    links = page.css("ul.releases a::attr(href)").getall()
    assert set(links) == {a["link"] for a in outlet_articles(sample, "press")}
    assert len(page.css("a::attr(href)").getall()) > len(links)  # nav and footer links exist
    assert by_hostile(sample, "robots_private")["link"] in links
    missing = by_hostile(sample, "missing_404")
    assert missing["link"] in links and get(missing["url"])[0] == 404


def test_every_article_is_reachable_from_some_source(sample):
    documents = [get(e["url"])[2] for e in sample.source_entries()]
    documents.append(gzip.decompress(get(sample.url("/news/sitemap.xml.gz"))[2]))
    documents.append(get(sample.url("/news/sitemap-archive.xml"))[2])
    documents.append(get(sample.url("/api/documents.json?per_page=3&page=2"))[2])
    corpus = b"\n".join(documents).decode("utf-8").replace("&amp;", "&")
    atom_url = sample.url("/ministry/atom.xml")  # relative links: resolve them as a reader would
    atom = feedparser.parse(get(atom_url)[2], response_headers={"content-location": atom_url})
    corpus += "\n".join(e.link for e in atom.entries)
    for article in sample.articles():
        assert article["link"] in corpus or article["url"] in corpus, article["id"]


# ------------------------------------------------------------------ conditional GET


@pytest.mark.parametrize(
    "path",
    [
        "/wire/rss.xml",
        "/ministry/atom.xml",
        "/gazette/feed.rdf",
        "/api/documents.json?per_page=3",
        "/news/sitemap_index.xml",
        "/news/sitemap.xml.gz",
        "/press/",
    ],
)
def test_conditional_get_answers_304(sample, path):
    status, headers, body = get(sample.url(path))
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and body
    status, headers304, body304 = get(sample.url(path), {"If-None-Match": etag})
    assert (status, body304) == (304, b"")
    assert headers304["ETag"] == etag
    assert get(sample.url(path), {"If-Modified-Since": modified})[0] == 304
    assert get(sample.url(path), {"If-None-Match": '"stale"'})[0] == 200
    # If-None-Match wins: a stale ETag means 200 even when the date would match.
    assert (
        get(sample.url(path), {"If-None-Match": '"stale"', "If-Modified-Since": modified})[0] == 200
    )
    older = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert get(sample.url(path), {"If-Modified-Since": older})[0] == 200


def test_same_content_same_etag_across_servers(sample):
    """The ETag depends on content only, so a restarted site (same clock) still answers 304."""
    first = get(sample.url("/news/sitemap.xml.gz"))[1]["ETag"]
    again = get(sample.url("/news/sitemap.xml.gz"))[1]["ETag"]
    assert first == again


# ------------------------------------------------------------------ hostile cases


def test_503_heals_after_two_tries_and_reset_rearms_it(fresh):
    article = by_hostile(fresh, "flaky_503")
    first, second, third = (get(article["url"]) for _ in range(3))
    assert [first[0], second[0], third[0]] == [503, 503, 200]
    assert first[1]["Retry-After"] == "1"
    assert article["title"].encode() in third[2]
    assert fresh.hits[article["path"]] == 3
    fresh.reset()
    assert fresh.hits[article["path"]] == 0
    assert get(article["url"])[0] == 503


def test_429_with_retry_after_then_200(fresh):
    article = by_hostile(fresh, "rate_limited_429")
    status, headers, _ = get(article["url"])
    assert (status, headers["Retry-After"]) == (429, "1")
    assert get(article["url"])[0] == 200


def test_redirect_chain_of_three_hops_ends_at_the_article(fresh):
    article = by_hostile(fresh, "redirect_chain")
    url, hops = article["link"], []
    while True:
        status, headers, body = get(url, follow=False)
        if status not in (301, 302, 307):
            break
        hops.append(status)
        url = urllib.request.urljoin(url, headers["Location"])
    assert hops == [301, 302, 307]
    assert url == article["url"] and status == 200
    assert get(article["link"])[0] == 200  # a client that follows lands on the page


def test_robots_txt_disallows_private(sample):
    robots = RobotFileParser(sample.url("/robots.txt"))
    robots.read()
    private = by_hostile(sample, "robots_private")
    assert urlsplit(private["url"]).path.startswith("/private/")
    assert not robots.can_fetch("OrelineBot", private["url"])
    assert robots.can_fetch("OrelineBot", by_hostile(sample, "flaky_503")["url"])


def test_slow_endpoint_outlasts_a_short_client_timeout(sample):
    article = by_hostile(sample, "slow")
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        get(article["url"], timeout=0.5)


def test_oversize_page_is_twelve_megabytes(sample):
    article = by_hostile(sample, "oversize")
    request = urllib.request.Request(article["url"], method="HEAD")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert int(response.headers["Content-Length"]) >= 12 * 1024 * 1024 - 200
        assert response.read() == b""


def test_latin1_bytes_labelled_utf8(sample):
    article = by_hostile(sample, "latin1_as_utf8")
    _, headers, body = get(article["url"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<meta charset="utf-8">' in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "Bécancour" in body.decode("latin-1")


def test_cp1252_bytes_labelled_latin1_with_disagreeing_meta(sample):
    article = by_hostile(sample, "cp1252_as_latin1")
    _, headers, body = get(article["url"])
    assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
    assert b"charset=windows-1252" in body
    assert b"\x92" in body  # cp1252's right single quote, a C1 control in true Latin-1
    assert "Québec’s" in body.decode("cp1252")


def test_tracking_duplicate_is_one_page_under_two_urls(fresh):
    article = by_hostile(fresh, "tracking_duplicate")
    assert "utm_source=" in article["link"] and "utm_medium=" in article["link"]
    assert article["link"].split("?")[0] == article["url"]
    assert get(article["link"])[2] == get(article["url"])[2]
    assert fresh.hits[article["path"]] == 2  # hits count paths, query ignored
    assert any(r["target"].endswith(article["link"].split("/", 3)[3]) for r in fresh.requests)


def test_invalid_host_link_points_at_no_address():
    (article,) = [a for a in articles() if a["hostile"] == "invalid_host"]
    assert urlsplit(article["url"]).hostname == "example.invalid"
    assert article["path"] is None and article["expect"] == "not_fetched"


# ------------------------------------------------------------------ pages and article data


def test_article_pages_carry_metadata(sample):
    article = [a for a in sample.articles() if a["id"] == "news_g7_price_floor"][0]
    page = Selector(text=get(article["url"])[2].decode("utf-8"))
    assert page.css("html::attr(lang)").get() == "en"
    assert page.css("link[rel=canonical]::attr(href)").get() == article["url"]
    assert (
        page.css('meta[property="article:published_time"]::attr(content)').get()
        == article["published"]
    )
    assert page.css("h1::text").get() == article["title"]
    body = "\n\n".join(p.strip() for p in page.css(".article-body p::text").getall())
    assert body == article["text"]
    assert page.css("footer") and page.css("nav") and page.css("aside.related a")


def test_articles_are_recent_and_of_news_length():
    now = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    data = articles(now=now)
    stored = [a for a in data if a["expect"] == "stored"]
    assert len(stored) >= 20
    for article in stored:
        assert 150 <= len(article["text"].split()) <= 400, article["id"]
        assert "{weekday}" not in article["text"]
    assert all(a["published_at"] <= now for a in data)
    today = [a for a in stored if a["published_at"].date() == now.date()]
    yesterday = [a for a in stored if a["published_at"].date() == now.date() - timedelta(days=1)]
    assert len(today) >= 5 and len(yesterday) >= 5
    assert len({a["id"] for a in data}) == len(data)


def test_early_morning_keeps_todays_stories_on_today():
    now = datetime(2026, 3, 4, 0, 30, tzinfo=UTC)
    for article in articles(now=now):
        if article["days_ago"] == 0:
            assert article["published_at"].date() == now.date()
            assert article["published_at"] <= now


def test_stories_are_told_by_several_outlets_and_confirmed_officially():
    stored = [a for a in articles() if a["expect"] == "stored"]
    by_story: dict[str, list[dict]] = {}
    for article in stored:
        by_story.setdefault(article["story"], []).append(article)
    multi = {s: v for s, v in by_story.items() if len({a["outlet"] for a in v}) >= 2}
    assert len(multi) >= 5
    confirmed = [s for s, v in multi.items() if {a["publisher"] for a in v} == {"gov", "news"}]
    assert len(confirmed) >= 3
    assert any(len({a["outlet"] for a in v}) >= 3 for v in multi.values())


def test_home_page_and_unknown_paths(sample):
    status, _, body = get(sample.url("/"))
    assert status == 200 and b"sample_register" in body
    assert get(sample.url("/no/such/page.html"))[0] == 404


def test_server_stops_and_frees_its_port():
    with serve_sample_site(slow_seconds=0.5) as running:
        port = urlsplit(running.base_url).port
        assert get(running.url("/robots.txt"))[0] == 200
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_module_runs_in_the_foreground(tmp_path):
    sources = tmp_path / "sources.yaml"
    process = subprocess.Popen(
        [sys.executable, "-m", "spiders.samplesite", "--write-sources", str(sources)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("Oreline sample site: http://127.0.0.1:")
        base = line.split(": ", 1)[1].strip().rstrip("/")
        assert process.stdout.readline().startswith("sources file:")
        assert get(base + "/wire/rss.xml")[0] == 200
        assert load_sources(sources).get("sample_wire").url == base + "/wire/rss.xml"
    finally:
        process.terminate()
        process.wait(timeout=60)  # a loaded machine may take a while to stop it
