"""Article-page extraction: main text and metadata, so a stored page is useful without re-crawling."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import py3langid
import trafilatura
from htmldate import find_date
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from spiders.urls import canonicalize, is_http_url

LOGGER = logging.getLogger(__name__)

_WS = re.compile(r"\s+")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Article:
    """What one article page yields, before it becomes a landing-zone document."""

    title: str | None
    text: str
    published_at: str | None
    language: str | None
    canonical_url: str
    content_hash: str
    description: str | None = None
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(text: str) -> str:
    """SHA-256 of the whitespace-normalised text: the same words hash the same whatever the layout."""
    norm = _WS.sub(" ", text or "").strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = (text or "")[:5000]
    if len(sample.strip()) < 20:
        return None
    lang, _score = py3langid.classify(sample)
    return lang


def decode_page(body: bytes, declared: str | None) -> str:
    """Decode a page, distrusting a charset label the bytes disprove (Latin-1 served as UTF-8)."""
    candidates = [declared, "utf-8", "cp1252"]
    for encoding in candidates:
        if not encoding:
            continue
        if encoding.lower().replace("_", "-") in (
            "iso-8859-1",
            "latin-1",
            "latin1",
            "us-ascii",
            "ascii",
        ):
            encoding = "cp1252"  # what browsers do with these labels
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


def warm_up() -> None:
    """Load the language model now (about 1-2 s) so the first article does not pay for it."""
    py3langid.classify("critical minerals export controls")


def worker_init() -> None:
    """Extraction worker set-up: die with the crawl process, even when it is SIGKILLed (Linux)."""
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
        except OSError as exc:
            LOGGER.debug("cannot tie worker to its parent: %s", exc)
    # Ctrl-C goes to the whole process group; the crawl process decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_LANG_ATTR = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


def _declared_language(tree: Any) -> str | None:
    """The page's own <html lang> (or Content-Language meta), primary subtag only."""
    if tree is None:
        return None
    values = tree.xpath("/html/@lang | /html/@xml:lang") + tree.xpath(
        '//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")="content-language"]/@content'
    )
    for value in values:
        m = _LANG_ATTR.match(value.strip())
        if m:
            return m.group(1).lower()
    return None


def _og_url(tree: Any) -> str | None:
    """The Open Graph URL, the page's second way of naming itself."""
    if tree is None:
        return None
    for href in tree.xpath('//meta[@property="og:url"]/@content'):
        if href.strip():
            return href.strip()
    return None


def _rel_canonical(tree: Any) -> str | None:
    """The page's own rel=canonical link, if it names an http(s) URL."""
    if tree is None:
        return None
    for href in tree.xpath(
        '//link[@rel and @href][contains(translate(@rel, "CANONIL", "canonil"), "canonical")]/@href'
    ):
        href = href.strip()
        if href:
            return href
    return None


def _load_tree(html: str | bytes) -> Any:
    """An lxml tree of the page; trafilatura's loader, which sniffs the charset of bytes."""
    try:
        return load_html(html)
    except Exception as exc:  # lxml raises several unrelated types on junk input
        LOGGER.debug("could not parse page: %s", exc)
        return None


def normalise_date(value: str | None) -> str | None:
    """A date as the landing zone spells it: YYYY-MM-DD, or a UTC YYYY-MM-DDTHH:MM:SSZ; else None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if _DATE_ONLY.match(value):
        return value
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)  # RFC 822, as feeds and HTTP write dates
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def extract_article(
    html: str | bytes,
    url: str,
    feed_published: str | None = None,
    feed_title: str | None = None,
) -> Article:
    """Extract main text, title, date, language and canonical URL from one page; never raises."""
    text = ""
    title = feed_title
    description = None
    meta_url = None
    meta_date = None
    lang = None
    error = None
    # Parse once: our own lookups read the tree before trafilatura prunes it in place.
    tree = _load_tree(html)
    canonical = _rel_canonical(tree) or _og_url(tree)
    declared_lang = _declared_language(tree)
    try:
        # With a feed date in hand, trafilatura need not search the page hard for one.
        date_params = set_date_params(extensive=not feed_published)
        doc = trafilatura.bare_extraction(
            tree if tree is not None else html,
            url=url,
            # The feed already gave title and date: page metadata would only cost time.
            with_metadata=not (feed_title and normalise_date(feed_published)),
            include_comments=False,
            include_tables=True,
            date_extraction_params=date_params,
        )
        if doc is not None:
            data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text = data.get("text") or ""
            title = data.get("title") or feed_title
            description = data.get("description")
            meta_url = data.get("url")
            meta_date = data.get("date")
            lang = data.get("language")
    except (
        Exception
    ) as exc:  # trafilatura has no error contract; one bad page must not stop a crawl
        LOGGER.warning("trafilatura failed on %s: %s", url, exc)
        error = f"extraction failed: {type(exc).__name__}: {exc}"
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    text = "\n\n".join(paragraphs)

    if canonical and is_http_url(canonicalize(canonical, base=url)):
        canonical_url = canonicalize(canonical, base=url)
    elif meta_url and is_http_url(meta_url):
        canonical_url = canonicalize(meta_url)
    else:
        canonical_url = canonicalize(url)

    published = normalise_date(feed_published) or normalise_date(meta_date)
    if not published and tree is not None:
        try:
            published = normalise_date(find_date(_load_tree(html), url=url, original_date=True))
        except Exception as exc:  # htmldate is a best-effort fallback
            LOGGER.debug("htmldate failed on %s: %s", url, exc)

    # The page's declaration is cheap and usually right; the statistical model is the fallback.
    lang = lang or declared_lang
    if not lang:
        try:
            lang = detect_language(text or (title or ""))
        except Exception as exc:
            LOGGER.debug("language detection failed on %s: %s", url, exc)
    return Article(
        title=title,
        text=text,
        published_at=published,
        language=lang,
        canonical_url=canonical_url,
        content_hash=content_hash(text),
        description=description,
        error=error,
    )
