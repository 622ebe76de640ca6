"""Crawl benchmark: Oreline's crawl against a do-nothing Scrapy spider on the same loopback pages.

Serves N generated article pages behind feeds on 127.0.0.1, then runs, one after the other,
each in a fresh process:

* the ceiling — a plain Scrapy spider that fetches the feeds and every page and does nothing;
* Oreline — ``spiders.crawl.run_crawl`` (robots.txt, feed parsing, dedup, trafilatura
  extraction, language, landing-zone file).

Prints articles stored per second, pages per second for the ceiling, their ratio, and the
peak memory (max RSS) of each crawl process. ``--json`` prints the figures as JSON.

    .venv/bin/python benchmarks/crawl.py            # 2,000 pages
    .venv/bin/python benchmarks/crawl.py --pages 200 --feeds 4
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

WORDS = (
    "lithium cobalt nickel graphite gallium germanium rare earth export licence quota ministry "
    "tariff stockpile refinery agreement partners supply chain processing investment price floor "
    "officials said on Tuesday that the new rules would take effect next year after consultation "
    "with industry and allies the decision follows months of talks between governments"
).split()

# The ceiling spider: fetch feeds, follow every <link>, do nothing with the pages.
CEILING_SPIDER = """
import json, re, sys, time, resource
import scrapy
from scrapy.crawler import CrawlerProcess

feeds = json.loads(sys.argv[1]); out = sys.argv[2]; settings = json.loads(sys.argv[3])
LINK = re.compile(rb"<link>([^<]+)</link>")
pages = 0

class CeilingSpider(scrapy.Spider):
    name = "ceiling"
    async def start(self):
        for url in feeds:
            yield scrapy.Request(url, callback=self.parse_feed)
    def parse_feed(self, response):
        for m in LINK.findall(response.body)[1:]:
            yield scrapy.Request(m.decode(), callback=self.parse_page)
    def parse_page(self, response):
        global pages
        pages += 1

