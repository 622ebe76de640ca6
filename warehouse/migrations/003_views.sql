-- Analyst views over event clusters (columns documented in docs/warehouse.md), and macros
-- that expand a bloc to its member countries as of a date.

-- A fingerprint of a cluster's content: re-clustering keeps updated_at when nothing changed.
ALTER TABLE event_clusters ADD COLUMN fingerprint VARCHAR;

-- Member countries of a bloc on a date, as rows: SELECT * FROM bloc_members_on('EU', DATE '2019-06-01')
CREATE MACRO bloc_members_on(bloc_id, on_day) AS TABLE
    SELECT country FROM bloc_members
    WHERE bloc = bloc_id
      AND (joined IS NULL OR joined <= on_day)
      AND ("left" IS NULL OR "left" > on_day)
    ORDER BY country;

-- The same as a sorted list: bloc_countries('G7', DATE '2026-01-01')
CREATE MACRO bloc_countries(bloc_id, on_day) AS (
    SELECT coalesce(list(country ORDER BY country), []::VARCHAR[]) FROM bloc_members
    WHERE bloc = bloc_id
      AND (joined IS NULL OR joined <= on_day)
      AND ("left" IS NULL OR "left" > on_day)
);

-- Parties with every bloc replaced by its members on the day (countries stay as they are).
CREATE MACRO expand_parties(parties, on_day) AS (
    SELECT coalesce(list(DISTINCT c ORDER BY c), []::VARCHAR[]) FROM (
        SELECT unnest(CASE WHEN len(bloc_countries(p, on_day)) > 0
                           OR p IN (SELECT bloc FROM bloc_members)
                           THEN bloc_countries(p, on_day) ELSE [p] END) AS c
        FROM (SELECT unnest(parties) AS p)
    )
);

CREATE VIEW timeline AS
SELECT
    c.event_day,
    c.action,
    c.status,
    c.actors,
    c.partners,
    c.minerals,
    c.amount_usd,
    c.amount,
    c.currency,
    c.quantity_t,
    c.deadline,
    c.n_sources,
    c.n_documents,
    c.official,
    c.evidence,
    c.source_urls,
    c.first_seen,
    c.last_seen,
    c.bloc_phrase,
    c.cluster_id,
    c.evidence_doc_id,
    c.n_events,
    c.extractor_version
FROM event_clusters c
ORDER BY c.event_day, c.first_seen, c.cluster_id;

-- Clusters about blocs: a bloc id among the parties, an unnamed coalition, or 3+ countries.
CREATE VIEW bloc_developments AS
WITH bloc_ids AS (
    SELECT coalesce(list(DISTINCT bloc), []::VARCHAR[]) AS ids FROM bloc_members
),
parties AS (
    SELECT
        c.*,
        list_filter(list_distinct(list_concat(c.actors, c.partners)),
                    lambda p: list_contains(b.ids, p)) AS blocs,
        list_filter(list_distinct(list_concat(c.actors, c.partners)),
                    lambda p: NOT list_contains(b.ids, p)) AS countries
    FROM event_clusters c, bloc_ids b
)
SELECT
    event_day, action, status, blocs, countries, actors, partners, minerals, bloc_phrase,
    amount_usd, n_sources, official, evidence, source_urls, first_seen, cluster_id
FROM parties
WHERE len(blocs) > 0 OR bloc_phrase IS NOT NULL OR len(countries) >= 3
ORDER BY event_day, first_seen, cluster_id;

-- Commitments (TAXONOMY.md): agreed or in force, with an amount, a quantity or a deadline.
CREATE VIEW commitments AS
SELECT
    event_day, action, status, actors, partners, minerals, amount_usd, amount, currency,
    quantity_t, deadline, n_sources, official, evidence, source_urls, first_seen, cluster_id
FROM event_clusters
WHERE status IN ('agreed', 'in_force')
  AND (amount_usd IS NOT NULL OR amount IS NOT NULL OR quantity_t IS NOT NULL
       OR deadline IS NOT NULL)
ORDER BY event_day, first_seen, cluster_id;
