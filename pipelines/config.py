"""Where a run keeps its files and what the operator configured, read once per command.

The data folder holds everything a run writes (warehouse, landing zone, outbox,
Dagster storage), so a temp folder isolates a whole run. The optional config
file (``--config``, ``ORELINE_CONFIG`` or ``DATA/oreline.yaml``) says which
sources to crawl, the schedules and time zone, and who receives the digest.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from pipelines.errors import ConfigError

LOGGER = logging.getLogger(__name__)

DEFAULT_DATA = "data"
CONFIG_NAME = "oreline.yaml"

_TOP_KEYS = {"sources", "timezone", "schedules", "digest"}
_SCHEDULE_KEYS = {"crawl", "digest"}
_DIGEST_KEYS = {"empty_day", "recipients", "lookback_days"}
_RECIPIENT_KEYS = {"address", "name", "minerals", "countries", "blocs", "actions"}
_ADDRESS = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")


def data_dir(value: str | os.PathLike | None = None) -> Path:
    """The data folder: the argument, else ORELINE_DATA, else ./data."""
    return Path(value or os.environ.get("ORELINE_DATA") or DEFAULT_DATA).expanduser().resolve()


@dataclass(frozen=True)
class Paths:
    """Every location under one data folder, so no module invents its own."""

    root: Path

    @property
    def warehouse(self) -> Path:
        return self.root / "oreline.duckdb"

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def dagster_home(self) -> Path:
        return self.root / "dagster"

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_NAME


@dataclass(frozen=True)
class Recipient:
    """One digest reader and the filters that decide what they see (empty = everything)."""

    address: str
    name: str | None = None
    minerals: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    blocs: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """The operator's settings; every field has a default so no file is needed."""

    sources: Path | None = None
    timezone: str = "UTC"
    crawl_cron: str = "0 */3 * * *"
    digest_cron: str = "0 7 * * *"
    empty_day: str = "note"
    lookback_days: int = 1
    recipients: tuple[Recipient, ...] = field(default_factory=tuple)
    origin: str = "defaults"


def _check_keys(found: dict, allowed: set[str], where: str) -> None:
    for key in found:
        if key not in allowed:
            raise ConfigError(
                f"{where}: unknown key '{key}' (allowed: {', '.join(sorted(allowed))})"
            )


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def parse_config(raw: dict, origin: str, base: Path | None = None) -> Config:
    """Validate a config mapping; errors name the file and the key."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: expected a mapping at the top level")
    _check_keys(raw, _TOP_KEYS, origin)
    sources = raw.get("sources")
    if sources is not None:
        sources = Path(sources).expanduser()
        if not sources.is_absolute() and base is not None:
            sources = base / sources
    tz = raw.get("timezone", "UTC")
    try:
        ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"{origin}: timezone '{tz}' is not a known IANA time zone") from exc
    schedules = raw.get("schedules") or {}
    _check_keys(schedules, _SCHEDULE_KEYS, f"{origin}: schedules")
    digest = raw.get("digest") or {}
    _check_keys(digest, _DIGEST_KEYS, f"{origin}: digest")
    empty_day = digest.get("empty_day", "note")
    if empty_day not in ("note", "skip"):
        raise ConfigError(f"{origin}: digest.empty_day must be 'note' or 'skip', not '{empty_day}'")
    recipients = []
    for n, item in enumerate(digest.get("recipients") or [], 1):
        where = f"{origin}: digest.recipients[{n}]"
        if isinstance(item, str):
            item = {"address": item}
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected an address or a mapping")
        _check_keys(item, _RECIPIENT_KEYS, where)
        address = str(item.get("address", "")).strip()
        if not _ADDRESS.match(address):
            raise ConfigError(f"{where}: '{address}' is not an email address")
        recipients.append(
            Recipient(
                address=address,
                name=item.get("name"),
                **{
                    k: _str_list(item.get(k), f"{where}.{k}")
                    for k in ("minerals", "countries", "blocs", "actions")
                },
            )
        )
    return Config(
        sources=sources,
        timezone=str(tz),
        crawl_cron=str(schedules.get("crawl", Config.crawl_cron)),
        digest_cron=str(schedules.get("digest", Config.digest_cron)),
        empty_day=empty_day,
        lookback_days=int(digest.get("lookback_days", 1)),
        recipients=tuple(recipients),
        origin=origin,
    )


def load_config(data: Path, path: str | os.PathLike | None = None) -> Config:
    """Read the config named, else ORELINE_CONFIG, else DATA/oreline.yaml, else defaults."""
    chosen = path or os.environ.get("ORELINE_CONFIG")
    file = Path(chosen).expanduser() if chosen else Paths(data).config_file
    if not file.exists():
        if chosen:
            raise ConfigError(f"config file {file} does not exist")
        return Config()
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: not valid YAML: {exc}") from exc
    return parse_config(raw, str(file), base=file.parent)
