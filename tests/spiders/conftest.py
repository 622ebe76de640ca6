"""Fixtures for the spiders room: a loopback HTTP site whose routes a test writes, and crawl env knobs."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
PEERS = SHARED / "peers"


@dataclass
class Route:
    """One canned response; etag/last_modified make it answer conditional GETs with 304."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    # statuses to answer first, one per hit, before the normal response (a 503 that heals)
    first: list[int] = field(default_factory=list)
    redirect: str | None = None


class LoopbackSite:
    """A tiny web site on 127.0.0.1 whose routes tests set; counts hits per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                site.hits[self.path] += 1
                site.requests.append((self.path, dict(self.headers.items())))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
                if callable(route):
                    route = route(self)
                if route is None:
                    return self._send(404, {"Content-Type": "text/plain"}, b"not found")
                if route.delay:
                    time.sleep(route.delay)
                if route.first:
                    status = route.first.pop(0)
                    return self._send(
                        status, {"Content-Type": "text/plain", "Retry-After": "0"}, b"busy"
                    )
                if route.redirect:
                    return self._send(
                        route.status if 300 <= route.status < 400 else 301,
                        {"Location": route.redirect},
                        b"",
                    )
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (route.etag and inm == route.etag) or (
                    route.last_modified and ims == route.last_modified and not route.etag
                ):
                    return self._send(304, {}, b"")
                headers = {"Content-Type": route.content_type} if route.content_type else {}
                headers.update(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
                return self._send(route.status, headers, body)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> LoopbackSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite() as s:
        s.routes["/robots.txt"] = Route(
            "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        yield s


FAST_CRAWL_ENV = {
    "DOWNLOAD_TIMEOUT": "2",
    "RETRY_TIMES": "2",
    "RETRY_BACKOFF_BASE": "0.05",
    "RETRY_AFTER_MAX": "0.2",
    "AUTOTHROTTLE_ENABLED": "false",
    "SOURCE_BACKOFF_BASE": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "INFO",
}


def set_fast_crawl_env(mp: pytest.MonkeyPatch) -> None:
    for name, value in FAST_CRAWL_ENV.items():
        mp.setenv("ORELINE_CRAWL_" + name, value)


@pytest.fixture
def fast_crawl_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small timeouts and no waiting, so crawl tests stay quick (the subprocess inherits the env)."""
    set_fast_crawl_env(monkeypatch)


def rss(items: list[tuple[str, str, str]], base: str = "") -> str:
    """An RSS 2.0 feed of (title, link, description) items."""
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><description>{d}</description>"
        f"<pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate></item>"
        for t, link, d in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>{base}/</link>{body}</channel></rss>'


def article_html(
    title: str, paragraphs: int = 4, canonical: str | None = None, words: str = ""
) -> str:
    """A plausible news page with boilerplate around a main text."""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paras = "".join(
        f"<p>{title} paragraph {i}: the ministry said the lithium and cobalt export rules {words} would "
        f"take effect next year after consultation with industry and trading partners.</p>"
        for i in range(paragraphs)
    )
    return (
        f"<html><head><title>{title}</title>{link}<meta name='date' content='2026-11-26'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/about'>About us</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article><footer>Copyright footer text</footer></body></html>"
    )


def write_sources(path: Path, sources: list[dict], allow_private: bool = True) -> Path:
    import yaml

    path.write_text(
        yaml.safe_dump(
            {"allow_private_network": allow_private, "sources": sources}, sort_keys=False
        ),
        encoding="utf-8",
    )
    return path


def read_landing(raw_file: str | Path) -> list[dict]:
    import gzip
    import json

    with gzip.open(raw_file, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="session")
def helpers():
    """The builders above, for tests (conftest modules are not importable by name)."""
    import types

    return types.SimpleNamespace(
        Route=Route,
        LoopbackSite=LoopbackSite,
        set_fast_crawl_env=set_fast_crawl_env,
        rss=rss,
        article_html=article_html,
        write_sources=write_sources,
        read_landing=read_landing,
    )
