"""The raw landing zone writer: gzip JSON lines under a .part name, renamed only when the crawl closes."""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import secrets
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOGGER = logging.getLogger(__name__)


def new_run_id(now: datetime | None = None) -> str:
    """A run id that sorts by time and never collides: YYYYmmddTHHMMSSZ-<8 hex>."""
    now = now or datetime.now(UTC)
    return f"{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(4)}"


def raw_path(data_dir: str | Path, run_id: str) -> Path:
    """DATA/raw/YYYY-MM-DD/<run_id>.jsonl.gz, the day taken from the run id."""
    day = f"{run_id[0:4]}-{run_id[4:6]}-{run_id[6:8]}"
    return Path(data_dir) / "raw" / day / f"{run_id}.jsonl.gz"


class LandingWriter:
    """Append records to one landing file; a crash before close() leaves only a .part file."""

    def __init__(self, data_dir: str | Path, run_id: str):
        self.run_id = run_id
        self.path = raw_path(data_dir, run_id)
        self.part = self.path.with_name(self.path.name + ".part")
        self.part.parent.mkdir(parents=True, exist_ok=True)
        # A large buffer under the gzip stream: one disk write per megabyte, not per block.
        self._raw = open(self.part, "wb", buffering=1 << 20)  # noqa: SIM115 - closed in close()
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", compresslevel=3)
        self._fh = io.TextIOWrapper(self._gz, encoding="utf-8")
        self.counts: Counter[str] = Counter()
        self.failed_fetches = 0
        self.closed = False

    def write(self, record: dict[str, Any]) -> None:
        if self.closed:
            raise ValueError(f"landing file {self.path} already closed")
        record = {"type": record["type"], "run_id": self.run_id, **record}
        record["run_id"] = self.run_id
        self._fh.write(json.dumps(record, ensure_ascii=False, default=str))
        self._fh.write("\n")
        self.counts[record["type"]] += 1
        if record["type"] == "fetch" and (
            record.get("error") or (record.get("status") or 0) >= 400
        ):
            self.failed_fetches += 1

    def close(self) -> Path:
        """Finish the gzip stream, flush it to disk and give the file its final name."""
        if self.closed:
            return self.path
        self._fh.close()  # closes the gzip stream; its file object stays ours to close
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        os.replace(self.part, self.path)
        self.closed = True
        LOGGER.info("landing file %s: %s", self.path, dict(self.counts))
        return self.path

    def abandon(self) -> None:
        """Close without publishing: the .part stays behind as evidence and is never loaded."""
        if not self.closed:
            self._fh.close()
            self._raw.close()
            self.closed = True
