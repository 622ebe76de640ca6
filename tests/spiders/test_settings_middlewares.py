"""Crawl settings from the environment, and the Retry-After reading of the retry middleware."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from spiders.middlewares import retry_after_seconds
from spiders.settings import crawl_settings


def test_polite_defaults():
    s = crawl_settings(env={})
    assert s["ROBOTSTXT_OBEY"] is True
    assert s["AUTOTHROTTLE_ENABLED"] is True
    assert 1 <= s["CONCURRENT_REQUESTS_PER_DOMAIN"] <= 8
    assert "Oreline" in s["USER_AGENT"] and "+http" in s["USER_AGENT"]
    assert s["DOWNLOAD_MAXSIZE"] > s["DOWNLOAD_WARNSIZE"] > 0
    assert 429 in s["RETRY_HTTP_CODES"] and 503 in s["RETRY_HTTP_CODES"]


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("DOWNLOAD_TIMEOUT", "3", 3),
        ("ROBOTSTXT_OBEY", "false", False),
        ("AUTOTHROTTLE_TARGET_CONCURRENCY", "1.5", 1.5),
        ("USER_AGENT", "Oreline-test", "Oreline-test"),
        ("SOURCE_ERROR_BUDGET", "4", 4),
    ],
)
def test_environment_overrides(name, raw, expected):
    assert crawl_settings(env={"ORELINE_CRAWL_" + name: raw})[name] == expected


def test_bad_environment_value_keeps_the_default():
    assert crawl_settings(env={"ORELINE_CRAWL_DOWNLOAD_TIMEOUT": "soon"})["DOWNLOAD_TIMEOUT"] == 30


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"5", 5.0),
        ("0", 0.0),
        ("Sat, 28 Nov 2026 12:00:30 GMT", 30.0),
        ("Sat, 28 Nov 2026 11:00:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_retry_after_seconds(value, expected):
    assert retry_after_seconds(value, now=datetime(2026, 11, 28, 12, tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    ("headers", "retry_times", "expected"),
    [
        ({"Retry-After": "7"}, 0, 7.0),  # the server's wish wins over our own backoff
        ({"Retry-After": "600"}, 0, 60.0),  # … up to RETRY_AFTER_MAX
        ({}, 0, 1.0),  # otherwise base × 2^attempt
        ({}, 2, 4.0),
        ({"Retry-After": "junk"}, 1, 2.0),
    ],
)
def test_retry_delay_honours_retry_after(headers, retry_times, expected):
    from scrapy.http import Request, Response
    from scrapy.settings import Settings

    from spiders.middlewares import PoliteRetryMiddleware

    mw = PoliteRetryMiddleware(
        Settings({**crawl_settings(env={}), "RETRY_BACKOFF_BASE": 1.0, "RETRY_AFTER_MAX": 60.0})
    )
    request = Request("http://127.0.0.1/x", meta={"retry_times": retry_times})
    response = Response(request.url, status=503, headers=headers, request=request)
    assert mw._delay(request, response) == expected
