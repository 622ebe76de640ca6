"""The whole graph through Dagster against the loopback sample site, as `oreline demo` runs it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipelines.config import Paths, load_config
from pipelines.demo import dagster_home, graph, run_demo, run_once, warehouse_counts
from pipelines.resources import make_resources

pytestmark = pytest.mark.slow

DAGSTER = Path(sys.executable).with_name("dagster")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Paths, dict, list[str]]:
    """One demo run on a fresh data folder, shared by the tests that read its results."""
    paths = Paths(tmp_path_factory.mktemp("demo") / "data")
    lines: list[str] = []
    result = run_demo(paths, progress=lines.append)
    return paths, result, lines


def _scalar(paths: Paths, sql: str) -> object:
    from warehouse.db import connect

    with connect(paths.warehouse, read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_demo_fills_the_warehouse_outbox_and_exports(demo) -> None:
    paths, result, _ = demo
    assert result["documents"] >= 20
    assert result["events"] > 0 and result["clusters"] > 0
    assert result["documents"] == result["new_documents"]
    assert Path(result["warehouse"]) == paths.warehouse and paths.warehouse.exists()
    digest = Path(result["digest"])
    assert digest.parent == paths.outbox and digest.suffix == ".eml"
    assert "Subject:" in digest.read_text(encoding="utf-8", errors="replace")
    assert any(paths.exports.rglob("*.parquet"))
    # Every document got its extraction, every source of the sample site was seen.
    assert _scalar(paths, "SELECT count(*) FROM documents d WHERE is_current AND NOT EXISTS "
                   "(SELECT 1 FROM extractions x WHERE x.doc_id = d.doc_id)") == 0  # fmt: skip
    assert _scalar(paths, "SELECT count(DISTINCT kind) FROM sources") == 4


def test_demo_went_through_dagster_with_checks_passing(demo) -> None:
    paths, result, lines = demo
    with dagster_home(paths) as instance:
        run = instance.get_run_by_id(result["run_id"])
        assert run.status == dg.DagsterRunStatus.SUCCESS
        assert run.tags["oreline/writes"] == "warehouse"
        checks = instance.event_log_storage.get_asset_check_execution_history(
            dg.AssetCheckKey(dg.AssetKey("documents"), "documents_have_text_and_source"), limit=1
        )
        assert checks and checks[0].status.value == "SUCCEEDED"
        assert instance.get_latest_materialization_event(dg.AssetKey("digest")) is not None
    for stage in ("crawl:", "load:", "extract:", "cluster:", "digest", "export:"):
        assert any(stage in line for line in lines), stage


def test_running_the_demo_twice_adds_nothing(demo) -> None:
    paths, first, _ = demo
    emails = sorted(p.name for p in paths.outbox.rglob("*.eml"))
    again = run_demo(paths, progress=lambda line: None)
    assert again["new_documents"] == 0 and again["new_events"] == 0
    for key in ("documents", "events", "clusters"):
        assert again[key] == first[key], key
    assert sorted(p.name for p in paths.outbox.rglob("*.eml")) == emails


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_failing_source_is_logged_not_a_failed_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`oreline run` with a config whose only source is down: the run succeeds, the fetch log says why."""
    monkeypatch.setenv("ORELINE_CRAWL_RETRY_TIMES", "0")  # refused at once; no need to insist
    paths = Paths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    dead = {
        "id": "dead_feed",
        "name": "A feed nobody serves",
        "kind": "feed",
        "url": f"http://127.0.0.1:{_closed_port()}/feed.xml",
        "publisher": "news",
        "country": "USA",
    }
    (paths.root / "sources.yaml").write_text(
        yaml.safe_dump({"allow_private_network": True, "sources": [dead]}), encoding="utf-8"
    )
    paths.config_file.write_text("sources: sources.yaml\n", encoding="utf-8")
    result = run_once(paths, load_config(paths.root), progress=lambda line: None)
    assert result["documents"] == 0
    errors = _scalar(
        paths, "SELECT count(*) FROM fetches WHERE source_id = 'dead_feed' AND error IS NOT NULL"
    )
    assert errors >= 1
    with dagster_home(paths) as instance:
        assert instance.get_run_by_id(result["run_id"]).status == dg.DagsterRunStatus.SUCCESS
        event = instance.get_latest_materialization_event(dg.AssetKey("raw_feeds"))
        assert event.asset_materialization.metadata["failed_sources"].value == ["dead_feed"]


