"""Real processes: concurrent loads serialise, a load killed half-way leaves the file as before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from wh_factories import make_doc, make_fetch

from warehouse.db import connect
from warehouse.load import PAUSE_ENV, load_raw

LOAD = "import sys, json; from warehouse.load import load_raw; print(json.dumps(load_raw(sys.argv[1], sys.argv[2])))"


def _start(db_path, raw_dir, pause=None):
    env = dict(os.environ)
    if pause is not None:
        env[PAUSE_ENV] = str(pause)
    return subprocess.Popen(
        [sys.executable, "-c", LOAD, str(db_path), str(raw_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _state(db_path):
    with connect(db_path, read_only=True) as con:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in (
                "raw_files",
                "documents",
                "document_sightings",
                "fetches",
                "document_bands",
            )
        }


def _docs(prefix, n):
    return [make_doc(f"http://{prefix}/{i}", f"{prefix} story {i} about gallium exports {i * 7}")
            for i in range(n)] + [make_fetch(f"http://{prefix}/{i}") for i in range(n)]  # fmt: skip


@pytest.mark.slow
def test_two_loads_started_together_both_complete_one_after_the_other(db_path, raw_dir, write_raw):
    for name in ("a", "b", "c"):
        write_raw(_docs(name, 20))
    first = _start(db_path, raw_dir, pause=1.0)
    second = _start(db_path, raw_dir, pause=1.0)
    outs = [p.communicate(timeout=120) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], [o[1][-500:] for o in outs]
    state = _state(db_path)
    assert len(state["raw_files"]) == 3
    assert len(state["documents"]) == 60 and len(state["fetches"]) == 60
    assert len({row[0] for row in state["documents"]}) == 60


@pytest.mark.slow
def test_a_load_killed_half_way_leaves_the_file_as_before(db_path, raw_dir, write_raw):
    write_raw(_docs("first", 10))
    load_raw(db_path, raw_dir)
    before = _state(db_path)
    write_raw(_docs("second", 200))
    proc = _start(db_path, raw_dir, pause=60)
    deadline = time.monotonic() + 60
    line = ""
    while "paused before commit" not in line and time.monotonic() < deadline:
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "the load ended before pausing"
    # Rows of the second file are written inside the open transaction: kill it now.
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _state(db_path) == before
    report = load_raw(db_path, raw_dir)
    after = _state(db_path)
    assert report["files_loaded"] == 1 and report["documents_new"] == 200
    assert len(after["documents"]) == 210 and len(after["fetches"]) == 210
    assert len({row[0] for row in after["documents"]}) == 210
    assert load_raw(db_path, raw_dir)["files_loaded"] == 0
