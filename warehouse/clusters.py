"""Group events that report the same real-world measure into clusters an analyst can trust."""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from warehouse.db import connect
from warehouse.errors import WarehouseBusy

LOGGER = logging.getLogger(__name__)

# Reports of one measure cluster within this many days of the cluster's first event; the
# window is anchored on the first event so a story that runs for months does not chain
# unrelated measures together.
WINDOW_DAYS = 10
STATUS_RANK = {"proposed": 1, "agreed": 2, "in_force": 3, "revoked": 4}


def cluster_id_for(first_event_id: str) -> str:
    """A stable cluster id named after the cluster's earliest event."""
    return "c" + hashlib.sha1(first_event_id.encode()).hexdigest()[:19]


def latest_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """The extractor version that ran most recently: only its events count."""
    rows = con.execute(
        "SELECT extractor_version FROM extractions GROUP BY 1 ORDER BY max(extracted_at) DESC, 1 "
        "LIMIT 1"
    ).fetchall()
    if rows:
        return rows[0][0]
    rows = con.execute("SELECT max(extractor_version) FROM events").fetchall()
    return rows[0][0] if rows else None


class _Open:
    """A cluster still accepting events: its anchor day and what it is about."""

    __slots__ = ("cid", "anchor", "parties", "minerals", "revoked")

    def __init__(self, cid: str, anchor: int, parties: set, minerals: set, revoked: bool):
        self.cid, self.anchor = cid, anchor
        self.parties, self.minerals, self.revoked = parties, minerals, revoked

    def accepts(self, parties: set, minerals: set, revoked: bool) -> bool:
        if revoked != self.revoked:
            return False  # lifting a measure is a different event from imposing it
        if minerals and self.minerals and not (minerals & self.minerals):
            return False
        if parties and self.parties:
            return bool(parties & self.parties)
        # One side names no party: the minerals must carry the match.
        return bool(minerals & self.minerals)


def assign_clusters(events: pa.Table) -> tuple[list[str], list[str]]:
    """Greedy, deterministic assignment; events must be sorted by action, day, event_id."""
    ids = events.column("event_id").to_pylist()
    actions = events.column("action").to_pylist()
    # Days as integers: cheaper to compare than date objects, a million times over.
    days = pc.cast(events.column("event_day"), pa.int32()).to_pylist()
    parties_col = events.column("parties").to_pylist()
    minerals_col = events.column("minerals").to_pylist()
    statuses = events.column("status").to_pylist()
    out: list[str] = []
    current_action = object()
    index: dict[tuple, deque] = {}
    for i, event_id in enumerate(ids):
        if actions[i] != current_action:
            current_action, index = actions[i], {}
        day = days[i]
        parties = set(parties_col[i] or [])
        minerals = set(minerals_col[i] or [])
        revoked = statuses[i] == "revoked"
        keys = [("p", p) for p in parties] + [("m", m) for m in minerals]
        chosen = None
        if day is not None and keys:
            seen: set[str] = set()
            best = None
            for key in keys:
                queue = index.get(key)
                if not queue:
                    continue
                while queue and day - queue[0].anchor > WINDOW_DAYS:
                    queue.popleft()
                for cand in queue:
                    if cand.cid in seen:
                        continue
                    seen.add(cand.cid)
                    # A cluster that gained this key late sits behind newer ones in the
                    # queue, so the window is checked here too, not only at the front.
                    if day - cand.anchor > WINDOW_DAYS:
                        continue
                    if cand.accepts(parties, minerals, revoked) and (
                        best is None or (cand.anchor, cand.cid) < (best.anchor, best.cid)
                    ):
                        best = cand
            chosen = best
        if chosen is None:
            chosen = _Open(cluster_id_for(event_id), day, set(), set(), revoked)
            if day is not None:
                for key in keys:
                    index.setdefault(key, deque()).append(chosen)
        else:
            for key in keys:
                if (key[0] == "p" and key[1] not in chosen.parties) or (
                    key[0] == "m" and key[1] not in chosen.minerals
                ):
                    index.setdefault(key, deque()).append(chosen)
        chosen.parties |= parties
        chosen.minerals |= minerals
        out.append(chosen.cid)
    return ids, out


