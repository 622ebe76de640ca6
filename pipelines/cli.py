"""The `oreline` command line: every stage runs from here, without the Dagster UI.

Each command takes ``--data DIR`` (default ``./data`` or ``ORELINE_DATA``). Errors
end the command with a one-line reason on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pipelines.config import Paths, data_dir, load_config
from pipelines.errors import OrelineError

LOGGER = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_USAGE = 2
DEMO_COLUMNS = (
    "event_day",
    "action",
    "status",
    "actors",
    "partners",
    "minerals",
    "amount_usd",
    "n_sources",
    "official",
)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (YYYY-MM-DD)") from exc


def _print_json(obj: object) -> None:
    print(json.dumps(obj, indent=2, default=str, ensure_ascii=False))


def _print_summary(title: str, result: dict) -> None:
    print(title)
    for key, value in result.items():
        if isinstance(value, (dict, list)):
            value = json.dumps(value, default=str, ensure_ascii=False)
        print(f"  {key}: {value}")


# --- commands -------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    from pipelines.demo import run_demo
    from warehouse.query import format_rows, timeline

    result = run_demo(paths, progress=lambda line: print(line, flush=True))
    _print_summary("\nDemo finished:", result)
    since = dt.date.today() - dt.timedelta(days=30)
    columns, rows = timeline(paths.warehouse, since=since, limit=10)
    keep = [i for i, c in enumerate(columns) if c in DEMO_COLUMNS]
    columns, rows = [columns[i] for i in keep], [[row[i] for i in keep] for row in rows]
    print(
        f"\nTimeline since {since} (first rows; all of it: oreline timeline --data {paths.root}):"
    )
    print(format_rows(columns, rows, "table"))
    return 0


def cmd_run(args: argparse.Namespace, paths: Paths) -> int:
    from pipelines.demo import run_once

    config = load_config(paths.root, args.config)
    result = run_once(paths, config, progress=lambda line: print(line, flush=True))
    _print_summary("Run finished:", result)
    return 0


def cmd_crawl(args: argparse.Namespace, paths: Paths) -> int:
    config = load_config(paths.root, args.config)
    from pipelines import stages

    sources = Path(args.sources) if args.sources else None
    result = stages.crawl(paths, config, only=args.only or None, sources=sources)
    _print_summary("Crawl finished:", result)
    return 0


def cmd_process(args: argparse.Namespace, paths: Paths) -> int:
    from pipelines import stages

    _print_summary("Processed:", stages.process(paths, workers=args.workers))
    return 0


def cmd_extract(args: argparse.Namespace, paths: Paths) -> int:
    source = Path(args.jsonl)
    if not source.exists():
        raise OrelineError(f"input file {source} does not exist")
    from nlp.extract import extract_jsonl

    out = Path(args.out) if args.out else None
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
    result = extract_jsonl(source, out, workers=args.workers)
    if out is not None:
        _print_summary(f"Extracted into {out}:", result)
    return 0


def cmd_sql(args: argparse.Namespace, paths: Paths) -> int:
    from warehouse.query import format_rows, run_sql

    columns, rows = run_sql(paths.warehouse, args.query)
    print(format_rows(columns, rows, args.format))
    return 0


def cmd_timeline(args: argparse.Namespace, paths: Paths) -> int:
    from warehouse.query import format_rows, timeline

    columns, rows = timeline(
        paths.warehouse,
        mineral=args.mineral,
        country=args.country,
        bloc=args.bloc,
        action=args.action,
        since=args.since,
        limit=args.limit,
    )
    print(format_rows(columns, rows, args.format))
    return 0


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    from pipelines import stages

    out = Path(args.parquet) if args.parquet else None
    _print_summary("Exported:", stages.export(paths, out_dir=out))
    return 0


def cmd_digest(args: argparse.Namespace, paths: Paths) -> int:
    config = load_config(paths.root, args.config)
    from pipelines import stages

    preview = Path(args.preview) if args.preview else None
    result = stages.digest(
        paths, config, day=args.date, send=args.send, to=args.to or (), preview=preview
    )
    print(f"Digest for {result.get('date')}: {result.get('items', 0)} items")
    for row in result.get("recipients", []):
        where = row.get("path") or row.get("message_id") or ""
        error = f" ({row['error']})" if row.get("error") else ""
        print(f"  {row.get('address')}: {row.get('status')} {where}{error}")
    # a refused address needs a person as much as a failed send does: a scheduler should see it
    failed = [r for r in result.get("recipients", []) if r.get("status") in ("failed", "rejected")]
    if failed:
        print(
            f"oreline digest: {len(failed)} of {len(result.get('recipients', []))} recipients "
            "not delivered (see above); the others are recorded and will not be sent again",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return 0


def cmd_sources_check(args: argparse.Namespace, paths: Paths) -> int:
    from spiders.health import check_sources
    from spiders.sources import DEFAULT_SOURCES

    config = load_config(paths.root, args.config)
    sources = Path(args.sources) if args.sources else (config.sources or DEFAULT_SOURCES)
    rows = check_sources(sources, paths.root)
    if args.format == "json":
        _print_json(rows)
    else:
        keys = ["source_id", "status", "items", "elapsed_ms", "last_success", "error"]
        width = max((len(str(r.get("source_id", ""))) for r in rows), default=10)
        for row in rows:
            cells = [str(row.get(k) if row.get(k) is not None else "-") for k in keys]
            print(f"{cells[0]:<{width}}  " + "  ".join(cells[1:]))
    healthy = sum(1 for r in rows if not r.get("error"))
    print(f"{healthy}/{len(rows)} sources healthy", file=sys.stderr)
    return 0


# --- parser ---------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="data folder for the warehouse, landing zone, outbox and Dagster storage "
        "(default: $ORELINE_DATA or ./data)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="config file (default: $ORELINE_CONFIG or DATA/oreline.yaml)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree; `--help` works on every command."""
    parser = argparse.ArgumentParser(
        prog="oreline",
        description="Critical-minerals policy signals: crawl feeds, extract events, keep a timeline, send a digest.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        _common(p)
        p.set_defaults(func=func)
        return p

    add(
        "demo",
        cmd_demo,
        "run the whole pipeline through Dagster against the bundled sample site, offline",
    )
    add(
        "run",
        cmd_run,
        "run the whole pipeline once against the configured sources, without the scheduler",
    )

    p = add("crawl", cmd_crawl, "crawl the sources into the raw landing zone")
    p.add_argument(
        "--sources",
        metavar="FILE",
        help="sources file (default: the config's, else the packaged one)",
    )
    p.add_argument("--only", nargs="+", metavar="SOURCE_ID", help="crawl only these sources")

    p = add("process", cmd_process, "load new raw files, extract events, cluster them")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")

    p = add(
        "extract",
        cmd_extract,
        "extract minerals, countries, blocs and events from a JSON-lines file",
    )
    p.add_argument(
        "--jsonl",
        required=True,
        metavar="IN",
        help="documents with id, text, published (and title)",
    )
    p.add_argument("--out", metavar="OUT", help="predictions file (default: standard output)")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")

    p = add("sql", cmd_sql, "run read-only SQL over the warehouse")
    p.add_argument("query", help="the SQL statement")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = add("timeline", cmd_timeline, "show the event timeline, one row per event cluster")
    p.add_argument("--mineral", help="mineral id, e.g. gallium")
    p.add_argument("--country", help="ISO3 country code, e.g. CHN")
    p.add_argument("--bloc", help="bloc id, e.g. EU")
    p.add_argument("--action", help="action id, e.g. export_control")
    p.add_argument("--since", type=_date, help="first date, YYYY-MM-DD")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")

    p = add(
        "export",
        cmd_export,
        "export events, clusters and documents to Parquet, partitioned by month",
    )
    p.add_argument("--parquet", metavar="DIR", help="output folder (default: DATA/exports)")

    p = add("digest", cmd_digest, "render (and send) the daily digest")
    p.add_argument("--date", type=_date, help="the day to report (default: today)")
    p.add_argument(
        "--send",
        action="store_true",
        help="send over SMTP (ORELINE_SMTP_HOST); else write .eml files",
    )
    p.add_argument("--to", action="append", metavar="ADDRESS", help="add a recipient (repeatable)")
    p.add_argument("--preview", metavar="FILE.html", help="also write an HTML preview")

    src = sub.add_parser(
        "sources", help="work with the sources file", description="work with the sources file"
    )
    src_sub = src.add_subparsers(dest="sources_command", metavar="SUBCOMMAND")
    p = src_sub.add_parser(
        "check",
        help="fetch each source once and report its health",
        description="fetch each source once and report its health",
    )
    _common(p)
    p.add_argument(
        "--sources",
        metavar="FILE",
        help="sources file (default: the config's, else the packaged one)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_sources_check)
    src.set_defaults(func=None, _parser=src)
    parser.set_defaults(func=None, _parser=parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.func is None:
        (getattr(args, "_parser", None) or parser).print_help()
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    paths = Paths(data_dir(args.data))
    os.environ["ORELINE_DATA"] = str(paths.root)
    from nlp.errors import NlpError
    from spiders.errors import OrelineSpiderError
    from warehouse.errors import WarehouseError

    try:
        return args.func(args, paths)
    except (OrelineError, OrelineSpiderError, NlpError, WarehouseError) as exc:
        print(f"oreline {args.command}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"oreline {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if args.verbose:
            LOGGER.exception("oreline %s failed", args.command)
        name = type(exc).__name__
        print(f"oreline {args.command}: {name}: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
