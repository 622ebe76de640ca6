"""Which event clusters a day's digest reports, in which section, and for whom.

A cluster belongs to a day when the warehouse first or last saw a report of it on that
day in the configured time zone (``first_seen`` / ``last_seen``, stored as UTC). We do
not use ``updated_at``: it moves whenever clustering re-runs, which would re-announce old
news. ``first_seen`` on the day makes the item *new*; only ``last_seen`` makes it
*updated* (another outlet reported it).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import duckdb

from pipelines.config import Recipient
from pipelines.digest import labels

LOGGER = logging.getLogger(__name__)

EVIDENCE_CHARS = 300
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")

# Columns the contract names, plus added ones read only when the warehouse has them.
_CLUSTER_COLUMNS = (
    "cluster_id", "action", "status", "actors", "partners", "minerals", "event_day",
    "first_seen", "last_seen", "n_documents", "n_sources", "official", "amount_usd",
    "quantity_t", "deadline", "evidence", "evidence_doc_id", "source_urls",
)  # fmt: skip
_OPTIONAL_COLUMNS = ("amount", "currency", "bloc_phrase")


def clean_text(value: object) -> str:
    """Crawled text on one line: no control characters, CR/LF or runs of spaces."""
    if value is None:
        return ""
    return _SPACES.sub(" ", _CONTROL.sub(" ", str(value))).strip()


def shorten(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """Cut a quote at a word boundary so one long sentence does not fill a phone screen."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


@dataclass(frozen=True)
class Item:
    """One event cluster as the digest shows it."""

    cluster_id: str
    action: str | None
    status: str | None
    actors: tuple[str, ...]
    partners: tuple[str, ...]
    minerals: tuple[str, ...]
    event_day: date | None
    first_seen: datetime | None
    last_seen: datetime | None
    day: date
    is_new: bool
    n_documents: int
    n_sources: int
    official: bool
    amount_usd: float | None
    amount: str | None
    currency: str | None
    quantity_t: float | None
    deadline: str | None
    evidence: str
    title: str
    url: str | None
    source_urls: tuple[str, ...]
    bloc_phrase: str | None
    doc_id: str | None = None
    event_date: str | None = None  # as extracted: YYYY, YYYY-MM or YYYY-MM-DD
    seen_day: date | None = None  # local day of first_seen
    source_names: tuple[tuple[str, str], ...] = ()  # (url, outlet name) where known
    also: tuple[str, ...] = ()  # other actions read from the same sentence

    @property
    def parties(self) -> tuple[str, ...]:
        return self.actors + tuple(p for p in self.partners if p not in self.actors)

    @property
    def is_commitment(self) -> bool:
        """TAXONOMY.md: agreed or in force, with an amount, a quantity or a deadline."""
        has_terms = bool(self.amount_usd or self.amount or self.quantity_t or self.deadline)
        return self.status in ("agreed", "in_force") and has_terms

    @property
    def involves_bloc(self) -> bool:
        return bool(self.bloc_phrase) or any(labels.is_bloc(p) for p in self.parties)


@dataclass
class Section:
    """A heading of the digest and its items."""

    id: str
    title: str
    items: list[Item] = field(default_factory=list)


def utc_window(start: date, end: date, timezone: str) -> tuple[datetime, datetime]:
    """Local days [start, end] as naive UTC bounds, the way the warehouse stores times."""
    zone = ZoneInfo(timezone)
    lo = datetime.combine(start, time(0), zone).astimezone(UTC).replace(tzinfo=None)
    hi = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(UTC)
    return lo, hi.replace(tzinfo=None)


