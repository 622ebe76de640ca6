"""End to end against the project's sample site: two crawls, every hostile case accounted for."""

from __future__ import annotations

import pytest

from spiders.crawl import run_crawl
from spiders.urls import canonicalize

samplesite = pytest.importorskip("spiders.samplesite")

SLOW_SECONDS = 5  # the slow page answers after this; the crawl gives up at DOWNLOAD_TIMEOUT=2


@pytest.fixture(scope="module")
def crawled(helpers, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    out = {}
    with (
        pytest.MonkeyPatch.context() as mp,
        samplesite.serve_sample_site(slow_seconds=SLOW_SECONDS) as site,
    ):
        helpers.set_fast_crawl_env(mp)
        mp.setenv("ORELINE_CRAWL_DOWNLOAD_TIMEOUT", "2")
        src = site.write_sources(tmp / "sources.yaml")
        out["first"] = run_crawl(src, tmp / "data", timeout=120)
        out["hits_first"] = dict(site.hits)
        out["second"] = run_crawl(src, tmp / "data", timeout=120)
        out["hits_second"] = dict(site.hits)
        out["articles"] = site.articles()
        out["base"] = site.base_url
    out["records"] = helpers.read_landing(out["first"]["raw_file"])
    out["records2"] = helpers.read_landing(out["second"]["raw_file"])
    return out


def _path(url: str, base: str) -> str:
    return url.replace(base, "").split("?", 1)[0]


def _stored(crawled):
    docs = [r for r in crawled["records"] if r["type"] == "document"]
    return docs, [_path(d["final_url"], crawled["base"]) for d in docs]


def test_every_reachable_article_stored_exactly_once(crawled):
    docs, paths = _stored(crawled)
    assert len(paths) == len(set(paths)), "an article was stored twice"
    canon = [d["canonical_url"] for d in docs]
    assert len(canon) == len(set(canon))
    expected = [a for a in crawled["articles"] if a["expect"] == "stored"]
    assert expected
    for article in expected:
        assert _path(article["url"], crawled["base"]) in paths, article["id"]


@pytest.mark.parametrize("case", ["robots_private", "off_topic", "too_old", "invalid_host"])
def test_unreachable_or_filtered_articles_not_fetched(crawled, case):
    for article in [a for a in crawled["articles"] if a["hostile"] == case]:
        path = _path(article["url"], crawled["base"])
        assert crawled["hits_first"].get(path, 0) == 0, article["id"]
        assert path not in _stored(crawled)[1]


def _fetches_of(crawled, case):
    urls = {canonicalize(a["url"]) for a in crawled["articles"] if a["hostile"] == case}
    return [
        r for r in crawled["records"] if r["type"] == "fetch" and canonicalize(r["url"]) in urls
    ]


def test_robots_disallowed_recorded(crawled):
    assert [f["error"] for f in _fetches_of(crawled, "robots_private")] == [
        "robots.txt disallows this URL"
    ]


def test_503_recorded_then_healed(crawled):
    assert [f["status"] for f in _fetches_of(crawled, "flaky_503")] == [503, 503, 200]


def test_429_recorded_then_healed(crawled):
    assert [f["status"] for f in _fetches_of(crawled, "rate_limited_429")] == [429, 200]


def test_timeout_recorded(crawled):
    fetches = _fetches_of(crawled, "slow")
    assert fetches and all(f["error"].startswith("timeout") for f in fetches)


def test_oversize_refused(crawled):
    fetches = _fetches_of(crawled, "oversize")
    assert fetches and fetches[-1]["error"].startswith("oversize") and fetches[-1]["bytes"] == 0


def test_missing_page_recorded(crawled):
    assert [(f["status"], f["error"]) for f in _fetches_of(crawled, "missing_404")] == [
        (404, "HTTP 404")
    ]


def test_invalid_host_recorded_as_dns_failure(crawled):
    fetches = _fetches_of(crawled, "invalid_host")
    assert fetches and all("DNS" in f["error"] or "resolve" in f["error"] for f in fetches)


@pytest.mark.parametrize("case", ["latin1_as_utf8", "cp1252_as_latin1"])
def test_wrong_charset_labels_still_give_clean_text(crawled, case):
    article = next(a for a in crawled["articles"] if a["hostile"] == case)
    doc = next(
        d
        for d in _stored(crawled)[0]
        if _path(d["final_url"], crawled["base"]) == _path(article["url"], crawled["base"])
    )
    assert "\ufffd" not in doc["text"] and "Ã" not in doc["text"]


def test_every_source_reported_ok(crawled):
    assert {sid: s["status"] for sid, s in crawled["first"]["sources"].items()} == {
        sid: "ok" for sid in crawled["first"]["sources"]
    }
    assert crawled["first"]["documents"] == len(_stored(crawled)[0])


def test_second_crawl_fetches_no_article_and_parses_no_feed(crawled):
    second = crawled["second"]
    assert second["documents"] == 0
    assert {s["status"] for s in second["sources"].values()} == {"not_modified"}
    fetches = [r for r in crawled["records2"] if r["type"] == "fetch"]
    assert {f["kind"] for f in fetches} <= {"feed", "api", "sitemap", "listing", "robots"}
    assert all(f["status"] == 304 and f["items"] == 0 for f in fetches if f["kind"] != "robots")
    changed = {p for p, n in crawled["hits_second"].items() if n != crawled["hits_first"].get(p)}
    article_paths = {_path(a["url"], crawled["base"]) for a in crawled["articles"]}
    assert not changed & article_paths


def test_crawl_killed_mid_run_leaves_no_complete_file(helpers, tmp_path, monkeypatch):
    import signal
    import subprocess
    import sys
    import time

    from spiders.state import CrawlState

    helpers.set_fast_crawl_env(monkeypatch)
    monkeypatch.setenv("ORELINE_CRAWL_DOWNLOAD_TIMEOUT", "30")  # the slow page holds the crawl open
    with samplesite.serve_sample_site(slow_seconds=20) as site:
        src = site.write_sources(tmp_path / "sources.yaml")
        data = tmp_path / "data"
        cmd = [sys.executable, "-m", "spiders.crawl", "--sources", str(src), "--data", str(data)]
        proc = subprocess.Popen(
            [*cmd, "--report", str(tmp_path / "r.json")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while not any(p.startswith("/slow/") for p in site.hits) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list((data / "raw").rglob("*.jsonl.gz")) == []
    assert len(list((data / "raw").rglob("*.part"))) == 1
    assert not (tmp_path / "r.json").exists()
    assert CrawlState(data).stored_urls == set()  # nothing claimed as stored
