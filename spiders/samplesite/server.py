"""Serve the sample site on loopback, with the misbehaviour a crawler has to survive."""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from spiders.samplesite.content import API_PATH, Resource, SiteContent

LOGGER = logging.getLogger(__name__)

# How many requests the self-healing endpoints refuse before they answer 200.
FLAKY_FAILURES = 2
RATE_LIMITED_FAILURES = 1
CHUNK = 64 * 1024


class SampleSite:
    """A running sample site: its base URL, request counters and the sources file for it."""

    def __init__(
        self, slow_seconds: float = 30.0, now: datetime | None = None, port: int = 0
    ) -> None:
        self.slow_seconds = slow_seconds
        self._now = now
        self._port = port
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        self.requests: list[dict[str, Any]] = []
        self._refused: Counter[str] = Counter()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.content: SiteContent | None = None

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> SampleSite:
        """Bind 127.0.0.1 (port 0: any free port), render the content and serve in a daemon thread."""
        server = _Server(("127.0.0.1", self._port), _Handler)
        server.site = self
        host, port = server.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        self.content = SiteContent(self.base_url, self._now)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"samplesite-{port}",
            daemon=True,
        )
        self._thread.start()
        LOGGER.info("sample site serving at %s", self.base_url)
        return self

    def stop(self) -> None:
        """Wake any hanging slow request, stop serving and close the socket."""
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    # -- what tests use ----------------------------------------------------------------------
    def url(self, path: str) -> str:
        """Absolute URL of a path on this site."""
        return self.base_url + path

    def articles(self) -> list[dict[str, Any]]:
        """The articles with absolute URLs on this server (see content.articles for the fields)."""
        assert self.content is not None, "the site is not started"
        return self.content.articles

    def source_entries(self) -> list[dict[str, Any]]:
        """The sources-file entries write_sources() writes."""
        assert self.content is not None, "the site is not started"
        return self.content.source_entries()

    def write_sources(self, path: str | Path) -> Path:
        """Write a sources file with one source per outlet and allow_private_network: true."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        document = {"allow_private_network": True, "sources": self.source_entries()}
        header = (
            f"# Sources of the Oreline sample site at {self.base_url}\n"
            "# (loopback, so private addresses are allowed; the site stops with its process)\n"
        )
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
        path.write_text(header + text, encoding="utf-8")
        return path

    def reset(self) -> None:
        """Forget the hit counters and re-arm the endpoints that fail before they heal."""
        with self._lock:
            self.hits.clear()
            self.requests.clear()
            self._refused.clear()

    # -- request handling ------------------------------------------------------------------------
    def _arrive(self, method: str, target: str, headers: dict[str, str]) -> dict[str, Any]:
        """Count a request as it arrives (before answering, so a client never sees a stale count)."""
        path = urlsplit(target).path
        record = {"method": method, "target": target, "path": path, "status": None, **headers}
        with self._lock:
            self.hits[path] += 1
            self.requests.append(record)
        return record

    def _refuse_once_more(self, path: str, limit: int) -> bool:
        """True while this path has been refused fewer than `limit` times (and counts this one)."""
        with self._lock:
            if self._refused[path] < limit:
                self._refused[path] += 1
                return True
            return False

    def respond(self, handler: _Handler, send_body: bool) -> int:
        """Answer one request; returns the status sent."""
        content = self.content
        assert content is not None
        parts = urlsplit(handler.path)
        path = parts.path

        if path in content.redirects:
            code, location = content.redirects[path]
            return _send(handler, code, b"", "text/plain", {"Location": location}, send_body)

        if path == API_PATH:
            return self._api(handler, parts.query, send_body)

        resource = content.resources.get(path)
        if resource is None:
            body = b"<!DOCTYPE html><html lang='en'><title>Not found</title><h1>404 Not found</h1></html>"
            return _send(handler, 404, body, "text/html; charset=utf-8", {}, send_body)

        if resource.hostile == "flaky_503" and self._refuse_once_more(path, FLAKY_FAILURES):
            body = b"Service temporarily unavailable, try again shortly."
            return _send(handler, 503, body, "text/plain", {"Retry-After": "1"}, send_body)
        if resource.hostile == "rate_limited_429" and self._refuse_once_more(
            path, RATE_LIMITED_FAILURES
        ):
            body = b"Too many requests."
            return _send(handler, 429, body, "text/plain", {"Retry-After": "1"}, send_body)
        if resource.hostile == "slow":
            # Hang like an overloaded origin; stop() cuts the wait short.
            if self._stopping.wait(self.slow_seconds):
                return 0
        return _send_resource(handler, resource, send_body)

    def _api(self, handler: _Handler, query: str, send_body: bool) -> int:
        params = parse_qs(query)
        try:
            page = int(params.get("page", ["1"])[0])
            per_page = int(params.get("per_page", ["20"])[0])
            if not 1 <= per_page <= 1000:
                raise ValueError("per_page must be between 1 and 1000")
        except ValueError as exc:
            body = json.dumps({"errors": {"request": str(exc)}}).encode()
            return _send(handler, 400, body, "application/json", {}, send_body)
        assert self.content is not None
        resource = self.content.api_page(page, per_page)
        if resource is None:
            body = b'{"errors": {"page": "no such page"}}'
            return _send(handler, 404, body, "application/json", {}, send_body)
        return _send_resource(handler, resource, send_body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    site: SampleSite

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client dropping a keep-alive connection is normal; anything else is logged."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            LOGGER.debug("client %s went away: %s", client_address, error)
        else:
            LOGGER.exception("sample site error serving %s", client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "OrelineSampleSite/1.0"
    timeout = 30  # an idle keep-alive connection does not hold a thread for ever

    def do_GET(self) -> None:  # noqa: N802 - the http.server naming
        self._handle(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(send_body=False)

    def _handle(self, send_body: bool) -> None:
        site = self.server.site
        conditional = {
            k.lower(): v
            for k in ("If-None-Match", "If-Modified-Since", "User-Agent")
            if (v := self.headers.get(k)) is not None
        }
        record = site._arrive(self.command, self.path, conditional)
        try:
            record["status"] = site.respond(self, send_body)
        except (BrokenPipeError, ConnectionResetError):
            record["status"] = 0  # the client gave up (a timeout or a size limit)
        except Exception:  # a bug in the site must not pass for a hostile case
            LOGGER.exception("sample site failed on %s", self.path)
            record["status"] = 500
            try:
                _send(self, 500, b"internal error", "text/plain", {}, send_body)
            except OSError:
                pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base signature
        LOGGER.debug("%s " + format, self.address_string(), *args)


def _send(
    handler: _Handler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str],
    send_body: bool,
) -> int:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    if send_body and body:
        for start in range(0, len(body), CHUNK):
            handler.wfile.write(body[start : start + CHUNK])
    return status


def _send_resource(handler: _Handler, resource: Resource, send_body: bool) -> int:
    """200 with validators, or 304 when the client's validators still match."""
    headers = {"ETag": resource.etag, "Cache-Control": "max-age=60"}
    if resource.last_modified_http:
        headers["Last-Modified"] = resource.last_modified_http
    if _not_modified(handler, resource):
        handler.send_response(304)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        return 304
    return _send(handler, 200, resource.body, resource.content_type, headers, send_body)


def _not_modified(handler: _Handler, resource: Resource) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are sent."""
    if_none_match = handler.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or resource.etag in tags
    since = handler.headers.get("If-Modified-Since")
    if since and resource.last_modified is not None:
        try:
            when = parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return resource.last_modified.replace(microsecond=0) <= when
    return False


@contextmanager
def serve_sample_site(
    slow_seconds: float = 30.0, now: datetime | None = None, port: int = 0
) -> Iterator[SampleSite]:
    """Run the sample site for the duration of a with-block; yields the running SampleSite."""
    site = SampleSite(slow_seconds=slow_seconds, now=now, port=port).start()
    try:
        yield site
    finally:
        site.stop()
