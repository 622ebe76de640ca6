"""Serve the sample site in the foreground, for trying a crawl by hand."""

from __future__ import annotations

import argparse
import logging
import threading

from spiders.samplesite.server import serve_sample_site


def main(argv: list[str] | None = None) -> int:
    """Parse options, serve until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="python -m spiders.samplesite", description="Serve Oreline's sample site on 127.0.0.1."
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument(
        "--slow-seconds", type=float, default=30.0, help="how long the timeout endpoint hangs"
    )
    parser.add_argument("--write-sources", metavar="PATH", help="also write a sources file here")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    with serve_sample_site(slow_seconds=args.slow_seconds, port=args.port) as site:
        print(f"Oreline sample site: {site.base_url}/", flush=True)
        if args.write_sources:
            print(f"sources file: {site.write_sources(args.write_sources)}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
