"""Open the warehouse file: migrated on open, bounded wait while another process writes."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from warehouse.errors import MigrationError, SchemaTooNew, WarehouseBusy

LOGGER = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BLOC_MEMBERS_CSV = Path(__file__).with_name("data") / "bloc_members.csv"
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_LOCK_MARKERS = ("could not set lock", "conflicting lock")


def migrations() -> list[tuple[int, Path]]:
    """The numbered migration files shipped with this code, in order."""
    found = []
    for path in MIGRATIONS_DIR.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def code_schema_version() -> int:
    """The newest schema version this code knows."""
    known = migrations()
    return known[-1][0] if known else 0


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    if isinstance(exc, duckdb.IOException) and any(m in text for m in _LOCK_MARKERS):
        return True
    # Same process, other configuration (read-only vs read-write) still open: also "busy".
    return isinstance(exc, duckdb.ConnectionException) and "different configuration" in text


def _open(db_path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying with backoff while another process holds the lock."""
    deadline = time.monotonic() + max(timeout, 0.0)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(db_path), read_only=read_only)
        except (duckdb.IOException, duckdb.ConnectionException) as exc:
            if not _is_lock_error(exc):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise WarehouseBusy(
                    f"the warehouse {db_path} is busy: another process is writing to it and "
                    f"did not finish within {timeout:g} s; try again when it is done "
                    f"(DuckDB allows one writing process). Detail: {exc}"
                ) from exc
            LOGGER.debug("warehouse %s locked, retrying in %.2f s", db_path, delay)
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 1.0)


def _applied_version(con: duckdb.DuckDBPyConnection) -> int:
    try:
        rows = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()
    except duckdb.CatalogException:
        return 0  # a new, empty file
    return rows[0][0]


def _seed_digest() -> str:
    return (
        hashlib.sha256(BLOC_MEMBERS_CSV.read_bytes()).hexdigest()
        if BLOC_MEMBERS_CSV.exists()
        else ""
    )


def _seed_current(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT value FROM warehouse_meta WHERE key = 'bloc_members_sha256'"
    ).fetchall()
    return bool(rows) and rows[0][0] == _seed_digest()


def _check_not_newer(db_path: Path, version: int) -> None:
    known = code_schema_version()
    if version > known:
        raise SchemaTooNew(
            f"the warehouse {db_path} has schema version {version}, but this Oreline knows "
            f"only up to version {known}: it was written by a newer release. Upgrade Oreline "
            f"(or point --data at another folder); the file was not changed."
        )


def _seed_bloc_members(con: duckdb.DuckDBPyConnection) -> None:
    """Replace bloc_members with the packaged CSV (knowledge lives in the data file)."""
    con.execute("DELETE FROM bloc_members")
    if BLOC_MEMBERS_CSV.exists():
        con.execute(
            """
            INSERT INTO bloc_members (bloc, country, joined, "left", note)
            SELECT bloc, country, TRY_CAST(joined AS DATE), TRY_CAST("left" AS DATE), note
            FROM read_csv(?, header = true, all_varchar = true, comment = '#')
            """,
            [str(BLOC_MEMBERS_CSV)],
        )
    con.execute(
        "INSERT OR REPLACE INTO warehouse_meta VALUES ('bloc_members_sha256', ?)",
        [_seed_digest()],
    )


def migrate(con: duckdb.DuckDBPyConnection, db_path: Path) -> int:
    """Apply pending migrations and refresh the bloc seed, all in one transaction."""
    version = _applied_version(con)
    _check_not_newer(db_path, version)
    pending = [(v, p) for v, p in migrations() if v > version]
    if not pending and _seed_current(con):
        return version
    con.execute("BEGIN TRANSACTION")
    try:
        for number, path in pending:
            LOGGER.info("applying migration %s to %s", path.name, db_path)
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)",
                [number, datetime.now(UTC).replace(tzinfo=None)],
            )
        if not _seed_current(con):
            _seed_bloc_members(con)
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        raise MigrationError(
            f"migrating {db_path} failed and was rolled back (the file is unchanged): {exc}"
        ) from exc
    return pending[-1][0] if pending else version


@contextmanager
def connect(
    db_path: str | Path, read_only: bool = False, timeout: float = 30.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a migrated connection to the warehouse file and close it afterwards.

    The parent folder is created. A file locked by a writing process is retried with
    backoff for up to ``timeout`` seconds, then ``WarehouseBusy`` is raised. A file whose
    schema is newer than this code raises ``SchemaTooNew``. A read-only open of a file that
    is missing or out of date first migrates it through a short read-write open.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    con = None
    if read_only and db_path.exists():
        con = _open(db_path, read_only=True, timeout=timeout)
        try:
            version = _applied_version(con)
            _check_not_newer(db_path, version)
            current = version == code_schema_version() and _seed_current(con)
        except BaseException:
            con.close()
            raise
        if not current:
            con.close()
            con = None
    if con is None:
        if read_only:
            # Missing or out of date: a short read-write open brings it up to date first.
            with connect(db_path, read_only=False, timeout=timeout):
                pass
        remaining = max(timeout - (time.monotonic() - started), 0.0)
        con = _open(db_path, read_only=read_only, timeout=remaining)
    try:
        if not read_only:
            migrate(con, db_path)
        else:
            _check_not_newer(db_path, _applied_version(con))
        yield con
    finally:
        con.close()
