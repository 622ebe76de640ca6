-- Locality-sensitive band keys of each document's MinHash signature (warehouse/dedup.py):
-- documents that share a key are candidates for near-duplicate (syndicated copy) checks.
CREATE TABLE document_bands (
    doc_id VARCHAR,
    band_key BIGINT
);
