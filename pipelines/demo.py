"""Run the whole asset graph through Dagster once: ``oreline demo`` on the sample site, ``oreline run`` on real sources.

Both use a Dagster instance kept under the data folder (``DATA/dagster``), so the runs
they make show up later in ``dagster dev`` started with ``DAGSTER_HOME=DATA/dagster``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dagster as dg
import yaml

from pipelines import checks
from pipelines.assets import PROGRESS, clusters, crawl, digest, export, extraction, warehouse
from pipelines.config import Config, Paths
from pipelines.errors import StageError
from pipelines.resources import make_resources

LOGGER = logging.getLogger(__name__)

INSTANCE_TEMPLATE = Path(__file__).resolve().parents[1] / "dagster.yaml"
DEMO_SOURCES = "sample_sources.yaml"
# Dagster's own console logger is chatty; the progress lines come from the assets instead.
QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}
RUN_TAGS = {"oreline/writes": "warehouse"}
# The sample site's deliberately slow page answers after this long (its default hangs 30 s,
# which a real crawl must survive but a demo need not sit through).
DEMO_SLOW_SECONDS = 3.0

Progress = Callable[[str], None]


def instance_config(paths: Paths, template: Path = INSTANCE_TEMPLATE) -> dict:
    """The repository's dagster.yaml with every storage folder moved under this data folder."""
    if not template.exists():
        raise StageError(f"{template} is missing; reinstall the project from its repository")
    settings = yaml.safe_load(template.read_text(encoding="utf-8")) or {}
    home = paths.dagster_home
    settings["storage"] = {"sqlite": {"base_dir": str(home / "storage")}}
    artifacts = settings.setdefault(
        "local_artifact_storage",
        {"module": "dagster._core.storage.root", "class": "LocalArtifactStorage", "config": {}},
    )
    artifacts.setdefault("config", {})["base_dir"] = str(home)
    settings.setdefault("telemetry", {})["enabled"] = False
    return settings


def prepare_instance(paths: Paths) -> Path:
    """Write DATA/dagster/dagster.yaml (if changed) and return the folder DAGSTER_HOME must name."""
    home = paths.dagster_home
    home.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(instance_config(paths), sort_keys=False)
    target = home / "dagster.yaml"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return home


@contextmanager
def dagster_home(paths: Paths) -> Iterator[dg.DagsterInstance]:
    """The data folder's Dagster instance, with DAGSTER_HOME pointing at it while in use."""
    home = prepare_instance(paths)
    saved = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        with dg.DagsterInstance.get() as instance:
            yield instance
    finally:
        if saved is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = saved


