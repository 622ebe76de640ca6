"""What every Oreline spider shares: the crawl context, listing fetches, article fetches, the fetch log."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import scrapy
from itemadapter import ItemAdapter
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from spiders.article import Article, decode_page, extract_article
from spiders.items import DocumentItem, FetchItem, SourceItem
from spiders.landing import LandingWriter
from spiders.middlewares import BudgetExhausted, describe_exception
from spiders.sources import Source
from spiders.state import CrawlState, iso
from spiders.urls import canonicalize, is_http_url

LOGGER = logging.getLogger(__name__)

# Statuses our callbacks see themselves (so they are logged) while 3xx still go to the redirect middleware.
HANDLED_STATUSES = [304, *range(400, 600)]


@dataclass
class SourceRun:
    """How one source fared in this run; becomes its entry in the crawl report."""

    status: str = "pending"
    items: int = 0
    documents: int = 0
    error: str | None = None
    errors: int = 0
    bytes: int = 0
    elapsed_ms: float = 0.0
    http_status: int | None = None
    skipped: Counter = field(default_factory=Counter)
    budget_exhausted: bool = False

    def report(self) -> dict[str, Any]:
        out = asdict(self)
        out["skipped"] = dict(self.skipped)
        return out


class CrawlContext:
    """Shared by all spiders of one crawl process: state, landing file, dedup sets, per-source outcome."""

    def __init__(
        self,
        run_id: str,
        mode: str = "crawl",
        allow_private_network: bool = False,
        state: CrawlState | None = None,
        landing: LandingWriter | None = None,
        error_budget: int = 10,
        extract_pool: Executor | None = None,
    ):
        self.run_id = run_id
        self.mode = mode
        self.allow_private_network = allow_private_network
        self.state = state
        self.landing = landing
        self.error_budget = error_budget
        self.extract_pool = extract_pool
        self.runs: dict[str, SourceRun] = {}
        self.seen: set[str] = set()  # link keys scheduled this run
        # Article requests wait per source and are released a window at a time, so the error
        # budget can stop a source mid-run and memory stays flat on long feeds.
        self.queues: dict[str, deque[Request]] = {}
        self.inflight: Counter[str] = Counter()
        self.window = 8
        self.stored: set[str] = set()  # link, final and canonical keys of documents stored this run
        self.fetches = 0
        self.failed_fetches = 0
        # Validators wait here until the run ends: the state is saved only once the landing
        # file is whole, so a killed run never claims a feed it did not finish.
        self.pending_validators: dict[str, tuple[int, str | None, str | None]] = {}

    @property
    def following(self) -> bool:
        return self.mode == "crawl"

    def run(self, source_id: str) -> SourceRun:
        return self.runs.setdefault(source_id, SourceRun())

    def write(self, record: dict[str, Any]) -> None:
        kind = record.get("type")
        if kind == "fetch":
            self.fetches += 1
            if record.get("error") or (record.get("status") or 0) >= 400:
                self.failed_fetches += 1
        elif kind == "document":
            self.run(record["source_id"]).documents += 1
        if self.landing is not None:
            self.landing.write(record)

    def is_known(self, *keys: str | None) -> bool:
        if self.state is not None and self.state.is_stored(*keys):
            return True
        return any(k and k in self.stored for k in keys)

    def note_error(self, source_id: str) -> None:
        run = self.run(source_id)
        run.errors += 1
        if run.errors >= self.error_budget and not run.budget_exhausted:
            run.budget_exhausted = True
            LOGGER.warning(
                "source %s: error budget of %d used up; not following it further",
                source_id,
                self.error_budget,
            )

    def commit_validators(self) -> None:
        if self.state is None:
            return
        for url, (status, etag, last_modified) in self.pending_validators.items():
            self.state.remember_validators(url, status, etag, last_modified)

    def budget_exhausted(self, source_id: str) -> bool:
        return self.run(source_id).budget_exhausted

    async def extract(
        self, html: str, url: str, published: str | None, title: str | None
    ) -> Article:
        if self.extract_pool is None:
            return extract_article(html, url, published, title)
        try:
            future = self.extract_pool.submit(extract_article, html, url, published, title)
            return await asyncio.wrap_future(future)
        except Exception as exc:  # a dead worker pool degrades to in-process extraction
            LOGGER.warning("extraction worker failed on %s (%s); extracting in process", url, exc)
            return extract_article(html, url, published, title)


def describe_failure(failure: Failure) -> str:
    """The fetch log's reason for a failed request."""
    return describe_exception(failure.value)


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    if value is None:
        return None
    return value.decode("latin-1").strip() or None