def _count_duplicates(paths: Paths) -> dict:
    return {
        "documents": _scalar(paths, "SELECT count(*) - count(DISTINCT doc_id) FROM documents"),
        "extractions": _scalar(
            paths,
            "SELECT count(*) - count(DISTINCT (doc_id, extractor_version)) FROM extractions",
        ),
        "orphan_events": _scalar(
            paths,
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.doc_id = e.doc_id)",
        ),
        "raw_files": _scalar(paths, "SELECT count(*) - count(DISTINCT path) FROM raw_files"),
    }


def _executor(instance: dg.DagsterInstance, run_id: str) -> str:
    """Which executor ran a run, from the engine's own log lines."""
    lines = [
        e.dagster_event.message or ""
        for e in instance.all_logs(run_id, of_type=dg.DagsterEventType.ENGINE_EVENT)
    ]
    if any("multiprocess" in line for line in lines):
        return "multiprocess"
    return "in_process" if any("in process" in line for line in lines) else "unknown"


def test_two_runs_launched_together_leave_one_consistent_warehouse(demo, tmp_path: Path) -> None:
    """An ad hoc load on the multiprocess executor and a processing run, at the same time.

    The first is another process (its steps in processes of their own, so the assets need
    nothing from their parent); the second runs here. Both write the same DuckDB file.
    """
    demo_paths, result, _ = demo
    paths = Paths(tmp_path / "data")
    shutil.copytree(demo_paths.raw, paths.raw)
    with dagster_home(paths):
        pass  # create the instance's storage once, before two processes race to do it
    env = {**os.environ, "ORELINE_DATA": str(paths.root), "DAGSTER_HOME": str(paths.dagster_home)}
    command = [str(DAGSTER), "asset", "materialize", "-m", "pipelines.definitions"]
    other = subprocess.Popen(
        [*command, "--select", "documents"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        processing = [a for a in graph() if not _in_groups(a, {"crawl", "digest"})]
        with dagster_home(paths) as instance:
            here = dg.materialize(
                processing,
                instance=instance,
                resources=make_resources(paths.root),
                tags={"oreline/writes": "warehouse"},
            )
        out = other.communicate(timeout=240)[0].decode(errors="replace")
    finally:
        if other.poll() is None:
            other.kill()
    assert here.success
    assert other.returncode == 0, out[-3000:]
    assert _count_duplicates(paths) == dict.fromkeys(
        ("documents", "extractions", "orphan_events", "raw_files"), 0
    )
    assert warehouse_counts(paths)["documents"] == result["documents"]
    assert _scalar(paths, "SELECT count(*) FROM raw_files WHERE status = 'loaded'") == len(
        list(paths.raw.rglob("*.jsonl.gz"))
    )
    assert _scalar(paths, "SELECT count(*) FROM events") > 0
    with dagster_home(paths) as instance:
        runs = instance.get_runs()
        assert len(runs) == 2 and all(r.status == dg.DagsterRunStatus.SUCCESS for r in runs)
        executors = sorted(_executor(instance, r.run_id) for r in runs)
        assert executors == ["in_process", "multiprocess"]


def _in_groups(definition, groups: set[str]) -> bool:
    """True when an assets definition (or a check's asset) belongs to one of the groups."""
    keys = getattr(definition, "keys", set())
    group_names = getattr(definition, "group_names_by_key", {})
    return bool(keys) and all(group_names.get(k) in groups for k in keys)
