"""Rule-based extraction of critical-minerals policy events with spaCy."""

EXTRACTOR_VERSION = "oreline-rules-1.8"

__all__ = ["EXTRACTOR_VERSION"]
