"""The outside systems the assets touch, as typed Dagster resources configured per deployment."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import dagster as dg

from pipelines.config import Config, Paths, data_dir, load_config
from pipelines.errors import ConfigError

LOGGER = logging.getLogger(__name__)

SMTP_ENV = {
    "host": "ORELINE_SMTP_HOST",
    "port": "ORELINE_SMTP_PORT",
    "username": "ORELINE_SMTP_USERNAME",
    "password": "ORELINE_SMTP_PASSWORD",
    "security": "ORELINE_SMTP_SECURITY",
    "mail_from": "ORELINE_MAIL_FROM",
}


class WarehouseResource(dg.ConfigurableResource):
    """The data folder: warehouse file, landing zone, outbox and exports all live under it."""

    data: str
    config_file: str | None = None

    @property
    def paths(self) -> Paths:
        return Paths(Path(self.data).expanduser().resolve())

    def settings(self) -> Config:
        """The operator's config (schedules, recipients, sources) for this data folder."""
        return load_config(self.paths.root, self.config_file)


class CrawlerResource(dg.ConfigurableResource):
    """Which sources file the crawl reads; empty means the config's, else the packaged default."""

    sources: str | None = None

    def sources_path(self, config: Config) -> Path:
        from pipelines.stages import sources_file

        return sources_file(config, Path(self.sources) if self.sources else None)


class MailResource(dg.ConfigurableResource):
    """Outgoing mail settings; without a host the digest goes to the outbox as .eml files."""

    host: str | None = None
    port: str | None = None
    username: str | None = None
    password: str | None = None
    security: str | None = None
    mail_from: str | None = None

    @classmethod
    def from_environment(cls) -> MailResource:
        """Bind each ORELINE_SMTP_* variable that is set through EnvVar, so secrets stay out of config."""
        return cls(
            **{field: dg.EnvVar(var) for field, var in SMTP_ENV.items() if os.environ.get(var)}
        )

    @property
    def can_send(self) -> bool:
        return bool(self.host)

    @contextmanager
    def environment(self) -> Iterator[None]:
        """Expose these settings as the ORELINE_SMTP_* variables the digest sender reads."""
        saved = {var: os.environ.get(var) for var in SMTP_ENV.values()}
        try:
            for field, var in SMTP_ENV.items():
                value = getattr(self, field)
                if value:
                    os.environ[var] = str(value)
                else:
                    os.environ.pop(var, None)
            yield
        finally:
            for var, value in saved.items():
                if value is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = value


@lru_cache(maxsize=1)
def deployment_config() -> Config:
    """The config of the default data folder, read once when the definitions load."""
    try:
        return load_config(data_dir())
    except ConfigError as exc:
        # The UI must still load so the operator can see the problem; schedules fall back.
        LOGGER.error("config not usable, using defaults: %s", exc)
        return Config()


def make_resources(data: Path | None = None, sources: Path | None = None) -> dict:
    """The resource set for one data folder (the default one when none is given)."""
    return {
        "warehouse": WarehouseResource(data=str(data or data_dir())),
        "crawler": CrawlerResource(sources=str(sources) if sources else None),
        "mail": MailResource.from_environment(),
    }
