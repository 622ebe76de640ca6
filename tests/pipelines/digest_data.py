"""A small warehouse for the digest tests: documents and event clusters inserted by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from warehouse.db import connect

DAY = date(2026, 11, 27)
NOON = datetime(2026, 11, 27, 12, 0)  # naive UTC, as the warehouse stores times


def cluster(cluster_id: str, **fields) -> dict:
    """An event cluster first seen at noon on DAY with a document of its own; override any field."""
    row = {
        "cluster_id": cluster_id,
        "action": "agreement",
        "status": "agreed",
        "actors": ["USA"],
        "partners": ["JPN"],
        "minerals": ["lithium"],
        "event_day": DAY,
        "first_seen": NOON,
        "last_seen": NOON,
        "n_documents": 1,
        "n_sources": 1,
        "official": False,
        "amount_usd": None,
        "quantity_t": None,
        "deadline": None,
        "evidence": f"Evidence sentence for {cluster_id}.",
        "evidence_doc_id": f"doc-{cluster_id}",
        "source_urls": [f"https://news.example.com/{cluster_id}"],
        "updated_at": NOON,
        "title": f"Headline {cluster_id}",
    }
    row.update(fields)
    return row


def fill(db_path: Path, clusters: list[dict]) -> None:
    """Insert the clusters and their evidence documents into a fresh warehouse file."""
    with connect(db_path) as con:
        con.execute(
            "INSERT OR IGNORE INTO sources (source_id, name, kind, url, publisher, country)"
            " VALUES ('src', 'Example Wire', 'feed', 'https://news.example.com/feed', 'news', 'USA')"
        )
        for c in clusters:
            c = dict(c)
            title = c.pop("title")
            con.execute(
                "INSERT INTO documents (doc_id, url, canonical_url, source_id, publisher, title,"
                " published_at, fetched_at, language, text, content_hash, revision, is_current)"
                " VALUES (?, ?, ?, 'src', 'news', ?, ?, ?, 'en', 'text', 'h', 1, true)",
                [
                    c["evidence_doc_id"],
                    c["source_urls"][0] if c["source_urls"] else None,
                    c["source_urls"][0] if c["source_urls"] else None,
                    title,
                    c["first_seen"],
                    c["first_seen"],
                ],
            )
            columns = ", ".join(c)
            marks = ", ".join("?" for _ in c)
            con.execute(
                f"INSERT INTO event_clusters ({columns}) VALUES ({marks})", list(c.values())
            )


def history(days: int = 20) -> list[dict]:
    """One cluster a day before DAY, alternating actions, for the trend chart."""
    actions = ["export_control", "investment", "trade_measure"]
    return [
        cluster(
            f"h{n}",
            action=actions[n % 3],
            first_seen=NOON - timedelta(days=n),
            last_seen=NOON - timedelta(days=n),
            event_day=DAY - timedelta(days=n),
        )
        for n in range(1, days + 1)
    ]


def standard() -> list[dict]:
    """The day the tests read: one item per section, an update, a neighbour day, a time-zone edge."""
    return [
        cluster(
            "forge",
            action="bloc_formation",
            actors=["USA"],
            partners=["FORGE", "JPN"],
            minerals=["rare_earths"],
            title="<script>alert('x')</script> FORGE launched\r\nBcc: victim@evil.example",
            evidence="The United States launched FORGE with Japan <b>today</b>.",
            source_urls=["https://news.example.com/forge", "javascript:alert(1)"],
        ),
        cluster(
            "loan",
            action="investment",
            actors=["USA"],
            partners=["AUS"],
            minerals=["lithium"],
            amount_usd=5e8,
            official=True,
            n_sources=3,
            n_documents=4,
            source_urls=[
                "https://www.state.example.gov/loan",
                "https://wire.example.com/loan",
                "https://paper.example.org/loan",
            ],
        ),
        cluster(
            "gallium",
            action="export_control",
            status="in_force",
            actors=["CHN"],
            partners=[],
            minerals=["gallium", "germanium"],
        ),
        cluster(
            "tariff",
            action="trade_measure",
            actors=["USA"],
            partners=["CHN"],
            minerals=["graphite"],
        ),
        cluster("magnet", action="strategy", actors=["EU"], partners=[], minerals=["neodymium"]),
        cluster(
            "mine",
            action="project",
            actors=["COD"],
            partners=[],
            minerals=["cobalt"],
            first_seen=NOON - timedelta(days=3),
        ),
        cluster(
            "old",
            action="investment",
            actors=["KOR"],
            partners=[],
            minerals=["nickel"],
            first_seen=NOON - timedelta(days=2),
            last_seen=NOON - timedelta(days=2),
        ),
        # 21:00 on DAY in New York, already the next day in UTC
        cluster(
            "late",
            action="sanction",
            actors=["KOR"],
            partners=[],
            minerals=["nickel"],
            first_seen=NOON + timedelta(hours=14),
            last_seen=NOON + timedelta(hours=14),
        ),  # fmt: skip
        # 03:00 UTC on DAY, still the day before in New York
        cluster(
            "early",
            action="stockpile",
            actors=["KOR"],
            partners=[],
            minerals=["nickel"],
            first_seen=NOON - timedelta(hours=9),
            last_seen=NOON - timedelta(hours=9),
        ),  # fmt: skip
    ]


def item(**fields):
    """A digest Item without a warehouse, for rules that need no query."""
    from pipelines.digest.select import Item

    base = dict(
        cluster_id="x", action=None, status="agreed", actors=("USA",), partners=(),
        minerals=(), event_day=DAY, first_seen=None, last_seen=None, day=DAY, is_new=True,
        n_documents=1, n_sources=1, official=False, amount_usd=None, amount=None,
        currency=None, quantity_t=None, deadline=None, evidence="", title="", url=None,
        source_urls=(), bloc_phrase=None,
    )  # fmt: skip
    base.update({k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})
    return Item(**base)
