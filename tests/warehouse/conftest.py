"""Fixtures of the warehouse tests: a fresh DuckDB file and a landing zone per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from wh_factories import (
    load_docs,
    write_raw_file,
)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A migrated, seeded warehouse made once: copying it is faster than migrating again."""
    from warehouse.db import connect

    path = tmp_path_factory.mktemp("template") / "oreline.duckdb"
    with connect(path):
        pass
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "data" / "oreline.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "raw"
    path.mkdir(parents=True)
    return path


@pytest.fixture
def write_raw(raw_dir: Path):
    """Write records as a complete landing-zone file; returns its path."""

    def write(records: list[dict], day: str = "2026-11-28", name: str | None = None) -> Path:
        return write_raw_file(raw_dir, records, day, name)

    return write


@pytest.fixture
def add_docs(db_path: Path, raw_dir: Path):
    """load_docs bound to this test's warehouse and landing zone."""

    def add(docs: list[dict], sources: list[dict] | None = None) -> dict[str, str]:
        return load_docs(db_path, raw_dir, docs, sources)

    return add
