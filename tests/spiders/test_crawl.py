"""Whole crawls in a subprocess against a loopback site: dedup, conditional GET, hostile answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spiders.crawl import run_crawl
from spiders.errors import SourcesError
from spiders.health import check_sources
from spiders.state import CrawlState


def _feed_source(site, path="/feed.xml", sid="news_feed", **kw):
    return {
        "id": sid,
        "name": sid,
        "kind": "feed",
        "url": site.url(path),
        "publisher": "news",
        "country": "USA",
        **kw,
    }


def _docs(records):
    return [r for r in records if r["type"] == "document"]


def _fetches(records, kind=None):
    return [r for r in records if r["type"] == "fetch" and (kind is None or r["kind"] == kind)]


@pytest.fixture(scope="module")
def two_feeds(helpers, tmp_path_factory):
    """Two outlets carrying one story (plain, with a tracking tag, via a redirect, mirrored with
    rel=canonical) plus their own stories, crawled three times: fresh, unchanged, one new story."""
    tmp = tmp_path_factory.mktemp("two_feeds")
    R = helpers.Route
    out = {}
    with pytest.MonkeyPatch.context() as mp, helpers.LoopbackSite() as site:
        helpers.set_fast_crawl_env(mp)
        site.routes["/robots.txt"] = R(
            "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        site.routes["/a/1"] = R(helpers.article_html("Lithium export rule"))
        site.routes["/a/2"] = R(helpers.article_html("Cobalt quota cut"))
        site.routes["/a/3"] = R(helpers.article_html("Nickel price floor"))
        site.routes["/mirror/1"] = R(
            helpers.article_html("Lithium export rule", canonical=site.url("/a/1"))
        )
        site.routes["/r/1"] = R(redirect=site.url("/a/1?utm_source=redirect"))
        site.routes["/feed.xml"] = R(
            helpers.rss(
                [
                    (
                        "Lithium export rule",
                        site.url("/a/1?utm_source=rss&utm_medium=feed"),
                        "lithium",
                    ),
                    ("Cobalt quota cut", "/a/2", "cobalt"),
                ],
                base=site.base_url,
            ),
            content_type="application/rss+xml",
            etag='"feed-v1"',
        )
        site.routes["/other.xml"] = R(
            helpers.rss(
                [
                    ("Lithium export rule (wire)", site.url("/r/1"), "lithium"),
                    ("Lithium export rule", site.url("/a/1"), "lithium"),
                    ("Lithium rule, mirrored", site.url("/mirror/1"), "lithium"),
                    ("Nickel price floor", site.url("/a/3?fbclid=xyz"), "nickel"),
                ]
            ),
            content_type="application/rss+xml",
            last_modified="Fri, 27 Nov 2026 09:00:00 GMT",
        )
        src = helpers.write_sources(
            tmp / "sources.yaml",
            [_feed_source(site), _feed_source(site, "/other.xml", "wire_feed")],
        )
        data = tmp / "data"
        out["first"] = run_crawl(src, data)
        out["hits_first"] = dict(site.hits)
        out["second"] = run_crawl(src, data)
        out["hits_second"] = dict(site.hits)
        out["sent"] = [h for p, h in site.requests if p in ("/feed.xml", "/other.xml")][-2:]
        site.routes["/a/9"] = R(helpers.article_html("Graphite controls"))
        site.routes["/feed.xml"] = R(
            helpers.rss(
                [
                    ("Lithium export rule", site.url("/a/1?utm_source=rss"), "x"),
                    ("Graphite controls", "/a/9", "x"),
                ],
                base=site.base_url,
            ),
            content_type="application/rss+xml",
            etag='"feed-v2"',
        )
        out["third"] = run_crawl(src, data)
        out["hits_third"] = dict(site.hits)
        out["base"] = site.base_url
        out["state"] = CrawlState(data)
    for key in ("first", "second", "third"):
        out[key + "_records"] = helpers.read_landing(out[key]["raw_file"])
    return out


def _article_hits(hits):
    return sum(n for p, n in hits.items() if p.startswith(("/a/", "/r/", "/mirror/")))


def test_same_article_via_two_feeds_redirect_and_tracking_is_stored_once(two_feeds):
    base = two_feeds["base"]
    docs = _docs(two_feeds["first_records"])
    assert sorted(d["canonical_url"] for d in docs) == [base + "/a/1", base + "/a/2", base + "/a/3"]
    assert two_feeds["first"]["documents"] == 3
    assert sum(n for p, n in two_feeds["hits_first"].items() if p.startswith("/a/1")) <= 2


def test_document_record_fields(two_feeds):
    base = two_feeds["base"]
    doc = next(d for d in _docs(two_feeds["first_records"]) if d["canonical_url"] == base + "/a/3")
    assert doc["url"] == base + "/a/3?fbclid=xyz"
    assert doc["final_url"] == base + "/a/3?fbclid=xyz"
    assert doc["title"] == "Nickel price floor"
    assert doc["published_at"] == "2026-11-27T09:00:00Z"
    assert doc["language"] == "en"
    assert (
        doc["source_id"] == "wire_feed"
        and doc["publisher"] == "news"
        and doc["source_country"] == "USA"
    )
    assert doc["feed_url"] == base + "/other.xml"
    assert doc["http_status"] == 200 and "<article>" in doc["html"]
    assert "price floor paragraph 1" in doc["text"] and len(doc["content_hash"]) == 64
    assert doc["run_id"] == two_feeds["first"]["run_id"]


def test_source_records_one_per_source(two_feeds):
    sources = [r for r in two_feeds["first_records"] if r["type"] == "source"]
    assert sorted(r["source_id"] for r in sources) == ["news_feed", "wire_feed"]
    assert {r["kind"] for r in sources} == {"feed"}


def test_every_fetch_has_the_contract_fields(two_feeds):
    keys = {
        "type",
        "run_id",
        "source_id",
        "url",
        "kind",
        "status",
        "bytes",
        "etag",
        "last_modified",
        "error",
        "started_at",
        "elapsed_ms",
        "items",
    }
    for record in _fetches(two_feeds["first_records"]):
        assert set(record) == keys


def test_second_crawl_of_unchanged_site_fetches_no_article_and_parses_no_feed(two_feeds):
    assert _article_hits(two_feeds["hits_second"]) == _article_hits(two_feeds["hits_first"])
    records = two_feeds["second_records"]
    assert [(f["status"], f["items"]) for f in _fetches(records, "feed")] == [(304, 0), (304, 0)]
    assert _fetches(records, "article") == [] and two_feeds["second"]["documents"] == 0
    assert {s["status"] for s in two_feeds["second"]["sources"].values()} == {"not_modified"}
    sent = {h.get("If-None-Match") or h.get("If-Modified-Since") for h in two_feeds["sent"]}
    assert sent == {'"feed-v1"', "Fri, 27 Nov 2026 09:00:00 GMT"}


def test_changed_feed_is_parsed_and_only_new_articles_fetched(two_feeds):
    base = two_feeds["base"]
    assert [d["canonical_url"] for d in _docs(two_feeds["third_records"])] == [base + "/a/9"]
    assert two_feeds["hits_third"].get("/a/1?utm_source=rss", 0) == 0
    assert two_feeds["state"].conditional_headers(base + "/feed.xml") == {
        "If-None-Match": '"feed-v2"'
    }


def test_hostile_answers_are_logged_and_the_crawl_goes_on(
    site, helpers, fast_crawl_env, monkeypatch, tmp_path
):
    monkeypatch.setenv("ORELINE_CRAWL_DOWNLOAD_TIMEOUT", "1")
    monkeypatch.setenv("ORELINE_CRAWL_RETRY_TIMES", "2")
    monkeypatch.setenv("ORELINE_CRAWL_DOWNLOAD_MAXSIZE", "40000")
    monkeypatch.setenv("ORELINE_CRAWL_DOWNLOAD_WARNSIZE", "20000")
    R = helpers.Route
    site.routes["/healed"] = R(helpers.article_html("Healed after 503"), first=[503, 503])
    site.routes["/slow"] = R(helpers.article_html("Too slow"), delay=2.5)
    site.routes["/huge"] = R(helpers.article_html("Huge", paragraphs=600))
    site.routes["/fine"] = R(helpers.article_html("Fine story"))
    site.routes["/feed.xml"] = R(
        helpers.rss(
            [
                (t, site.url(p), "x")
                for t, p in [
                    ("Healed", "/healed"),
                    ("Slow", "/slow"),
                    ("Huge", "/huge"),
                    ("Secret", "/private/memo"),
                    ("Missing", "/gone"),
                    ("Fine", "/fine"),
                ]
            ]
        ),
        content_type="application/rss+xml",
    )
    src = helpers.write_sources(tmp_path / "s.yaml", [_feed_source(site)])
    report = run_crawl(src, tmp_path / "data", timeout=60)
    records = helpers.read_landing(report["raw_file"])
    by_url: dict[str, list] = {}
    for f in _fetches(records, "article"):
        by_url.setdefault(f["url"].replace(site.base_url, ""), []).append(f)
    assert [f["status"] for f in by_url["/healed"]] == [503, 503, 200]
    assert (
        all("timeout" in f["error"] for f in by_url["/slow"])
        and by_url["/slow"][-1]["status"] is None
    )
    assert by_url["/huge"][-1]["error"].startswith("oversize")
    assert by_url["/private/memo"][-1]["error"] == "robots.txt disallows this URL"
    assert site.hits["/private/memo"] == 0
    assert by_url["/gone"][-1]["status"] == 404 and by_url["/gone"][-1]["error"] == "HTTP 404"
    assert sorted(d["title"] for d in _docs(records)) == ["Fine", "Healed"]  # the feed titles
    assert report["sources"]["news_feed"]["status"] == "ok"
    assert report["failed_fetches"] >= 5


def test_private_addresses_refused_before_any_request(site, helpers, fast_crawl_env, tmp_path):
    site.routes["/feed.xml"] = helpers.Route(
        helpers.rss([("x", site.url("/a"), "x")]), content_type="application/rss+xml"
    )
    src = helpers.write_sources(tmp_path / "s.yaml", [_feed_source(site)], allow_private=False)
    report = run_crawl(src, tmp_path / "data")
    assert report["sources"]["news_feed"]["status"] == "failed"
    assert "non-public address 127.0.0.1" in report["sources"]["news_feed"]["error"]
    assert sum(site.hits.values()) == 0  # not even robots.txt
    fetch = _fetches(helpers.read_landing(report["raw_file"]))[0]
    assert fetch["status"] is None and "refused" in fetch["error"]


def test_failing_source_backs_off_and_is_kept(site, helpers, fast_crawl_env, monkeypatch, tmp_path):
    monkeypatch.setenv("ORELINE_CRAWL_RETRY_TIMES", "0")
    monkeypatch.setenv("ORELINE_CRAWL_SOURCE_BACKOFF_BASE", "3600")
    site.routes["/feed.xml"] = helpers.Route("down", status=500)
    src = helpers.write_sources(tmp_path / "s.yaml", [_feed_source(site)])
    first = run_crawl(src, tmp_path / "data")
    assert (first["sources"]["news_feed"]["status"], first["sources"]["news_feed"]["error"]) == (
        "failed",
        "HTTP 500",
    )
    second = run_crawl(src, tmp_path / "data")
    assert second["sources"]["news_feed"]["status"] == "backoff"
    assert second["raw_file"] is None and site.hits["/feed.xml"] == 1
    state = CrawlState(tmp_path / "data")
    assert state.sources["news_feed"]["consecutive_failures"] == 1
    assert state.in_backoff("news_feed") is not None  # and expires: see test_state_landing


@pytest.fixture(scope="module")
def mixed(helpers, tmp_path_factory):
    """One crawl of one source per kind, a keyword-filtered feed and a feed of broken links."""
    import gzip
    import json

    tmp = tmp_path_factory.mktemp("mixed")
    R = helpers.Route
    out = {}
    with pytest.MonkeyPatch.context() as mp, helpers.LoopbackSite() as site:
        helpers.set_fast_crawl_env(mp)
        mp.setenv("ORELINE_CRAWL_SOURCE_ERROR_BUDGET", "3")
        mp.setenv("ORELINE_CRAWL_RETRY_TIMES", "0")
        mp.setenv("ORELINE_CRAWL_CONCURRENT_REQUESTS_PER_DOMAIN", "1")
        pages = (
            "/fr/1",
            "/fr/2",
            "/fr/3",
            "/sm/1",
            "/sm/old",
            "/press/1",
            "/press/2",
            "/k/1",
            "/k/2",
            "/k/3",
        )
        for p in pages:
            site.routes[p] = R(helpers.article_html(f"Story {p}"))
        site.routes["/api/docs.json"] = R(
            json.dumps(
                {
                    "results": [
                        {"title": "Rule 1", "html_url": "/fr/1", "publication_date": "2026-11-27"},
                        {"title": "Rule 2", "html_url": "/fr/2", "publication_date": "2026-11-26"},
                    ],
                    "next_page_url": site.url("/api/docs.json?page=2"),
                }
            ),
            content_type="application/json",
        )
        site.routes["/api/docs.json?page=2"] = R(
            json.dumps({"results": [{"title": "Rule 3", "html_url": "/fr/3"}]}),
            content_type="application/json",
        )
        today = time.strftime("%Y-%m-%d")
        urlset = (
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{site.url("/sm/1")}</loc>'
            f"<lastmod>{today}</lastmod></url>"
            f"<url><loc>{site.url('/sm/old')}</loc><lastmod>2001-01-01</lastmod></url></urlset>"
        )
        site.routes["/sitemap-news.xml.gz"] = R(
            gzip.compress(urlset.encode()), content_type="application/octet-stream"
        )
        site.routes["/sitemap.xml"] = R(
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>/sitemap-news.xml.gz</loc></sitemap></sitemapindex>",
            content_type="application/xml",
        )
        site.routes["/press/"] = R(
            '<ul class="rel"><li><a href="/press/1">One</a></li><li><a href="/press/2">Two</a></li></ul>'
            '<a href="/about">About</a>'
        )
        site.routes["/keyword.xml"] = R(
            helpers.rss(
                [
                    ("Rare Earth magnets plan", "/k/1", "x"),
                    ("Football results", "/k/2", "sport"),
                    ("Budget", "/k/3", "New RARE EARTH stockpile"),
                ],
                base=site.base_url,
            ),
            content_type="application/rss+xml",
        )
        site.routes["/broken.xml"] = R(
            helpers.rss(
                [(f"Story {i}", f"/broken/{i}", "x") for i in range(30)], base=site.base_url
            ),
            content_type="application/rss+xml",
        )
        for i in range(30):
            site.routes[f"/broken/{i}"] = R("down", status=500)
        base = {"publisher": "gov", "country": "USA"}
        src = helpers.write_sources(
            tmp / "s.yaml",
            [
                {
                    "id": "fr",
                    "name": "FR",
                    "kind": "api",
                    "url": site.url("/api/docs.json"),
                    **base,
                    "items_path": "results",
                    "next_path": "next_page_url",
                    "fields": {"url": "html_url", "published": "publication_date"},
                },
                {
                    "id": "sm",
                    "name": "SM",
                    "kind": "sitemap",
                    "url": site.url("/sitemap.xml"),
                    **base,
                },
                {
                    "id": "press",
                    "name": "P",
                    "kind": "html",
                    "url": site.url("/press/"),
                    **base,
                    "link_selector": "ul.rel a",
                },
                _feed_source(site, "/keyword.xml", "keyword_feed", keywords=["rare earth"]),
                _feed_source(site, "/broken.xml", "broken_feed"),
            ],
        )
        out["report"] = run_crawl(src, tmp / "data")
        out["hits"] = dict(site.hits)
        out["base"] = site.base_url
    out["records"] = helpers.read_landing(out["report"]["raw_file"])
    return out


def test_api_sitemap_and_html_sources(mixed):
    docs = _docs(mixed["records"])
    got = sorted(
        (d["source_id"], d["final_url"].replace(mixed["base"], ""))
        for d in docs
        if d["source_id"] in ("fr", "sm", "press")
    )
    assert got == [
        ("fr", "/fr/1"),
        ("fr", "/fr/2"),
        ("fr", "/fr/3"),
        ("press", "/press/1"),
        ("press", "/press/2"),
        ("sm", "/sm/1"),
    ]
    assert next(d for d in docs if d["final_url"].endswith("/fr/1"))["published_at"] == "2026-11-27"
    assert mixed["hits"].get("/about", 0) == 0 and mixed["hits"].get("/sm/old", 0) == 0
    assert [f["items"] for f in _fetches(mixed["records"], "api")] == [2, 1]  # both pages


def test_keyword_filter_applies_before_fetching(mixed):
    run = mixed["report"]["sources"]["keyword_feed"]
    assert run["documents"] == 2 and mixed["hits"].get("/k/2", 0) == 0
    assert run["skipped"] == {"keyword_filter": 1}


def test_error_budget_stops_following_a_source(mixed):
    run = mixed["report"]["sources"]["broken_feed"]
    assert run["budget_exhausted"] is True and run["status"] == "ok"  # the feed itself was fine
    assert sum(n for p, n in mixed["hits"].items() if p.startswith("/broken/")) < 10
    assert run["skipped"]["error_budget"] > 15
    assert mixed["report"]["sources"]["fr"]["budget_exhausted"] is False


def _processes_mentioning(text: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and text.encode() in (proc / "cmdline").read_bytes():
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


def test_killed_crawl_leaves_no_complete_file(site, helpers, fast_crawl_env, tmp_path):
    R = helpers.Route
    for i in range(40):
        site.routes[f"/a/{i}"] = R(helpers.article_html(f"Story {i}"), delay=0.3)
    site.routes["/feed.xml"] = R(
        helpers.rss([(f"S{i}", f"/a/{i}", "x") for i in range(40)], base=site.base_url),
        content_type="application/rss+xml",
    )
    src = helpers.write_sources(tmp_path / "s.yaml", [_feed_source(site)])
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "spiders.crawl",
            "--sources",
            str(src),
            "--data",
            str(data),
            "--report",
            str(tmp_path / "r.json"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not any(p.startswith("/a/") for p in site.hits) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    raw = data / "raw"
    assert list(raw.rglob("*.jsonl.gz")) == []
    # The extraction worker dies with its crawl process instead of lingering.
    deadline = time.monotonic() + 10
    while _processes_mentioning(str(src)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_mentioning(str(src)) == []
    assert len(list(raw.rglob("*.jsonl.gz.part"))) == 1
    assert CrawlState(data).stored_urls == set()


def test_unknown_only_id_fails_fast(site, helpers, tmp_path):
    src = helpers.write_sources(tmp_path / "s.yaml", [_feed_source(site)])
    with pytest.raises(SourcesError, match="nope"):
        run_crawl(src, tmp_path / "data", only=["nope"])


def test_check_sources_reports_each_source(site, helpers, fast_crawl_env, tmp_path):
    site.routes["/feed.xml"] = helpers.Route(
        helpers.rss([("a", "/a", "x"), ("b", "/b", "y")], base=site.base_url),
        content_type="application/rss+xml",
    )
    src = helpers.write_sources(
        tmp_path / "s.yaml", [_feed_source(site), _feed_source(site, "/missing.xml", "gone_feed")]
    )
    rows = check_sources(src, tmp_path / "data")
    by_id = {r["source_id"]: r for r in rows}
    assert (
        by_id["news_feed"]["status"],
        by_id["news_feed"]["items"],
        by_id["news_feed"]["http_status"],
    ) == ("ok", 2, 200)
    assert by_id["news_feed"]["bytes"] > 0
    assert (by_id["gone_feed"]["status"], by_id["gone_feed"]["error"]) == ("failed", "HTTP 404")
    assert site.hits["/a"] == 0  # a check never follows articles
    assert not (Path(tmp_path / "data") / "raw").exists()
