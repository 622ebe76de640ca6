"""Turn a recipient's items into the HTML and plain-text bodies of the digest.

Everything that came from a crawled page is escaped by Jinja2's autoescape in the HTML
template and only http(s) links become hrefs, so a title cannot add markup or scripts.
CSS is inlined with css-inline because many mail clients drop <style>; the phone-width
@media rule is kept in <style> for the clients that honour it.
"""

from __future__ import annotations

import logging
import textwrap
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import css_inline
import jinja2

from pipelines.config import Recipient
from pipelines.digest import labels
from pipelines.digest.select import Filter, Item, Section, clean_text

LOGGER = logging.getLogger(__name__)

TEMPLATES = Path(__file__).with_name("templates")
MAX_LINKS = 5
# A backlog day (a new source's first crawl) must not grow the mail past what clients
# show in full (Gmail clips HTML beyond ~100 kB, about 45 of our entries).
MAX_PER_SECTION = 10


@dataclass
class Digest:
    """What one recipient's digest for one day says, before it becomes HTML or text."""

    day: date
    recipient: Recipient
    sections: list[Section]
    wanted: Filter = field(default_factory=Filter)
    counts: dict[str, list[int]] = field(default_factory=dict)

    @property
    def n_items(self) -> int:
        return sum(len(s.items) for s in self.sections)


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=lambda name: bool(name) and name.endswith(".html"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def date_label(day: date) -> str:
    """'28 November 2026', the same on every platform (no %-d)."""
    return f"{day.day} {day:%B %Y}"


def subject(day: date, n_items: int) -> str:
    """Fixed words, the date and a count: nothing from a crawled page reaches a header."""
    if not n_items:
        return f"Oreline digest, {date_label(day)}: no new signals"
    plural = "" if n_items == 1 else "s"
    return f"Oreline digest, {date_label(day)}: {n_items} signal{plural}"


def safe_url(url: object) -> str | None:
    """The URL if it is plain http(s) without spaces or control characters, else None."""
    text = str(url or "").strip()
    if not text or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def _host(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _money(usd: float) -> str:
    if usd >= 1e9:
        return f"US${usd / 1e9:,.3g} billion"
    if usd >= 1e6:
        return f"US${usd / 1e6:,.3g} million"
    return f"US${usd:,.0f}"


def terms(item: Item) -> str:
    """Amount, tonnage and deadline as one line."""
    parts = []
    if item.amount_usd:
        parts.append(_money(item.amount_usd))
    elif item.amount:
        parts.append(item.amount + (f" ({item.currency})" if item.currency else ""))
    if item.quantity_t:
        parts.append(f"{item.quantity_t:,.0f} t")
    if item.deadline:
        parts.append(f"deadline {item.deadline}")
    return " · ".join(parts)


def parties(item: Item) -> str:
    """Actors, then the partners or targets, by name."""
    actors = ", ".join(labels.party_name(p) for p in item.actors)
    partners = ", ".join(labels.party_name(p) for p in item.partners if p not in item.actors)
    if item.bloc_phrase and not any(labels.is_bloc(p) for p in item.parties):
        partners = ", ".join(x for x in (partners, f"“{item.bloc_phrase}”") if x)
    if actors and partners:
        return f"{actors} → {partners}"
    return actors or partners


def coverage(item: Item) -> str:
    """How many outlets reported it and whether an official one did."""
    outlets = max(item.n_sources, 1)
    noun = "outlet" if outlets == 1 else "outlets"
    official = "including an official source" if item.official else "no official source"
    return f"Reported by {outlets} {noun}, {official}"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def event_date(item: Item) -> str:
    """The event's date at the precision the text gave: '2027', 'May 2027' or '22 Nov 2026'."""
    text = item.event_date or ""
    try:
        if len(text) == 4:
            return str(int(text))
        if len(text) == 7:
            return f"{date(int(text[:4]), int(text[5:]), 1):%b %Y}"
        if len(text) == 10:
            return _day(date.fromisoformat(text))
    except ValueError:
        pass
    return _day(item.event_day) if item.event_day else ""


def when(item: Item) -> str:
    """The event's date, and when it was reported if that differs."""
    event = event_date(item)
    reported = _day(item.seen_day) if item.seen_day else ""
    if event and reported and event != reported:
        return f"{event} (reported {reported})"
    return event or reported or _day(item.day)


def view(item: Item) -> dict[str, Any]:
    """An item as the templates show it; every string already cleaned of control characters."""
    urls = [u for u in (safe_url(x) for x in (item.url, *item.source_urls)) if u]
    urls = list(dict.fromkeys(urls))
    names = dict(item.source_names)
    headline = (
        item.title or f"{labels.action_label(item.action)}: {parties(item) or 'unnamed parties'}"
    )
    return {
        "headline": headline,
        "url": safe_url(item.url) or (urls[0] if urls else None),
        "badge": "NEW" if item.is_new else "UPDATED",
        "is_new": item.is_new,
        "date": when(item),
        "action": " / ".join(labels.action_label(a) for a in (item.action, *item.also)),
        "status": labels.status_label(item.status),
        "parties": parties(item),
        "minerals": ", ".join(labels.mineral_name(m) for m in item.minerals),
        "terms": terms(item),
        "evidence": item.evidence,
        "evidence_wrapped": textwrap.fill(
            f"“{item.evidence}”", width=76, initial_indent="  ", subsequent_indent="  "
        ),
        "coverage": coverage(item),
        "links": [{"href": u, "label": names.get(u) or _host(u)} for u in urls[:MAX_LINKS]],
        "more_links": max(len(urls) - MAX_LINKS, 0),
    }


def _trend_line(counts: dict[str, list[int]]) -> str:
    total = sum(sum(v) for v in counts.values())
    if not total:
        return "Last 30 days: no signals."
    parts = sorted(((sum(v), labels.action_label(a)) for a, v in counts.items()), reverse=True)
    detail = ", ".join(f"{label.lower()} {n}" for n, label in parts if n)
    return f"Last 30 days: {total} signals ({detail})."


def _filter_note(wanted: Filter) -> str:
    parts = []
    if wanted.minerals:
        parts.append(
            "minerals " + ", ".join(sorted(labels.mineral_name(m) for m in wanted.minerals))
        )
    if wanted.countries:
        parts.append(
            "countries " + ", ".join(sorted(labels.party_name(c) for c in wanted.countries))
        )
    if wanted.blocs:
        parts.append("blocs " + ", ".join(sorted(labels.party_name(b) for b in wanted.blocs)))
    if wanted.actions:
        parts.append("actions " + ", ".join(sorted(labels.action_label(a) for a in wanted.actions)))
    return "; ".join(parts)


def _summary(digest: Digest) -> str:
    new = sum(1 for s in digest.sections for i in s.items if i.is_new)
    updated = digest.n_items - new
    text = f"{new} new signal{'' if new == 1 else 's'}"
    if updated:
        text += f" and {updated} update{'' if updated == 1 else 's'} to earlier ones"
    heads = ", ".join(f"{s.title.lower()} {len(s.items)}" for s in digest.sections)
    return f"{text}: {heads}."


def _context(digest: Digest) -> dict[str, Any]:
    return {
        "subject": subject(digest.day, digest.n_items),
        "date_label": date_label(digest.day),
        "recipient_name": clean_text(digest.recipient.name) or None,
        "n_items": digest.n_items,
        "filtered": not digest.wanted.empty,
        "filter_note": _filter_note(digest.wanted),
        "summary": _summary(digest) if digest.n_items else "",
        "trend": _trend_line(digest.counts),
        "sections": [
            {
                "title": s.title,
                "count": len(s.items),
                "entries": [view(i) for i in s.items[:MAX_PER_SECTION]],
                "more": max(len(s.items) - MAX_PER_SECTION, 0),
            }
            for s in digest.sections
        ],
        "since": digest.day.isoformat(),
    }


@cache
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def render_html(digest: Digest, chart_src: str) -> str:
    """The HTML body with CSS inlined; chart_src is a cid: or data: URI."""
    css = (TEMPLATES / "digest.css").read_text(encoding="utf-8")
    html = (
        _environment()
        .get_template("digest.html")
        .render(**_context(digest), css=css, chart_src=chart_src)
    )
    return _inliner().inline(html)


def render_text(digest: Digest) -> str:
    """The plain-text alternative with the same items, links written out."""
    return _environment().get_template("digest.txt").render(**_context(digest))