@contextmanager
def _progress_lines(progress: Progress) -> Iterator[None]:
    """Forward the assets' progress log lines to the caller while the run goes on."""

    class _Forward(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            try:
                progress("  " + record.getMessage())
            except Exception:  # a broken console must not break the run
                self.handleError(record)

    handler = _Forward(level=logging.INFO)
    old_level, old_propagate = PROGRESS.level, PROGRESS.propagate
    PROGRESS.addHandler(handler)
    PROGRESS.setLevel(logging.INFO)
    PROGRESS.propagate = False  # the caller prints these lines; the root log need not repeat them
    try:
        yield
    finally:
        PROGRESS.removeHandler(handler)
        PROGRESS.setLevel(old_level)
        PROGRESS.propagate = old_propagate


def graph() -> list:
    """Every asset and asset check of the definitions, in the groups the UI shows."""
    modules = {
        "crawl": crawl,
        "warehouse": warehouse,
        "extraction": extraction,
        "clusters": clusters,
        "export": export,
        "digest": digest,
    }
    assets: list = []
    for group, module in modules.items():
        assets.extend(dg.load_assets_from_modules([module], group_name=group))
    return [*assets, *dg.load_asset_checks_from_modules([checks])]


def _today(config: Config) -> str:
    """Today's digest partition: the date in the partitions' time zone."""
    tz = digest.DIGEST_PARTITIONS.timezone or config.timezone
    return datetime.now(ZoneInfo(tz)).date().isoformat()


def warehouse_counts(paths: Paths) -> dict:
    """Documents, events and clusters now in the warehouse."""
    from warehouse.db import connect

    with connect(paths.warehouse, read_only=True) as con:
        documents, events, clusters_n = con.execute(
            "SELECT (SELECT count(*) FROM documents WHERE is_current),"
            " (SELECT count(*) FROM events),"
            " (SELECT count(*) FROM event_clusters)"
        ).fetchone()
    return {"documents": documents, "events": events, "clusters": clusters_n}


def _digest_path(result: dg.ExecuteInProcessResult, paths: Paths) -> str | None:
    """Where today's digest went, from the digest asset's metadata (else the newest outbox file)."""
    for mat in result.asset_materializations_for_node("digest"):
        recipients = mat.metadata.get("recipients")
        rows = recipients.value if recipients is not None else []
        where = [r.get("path") or r.get("message_id") for r in rows if isinstance(r, dict)]
        where = [w for w in where if w]
        if where:
            return ", ".join(map(str, where))
    found = sorted(paths.outbox.rglob("*.eml"), key=lambda p: p.stat().st_mtime)
    return str(found[-1]) if found else None


def run_graph(
    paths: Paths,
    config: Config,
    sources: Path | None = None,
    progress: Progress = print,
) -> dict:
    """Materialise every asset once, in process, through the data folder's Dagster instance."""
    started = time.monotonic()
    paths.root.mkdir(parents=True, exist_ok=True)
    before = warehouse_counts(paths)
    resources = make_resources(paths.root, sources)
    if config.origin not in ("defaults", ""):
        resources["warehouse"] = resources["warehouse"].model_copy(
            update={"config_file": config.origin}
        )
    day = _today(config)
    progress(f"Running the asset graph through Dagster (digest partition {day}) ...")
    with dagster_home(paths) as instance, _progress_lines(progress):
        result = dg.materialize(
            graph(),
            instance=instance,
            resources=resources,
            partition_key=day,
            run_config=QUIET,
            tags=RUN_TAGS,
            raise_on_error=False,
        )
    if not result.success:
        failed = [e.step_key for e in result.get_step_failure_events()]
        messages = [
            (e.event_specific_data.error.message if e.event_specific_data.error else "").strip()
            for e in result.get_step_failure_events()
        ]
        raise StageError(
            f"Dagster run {result.run_id} failed at {', '.join(failed) or 'start-up'}: "
            f"{' | '.join(m for m in messages if m) or 'see the run in dagster dev'}"
        )
    after = warehouse_counts(paths)
    out = {
        **after,
        "new_documents": after["documents"] - before["documents"],
        "new_events": after["events"] - before["events"],
        "digest": _digest_path(result, paths),
        "warehouse": str(paths.warehouse),
        "exports": str(paths.exports),
        "dagster_home": str(paths.dagster_home),
        "run_id": result.run_id,
        "seconds": round(time.monotonic() - started, 1),
    }
    return out


def run_demo(paths: Paths, progress: Progress = print) -> dict:
    """Serve the bundled sample site on loopback and run the whole graph against it."""
    from spiders.samplesite import serve_sample_site

    paths.root.mkdir(parents=True, exist_ok=True)
    with serve_sample_site(slow_seconds=DEMO_SLOW_SECONDS) as site:
        sources = site.write_sources(paths.root / DEMO_SOURCES)
        progress(f"Sample site serving on {site.base_url}; sources in {sources}")
        result = run_graph(paths, Config(sources=Path(sources)), Path(sources), progress)
    return result


def run_once(paths: Paths, config: Config, progress: Progress = print) -> dict:
    """Run the whole graph once against the configured sources, without the scheduler."""
    return run_graph(paths, config, config.sources, progress)