class OrelineSpider(scrapy.Spider):
    """Base of the four kind spiders: subclasses implement parse_listing for their kind."""

    name = "oreline"
    listing_kind = "feed"
    custom_settings: dict[str, Any] = {}

    def __init__(
        self, sources: Iterable[Source] = (), ctx: CrawlContext | None = None, **kwargs: Any
    ):
        super().__init__(**kwargs)
        self.sources: dict[str, Source] = {s.id: s for s in sources}
        self.ctx = ctx or CrawlContext(run_id="adhoc", mode="check")

    # starting
    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            self.ctx.run(source.id)
            if self.ctx.following:
                yield SourceItem(
                    source_id=source.id,
                    name=source.name,
                    kind=source.kind,
                    url=source.url,
                    publisher=source.publisher,
                    country=source.country,
                )
            yield self.listing_request(source, source.url, root=True)

    def listing_request(self, source: Source, url: str, root: bool = False, **meta: Any) -> Request:
        """A request for a feed, API page, sitemap or listing, conditional when we have validators."""
        headers = dict(source.headers)
        if self.ctx.following and self.ctx.state is not None:
            headers.update(self.ctx.state.conditional_headers(url))
        return Request(
            url,
            headers=headers,
            callback=self.on_listing,
            errback=self.on_error,
            dont_filter=True,
            meta={
                "source_id": source.id,
                "fetch_kind": self.listing_kind,
                "root": root,
                "handle_httpstatus_list": HANDLED_STATUSES,
                **meta,
            },
        )

    # the fetch log
    def fetch_item(
        self,
        request: Request,
        response: Response | None = None,
        error: str | None = None,
        items: int | None = None,
        status_is_error: bool = True,
    ) -> FetchItem:
        meta = request.meta
        t0 = meta.get("oreline_t0")
        elapsed = (time.monotonic() - t0) * 1000.0 if t0 is not None else 0.0
        status = response.status if response is not None else None
        if error is None and status_is_error and status is not None and status >= 400:
            error = f"HTTP {status}"
        return FetchItem(
            source_id=meta.get("source_id"),
            url=request.url,
            kind=meta.get("fetch_kind")
            or ("robots" if request.url.endswith("/robots.txt") else "article"),
            status=status,
            bytes=len(response.body) if response is not None else 0,
            etag=_header(response, "ETag") if response is not None else None,
            last_modified=_header(response, "Last-Modified") if response is not None else None,
            error=error,
            started_at=meta.get("oreline_started_at") or iso(datetime.now(UTC)),
            elapsed_ms=round(elapsed, 1),
            items=items,
        )

    def record_attempt(
        self,
        request: Request,
        response: Response | None = None,
        error: str | None = None,
        status_is_error: bool = True,
    ) -> None:
        """Log a fetch no callback sees: an attempt about to be retried, or a robots.txt fetch."""
        try:
            item = self.fetch_item(request, response, error=error, status_is_error=status_is_error)
            self.ctx.write(ItemAdapter(item).asdict())
        except Exception:  # logging a fetch must never break the fetch (robots would fail open)
            LOGGER.exception("could not log fetch of %s", request.url)

    def _account(self, request: Request, item: FetchItem) -> None:
        source_id = request.meta.get("source_id")
        if not source_id:
            return
        run = self.ctx.run(source_id)
        if request.meta.get("root"):
            run.bytes += item.bytes
            run.elapsed_ms += item.elapsed_ms
            run.http_status = item.status
        if item.error:
            self.ctx.note_error(source_id)
            if request.meta.get("root"):
                run.status = "failed"
                run.error = item.error

    # listings
    def on_listing(self, response: Response) -> Iterator[Any]:
        request = response.request
        source = self.sources[request.meta["source_id"]]
        run = self.ctx.run(source.id)
        root = request.meta.get("root")
        if response.status == 304:
            item = self.fetch_item(request, response, items=0)
            self._account(request, item)
            if root:
                run.status = "not_modified"
            yield item
            return
        if response.status >= 400:
            item = self.fetch_item(request, response)
            self._account(request, item)
            yield item
            return
        try:
            entries, follow = self.parse_listing(response, source)
        except Exception as exc:  # a broken listing is a failed fetch, never a dead crawl
            LOGGER.warning("source %s: cannot parse %s: %s", source.id, response.url, exc)
            item = self.fetch_item(
                request, response, error=f"parse error: {type(exc).__name__}: {exc}"
            )
            self._account(request, item)
            yield item
            return
        item = self.fetch_item(request, response, items=len(entries))
        self._account(request, item)
        if root and run.status == "pending":
            run.status = "ok"
        run.items += len(entries)
        if self.ctx.following:
            # Keyed by the URL we asked for: a redirected feed is asked for by that URL next time.
            asked = request.meta.get("redirect_urls", [request.url])[0]
            self.ctx.pending_validators[asked] = (
                response.status,
                item.etag,
                item.last_modified,
            )
        yield item
        if self.ctx.following:
            yield from follow
            yield from self.follow_entries(source, entries, response.url)

    def parse_listing(
        self, response: Response, source: Source
    ) -> tuple[list[dict[str, Any]], list[Request]]:
        """Entries ({url, title, summary, published}) and further listing requests; kind-specific."""
        raise NotImplementedError

    def release(self, source_id: str) -> Iterator[Request]:
        """Hand Scrapy the source's next queued article requests, up to the window in flight."""
        queue = self.ctx.queues.get(source_id)
        if not queue:
            return
        run = self.ctx.run(source_id)
        if run.budget_exhausted:
            run.skipped["error_budget"] += len(queue)
            queue.clear()
            return
        while queue and self.ctx.inflight[source_id] < self.ctx.window:
            self.ctx.inflight[source_id] += 1
            yield queue.popleft()

    def done(self, request: Request) -> Iterator[Request]:
        """An article request finished (either way): free its place and release the next."""
        if request.meta.get("fetch_kind") != "article":
            return
        source_id = request.meta["source_id"]
        self.ctx.inflight[source_id] -= 1
        yield from self.release(source_id)

    def follow_entries(
        self, source: Source, entries: list[dict[str, Any]], listing_url: str
    ) -> Iterator[Request]:
        """Article requests for entries that pass the keyword filter and are not stored yet."""
        queue = self.ctx.queues.setdefault(source.id, deque())
        queue.extend(self._article_requests(source, entries, listing_url))
        yield from self.release(source.id)

    def _article_requests(
        self, source: Source, entries: list[dict[str, Any]], listing_url: str
    ) -> Iterator[Request]:
        run = self.ctx.run(source.id)
        taken = 0
        for entry in entries:
            link = entry.get("url")
            if not is_http_url(link):
                run.skipped["no_link"] += 1
                continue
            if not source.matches_keywords(
                entry.get("title"), entry.get("summary"), entry.get("slug")
            ):
                run.skipped["keyword_filter"] += 1
                continue
            key = canonicalize(link)
            if key in self.ctx.seen or self.ctx.is_known(key):
                run.skipped["already_seen"] += 1
                continue
            if source.max_items and taken >= source.max_items:
                run.skipped["max_items"] += 1
                continue
            if run.budget_exhausted:
                run.skipped["error_budget"] += 1
                continue
            self.ctx.seen.add(key)
            taken += 1
            yield Request(
                link,
                headers=dict(source.headers),
                callback=self.on_article,
                errback=self.on_error,
                dont_filter=True,
                meta={
                    "source_id": source.id,
                    "fetch_kind": "article",
                    "handle_httpstatus_list": HANDLED_STATUSES,
                    "entry": entry,
                    "feed_url": listing_url,
                    "link_key": key,
                },
            )

    # articles
    async def on_article(self, response: Response) -> AsyncIterator[Any]:
        try:
            async for out in self._article(response):
                yield out
        except Exception:  # one odd page must not stall its source's queue
            LOGGER.exception("article %s could not be processed", response.url)
        for nxt in self.done(response.request):
            yield nxt

    async def _article(self, response: Response) -> AsyncIterator[Any]:
        request = response.request
        meta = request.meta
        source = self.sources[meta["source_id"]]
        run = self.ctx.run(source.id)
        if response.status >= 400 or response.status == 304:
            item = self.fetch_item(request, response)
            self._account(request, item)
            yield item
            return
        if not isinstance(response, TextResponse):
            ctype = _header(response, "Content-Type") or "unknown"
            item = self.fetch_item(
                request, response, error=f"not a text page (Content-Type {ctype})"
            )
            self._account(request, item)
            yield item
            return
        item = self.fetch_item(request, response)
        yield item
        final_key = canonicalize(response.url)
        if self.ctx.is_known(final_key):
            run.skipped["duplicate_final_url"] += 1
            return
        self.ctx.stored.add(final_key)  # claim it now: extraction may yield to other callbacks
        entry = meta.get("entry") or {}
        html = decode_page(response.body, response.encoding)
        article = await self.ctx.extract(
            html, response.url, entry.get("published"), entry.get("title")
        )
        if article.canonical_url != final_key and self.ctx.is_known(article.canonical_url):
            run.skipped["duplicate_canonical_url"] += 1
            return
        keys = {meta.get("link_key"), final_key, article.canonical_url}
        self.ctx.stored.update(k for k in keys if k)
        yield DocumentItem(
            source_id=source.id,
            publisher=source.publisher,
            source_country=source.country,
            url=request.meta.get("redirect_urls", [request.url])[0],
            final_url=response.url,
            canonical_url=article.canonical_url,
            title=article.title or entry.get("title"),
            published_at=article.published_at,
            fetched_at=iso(datetime.now(UTC)),
            language=article.language,
            text=article.text,
            summary=entry.get("summary"),
            content_hash=article.content_hash,
            html=html,
            http_status=response.status,
            feed_url=meta.get("feed_url"),
        )

    # failures
    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = getattr(failure, "request", None)
        if request is None:
            LOGGER.error("failure without a request: %s", failure)
            return
        yield from self._failed(failure, request)
        yield from self.done(request)

    def _failed(self, failure: Failure, request: Request) -> Iterator[Any]:
        if failure.check(BudgetExhausted):
            self.ctx.run(request.meta.get("source_id", "")).skipped["error_budget"] += 1
            return
        response = getattr(failure.value, "response", None)
        error = describe_failure(failure)
        LOGGER.info("fetch failed %s: %s", request.url, error)
        item = self.fetch_item(request, response, error=error)
        self._account(request, item)
        yield item