def local_day(moment: datetime | None, timezone: str) -> date | None:
    """The configured-zone calendar day of a naive UTC timestamp."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)).date()


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()
    return {r[0] for r in rows}


def clusters_seen(
    con: duckdb.DuckDBPyConnection, start: date, end: date, timezone: str
) -> list[Item]:
    """Clusters first or last seen on the local days start..end, with their evidence document."""
    lo, hi = utc_window(start, end, timezone)
    have = _columns(con, "event_clusters")
    optional = [f"c.{c}" if c in have else f"NULL AS {c}" for c in _OPTIONAL_COLUMNS]
    select = ", ".join([*(f"c.{c}" for c in _CLUSTER_COLUMNS), *optional])
    rows = con.execute(
        f"""
        SELECT {select}, d.title, coalesce(d.canonical_url, d.url) AS doc_url,
               (SELECT arg_min(e.event_date, e.event_day) FROM events e
                WHERE e.cluster_id = c.cluster_id AND e.event_date IS NOT NULL) AS event_date
        FROM event_clusters c
        LEFT JOIN documents d ON d.doc_id = c.evidence_doc_id
        WHERE (c.first_seen >= ? AND c.first_seen < ?) OR (c.last_seen >= ? AND c.last_seen < ?)
        ORDER BY c.first_seen, c.cluster_id
        """,
        [lo, hi, lo, hi],
    ).fetchall()
    names = [*_CLUSTER_COLUMNS, *_OPTIONAL_COLUMNS, "title", "doc_url", "event_date"]
    outlets = outlet_names(
        con, {u for row in rows for u in (row[names.index("source_urls")] or ())}
    )
    items = []
    for row in rows:
        r = dict(zip(names, row, strict=True))
        first_day = local_day(r["first_seen"], timezone)
        items.append(
            Item(
                cluster_id=str(r["cluster_id"]),
                action=r["action"],
                status=r["status"],
                actors=tuple(r["actors"] or ()),
                partners=tuple(r["partners"] or ()),
                minerals=tuple(r["minerals"] or ()),
                event_day=r["event_day"],
                first_seen=r["first_seen"],
                last_seen=r["last_seen"],
                day=r["event_day"] or first_day or start,
                is_new=first_day is not None and start <= first_day <= end,
                n_documents=int(r["n_documents"] or 0),
                n_sources=int(r["n_sources"] or 0),
                official=bool(r["official"]),
                amount_usd=r["amount_usd"],
                amount=clean_text(r["amount"]) or None,
                currency=clean_text(r["currency"]) or None,
                quantity_t=r["quantity_t"],
                deadline=clean_text(r["deadline"]) or None,
                evidence=shorten(clean_text(r["evidence"])),
                title=clean_text(r["title"]),
                url=r["doc_url"],
                source_urls=tuple(dict.fromkeys(u for u in (r["source_urls"] or ()) if u)),
                bloc_phrase=clean_text(r["bloc_phrase"]) or None,
                doc_id=r["evidence_doc_id"],
                event_date=clean_text(r["event_date"]) or None,
                seen_day=first_day,
                source_names=tuple(
                    (u, outlets[u]) for u in (r["source_urls"] or ()) if u in outlets
                ),
            )
        )
    LOGGER.debug("%d clusters seen %s..%s (%s)", len(items), start, end, timezone)
    return items


def outlet_names(con: duckdb.DuckDBPyConnection, urls: set[str]) -> dict[str, str]:
    """URL -> the name of a source that carried it, so links read as outlets, not hosts."""
    if not urls:
        return {}
    rows = con.execute(
        """
        WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS url),
        carried AS (
            SELECT canonical_url AS url, source_id FROM documents
            UNION ALL SELECT url, source_id FROM documents
            UNION ALL SELECT url, source_id FROM document_sightings
        )
        SELECT w.url, min(s.name)
        FROM wanted w JOIN carried c USING (url) JOIN sources s USING (source_id)
        WHERE s.name IS NOT NULL
        GROUP BY w.url
        """,
        [sorted(urls)],
    ).fetchall()
    return {url: clean_text(name) for url, name in rows if clean_text(name)}


def seen_between(items: Iterable[Item], start: date, end: date, timezone: str) -> list[Item]:
    """The items first or last seen on local days start..end, new-ness judged for that window."""
    chosen = []
    for item in items:
        first, last = local_day(item.first_seen, timezone), local_day(item.last_seen, timezone)
        is_new = first is not None and start <= first <= end
        if is_new or (last is not None and start <= last <= end):
            chosen.append(replace(item, is_new=is_new))
    return chosen


Members = dict[str, list[tuple[str, date | None, date | None]]]


def bloc_members(con: duckdb.DuckDBPyConnection) -> Members:
    """Each bloc's members with the dates they joined and left."""
    members: Members = defaultdict(list)
    for bloc, country, joined, left in con.execute(
        'SELECT bloc, country, joined, "left" FROM bloc_members'
    ).fetchall():
        members[bloc].append((country, joined, left))
    return dict(members)


