"""The daily digest email: what changed in critical-minerals policy on a day."""

from pipelines.digest.run import run_digest

__all__ = ["run_digest"]
