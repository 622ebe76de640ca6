"""The connect-time DNS guard: the address Scrapy dials is checked, not only the one checked first."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from spiders.crawl import run_crawl
from spiders.settings import crawl_settings

# Runs in a fresh interpreter: a Twisted reactor can be installed only once per process.
_PROBE = textwrap.dedent(
    """
    import json, sys
    from scrapy.utils.reactor import install_reactor
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from twisted.internet import reactor
    from scrapy.settings import Settings
    from spiders.resolver import PublicOnlyResolver

    class Crawler:
        settings = Settings({"DNSCACHE_ENABLED": True, "DNSCACHE_SIZE": 100, "DNS_TIMEOUT": 5,
                             "ORELINE_ALLOW_PRIVATE_NETWORK": sys.argv[1] == "allow"})

    resolver = PublicOnlyResolver.from_crawler(Crawler(), reactor)
    resolver.install_on_reactor()
    out = []

    def done(result):
        out.append(result)

    def ask(times):
        if not times:
            reactor.stop()
            return
        d = reactor.resolve("localhost")  # the path tcp.Client takes before it connects
        d.addCallbacks(lambda a: done(["ok", a]), lambda f: done([f.type.__name__, str(f.value)]))
        d.addBoth(lambda _: ask(times - 1))

    reactor.callWhenRunning(ask, 2)  # twice: the second answer comes from the cache
    reactor.run()
    print(json.dumps(out))
    """
)


def _resolve_localhost(mode: str) -> list[list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_private_answer_is_refused_at_connect_time_fresh_and_cached() -> None:
    answers = _resolve_localhost("deny")
    assert len(answers) == 2
    for kind, message in answers:
        assert kind == "DNSLookupError"
        assert "non-public address 127.0.0.1" in message


def test_private_answer_passes_when_the_sources_file_allows_it() -> None:
    assert _resolve_localhost("allow") == [["ok", "127.0.0.1"], ["ok", "127.0.0.1"]]


def test_crawl_settings_install_the_guard() -> None:
    settings = crawl_settings({})
    assert settings["DNS_RESOLVER"] == "spiders.resolver.PublicOnlyResolver"
    assert settings["ORELINE_ALLOW_PRIVATE_NETWORK"] is False


def test_crawl_by_host_name_goes_through_the_guard(site, helpers, fast_crawl_env, tmp_path) -> None:
    """A named host (not an IP literal) is resolved by the guard; allowed here, so it is fetched."""
    base = site.base_url.replace("127.0.0.1", "localhost")
    site.routes["/feed.xml"] = helpers.Route(
        helpers.rss([("Gallium licences", base + "/a/1", "x")]), content_type="application/rss+xml"
    )
    site.routes["/a/1"] = helpers.Route(helpers.article_html("Gallium licences", words="gallium"))
    source = {
        "id": "named",
        "name": "named",
        "kind": "feed",
        "url": base + "/feed.xml",
        "publisher": "news",
        "country": "USA",
    }
    src = helpers.write_sources(tmp_path / "s.yaml", [source], allow_private=True)
    report = run_crawl(src, tmp_path / "data")
    assert report["sources"]["named"]["status"] == "ok", report
    assert report["documents"] == 1
    assert site.hits["/a/1"] == 1
