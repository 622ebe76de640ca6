"""Turn the sample site's data files into dated articles and rendered resources (pages, feeds)."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

LOGGER = logging.getLogger(__name__)

HERE = Path(__file__).parent
DATA_DIR = HERE / "data"
TEMPLATES_DIR = HERE / "templates"

TRACKING_QUERY = "utm_source=ridgeline&utm_medium=rss&utm_campaign=minerals"
INVALID_HOST = "http://example.invalid"
OVERSIZE_BYTES = 12 * 1024 * 1024
API_PATH = "/api/documents.json"
NEWS_SITEMAP = "/news/sitemap.xml.gz"
NEWS_ARCHIVE = "/news/sitemap-archive.xml"
NEWS_INDEX = "/news/sitemap_index.xml"


def _load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506


@cache
def site_data() -> dict[str, Any]:
    """Outlets and hostile cases (site.yaml), loaded once."""
    return _load_yaml(DATA_DIR / "site.yaml")


@cache
def _raw_articles() -> tuple[dict[str, Any], ...]:
    data = _load_yaml(DATA_DIR / "articles.yaml")
    return tuple(data["articles"])


def articles(now: datetime | None = None, base_url: str | None = None) -> list[dict[str, Any]]:
    """The articles with publication dates resolved against `now` (default: the current time).

    Each dict: id, outlet, source_id, publisher, country, official, story, title, summary,
    author, published (ISO 8601, UTC, ``Z``), published_at (datetime), days_ago, path (None
    for an off-site link), url (absolute when base_url is given), link (the URL as a feed or
    listing carries it), also_in, hostile, expect (stored | not_fetched | failed | maybe),
    paragraphs and text.
    """
    now = _as_utc(now)
    site = site_data()
    outlets = site["outlets"]
    hostile = site["hostile"]
    base = (base_url or "").rstrip("/")
    out = []
    for raw in _raw_articles():
        outlet = outlets[raw["outlet"]]
        published = _published(raw["days_ago"], raw["time"], now)
        path = _article_path(raw, outlet)
        url = f"{INVALID_HOST}/minerals/{raw['slug']}.html" if path is None else base + path
        weekday = published.strftime("%A")
        paragraphs = [
            " ".join(p.split()).replace("{weekday}", weekday)
            for p in raw["body"].split("\n\n")
            if p.strip()
        ]
        tag = raw.get("hostile")
        out.append(
            {
                "id": raw["id"],
                "outlet": raw["outlet"],
                "source_id": outlet["source_id"],
                "publisher": outlet["publisher"],
                "country": outlet["country"],
                "official": outlet["publisher"] == "gov",
                "story": raw["story"],
                "title": raw["title"],
                "summary": raw["summary"],
                "author": raw.get("author"),
                "document_number": raw.get("document_number"),
                "type": raw.get("type"),
                "agency": raw.get("agency"),
                "slug": raw["slug"],
                "days_ago": raw["days_ago"],
                "published_at": published,
                "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "path": path,
                "url": url,
                "link": _link(raw, path, base, url),
                "also_in": list(raw.get("also_in", [])),
                "hostile": tag,
                "expect": hostile[tag]["expect"] if tag else "stored",
                "paragraphs": paragraphs,
                "text": "\n\n".join(paragraphs),
            }
        )
    return out


def _as_utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC).replace(microsecond=0)
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)


def _published(days_ago: int, hhmm: str, now: datetime) -> datetime:
    """Publication moment: the day `days_ago` before `now`, never later than `now` itself."""
    day: date = now.date() - timedelta(days=days_ago)
    hour, minute = (int(x) for x in hhmm.split(":"))
    moment = datetime.combine(day, time(hour, minute), tzinfo=UTC)
    if moment > now:
        # Today's stories keep today's date even early in the morning.
        moment = max(
            datetime.combine(now.date(), time(0, 0), tzinfo=UTC), now - timedelta(minutes=1)
        )
    return moment


def _article_path(raw: dict[str, Any], outlet: dict[str, Any]) -> str | None:
    tag = raw.get("hostile")
    slug = raw["slug"]
    if tag == "invalid_host":
        return None
    if tag == "robots_private":
        return f"/private/{slug}.html"
    if tag == "slow":
        return f"/slow/{slug}.html"
    if tag == "oversize":
        return f"/news/reports/{slug}.html"
    if raw.get("document_number"):
        return f"{outlet['articles']}{raw['document_number']}/{slug}.html"
    return f"{outlet['articles']}{slug}.html"


def _link(raw: dict[str, Any], path: str | None, base: str, url: str) -> str:
    """The URL as the article's own outlet links it (hostile forms included)."""
    tag = raw.get("hostile")
    if path is None:
        return url
    if tag == "tracking_duplicate":
        return f"{base}{path}?{TRACKING_QUERY}"
    if tag == "redirect_chain":
        return f"{base}/go/{raw['slug']}/1"
    return base + path


