"""Run one crawl in a fresh process (Twisted's reactor cannot restart) and hand back its report."""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from spiders.errors import CrawlError
from spiders.sources import SourcesConfig, load_sources

LOGGER = logging.getLogger(__name__)

# Grace given to a crawl told to stop (SIGTERM) before it is killed outright.
STOP_GRACE_SECONDS = 30.0


def run_crawl(
    sources_path: str | Path,
    data_dir: str | Path,
    only: list[str] | None = None,
    timeout: float | None = None,
    mode: str = "crawl",
) -> dict[str, Any]:
    """Crawl the sources in a subprocess and return its report dict (see docs/contracts.md §2).

    Raises SourcesError at once for a bad sources file or an unknown ``only`` id, and
    CrawlError when the subprocess ends without writing its report. With ``timeout`` the
    crawl is asked to stop (SIGTERM, which still publishes what it has) and killed if it
    does not.
    """
    config = load_sources(sources_path)
    config.select(only)  # unknown ids fail here, in the caller's process
    data_dir = Path(data_dir)
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    fd, report_name = tempfile.mkstemp(prefix="crawl-report-", suffix=".json", dir=logs)
    os.close(fd)
    report_path = Path(report_name)
    report_path.unlink()
    log_path = report_path.with_suffix(".log")
    cmd = [
        sys.executable,
        "-m",
        "spiders.crawl",
        "--sources",
        str(sources_path),
        "--data",
        str(data_dir),
    ]
    cmd += ["--report", str(report_path), "--mode", mode]
    for source_id in only or []:
        cmd += ["--only", source_id]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            LOGGER.warning("crawl exceeded %.0fs; asking it to stop", timeout)
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if not report_path.exists():
        tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise CrawlError(
            f"crawl process exited with {proc.returncode} and no report; log {log_path}:\n{tail}"
        )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    report_path.unlink()
    report["log"] = str(log_path)
    return report


def _spider_classes() -> dict[str, type]:
    from spiders.spiders.api import ApiSpider
    from spiders.spiders.feed import FeedSpider
    from spiders.spiders.html import HtmlSpider
    from spiders.spiders.sitemap import SitemapSpider

    return {"feed": FeedSpider, "api": ApiSpider, "sitemap": SitemapSpider, "html": HtmlSpider}


def crawl_in_this_process(
    config: SourcesConfig, data_dir: Path, only: list[str] | None, mode: str = "crawl"
) -> dict[str, Any]:
    """The crawl itself; must run in a process whose reactor has not run before."""
    from scrapy.crawler import CrawlerProcess

    from spiders.landing import LandingWriter, new_run_id
    from spiders.settings import crawl_settings
    from spiders.spiders.base import CrawlContext
    from spiders.state import CrawlState

    settings = crawl_settings()
    settings["ORELINE_ALLOW_PRIVATE_NETWORK"] = config.allow_private_network
    state = CrawlState(data_dir)
    run_id = new_run_id()
    sources = config.select(only)
    report_sources: dict[str, dict[str, Any]] = {}
    active = []
    for source in sources:
        nxt = state.in_backoff(source.id) if mode == "crawl" else None
        if nxt:
            info = state.sources.get(source.id, {})
            report_sources[source.id] = {
                "status": "backoff",
                "items": 0,
                "documents": 0,
                "error": f"skipped after {info.get('consecutive_failures')} failed runs; next try after {nxt}",
                "next_retry": nxt,
            }
            continue
        active.append(source)

    landing = LandingWriter(data_dir, run_id) if mode == "crawl" and active else None
    workers = int(settings.get("EXTRACT_WORKERS") or 0)
    pool = None
    if workers > 0 and mode == "crawl":
        from spiders.article import warm_up, worker_init

        # Fork the workers now, before the reactor starts any thread; each loads its language
        # model while Scrapy starts up.
        pool = ProcessPoolExecutor(max_workers=workers, initializer=worker_init)
        for _ in range(workers):
            pool.submit(warm_up)
    elif mode == "crawl":
        import threading

        from spiders.article import warm_up

        # Overlaps the model load with Scrapy's start-up instead of the first article.
        threading.Thread(target=warm_up, name="langid-warm-up", daemon=True).start()
    ctx = CrawlContext(
        run_id=run_id,
        mode=mode,
        allow_private_network=config.allow_private_network,
        state=state,
        landing=landing,
        error_budget=int(settings["SOURCE_ERROR_BUDGET"]),
        extract_pool=pool,
    )
    ctx.window = max(2, 2 * int(settings["CONCURRENT_REQUESTS_PER_DOMAIN"]))
    started = time.monotonic()
    raw_file = None
    if active:
        process = CrawlerProcess(settings)
        classes = _spider_classes()
        for kind, cls in classes.items():
            group = [s for s in active if s.kind == kind]
            if group:
                process.crawl(cls, sources=group, ctx=ctx)
        try:
            process.start()
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        if landing is not None:
            raw_file = str(landing.close())

    for source in active:
        run = ctx.run(source.id)
        if run.status == "pending":
            run.status = "failed"
            run.error = run.error or "no response (crawl stopped before the source was fetched)"
        entry = run.report()
        if mode == "crawl":
            if run.status == "failed":
                state.record_failure(
                    source.id,
                    run.error or "failed",
                    float(settings["SOURCE_BACKOFF_BASE"]),
                    float(settings["SOURCE_BACKOFF_MAX"]),
                )
            else:
                state.record_success(source.id)
        info = state.sources.get(source.id, {})
        entry["last_success"] = info.get("last_success")
        entry["consecutive_failures"] = info.get("consecutive_failures", 0)
        entry["next_retry"] = info.get("next_retry")
        report_sources[source.id] = entry
    if mode == "crawl":
        # Only now that the landing file is whole may the state claim its articles as stored.
        state.mark_stored(*ctx.stored)
        ctx.commit_validators()
        state.save()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "peak_rss_mb": round((own + children) / 1024, 1),
        "run_id": run_id,
        "raw_file": raw_file,
        "documents": sum(r.documents for r in ctx.runs.values()),
        "fetches": ctx.fetches,
        "failed_fetches": ctx.failed_fetches,
        "elapsed_s": round(time.monotonic() - started, 3),
        "mode": mode,
        "sources": report_sources,
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of the crawl subprocess: crawl, then write the report file."""
    parser = argparse.ArgumentParser(prog="python -m spiders.crawl", description=__doc__)
    parser.add_argument("--sources", required=True, help="sources YAML file")
    parser.add_argument("--data", required=True, help="data folder (raw/, state/ live under it)")
    parser.add_argument("--only", action="append", default=None, help="source id (repeatable)")
    parser.add_argument("--report", required=True, help="where to write the JSON report")
    parser.add_argument("--mode", choices=("crawl", "check"), default="crawl")
    args = parser.parse_args(argv)
    config = load_sources(args.sources)
    report = crawl_in_this_process(config, Path(args.data), args.only, mode=args.mode)
    tmp = Path(args.report + ".tmp")
    tmp.write_text(json.dumps(report, indent=1), encoding="utf-8")
    os.replace(tmp, args.report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