def _members_on(members: Members, bloc: str, day: date) -> set[str]:
    return {
        country
        for country, joined, left in members.get(bloc, ())
        if (joined is None or joined <= day) and (left is None or left > day)
    }


@dataclass(frozen=True)
class Filter:
    """A recipient's filters, normalised; kinds combine with AND, values within a kind with OR."""

    minerals: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    blocs: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()

    @classmethod
    def of(cls, recipient: Recipient) -> Filter:
        minerals: set[str] = set()
        for m in recipient.minerals:
            minerals |= labels.mineral_matches(m)
        return cls(
            minerals=frozenset(minerals),
            countries=frozenset(labels.country_code(c) for c in recipient.countries),
            blocs=frozenset(b.strip().upper() for b in recipient.blocs),
            actions=frozenset(a.strip().lower() for a in recipient.actions),
        )

    @property
    def empty(self) -> bool:
        return not (self.minerals or self.countries or self.blocs or self.actions)

    def accepts(self, item: Item, members: Members) -> bool:
        """Whether the item is for this reader; a bloc party counts for its member countries."""
        if self.actions and item.action not in self.actions:
            return False
        if self.minerals and not self.minerals.intersection(item.minerals):
            return False
        parties = set(item.parties)
        if self.blocs and not self.blocs & parties:
            return False
        if self.countries:
            expanded = set(parties)
            for party in parties:
                if labels.is_bloc(party):
                    expanded |= _members_on(members, party, item.day)
            if not self.countries & expanded:
                return False
        return True


def for_recipient(items: Iterable[Item], wanted: Filter, members: Members) -> list[Item]:
    """The items a recipient's filters let through."""
    if wanted.empty:
        return list(items)
    return [item for item in items if wanted.accepts(item, members)]


def _rank(item: Item) -> tuple:
    return (not item.is_new, not item.official, -item.n_sources, item.first_seen or datetime.min)


def sectioned(items: Sequence[Item]) -> list[Section]:
    """Bloc developments, commitments, export controls and trade first, then by action."""
    leading = [Section(s["id"], s["title"]) for s in labels.sections()]
    by_action: dict[str, Section] = {}
    for item in sorted(items, key=_rank):
        for spec, section in zip(labels.sections(), leading, strict=True):
            if (
                item.action in spec.get("actions", ())
                or (item.action in spec.get("bloc_party_actions", ()) and item.involves_bloc)
                or (spec.get("commitment") and item.is_commitment)
            ):
                section.items.append(item)
                break
        else:
            key = item.action or ""
            if key not in by_action:
                by_action[key] = Section(f"action-{key or 'other'}", labels.action_label(key))
            by_action[key].items.append(item)
    order = {a: n for n, a in enumerate(labels.action_order())}
    rest = sorted(by_action.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    chosen = [s for s in leading if s.items] + [s for _, s in rest]
    for section in chosen:
        section.items = _merge_same_sentence(section.items)
    return chosen


def _merge_same_sentence(items: list[Item]) -> list[Item]:
    """One entry per evidence sentence in a section: the same sentence read as two actions
    (an agreement that also forms a bloc) is one story to a reader."""
    kept: dict[tuple, Item] = {}
    for item in items:
        key = (item.doc_id or item.title, item.evidence) if item.evidence else (item.cluster_id,)
        first = kept.get(key)
        if first is None:
            kept[key] = item
        elif item.action != first.action and item.action not in first.also:
            kept[key] = replace(first, also=(*first.also, item.action or ""))
    return list(kept.values())


def daily_counts(
    items: Iterable[Item], end: date, timezone: str, days: int = 30
) -> tuple[list[date], dict[str, list[int]]]:
    """Clusters first seen per local day over the last `days` days, by action (for the chart)."""
    start = end - timedelta(days=days - 1)
    axis = [start + timedelta(days=n) for n in range(days)]
    counts: dict[str, list[int]] = {}
    for item in items:
        seen = local_day(item.first_seen, timezone)
        if seen is None or not start <= seen <= end:
            continue
        key = item.action or ""
        counts.setdefault(key, [0] * days)[(seen - start).days] += 1
    return axis, counts