@dataclass
class Resource:
    """One thing the server can answer with: bytes, headers and what kind of thing it is."""

    body: bytes
    content_type: str
    kind: str
    last_modified: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)
    hostile: str | None = None

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'

    @property
    def last_modified_http(self) -> str | None:
        if self.last_modified is None:
            return None
        return format_datetime(self.last_modified, usegmt=True)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["rfc822"] = lambda d: format_datetime(d, usegmt=True)
    env.filters["iso"] = lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
    return env


class SiteContent:
    """Every resource of the site for one base URL and one `now`, rendered once."""

    def __init__(self, base_url: str, now: datetime | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.now = _as_utc(now)
        self.site = site_data()
        self.outlets: dict[str, dict[str, Any]] = self.site["outlets"]
        self.articles = articles(self.now, self.base_url)
        self.by_id = {a["id"]: a for a in self.articles}
        self.env = _environment()
        self.resources: dict[str, Resource] = {}
        self.redirects: dict[str, tuple[int, str]] = {}
        self.api_items = self._for_outlet("register")
        self._render_all()

    # -- selection -----------------------------------------------------------------------
    def _for_outlet(self, outlet: str, include_old: bool = False) -> list[dict[str, Any]]:
        """Articles an outlet's feed carries, newest first."""
        chosen = [
            a
            for a in self.articles
            if (a["outlet"] == outlet or outlet in a["also_in"])
            and (include_old or a["hostile"] != "too_old")
        ]
        return sorted(chosen, key=lambda a: a["published_at"], reverse=True)

    def feed_link(self, article: dict[str, Any], outlet: str) -> str:
        """An article as `outlet` links it: its own outlet uses the hostile form, others the plain URL."""
        return article["link"] if article["outlet"] == outlet else article["url"]

    # -- rendering -----------------------------------------------------------------------
    def _render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(
            base=self.base_url, outlets=self.outlets, now=self.now, **context
        )

    def _render_all(self) -> None:
        self._render_articles()
        self._render_feeds()
        self._render_sitemaps()
        self._render_listing()
        self.resources["/robots.txt"] = Resource(
            (
                f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.base_url}{NEWS_INDEX}\n"
            ).encode(),
            "text/plain; charset=utf-8",
            "robots",
        )
        self.resources["/"] = self._page(
            "home.html.j2", "listing", sources=self.source_entries(), articles=self.articles
        )
        for article in self.articles:
            if article["hostile"] == "redirect_chain":
                self._add_redirects(article)

    def _page(self, template: str, kind: str, last_modified=None, **context) -> Resource:
        body = self._render(template, **context).encode("utf-8")
        return Resource(body, "text/html; charset=utf-8", kind, last_modified or self.now)

    def _render_articles(self) -> None:
        for article in self.articles:
            tag = article["hostile"]
            if article["path"] is None or tag == "missing_404":
                continue
            outlet = self.outlets[article["outlet"]]
            related = [
                a
                for a in self._for_outlet(article["outlet"])
                if a["id"] != article["id"] and a["expect"] == "stored"
            ][:3]
            charset = {"latin1_as_utf8": "utf-8", "cp1252_as_latin1": "windows-1252"}.get(
                tag, "utf-8"
            )
            html = self._render(
                "article.html.j2",
                article=article,
                outlet=outlet,
                related=related,
                charset=charset,
                canonical=article["url"],
            )
            # The two charset cases: bytes in one encoding, labels that say another.
            if tag == "latin1_as_utf8":
                body = html.encode("latin-1", errors="xmlcharrefreplace")
                content_type = "text/html; charset=utf-8"
            elif tag == "cp1252_as_latin1":
                body = html.encode("cp1252", errors="xmlcharrefreplace")
                content_type = "text/html; charset=iso-8859-1"
            else:
                body = html.encode("utf-8")
                content_type = "text/html; charset=utf-8"
            if tag == "oversize":
                body = self._oversize(html)
            self.resources[article["path"]] = Resource(
                body, content_type, "article", article["published_at"], hostile=tag
            )

    @staticmethod
    def _oversize(html: str) -> bytes:
        """Pad the page with a huge data table so it weighs about OVERSIZE_BYTES."""
        head, _, tail = html.partition("</main>")
        head_bytes = (head + "<table class='annex'>\n").encode()
        tail_bytes = ("</table></main>" + tail).encode()
        row = b"<tr><td>lithium carbonate</td><td>2026-01</td><td>10250.00</td></tr>\n"
        rows = (OVERSIZE_BYTES - len(head_bytes) - len(tail_bytes)) // len(row)
        return head_bytes + row * rows + tail_bytes

    def _render_feeds(self) -> None:
        for outlet_id, outlet in self.outlets.items():
            fmt = outlet.get("format")
            if not fmt:
                continue
            items = self._for_outlet(outlet_id)
            latest = max((a["published_at"] for a in items), default=self.now)
            template = {
                "rss2": "rss2.xml.j2",
                "rss2_truncated": "rss2.xml.j2",
                "atom": "atom.xml.j2",
                "rdf": "rdf.xml.j2",
            }[fmt]
            text = self._render(
                template,
                outlet=outlet,
                outlet_id=outlet_id,
                items=items,
                latest=latest,
                link_for=lambda a, o=outlet_id: self.feed_link(a, o),
            )
            content_type = {
                "rss2": "application/rss+xml; charset=utf-8",
                "rss2_truncated": "application/rss+xml; charset=utf-8",
                "atom": "application/atom+xml; charset=utf-8",
                "rdf": "application/rdf+xml; charset=utf-8",
            }[fmt]
            hostile = None
            if fmt == "rss2_truncated":
                # Cut inside the last item's description: the XML never closes.
                cut = text.rfind("<description>") + len("<description>") + 60
                text = text[:cut]
                hostile = "truncated_feed"
            self.resources[outlet["feed"]] = Resource(
                text.encode("utf-8"), content_type, "feed", latest, hostile=hostile
            )

    def _render_sitemaps(self) -> None:
        news = self._for_outlet("news")
        latest = max(a["published_at"] for a in news)
        urlset = self._render("news_sitemap.xml.j2", items=news, publication="Metals Daily")
        # mtime=0 keeps the gzip bytes (and so the ETag) stable for identical content.
        gz = gzip.compress(urlset.encode("utf-8"), mtime=0)
        self.resources[NEWS_SITEMAP] = Resource(gz, "application/x-gzip", "sitemap", latest)
        old = [a for a in self._for_outlet("news", include_old=True) if a["hostile"] == "too_old"]
        old_latest = max((a["published_at"] for a in old), default=self.now)
        self.resources[NEWS_ARCHIVE] = Resource(
            self._render("sitemap.xml.j2", items=old).encode("utf-8"),
            "application/xml; charset=utf-8",
            "sitemap",
            old_latest,
        )
        index = self._render(
            "sitemap_index.xml.j2",
            sitemaps=[(NEWS_SITEMAP, latest), (NEWS_ARCHIVE, old_latest)],
        )
        self.resources[NEWS_INDEX] = Resource(
            index.encode("utf-8"), "application/xml; charset=utf-8", "sitemap", latest
        )

    def _render_listing(self) -> None:
        outlet = self.outlets["press"]
        items = self._for_outlet("press")
        latest = max(a["published_at"] for a in items)
        self.resources[outlet["feed"]] = self._page(
            "press_index.html.j2",
            "listing",
            latest,
            outlet=outlet,
            items=items,
            link_for=lambda a: self.feed_link(a, "press"),
            canonical=self.base_url + outlet["feed"],
        )

    def _add_redirects(self, article: dict[str, Any]) -> None:
        """/go/<slug>/1 -301-> /go/<slug>/2 -302-> /go/<slug>/3 -307-> the article."""
        slug = article["slug"]
        self.redirects[f"/go/{slug}/1"] = (301, f"{self.base_url}/go/{slug}/2")
        self.redirects[f"/go/{slug}/2"] = (302, f"/go/{slug}/3")  # relative on purpose
        self.redirects[f"/go/{slug}/3"] = (307, article["url"])

    # -- API -----------------------------------------------------------------------------
    def _api_pages(self, per_page: int) -> list[list[dict[str, Any]]]:
        items = self.api_items
        return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]

    def api_page(self, page: int, per_page: int) -> Resource | None:
        """One page of the documents API (Federal Register shape), or None past the end."""
        pages = self._api_pages(per_page)
        if page < 1 or page > len(pages):
            return None
        items = pages[page - 1]
        body: dict[str, Any] = {
            "count": len(self.api_items),
            "description": "Documents matching your search, newest first",
            "total_pages": len(pages),
        }
        if page < len(pages):
            query = urlencode({"page": page + 1, "per_page": per_page})
            body["next_page_url"] = f"{self.base_url}{API_PATH}?{query}"
        if page > 1:
            query = urlencode({"page": page - 1, "per_page": per_page})
            body["previous_page_url"] = f"{self.base_url}{API_PATH}?{query}"
        body["results"] = [
            {
                "document_number": a["document_number"],
                "title": a["title"],
                "type": {"PRESDOCU": "Presidential Document", "RULE": "Rule"}.get(
                    a["type"], "Notice"
                ),
                "abstract": a["summary"],
                "publication_date": a["published_at"].date().isoformat(),
                "agencies": [{"name": a["agency"], "slug": _slug(a["agency"])}],
                "html_url": a["url"],
                "pdf_url": None,
            }
            for a in items
        ]
        latest = max((a["published_at"] for a in items), default=self.now)
        text = json.dumps(body, indent=2, ensure_ascii=False)
        return Resource(text.encode("utf-8"), "application/json; charset=utf-8", "api", latest)

    # -- sources ---------------------------------------------------------------------------
    def source_entries(self) -> list[dict[str, Any]]:
        """One sources-file entry per outlet, pointing at this server."""
        entries = []
        for outlet in self.outlets.values():
            entry: dict[str, Any] = {
                "id": outlet["source_id"],
                "name": outlet["name"],
                "kind": outlet["kind"],
                "url": self.base_url + outlet["feed"],
                "publisher": outlet["publisher"],
                "country": outlet["country"],
                "language": "en",
            }
            for key in (
                "keywords",
                "items_path",
                "next_path",
                "fields",
                "max_pages",
                "link_selector",
                "max_age_days",
            ):
                if key in outlet:
                    entry[key] = outlet[key]
            entries.append(entry)
        return entries


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())
