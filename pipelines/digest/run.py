"""Compose, render and deliver one day's digest to every recipient, at most once each."""

from __future__ import annotations

import base64
import fcntl
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from email.headerregistry import Address
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pipelines.config import Config, Paths, Recipient
from pipelines.digest import chart, ledger, message, render, select
from pipelines.digest import send as transport
from pipelines.errors import ConfigError, MailError
from warehouse.db import connect

LOGGER = logging.getLogger(__name__)

DEFAULT_TO = "digest@localhost"
TREND_DAYS = 30


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """One digest run per data folder at a time, so two runs cannot both send."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".digest.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recipients(config: Config, to: Sequence[str], env_to: str | None) -> list[Recipient]:
    """Configured readers, then ad-hoc --to ones (unfiltered); a default when there are none."""
    chosen: dict[str, Recipient] = {}
    for r in config.recipients:
        chosen.setdefault(ledger.recipient_key(r.address), r)
    for address in to:
        try:
            parsed = message.parse_address(address, "--to")
        except MailError as exc:
            raise ConfigError(str(exc)) from exc
        chosen.setdefault(ledger.recipient_key(parsed.addr_spec), Recipient(parsed.addr_spec))
    if not chosen:
        fallback = (env_to or "").strip() or DEFAULT_TO
        try:
            parsed = message.parse_address(fallback, "ORELINE_MAIL_TO")
        except MailError as exc:
            raise ConfigError(str(exc)) from exc
        chosen[ledger.recipient_key(parsed.addr_spec)] = Recipient(parsed.addr_spec)
    return list(chosen.values())


def _to_header(recipient: Recipient) -> Address:
    local, _, domain = recipient.address.rpartition("@")
    return Address(display_name=select.clean_text(recipient.name), username=local, domain=domain)


def write_preview(path: Path, digest: render.Digest, png: bytes) -> Path:
    """The HTML as a browser opens it from disk: the chart as a data: URI (no cid there)."""
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render.render_html(digest, uri), encoding="utf-8")
    LOGGER.info("wrote preview %s", path)
    return path


def run_digest(
    paths: Paths,
    config: Config,
    day: date | None = None,
    send: bool = False,
    to: Sequence[str] = (),
    preview: Path | None = None,
) -> dict[str, Any]:
    """Render `day`'s digest (default: today in config.timezone) for each recipient.

    send=False writes .eml files to the outbox; send=True uses SMTP when
    ORELINE_SMTP_HOST is set, else the outbox. A recipient whose digest for the day is
    already 'sent' is skipped; one already in the outbox is skipped unless this run sends
    by SMTP. Returns {"date", "items", "transport", "preview", "recipients": [{"address",
    "status", "message_id", "items", "path", "error"}]} where status is sent | outbox |
    rejected | failed | skipped (done before) | empty (nothing to say, empty_day: skip).
    """
    tz = config.timezone
    day = day or datetime.now(ZoneInfo(tz)).date()
    settings = transport.SmtpSettings.from_env()
    try:
        sender = message.parse_address(settings.mail_from, "ORELINE_MAIL_FROM")
    except MailError as exc:
        raise ConfigError(str(exc)) from exc
    domain = message.domain_of(sender)
    readers = recipients(config, to, os.environ.get("ORELINE_MAIL_TO"))
    by_smtp = bool(send and settings.host)
    if send and not settings.host:
        LOGGER.info("--send without ORELINE_SMTP_HOST: writing to the outbox instead")
    start = day - timedelta(days=max(config.lookback_days, 1) - 1)
    result: dict[str, Any] = {
        "date": day.isoformat(),
        "items": 0,
        "transport": "smtp" if by_smtp else "outbox",
        "preview": None,
        "recipients": [],
    }
    with _exclusive(paths.outbox):
        with connect(paths.warehouse) as con:
            earliest = min(start, day - timedelta(days=TREND_DAYS - 1))
            history = select.clusters_seen(con, earliest, day, tz)
            members = select.bloc_members(con)
            done = ledger.previous(con, day)
        day_items = select.seen_between(history, start, day, tz)
        result["items"] = len(day_items)
        smtp = (
            transport.SmtpSender(settings, envelope_from=sender.addr_spec, helo=domain)
            if by_smtp
            else None
        )
        stopped: str | None = None
        try:
            for n, reader in enumerate(readers):
                wanted = select.Filter.of(reader)
                mine = select.for_recipient(day_items, wanted, members)
                axis, counts = select.daily_counts(
                    select.for_recipient(history, wanted, members), day, tz, TREND_DAYS
                )
                digest = render.Digest(day, reader, select.sectioned(mine), wanted, counts)
                if preview is not None and n == 0:
                    png = chart.trend_png(axis, counts)
                    result["preview"] = str(write_preview(Path(preview), digest, png))
                key = ledger.recipient_key(reader.address)
                msgid = message.message_id(day, key, domain)
                row = {
                    "address": reader.address,
                    "status": None,
                    "message_id": msgid,
                    "items": digest.n_items,
                    "path": None,
                    "error": None,
                }
                result["recipients"].append(row)
                before = done.get(key, (None, None))[0]
                if before == "sent" or (before == "outbox" and not by_smtp):
                    row["status"] = "skipped"
                    row["error"] = f"already {before} for {day.isoformat()}"
                    if before == "outbox":
                        row["path"] = str(transport.outbox_path(paths.outbox, day, key))
                    continue
                if not digest.n_items and config.empty_day == "skip":
                    row["status"] = "empty"
                    continue
                cid = message.chart_cid(day, domain)
                msg = message.build(
                    day=day,
                    sender=sender,
                    to=_to_header(reader),
                    subject=render.subject(day, digest.n_items),
                    text=render.render_text(digest),
                    html=render.render_html(digest, f"cid:{cid}"),
                    chart_png=chart.trend_png(axis, counts),  # cached per distinct chart
                    cid=cid,
                    msgid=msgid,
                )
                if stopped:
                    row["status"], row["error"] = "failed", stopped
                elif smtp is not None:
                    try:
                        outcome = smtp.send(msg, reader.address)
                        row["status"], row["error"] = outcome.status, outcome.error
                    except MailError as exc:
                        stopped = str(exc)
                        LOGGER.error("sending stopped: %s", stopped)
                        row["status"], row["error"] = "failed", stopped
                else:
                    path = transport.write_outbox(paths.outbox, day, key, msg)
                    row["status"], row["path"] = "outbox", str(path)
                with connect(paths.warehouse) as con:
                    ledger.record(con, day, key, msgid, row["status"], row["error"], digest.n_items)
        finally:
            if smtp is not None:
                smtp.close()
    counts_by_status: dict[str, int] = {}
    for row in result["recipients"]:
        counts_by_status[row["status"]] = counts_by_status.get(row["status"], 0) + 1
    LOGGER.info("digest %s: %d items, %s", day, result["items"], counts_by_status)
    return result
