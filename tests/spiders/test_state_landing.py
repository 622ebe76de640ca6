"""Crawl state between runs and the landing-zone writer."""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from spiders.landing import LandingWriter, new_run_id, raw_path
from spiders.state import CrawlState


def test_run_id_has_the_contract_shape():
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}", new_run_id())


def test_raw_path_is_dated_by_the_run(tmp_path):
    assert (
        raw_path(tmp_path, "20261128T120000Z-0123abcd")
        == tmp_path / "raw" / "2026-11-28" / "20261128T120000Z-0123abcd.jsonl.gz"
    )


def test_landing_file_is_part_until_closed(tmp_path):
    w = LandingWriter(tmp_path, "20261128T120000Z-0123abcd")
    w.write({"type": "fetch", "url": "http://x/", "status": 200})
    assert w.part.exists() and not w.path.exists()
    w.close()
    assert w.path.exists() and not w.part.exists()
    with gzip.open(w.path, "rt") as fh:
        lines = [json.loads(line) for line in fh]
    assert lines == [
        {"type": "fetch", "run_id": "20261128T120000Z-0123abcd", "url": "http://x/", "status": 200}
    ]


def test_abandoned_landing_file_never_gets_its_final_name(tmp_path):
    w = LandingWriter(tmp_path, new_run_id())
    w.write({"type": "source", "source_id": "s"})
    w.abandon()
    assert not w.path.exists() and w.part.exists()


@pytest.mark.parametrize(
    ("status", "etag", "lm", "expected"),
    [
        (200, '"a"', None, {"If-None-Match": '"a"'}),
        (
            200,
            None,
            "Wed, 21 Oct 2026 07:28:00 GMT",
            {"If-Modified-Since": "Wed, 21 Oct 2026 07:28:00 GMT"},
        ),
        (304, '"b"', None, {}),  # validators come only from 200 responses
        (500, '"c"', None, {}),
    ],
)
def test_validators_only_from_200(tmp_path, status, etag, lm, expected):
    st = CrawlState(tmp_path)
    st.remember_validators("http://x/feed", status, etag, lm)
    st.save()
    assert CrawlState(tmp_path).conditional_headers("http://x/feed") == expected


def test_stored_urls_survive_a_reload(tmp_path):
    st = CrawlState(tmp_path)
    st.mark_stored("https://x/a", None)
    st.save()
    again = CrawlState(tmp_path)
    assert again.is_stored("https://x/a") and not again.is_stored("https://x/b")


def test_failing_source_backs_off_longer_each_time_and_is_never_dropped(tmp_path):
    st = CrawlState(tmp_path)
    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    waits = []
    for _ in range(5):
        st.record_failure("s", "HTTP 500", base_seconds=60, max_seconds=600, now=now)
        nxt = datetime.fromisoformat(st.in_backoff("s", now=now).replace("Z", "+00:00"))
        waits.append((nxt - now).total_seconds())
    assert waits == [60, 120, 240, 480, 600]
    assert st.in_backoff("s", now=now + timedelta(seconds=601)) is None  # retried again later
    st.record_success("s", now=now)
    assert st.sources["s"]["consecutive_failures"] == 0 and st.in_backoff("s", now=now) is None


def test_damaged_state_file_starts_fresh(tmp_path):
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "crawl_state.json").write_text("{not json")
    assert CrawlState(tmp_path).stored_urls == set()
