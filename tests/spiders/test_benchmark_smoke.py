"""The crawl benchmark still runs: a tiny version, figures sane (the real one is `make bench`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "crawl.py"


@pytest.mark.slow
def test_crawl_benchmark_smoke():
    out = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--pages",
            "24",
            "--feeds",
            "2",
            "--workers",
            "0",
            "--rounds",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    figures = json.loads(out.stdout)
    assert figures["ceiling"]["pages"] == 24
    ours = figures["oreline_workers_0"]
    assert ours["documents"] == 24
    assert ours["per_s"] > 0 and 0 < ours["peak_rss_mb"] < 500
