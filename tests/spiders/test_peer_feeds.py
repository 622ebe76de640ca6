"""Every feed from feedparser's own test suite goes through the feed spider over HTTP without escaping.

One crawl serves all of them (with each file's ``Header:`` lines) for speed; the parametrised
tests then check each file's outcome: items parsed, or the fetch recorded as failed with a reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from spiders.spiders.feed import FeedParseError, parse_feed

FEEDS_DIR = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "peers" / "feedparser"
).resolve()
FEEDS = sorted(FEEDS_DIR.rglob("*.xml")) if FEEDS_DIR.is_dir() else []
HEADER_RE = re.compile(r"^\s*Header:\s*([A-Za-z-]+):[ \t]*(.*?)\s*$", re.M)

pytestmark = pytest.mark.skipif(not FEEDS, reason=f"peer feeds not found under {FEEDS_DIR}")


def feed_headers(body: bytes) -> dict[str, str]:
    """The simulated HTTP headers a test feed asks to be served with (its comment's Header: lines)."""
    for enc in ("utf-8", "utf-16", "utf-32", "latin-1"):
        try:
            head = body[:4000].decode(enc)
        except UnicodeDecodeError:
            continue
        if "Header:" in head or enc == "latin-1":
            break
    return {m.group(1): m.group(2) for m in HEADER_RE.finditer(head)}


def rel(path: Path) -> str:
    return str(path.relative_to(FEEDS_DIR))


@pytest.fixture(scope="module")
def peer_crawl(tmp_path_factory, helpers):
    """One crawl over every peer feed; a keyword that never matches keeps it from following links."""
    from spiders.crawl import run_crawl

    tmp = tmp_path_factory.mktemp("peers")
    with pytest.MonkeyPatch.context() as mp, helpers.LoopbackSite() as site:
        helpers.set_fast_crawl_env(mp)
        sources, served = [], {}
        for i, path in enumerate(FEEDS):
            body = path.read_bytes()
            headers = feed_headers(body)
            ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
            extra = {k: v for k, v in headers.items() if k.lower() != "content-type"}
            route = f"/feeds/{i}.xml"
            site.routes[route] = helpers.Route(body, content_type=ctype, headers=extra)
            served[path] = (route, ctype)
            sources.append(
                {
                    "id": f"p{i}",
                    "name": rel(path),
                    "kind": "feed",
                    "url": site.url(route),
                    "publisher": "news",
                    "country": "USA",
                    "keywords": ["zz-never-matches-zz"],
                }
            )
        src = helpers.write_sources(tmp / "peers.yaml", sources)
        report = run_crawl(src, tmp / "data", timeout=120)
        records = helpers.read_landing(report["raw_file"])
        hits = dict(site.hits)
    fetches = {r["url"].rsplit("/", 1)[-1]: r for r in records if r["type"] == "fetch"}
    return {
        "report": report,
        "fetches": fetches,
        "served": served,
        "hits": hits,
        "base": site.base_url,
    }


def test_one_crawl_covers_every_peer_feed(peer_crawl):
    assert len(peer_crawl["report"]["sources"]) == len(FEEDS)
    assert peer_crawl["report"]["documents"] == 0  # nothing followed: the keyword never matches
    parsed = [s for s in peer_crawl["report"]["sources"].values() if s["status"] == "ok"]
    print(
        f"\npeer feeds: {len(parsed)} of {len(FEEDS)} parsed, "
        f"{sum(s['items'] for s in parsed)} items in all"
    )
    assert len(parsed) >= 0.95 * len(FEEDS)


@pytest.mark.parametrize("path", FEEDS, ids=rel)
def test_peer_feed_parsed_or_failed_with_reason(peer_crawl, path):
    i = FEEDS.index(path)
    report = peer_crawl["report"]["sources"][f"p{i}"]
    fetch = peer_crawl["fetches"][f"{i}.xml"]
    assert fetch["kind"] == "feed"
    assert fetch["source_id"] == f"p{i}"
    if report["status"] == "ok":
        assert fetch["error"] is None
        assert fetch["status"] == 200
        # The HTTP path loses nothing against feedparser on the same bytes and header.
        route, ctype = peer_crawl["served"][path]
        expected = parse_feed(path.read_bytes(), peer_crawl["base"] + route, ctype)
        assert fetch["items"] == report["items"] == len(expected)
    else:
        assert report["status"] == "failed"
        assert report["error"] and fetch["error"] == report["error"]
        with pytest.raises(FeedParseError):
            parse_feed(
                path.read_bytes(),
                peer_crawl["base"] + peer_crawl["served"][path][0],
                peer_crawl["served"][path][1],
            )