_AGGREGATE_SQL = """
CREATE OR REPLACE TEMP TABLE new_clusters AS
WITH ev AS (
    SELECT m.cluster_id, e.event_id, e.doc_id, e.action, e.status, e.actors, e.partners,
           e.minerals, e.amount_usd, e.amount, e.currency, e.quantity_t, e.deadline,
           e.evidence, e.confidence, e.event_day, e.bloc_phrase, e.extractor_version,
           coalesce(d.published_at, d.fetched_at) AS seen,
           coalesce(o.official, false) AS official
    FROM cluster_map m
    JOIN events e USING (event_id)
    LEFT JOIN documents d USING (doc_id)
    LEFT JOIN doc_official o USING (doc_id)
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY cluster_id
        ORDER BY official DESC, confidence DESC NULLS LAST, event_day NULLS LAST, event_id
    ) AS rn
    FROM ev
),
agg AS (
    SELECT
        cluster_id,
        arg_min(action, rn) AS action,
        coalesce(
            arg_max(status, coalesce(CASE status WHEN 'proposed' THEN 1 WHEN 'agreed' THEN 2
                WHEN 'in_force' THEN 3 WHEN 'revoked' THEN 4 END, 0))
                FILTER (WHERE official),
            arg_max(status, coalesce(CASE status WHEN 'proposed' THEN 1 WHEN 'agreed' THEN 2
                WHEN 'in_force' THEN 3 WHEN 'revoked' THEN 4 END, 0))
        ) AS status,
        list_sort(list_distinct(flatten(list(actors)))) AS all_actors,
        list_sort(list_distinct(flatten(list(partners)))) AS all_partners,
        list_sort(list_distinct(flatten(list(minerals)))) AS minerals,
        min(event_day) AS event_day,
        min(seen) AS first_seen,
        max(seen) AS last_seen,
        count(DISTINCT doc_id)::INTEGER AS n_documents,
        bool_or(official) AS official,
        arg_min(amount_usd, rn) FILTER (WHERE amount_usd IS NOT NULL) AS amount_usd,
        arg_min(quantity_t, rn) FILTER (WHERE quantity_t IS NOT NULL) AS quantity_t,
        arg_min(deadline, rn) FILTER (WHERE deadline IS NOT NULL) AS deadline,
        arg_min(amount, rn) FILTER (WHERE amount IS NOT NULL) AS amount,
        arg_min(currency, rn) FILTER (WHERE amount IS NOT NULL) AS currency,
        arg_min(bloc_phrase, rn) FILTER (WHERE bloc_phrase IS NOT NULL) AS bloc_phrase,
        arg_min(evidence, rn) AS evidence,
        arg_min(doc_id, rn) AS evidence_doc_id,
        count(*)::INTEGER AS n_events,
        any_value(extractor_version) AS extractor_version
    FROM ranked
    GROUP BY cluster_id
),
outlets AS (
    SELECT m.cluster_id, s.source_id, s.url
    FROM (SELECT DISTINCT cm.cluster_id, e.doc_id FROM cluster_map cm JOIN events e USING (event_id)) m
    JOIN document_sightings s USING (doc_id)
    UNION
    SELECT m.cluster_id, d.source_id, coalesce(d.canonical_url, d.url)
    FROM (SELECT DISTINCT cm.cluster_id, e.doc_id FROM cluster_map cm JOIN events e USING (event_id)) m
    JOIN documents d USING (doc_id)
),
outlet_agg AS (
    SELECT cluster_id,
           count(DISTINCT source_id)::INTEGER AS n_sources,
           list_sort(list_distinct(list(url) FILTER (WHERE url IS NOT NULL))) AS source_urls
    FROM outlets GROUP BY cluster_id
)
SELECT
    a.cluster_id, a.action, a.status, a.all_actors AS actors,
    list_filter(a.all_partners, lambda p: NOT list_contains(a.all_actors, p)) AS partners,
    a.minerals, a.event_day, a.first_seen, a.last_seen, a.n_documents,
    coalesce(o.n_sources, 0)::INTEGER AS n_sources, a.official, a.amount_usd, a.quantity_t,
    a.deadline, a.evidence, a.evidence_doc_id, coalesce(o.source_urls, []::VARCHAR[]) AS source_urls,
    a.n_events, a.amount, a.currency, a.bloc_phrase, a.extractor_version
FROM agg a LEFT JOIN outlet_agg o USING (cluster_id)
"""

_DOC_OFFICIAL_SQL = """
CREATE OR REPLACE TEMP TABLE doc_official AS
SELECT d.doc_id,
       bool_or(coalesce(d.publisher = 'gov', false) OR coalesce(s.publisher = 'gov', false)
               OR coalesce(src.publisher = 'gov', false) OR coalesce(ssrc.publisher = 'gov', false))
           AS official
FROM documents d
LEFT JOIN document_sightings s USING (doc_id)
LEFT JOIN sources src ON src.source_id = d.source_id
LEFT JOIN sources ssrc ON ssrc.source_id = s.source_id
WHERE d.doc_id IN (SELECT DISTINCT doc_id FROM cluster_map JOIN events USING (event_id))
GROUP BY d.doc_id
"""

_FINGERPRINT = (
    "md5(concat_ws('|', action, status, actors::VARCHAR, partners::VARCHAR, minerals::VARCHAR, "
    "event_day::VARCHAR, first_seen::VARCHAR, last_seen::VARCHAR, n_documents::VARCHAR, "
    "n_sources::VARCHAR, official::VARCHAR, amount_usd::VARCHAR, quantity_t::VARCHAR, deadline, "
    "evidence, evidence_doc_id, source_urls::VARCHAR, n_events::VARCHAR, amount, currency, "
    "bloc_phrase, extractor_version))"
)

