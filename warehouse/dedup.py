"""Pure functions that decide when two documents are the same article or copies of one story."""

from __future__ import annotations

import hashlib
import re
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$"
)

SHINGLE_WORDS = 5
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
# Syndicated copies keep the wire text and add an outlet's own lines; 0.6 on word 5-grams
# links them while two different reports of the same event (rewritten) stay apart.
NEAR_DUP_JACCARD = 0.6
MIN_SHINGLES = 8  # too short a text gives no evidence of copying

_PRIME = np.uint64((1 << 31) - 1)
_RNG = np.random.default_rng(20261128)  # fixed: signatures must agree across runs
_A = _RNG.integers(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _RNG.integers(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.uint64)


def canonical_url(url: str | None) -> str | None:
    """Fold the spellings of one address: lower-case host, no fragment, no tracking params."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING.match(k.lower())
    ]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    netloc = parts.netloc.lower()
    if netloc.endswith(":80") and parts.scheme == "http":
        netloc = netloc[:-3]
    if netloc.endswith(":443") and parts.scheme == "https":
        netloc = netloc[:-4]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(sorted(query)), ""))


def content_hash(text: str | None) -> str:
    """SHA-256 of the whitespace-normalised, lower-cased text (the spiders' recipe)."""
    norm = _WS.sub(" ", text or "").strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def doc_id_for(canonical: str, revision: int) -> str:
    """A stable document id: the same URL and revision always give the same id."""
    return hashlib.sha1(f"{canonical}#{revision}".encode()).hexdigest()[:20]


def shingles(text: str | None, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the lower-cased text: what copied passages have in common."""
    words = _WORD.findall((text or "").lower())
    return {" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 0))}


def jaccard(a: set[str], b: set[str]) -> float:
    """Share of n-grams two texts have in common."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def minhash(grams: set[str]) -> np.ndarray | None:
    """A MinHash signature of the n-gram set (None when too short to compare)."""
    if len(grams) < MIN_SHINGLES:
        return None
    hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64)
    permuted = (_A[:, None] * hashes[None, :] + _B[:, None]) % _PRIME
    return permuted.min(axis=1)


def band_keys(signature: np.ndarray) -> list[int]:
    """Locality-sensitive band keys: similar signatures share at least one key."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=7, person=bytes([band]) * 16).digest()
        keys.append(band << 56 | int.from_bytes(digest, "big"))
    return keys
