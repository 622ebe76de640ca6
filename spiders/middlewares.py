"""Downloader middlewares: refuse private addresses, time each attempt, retry politely with Retry-After."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from spiders.errors import UnsafeURLError
from spiders.state import iso
from spiders.urls import check_url_allowed

LOGGER = logging.getLogger(__name__)


class BudgetExhausted(IgnoreRequest):
    """The source used up its error budget for this run; the request was dropped unsent."""


class PrivateNetworkMiddleware:
    """Refuse, before anything is sent, requests whose host resolves to a non-public address."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateNetworkMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        spider = self.crawler.spider
        ctx = getattr(spider, "ctx", None)
        allow = bool(ctx and ctx.allow_private_network)
        source_id = request.meta.get("source_id")
        if (
            ctx
            and source_id
            and request.meta.get("fetch_kind") == "article"
            and ctx.budget_exhausted(source_id)
        ):
            raise BudgetExhausted(f"source {source_id}: error budget exhausted")
        if allow:
            return None
        try:
            # getaddrinfo blocks; a slow resolver must not freeze every other download.
            await asyncio.to_thread(check_url_allowed, request.url, False)
        except UnsafeURLError as exc:
            LOGGER.warning("%s", exc)
            raise IgnoreRequest(str(exc)) from exc
        return None


class FetchTimerMiddleware:
    """Stamp each attempt's start for true timings, and log robots.txt fetches (Scrapy makes those)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> FetchTimerMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        request.meta["oreline_started_at"] = iso(datetime.now(UTC))
        request.meta["oreline_t0"] = time.monotonic()
        return None

    def _robots(self, request: Request) -> bool:
        return "source_id" not in request.meta and request.url.endswith("/robots.txt")

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Response:
        if self._robots(request):
            record = getattr(self.crawler.spider, "record_attempt", None)
            if record is not None:
                # A missing robots.txt (404) is the normal "no rules" answer, not a failure.
                failed = response.status >= 400 and response.status != 404
                record(
                    request,
                    response=response,
                    error=f"HTTP {response.status}" if failed else None,
                    status_is_error=False,
                )
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Any = None) -> None:
        if self._robots(request):
            record = getattr(self.crawler.spider, "record_attempt", None)
            if record is not None:
                record(request, response=None, error=describe_exception(exception))
        return None


def describe_exception(exc: BaseException) -> str:
    """A one-line, human reason for a failed fetch, naming the usual suspects plainly."""
    name = type(exc).__name__
    text = str(exc) or name
    if "robots.txt" in text:
        return "robots.txt disallows this URL"
    if "max size" in text or "larger than download" in text:
        return f"oversize: {text}"
    if name == "DNSLookupError":
        return f"DNS lookup failed: {text}"
    if "Timeout" in name or "timed out" in text.lower() or "took longer than" in text:
        return f"timeout: {text}"
    if name == "ConnectionRefusedError":
        return f"connection refused: {text}"
    if name == "IgnoreRequest":
        return f"refused: {text}"
    return f"{name}: {text}"


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for: delta-seconds or an HTTP date; None if absent or junk."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    """Retry 429/5xx and network errors with exponential backoff, honouring Retry-After (capped)."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 60.0)

    def _delay(self, request: Request, response: Response | None) -> float:
        attempt = request.meta.get("retry_times", 0)
        delay = self.backoff_base * (2**attempt)
        if response is not None:
            asked = retry_after_seconds(response.headers.get(b"Retry-After"))
            if asked is not None:
                delay = asked
        return min(delay, self.retry_after_max)

    def _note_attempt(self, request: Request, response: Response | None, error: str | None) -> None:
        spider = self.crawler.spider
        record = getattr(spider, "record_attempt", None)
        if record is not None:
            record(request, response=response, error=error)

    async def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        new = self._retry(request, f"HTTP {response.status}")
        if new is None:
            return response
        delay = self._delay(request, response)
        self._note_attempt(request, response, f"HTTP {response.status}, retrying in {delay:.1f}s")
        if delay > 0:
            await asyncio.sleep(delay)
        return new

    async def process_exception(
        self, request: Request, exception: Exception, spider: Any = None
    ) -> Request | None:
        if request.meta.get("dont_retry", False) or not isinstance(
            exception, self.exceptions_to_retry
        ):
            return None
        new = self._retry(request, exception)
        if new is None:
            return None
        delay = self._delay(request, None)
        self._note_attempt(
            request, None, f"{describe_exception(exception)}; retrying in {delay:.1f}s"
        )
        if delay > 0:
            await asyncio.sleep(delay)
        return new