_COLUMNS = (
    "cluster_id, action, status, actors, partners, minerals, event_day, first_seen, last_seen, "
    "n_documents, n_sources, official, amount_usd, quantity_t, deadline, evidence, "
    "evidence_doc_id, source_urls, n_events, amount, currency, bloc_phrase, extractor_version"
)


def cluster_events(
    db_path: str | Path, extractor_version: str | None = None, timeout: float = 30.0
) -> dict:
    """Recompute every cluster from the latest extractor version's events, in one transaction.

    Deterministic: the same events always give the same clusters and ids, and a cluster
    whose content did not change keeps its ``updated_at``. Sets ``events.cluster_id``
    (NULL for events of other versions or of superseded document revisions).
    """
    for _attempt in range(3):
        # Read and assign on a read-only connection: writers are not held up meanwhile.
        with connect(db_path, read_only=True, timeout=timeout) as con:
            version = extractor_version or latest_version(con)
            events = con.sql(_EVENTS_SQL, params=[version]).to_arrow_table()
            seen = _signature(con, version)
        ids, cids = assign_clusters(events)
        assigned = pa.table({"event_id": ids, "cluster_id": cids})
        result = _write(db_path, version, assigned, seen, timeout)
        if result is not None:
            result["events"] = len(ids)
            LOGGER.info("clustered %(events)d events into %(clusters)d clusters", result)
            return result
        LOGGER.info("events changed while clustering; clustering again")
    raise WarehouseBusy(
        f"the warehouse {db_path} kept changing while events were clustered; run it again "
        "when extraction has finished"
    )


_EVENTS_SQL = """
SELECT e.event_id, e.action, e.status, e.event_day,
       list_distinct(list_concat(coalesce(e.actors, []), coalesce(e.partners, []))) AS parties,
       coalesce(e.minerals, []) AS minerals
FROM events e LEFT JOIN documents d USING (doc_id)
WHERE e.extractor_version = ? AND coalesce(d.is_current, true)
ORDER BY e.action NULLS LAST, e.event_day NULLS LAST, e.event_id
"""


def _signature(con: duckdb.DuckDBPyConnection, version: str | None) -> tuple:
    """What the clustered events looked like: if it changes, the assignment is stale."""
    return tuple(
        con.execute(
            "SELECT count(*), bit_xor(hash(e.event_id, e.action, e.status, e.event_day, "
            "e.actors, e.partners, e.minerals)) FROM events e LEFT JOIN documents d USING (doc_id) "
            "WHERE e.extractor_version = ? AND coalesce(d.is_current, true)",
            [version],
        ).fetchall()[0]
    )


def _write(db_path, version, assigned: pa.Table, seen: tuple, timeout: float) -> dict | None:
    """Store the assignment and rebuild event_clusters in one transaction (None: stale)."""
    with connect(db_path, timeout=timeout) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            if _signature(con, version) != seen:
                con.execute("ROLLBACK")
                return None
            con.execute("CREATE OR REPLACE TEMP TABLE cluster_map AS SELECT * FROM assigned")
            con.execute(_DOC_OFFICIAL_SQL)
            con.execute(_AGGREGATE_SQL)
            con.execute(
                """
                UPDATE events SET cluster_id = NULL
                WHERE cluster_id IS NOT NULL
                  AND event_id NOT IN (SELECT event_id FROM cluster_map)
                """
            )
            con.execute(
                """
                UPDATE events SET cluster_id = m.cluster_id FROM cluster_map m
                WHERE events.event_id = m.event_id
                  AND events.cluster_id IS DISTINCT FROM m.cluster_id
                """
            )
            con.execute(
                f"""
                CREATE OR REPLACE TEMP TABLE keep_updated AS
                SELECT cluster_id, updated_at, fingerprint FROM event_clusters;
                DELETE FROM event_clusters;
                INSERT INTO event_clusters ({_COLUMNS}, fingerprint, updated_at)
                SELECT n.*, {_FINGERPRINT} AS fp,
                       CASE WHEN k.fingerprint = {_FINGERPRINT} THEN k.updated_at
                            ELSE now()::TIMESTAMP END
                FROM new_clusters n LEFT JOIN keep_updated k USING (cluster_id);
                """
            )
            stats = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE n_sources > 1), "
                "count(*) FILTER (WHERE official) FROM event_clusters"
            ).fetchall()[0]
            con.execute("DROP TABLE IF EXISTS temp.cluster_map")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return {
        "extractor_version": version,
        "clusters": stats[0],
        "multi_source": stats[1],
        "official": stats[2],
    }
