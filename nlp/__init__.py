"""Rule-based extraction of critical-minerals policy events with spaCy."""

EXTRACTOR_VERSION = "oreline-1.34"

__all__ = ["EXTRACTOR_VERSION"]
