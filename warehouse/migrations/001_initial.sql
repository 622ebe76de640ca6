-- Tables of docs/contracts.md §4. Columns may be added by later migrations, never renamed.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP
);

CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY,
    name VARCHAR,
    kind VARCHAR,
    url VARCHAR,
    publisher VARCHAR,
    country VARCHAR,
    first_seen TIMESTAMP,
    last_seen TIMESTAMP
);

CREATE TABLE raw_files (
    path VARCHAR PRIMARY KEY,
    run_id VARCHAR,
    loaded_at TIMESTAMP,
    n_documents INTEGER,
    n_fetches INTEGER,
    status VARCHAR,          -- 'loaded' | 'failed'
    error VARCHAR,
    sha256 VARCHAR,          -- added: a failed file is retried only when its bytes change
    bytes BIGINT
);

CREATE TABLE fetches (
    run_id VARCHAR,
    source_id VARCHAR,
    url VARCHAR,
    kind VARCHAR,
    status INTEGER,
    bytes BIGINT,
    etag VARCHAR,
    last_modified VARCHAR,
    error VARCHAR,
    started_at TIMESTAMP,
    elapsed_ms DOUBLE,
    items INTEGER,
    raw_file VARCHAR
);

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,
    url VARCHAR,
    canonical_url VARCHAR,
    source_id VARCHAR,
    publisher VARCHAR,
    title VARCHAR,
    published_at TIMESTAMP,
    fetched_at TIMESTAMP,
    language VARCHAR,
    text VARCHAR,
    content_hash VARCHAR,
    revision INTEGER,
    is_current BOOLEAN,
    near_duplicate_of VARCHAR,
    raw_file VARCHAR,
    summary VARCHAR,         -- added: the feed summary, when the spider had one
    source_country VARCHAR,  -- added: the publisher's country (ISO3 or bloc id)
    near_duplicate_score DOUBLE  -- added: estimated word 5-gram Jaccard with near_duplicate_of
);

CREATE TABLE document_sightings (
    doc_id VARCHAR,
    source_id VARCHAR,
    url VARCHAR,
    seen_at TIMESTAMP,
    publisher VARCHAR,       -- added: so "official" counts a government outlet that re-carried a story
    raw_file VARCHAR
);

CREATE TABLE extractions (
    doc_id VARCHAR,
    extractor_version VARCHAR,
    extracted_at TIMESTAMP,
    error VARCHAR
);

CREATE TABLE mentions (
    doc_id VARCHAR,
    sentence INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    kind VARCHAR,
    norm_id VARCHAR,
    text VARCHAR,
    extractor_version VARCHAR
);

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    sentence INTEGER,
    action VARCHAR,
    status VARCHAR,
    actors VARCHAR[],
    partners VARCHAR[],
    minerals VARCHAR[],
    amount_usd DOUBLE,
    amount VARCHAR,
    currency VARCHAR,
    quantity_t DOUBLE,
    event_date VARCHAR,
    event_day DATE,
    deadline VARCHAR,
    evidence VARCHAR,
    confidence DOUBLE,
    bloc_phrase VARCHAR,
    extractor_version VARCHAR,
    cluster_id VARCHAR,
    start_char INTEGER,      -- added: the event's span in the document text
    end_char INTEGER
);

CREATE TABLE event_clusters (
    cluster_id VARCHAR PRIMARY KEY,
    action VARCHAR,
    status VARCHAR,
    actors VARCHAR[],
    partners VARCHAR[],
    minerals VARCHAR[],
    event_day DATE,
    first_seen TIMESTAMP,
    last_seen TIMESTAMP,
    n_documents INTEGER,
    n_sources INTEGER,
    official BOOLEAN,
    amount_usd DOUBLE,
    quantity_t DOUBLE,
    deadline VARCHAR,
    evidence VARCHAR,
    evidence_doc_id VARCHAR,
    source_urls VARCHAR[],
    updated_at TIMESTAMP,
    n_events INTEGER,        -- added: events merged into the cluster
    amount VARCHAR,          -- added: the amount as written, when not convertible to USD
    currency VARCHAR,
    bloc_phrase VARCHAR,
    extractor_version VARCHAR
);

CREATE TABLE bloc_members (
    bloc VARCHAR,
    country VARCHAR,
    joined DATE,
    "left" DATE,
    note VARCHAR             -- added: where a date is uncertain or as reported
);

CREATE TABLE digests (
    digest_date DATE,
    recipient VARCHAR,
    message_id VARCHAR,
    sent_at TIMESTAMP,
    status VARCHAR,          -- 'sent' | 'outbox' | 'rejected' | 'failed'
    error VARCHAR,
    n_items INTEGER,
    PRIMARY KEY (digest_date, recipient)
);

-- Key/value facts about the file itself (seed hashes and the like).
CREATE TABLE warehouse_meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
