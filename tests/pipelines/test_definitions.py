"""The Dagster definitions load, validate, and describe the graph, checks and instance the design asks for."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipelines.checks import (
    documents_have_text_and_source,
    events_point_at_documents,
    yield_collapsed,
)
from pipelines.config import Paths
from pipelines.definitions import defs
from pipelines.demo import dagster_home, instance_config, prepare_instance
from pipelines.resources import SMTP_ENV, MailResource, WarehouseResource

REPO = Path(__file__).resolve().parents[2]
DAGSTER = Path(sys.executable).with_name("dagster")

GROUPS = {
    "raw_feeds": "crawl",
    "raw_api_records": "crawl",
    "raw_sitemap_articles": "crawl",
    "raw_listing_articles": "crawl",
    "documents": "warehouse",
    "events": "extraction",
    "event_clusters": "clusters",
    "parquet_export": "export",
    "digest": "digest",
}


def test_defs_can_load() -> None:
    graph = defs.resolve_asset_graph()
    groups = {
        key.to_user_string(): graph.get(key).group_name for key in graph.materializable_asset_keys
    }
    assert groups == GROUPS
    assert {j.name for j in defs.resolve_all_job_defs()} >= {
        "crawl_job",
        "processing_job",
        "digest_job",
    }
    assert set(defs.resources) == {"warehouse", "crawler", "mail"}


def test_dagster_definitions_validate_passes(tmp_path: Path) -> None:
    env = {**os.environ, "ORELINE_DATA": str(tmp_path / "data")}
    env.pop("DAGSTER_HOME", None)
    proc = subprocess.run(
        [str(DAGSTER), "definitions", "validate", "-m", "pipelines.definitions"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Validation successful" in proc.stderr + proc.stdout


def test_pyproject_points_dagster_dev_at_the_definitions() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '[tool.dagster]\nmodule_name = "pipelines.definitions"' in text


@pytest.mark.parametrize(
    ("asset", "check", "blocking"),
    [
        ("documents", "documents_have_text_and_source", True),
        ("events", "events_point_at_documents", True),
        ("events", "event_yield_holds", False),
    ],
)
def test_checks_block_where_bad_data_would_spread(asset: str, check: str, blocking: bool) -> None:
    key = dg.AssetCheckKey(dg.AssetKey(asset), check)
    checks = {
        spec.key: spec for checks_def in defs.asset_checks or [] for spec in checks_def.check_specs
    }
    assert checks[key].blocking is blocking


@pytest.mark.parametrize(
    ("asset", "retries"),
    [("raw_feeds", 2), ("digest", 2), ("documents", None)],
)
def test_network_steps_retry(asset: str, retries: int | None) -> None:
    assets_def = defs.resolve_assets_def(asset)
    policy = assets_def.op.retry_policy
    assert (policy.max_retries if policy else None) == retries


def test_writers_share_the_warehouse_pool() -> None:
    for name in ("documents", "events", "event_clusters", "parquet_export", "digest"):
        assert defs.resolve_assets_def(name).op.pool == "warehouse", name
    assert defs.resolve_assets_def("raw_feeds").op.pool is None


def test_instance_lives_under_the_data_folder_and_queues_writers(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    home = prepare_instance(paths)
    assert home == tmp_path / "dagster"
    settings = yaml.safe_load((home / "dagster.yaml").read_text(encoding="utf-8"))
    assert settings["storage"]["sqlite"]["base_dir"] == str(home / "storage")
    assert settings["telemetry"]["enabled"] is False
    with dagster_home(paths) as instance:
        assert os.environ["DAGSTER_HOME"] == str(home)
        assert instance.run_coordinator.__class__.__name__ == "QueuedRunCoordinator"
        limits = instance.get_concurrency_config().run_queue_config.tag_concurrency_limits
        assert {
            "key": "oreline/writes",
            "value": {"applyLimitPerUniqueValue": True},
            "limit": 1,
        } in limits
        assert instance.get_concurrency_config().pool_config.default_pool_limit == 1
        assert Path(instance.root_directory).resolve() == home.resolve()
    # A second preparation leaves the file alone.
    before = (home / "dagster.yaml").stat().st_mtime_ns
    prepare_instance(paths)
    assert (home / "dagster.yaml").stat().st_mtime_ns == before


def test_repository_dagster_yaml_is_what_the_data_folder_copy_starts_from(tmp_path: Path) -> None:
    root = yaml.safe_load((REPO / "dagster.yaml").read_text(encoding="utf-8"))
    copy = instance_config(Paths(tmp_path))
    assert copy["concurrency"] == root["concurrency"]
    assert root["storage"]["sqlite"]["base_dir"].startswith("data/")


def test_mail_resource_reads_the_smtp_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in SMTP_ENV.values():
        monkeypatch.delenv(var, raising=False)
    assert MailResource.from_environment().host is None
    monkeypatch.setenv("ORELINE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ORELINE_SMTP_PASSWORD", "s3cret")
    resource = MailResource.from_environment()
    # The secret stays an EnvVar reference in the definitions, resolved only at run time.
    assert isinstance(resource.password, dg.EnvVar)
    assert resource.password.env_var_name == "ORELINE_SMTP_PASSWORD"

    @dg.asset
    def probe(mail: MailResource) -> dg.MaterializeResult:
        return dg.MaterializeResult(metadata={"host": mail.host, "can_send": str(mail.can_send)})

    result = dg.materialize([probe], resources={"mail": resource})
    (mat,) = result.asset_materializations_for_node("probe")
    assert mat.metadata["host"].value == "127.0.0.1"
    assert mat.metadata["can_send"].value == "True"


def _warehouse_with(tmp_path: Path, documents: list[dict], events: list[dict]) -> WarehouseResource:
    from warehouse.db import connect

    resource = WarehouseResource(data=str(tmp_path))
    now = datetime.now(UTC).replace(tzinfo=None)
    with connect(resource.paths.warehouse) as con:
        for doc in documents:
            con.execute(
                "INSERT INTO documents (doc_id, url, source_id, text, fetched_at, is_current)"
                " VALUES (?, ?, ?, ?, ?, TRUE)",
                [
                    doc["doc_id"],
                    f"http://127.0.0.1/{doc['doc_id']}",
                    doc["source_id"],
                    doc["text"],
                    now,
                ],
            )
        for n, event in enumerate(events):
            con.execute(
                "INSERT INTO events (event_id, doc_id, action, extractor_version) VALUES (?, ?, ?, ?)",
                [f"e{n}", event["doc_id"], "export_control", "test"],
            )
    return resource


GOOD = {"doc_id": "d1", "source_id": "state_press", "text": "China restricts gallium exports."}


@pytest.mark.parametrize(
    ("documents", "passed"),
    [
        ([GOOD], True),
        ([GOOD, {**GOOD, "doc_id": "d2", "text": "   "}], False),
        ([GOOD, {**GOOD, "doc_id": "d3", "text": None}], False),
        ([{**GOOD, "source_id": None}], False),
    ],
)
def test_documents_check(tmp_path: Path, documents: list[dict], passed: bool) -> None:
    warehouse = _warehouse_with(tmp_path, documents, [])
    assert documents_have_text_and_source(warehouse=warehouse).passed is passed


@pytest.mark.parametrize(
    ("events", "passed"),
    [([], True), ([{"doc_id": "d1"}], True), ([{"doc_id": "d1"}, {"doc_id": "gone"}], False)],
)
def test_events_check(tmp_path: Path, events: list[dict], passed: bool) -> None:
    warehouse = _warehouse_with(tmp_path, [GOOD], events)
    assert events_point_at_documents(warehouse=warehouse).passed is passed


@pytest.mark.parametrize(
    ("recent", "recent_share", "base", "base_share", "collapsed"),
    [
        (50, 0.05, 300, 0.40, True),  # an extractor silently broke
        (50, 0.30, 300, 0.40, False),  # a quieter day
        (5, 0.0, 300, 0.40, False),  # too few documents today to judge
        (50, 0.0, 10, 0.40, False),  # no history yet (a fresh data folder)
        (50, 0.0, 300, 0.0, False),  # the week before had no events either
    ],
)
def test_yield_collapse_needs_history_and_a_real_drop(
    recent: int, recent_share: float, base: int, base_share: float, collapsed: bool
) -> None:
    figures = {
        "recent_documents": recent,
        "recent_share": recent_share,
        "baseline_documents": base,
        "baseline_share": base_share,
    }
    assert yield_collapsed(figures) is collapsed


def test_yield_figures_compare_the_last_day_with_the_week_before(tmp_path: Path) -> None:
    from nlp import EXTRACTOR_VERSION
    from pipelines.checks import yield_figures
    from warehouse.db import connect

    resource = WarehouseResource(data=str(tmp_path))
    now = datetime.now(UTC).replace(tzinfo=None)
    with connect(resource.paths.warehouse) as con:
        for n in range(30):
            fetched = now - timedelta(days=3 if n < 20 else 0, hours=1)
            doc_id = f"d{n}"
            con.execute(
                "INSERT INTO documents (doc_id, source_id, text, fetched_at, is_current)"
                " VALUES (?, 's', 't', ?, TRUE)",
                [doc_id, fetched],
            )
            con.execute(
                "INSERT INTO extractions (doc_id, extractor_version, extracted_at) VALUES (?, ?, ?)",
                [doc_id, EXTRACTOR_VERSION, now],
            )
            if n < 10 or n == 20:  # half the older documents yield events, one in ten of today's
                con.execute(
                    "INSERT INTO events (event_id, doc_id, action, extractor_version)"
                    " VALUES (?, ?, 'deal', ?)",
                    [f"e{n}", doc_id, EXTRACTOR_VERSION],
                )
    figures = yield_figures(resource)
    assert figures["recent_documents"] == 10 and figures["baseline_documents"] == 20
    assert figures["recent_share"] == pytest.approx(0.1)
    assert figures["baseline_share"] == pytest.approx(0.5)
    assert yield_collapsed(figures) is True


def test_digest_partition_for_a_missed_day_is_sent_over_smtp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backfilling one day's partition sends that day's digest through the mail resource; a
    refused address is reported, not retried (it would be refused again)."""
    from digest_data import DAY, fill, history, standard
    from smtp_server import serve_smtp

    from pipelines.assets.digest import digest

    for var in list(os.environ):
        if var.startswith(("ORELINE_SMTP_", "ORELINE_MAIL_")):
            monkeypatch.delenv(var)
    paths = Paths(tmp_path / "data")
    fill(paths.warehouse, standard() + history())
    paths.config_file.write_text(
        "digest:\n  recipients: [alice@example.org, bob@example.org]\n", encoding="utf-8"
    )
    with serve_smtp(tmp_path / "tls", reject=["bob@example.org"]) as server:
        for key, value in server.env().items():
            monkeypatch.setenv(key, value)
        result = dg.materialize(
            [digest],
            partition_key=DAY.isoformat(),
            resources={
                "warehouse": WarehouseResource(data=str(paths.root)),
                "mail": MailResource.from_environment(),
            },
        )
        assert [m.rcpt_tos for m in server.messages] == [["alice@example.org"]]
    (mat,) = result.asset_materializations_for_node("digest")
    assert mat.partition == DAY.isoformat()
    assert mat.metadata["transport"].value == "smtp"
    assert "bob@example.org" in str(mat.metadata["rejected"].value)


def test_mail_settings_are_lent_to_the_sender_only_for_the_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ORELINE_SMTP_HOST", "127.0.0.1")
    monkeypatch.delenv("ORELINE_SMTP_PORT", raising=False)
    resource = MailResource(host="127.0.0.2", port="2525")
    with resource.environment():
        assert os.environ["ORELINE_SMTP_HOST"] == "127.0.0.2"
        assert os.environ["ORELINE_SMTP_PORT"] == "2525"
        assert "ORELINE_SMTP_PASSWORD" not in os.environ
    assert os.environ["ORELINE_SMTP_HOST"] == "127.0.0.1"
    assert "ORELINE_SMTP_PORT" not in os.environ
