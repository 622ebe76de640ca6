"""Scrapy settings for Oreline crawls: polite by default, each value overridable as ORELINE_CRAWL_<NAME>."""

from __future__ import annotations

import json
import logging
import os
from typing import Any

LOGGER = logging.getLogger(__name__)

BOT_NAME = "oreline"
SPIDER_MODULES = ["spiders.spiders"]
NEWSPIDER_MODULE = "spiders.spiders"

USER_AGENT = "Oreline/0.1 (critical-minerals policy monitor; +https://github.com/oreline/oreline)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Our own delay between attempts: base × 2^attempt, or the server's Retry-After, capped.
RETRY_BACKOFF_BASE = 1.0
RETRY_AFTER_MAX = 60.0

# Stop following a source after this many failed fetches in one run.
SOURCE_ERROR_BUDGET = 10
# A source that failed waits base × 2^(failures-1) seconds before its next try, capped; never dropped.
SOURCE_BACKOFF_BASE = 1800.0
SOURCE_BACKOFF_MAX = 86400.0
# Whole-crawl guard against a wedged run (seconds; 0 = none).
CLOSESPIDER_TIMEOUT = 0

# Items a callback yields are processed this many at a time; Scrapy's default of 100 starts
# 100 asyncio tasks per response, which costs more than our two items per article.
CONCURRENT_ITEMS = 8
# Scrapy re-reads callback source to warn about generators returning values; ours do not.
WARN_ON_GENERATOR_RETURN_VALUE = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no control port on a crawler that may run on a server
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
# Answers naming a private address are refused at connect time too (DNS rebinding); the crawl
# sets ORELINE_ALLOW_PRIVATE_NETWORK from the sources file.
DNS_RESOLVER = "spiders.resolver.PublicOnlyResolver"
ORELINE_ALLOW_PRIVATE_NETWORK = False
FEED_EXPORT_ENCODING = "utf-8"
# HttpCompression decodes gzip transfer encoding; sitemaps served as .gz files are unpacked by the spider.
COMPRESSION_ENABLED = True

DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.PrivateNetworkMiddleware": 50,
    "spiders.middlewares.FetchTimerMiddleware": 60,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.PoliteRetryMiddleware": 550,
}
ITEM_PIPELINES = {"spiders.pipelines.LandingPipeline": 300}

# Names that the environment may override (ORELINE_CRAWL_DOWNLOAD_TIMEOUT=2, …).
OVERRIDABLE = (
    "USER_AGENT",
    "ROBOTSTXT_OBEY",
    "CONCURRENT_REQUESTS",
    "CONCURRENT_REQUESTS_PER_DOMAIN",
    "DOWNLOAD_DELAY",
    "AUTOTHROTTLE_ENABLED",
    "AUTOTHROTTLE_START_DELAY",
    "AUTOTHROTTLE_MAX_DELAY",
    "AUTOTHROTTLE_TARGET_CONCURRENCY",
    "DOWNLOAD_TIMEOUT",
    "DOWNLOAD_MAXSIZE",
    "DOWNLOAD_WARNSIZE",
    "RETRY_ENABLED",
    "RETRY_TIMES",
    "RETRY_BACKOFF_BASE",
    "RETRY_AFTER_MAX",
    "SOURCE_ERROR_BUDGET",
    "SOURCE_BACKOFF_BASE",
    "SOURCE_BACKOFF_MAX",
    "CLOSESPIDER_TIMEOUT",
    "LOG_LEVEL",
    "EXTRACT_WORKERS",
)
ENV_PREFIX = "ORELINE_CRAWL_"
# Processes that run article extraction beside the reactor (0 = in the crawl process).
# One is best on two cores (benchmarks/README.md): the reactor keeps one, extraction the other.
EXTRACT_WORKERS = 1


def _coerce(default: Any, raw: str) -> Any:
    """Read an environment string as the type of the default it replaces."""
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(float(raw))
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, list | dict):
        return json.loads(raw)
    return raw


def crawl_settings(env: dict[str, str] | None = None) -> dict[str, Any]:
    """All upper-case settings of this module, with ORELINE_CRAWL_* environment values applied."""
    env = os.environ if env is None else env
    values = {
        k: v for k, v in globals().items() if k.isupper() and k not in ("OVERRIDABLE", "ENV_PREFIX")
    }
    for name in OVERRIDABLE:
        raw = env.get(ENV_PREFIX + name)
        if raw is None or raw == "":
            continue
        try:
            values[name] = _coerce(values[name], raw)
        except (ValueError, TypeError) as exc:
            LOGGER.warning("ignoring %s%s=%r: %s", ENV_PREFIX, name, raw, exc)
    return values