process = CrawlerProcess(settings)
process.crawl(CeilingSpider)
t0 = time.monotonic()
process.start()
elapsed = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
json.dump({"pages": pages, "elapsed_s": elapsed, "peak_rss_mb": rss}, open(out, "w"))
"""


def make_page(i: int, rng: random.Random) -> bytes:
    """A news-like page: navigation, a headline, six paragraphs, a footer."""
    title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(70)).capitalize() + ".</p>"
        for _ in range(6)
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="/story/{i}"><meta name="date" content="2026-11-{1 + i % 27:02d}">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/markets'>Markets</a> <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article>"
        f"<aside>Most read: other stories you may like</aside><footer>© Benchmark News</footer></body></html>"
    ).encode()


def make_site(n_pages: int, n_feeds: int) -> dict[str, bytes]:
    rng = random.Random(42)
    routes: dict[str, bytes] = {"/robots.txt": b"User-agent: *\nAllow: /\n"}
    per_feed = (n_pages + n_feeds - 1) // n_feeds
    for i in range(n_pages):
        routes[f"/story/{i}"] = make_page(i, rng)
    for f in range(n_feeds):
        items = "".join(
            f"<item><title>Story {i}</title><link>{{base}}/story/{i}</link>"
            f"<pubDate>Fri, 27 Nov 2026 09:00:00 GMT</pubDate><description>minerals</description></item>"
            for i in range(f * per_feed, min(n_pages, (f + 1) * per_feed))
        )
        routes[f"/feed/{f}.xml"] = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench</title>'
            f"<link>{{base}}/</link>{items}</channel></rss>"
        ).encode()
    return routes


def serve(routes: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            body = routes.get(self.path)
            status = 200 if body is not None else 404
            body = body or b"not found"
            ctype = (
                "application/rss+xml"
                if self.path.startswith("/feed/")
                else "text/html; charset=utf-8"
            )
            if self.path == "/robots.txt":
                ctype = "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for key, value in list(routes.items()):
        routes[key] = value.replace(b"{base}", base.encode())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


CRAWL_ENV = {
    "AUTOTHROTTLE_ENABLED": "false",  # loopback: nothing to be polite to
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "WARNING",
}


def run_ceiling(feeds: list[str], tmp: Path) -> dict:
    out = tmp / "ceiling.json"
    settings = {
        "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
    }
    script = tmp / "ceiling_spider.py"  # a file, not -c: Scrapy inspects callback source
    script.write_text(CEILING_SPIDER)
    t0 = time.monotonic()
    subprocess.run(
        [sys.executable, str(script), json.dumps(feeds), str(out), json.dumps(settings)], check=True
    )
    result = json.loads(out.read_text())
    result["wall_s"] = time.monotonic() - t0
    result["per_s"] = result["pages"] / result["elapsed_s"]
    return result


def run_oreline(base: str, n_feeds: int, tmp: Path, workers: int) -> dict:
    from spiders.crawl import run_crawl

    sources = {
        "allow_private_network": True,
        "sources": [
            {
                "id": f"bench_{f}",
                "name": f"Bench {f}",
                "kind": "feed",
                "url": f"{base}/feed/{f}.xml",
                "publisher": "news",
                "country": "USA",
            }
            for f in range(n_feeds)
        ],
    }
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "sources.yaml"
    path.write_text(yaml.safe_dump(sources))
    old = dict(os.environ)
    os.environ.update({"ORELINE_CRAWL_" + k: v for k, v in CRAWL_ENV.items()})
    os.environ["ORELINE_CRAWL_EXTRACT_WORKERS"] = str(workers)
    try:
        t0 = time.monotonic()
        report = run_crawl(path, tmp / f"data-{workers}")
        wall = time.monotonic() - t0
    finally:
        os.environ.clear()
        os.environ.update(old)
    return {
        "documents": report["documents"],
        "elapsed_s": report["elapsed_s"],
        "wall_s": wall,
        "per_s": report["documents"] / report["elapsed_s"],
        "peak_rss_mb": report["peak_rss_mb"],
        "raw_mb": round(Path(report["raw_file"]).stat().st_size / 1e6, 1),
    }


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument(
        "--workers", type=int, nargs="*", default=[1], help="EXTRACT_WORKERS values to try"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds; medians are reported"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    routes = make_site(args.pages, args.feeds)
    server, base = serve(routes)
    runs: dict[str, list[dict]] = {"ceiling": []}
    ratios: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="oreline-bench-") as tmpdir:
        tmp = Path(tmpdir)
        feeds = [f"{base}/feed/{f}.xml" for f in range(args.feeds)]
        # Interleave ceiling and Oreline runs so that both see the same machine load; each
        # Oreline run is compared with the ceiling run just before it.
        for round_no in range(args.rounds):
            ceiling = run_ceiling(feeds, tmp)
            runs["ceiling"].append(ceiling)
            for workers in args.workers:
                r = run_oreline(base, args.feeds, tmp / f"r{round_no}", workers)
                r["ratio"] = r["per_s"] / ceiling["per_s"]
                key = f"oreline_workers_{workers}"
                runs.setdefault(key, []).append(r)
                ratios.setdefault(key, []).append(r["ratio"])
    server.shutdown()
    results: dict = {
        "pages": args.pages,
        "feeds": args.feeds,
        "cpus": os.cpu_count(),
        "rounds": args.rounds,
    }
    for key, items in runs.items():
        results[key] = {
            field: _median([float(r[field]) for r in items])
            for field in items[0]
            if isinstance(items[0][field], int | float)
        }
        if key in ratios:
            results[key]["ratio"] = _median(ratios[key])
        results[key]["runs"] = items
    results["load_avg"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    c = results["ceiling"]
    print(
        f"{args.pages} pages behind {args.feeds} feeds on loopback, {os.cpu_count()} CPUs, "
        f"median of {args.rounds} interleaved rounds, load {results['load_avg'][0]:.1f}"
    )
    print(f"{'run':<22}{'items':>7}{'crawl s':>9}{'per s':>8}{'vs ceiling':>11}{'peak MB':>9}")
    print(
        f"{'scrapy do-nothing':<22}{c['pages']:>7.0f}{c['elapsed_s']:>9.1f}{c['per_s']:>8.1f}{'1.00':>11}{c['peak_rss_mb']:>9.0f}"
    )
    for workers in args.workers:
        r = results[f"oreline_workers_{workers}"]
        name = f"oreline (workers={workers})"
        print(
            f"{name:<22}{r['documents']:>7.0f}{r['elapsed_s']:>9.1f}{r['per_s']:>8.1f}{r['ratio']:>11.2f}{r['peak_rss_mb']:>9.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
