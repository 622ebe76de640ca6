"""Hand digests to an SMTP server, or write them to the outbox when there is none.

Settings come from ORELINE_SMTP_* and ORELINE_MAIL_FROM. Transient trouble (4xx replies,
dropped or refused connections, timeouts) is retried with exponential backoff; a 5xx on
RCPT marks that recipient rejected and the others go on; TLS and login failures stop the
run's sending, since every further recipient would fail the same way. The password never
reaches a log line or an error message: texts from the server are scrubbed of it.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import smtplib
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage
from pathlib import Path

from pipelines.errors import ConfigError, MailError

LOGGER = logging.getLogger(__name__)

SECURITY = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
_FALSE = ("0", "false", "no", "off")
_SPACES = re.compile(r"\s+")


def _env_number(env: Mapping[str, str], name: str, default: float, kind: type) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}='{raw}' is not a number") from exc
    if value < 0:
        raise ConfigError(f"{name} must not be negative")
    return value


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send; repr leaves the password out."""

    host: str | None = None
    port: int = 25
    security: str = "none"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    mail_from: str = "Oreline digest <oreline@localhost>"
    cafile: str | None = None
    verify: bool = True
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SmtpSettings:
        """ORELINE_SMTP_HOST/PORT/USERNAME/PASSWORD/SECURITY/CAFILE/VERIFY/TIMEOUT/RETRIES/
        BACKOFF and ORELINE_MAIL_FROM; a bad value raises ConfigError naming the variable."""
        env = os.environ if env is None else env
        security = (env.get("ORELINE_SMTP_SECURITY") or "none").strip().lower()
        if security not in SECURITY:
            raise ConfigError(
                f"ORELINE_SMTP_SECURITY='{security}' is not one of {', '.join(SECURITY)}"
            )
        port = int(_env_number(env, "ORELINE_SMTP_PORT", DEFAULT_PORTS[security], int))
        if not 0 < port < 65536:
            raise ConfigError(f"ORELINE_SMTP_PORT={port} is not a TCP port")
        cafile = (env.get("ORELINE_SMTP_CAFILE") or "").strip() or None
        if cafile and not Path(cafile).is_file():
            raise ConfigError(f"ORELINE_SMTP_CAFILE={cafile} is not a readable file")
        return cls(
            host=(env.get("ORELINE_SMTP_HOST") or "").strip() or None,
            port=port,
            security=security,
            username=env.get("ORELINE_SMTP_USERNAME") or None,
            password=env.get("ORELINE_SMTP_PASSWORD") or None,
            mail_from=(env.get("ORELINE_MAIL_FROM") or cls.mail_from).strip(),
            cafile=cafile,
            verify=(env.get("ORELINE_SMTP_VERIFY") or "true").strip().lower() not in _FALSE,
            timeout=_env_number(env, "ORELINE_SMTP_TIMEOUT", 30.0, float),
            retries=int(_env_number(env, "ORELINE_SMTP_RETRIES", 3, int)),
            backoff=_env_number(env, "ORELINE_SMTP_BACKOFF", 1.0, float),
        )

    def tls_context(self) -> ssl.SSLContext:
        """Verifying by default (system CAs, or ORELINE_SMTP_CAFILE); off only when asked."""
        if self.verify:
            return ssl.create_default_context(cafile=self.cafile)
        LOGGER.warning(
            "ORELINE_SMTP_VERIFY is off: the certificate of %s is not checked", self.host
        )
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context

    def secrets(self) -> list[str]:
        """Strings that must never be shown: the password and its AUTH encodings."""
        found = []
        if self.password:
            user = self.username or ""
            found += [
                self.password,
                base64.b64encode(self.password.encode()).decode(),
                base64.b64encode(f"\0{user}\0{self.password}".encode()).decode(),
            ]
        return [s for s in found if len(s) >= 3]


@dataclass(frozen=True)
class Outcome:
    """What happened to one message: 'sent', 'rejected' or 'failed', with the reason."""

    status: str
    error: str | None = None


class _Transient(Exception):
    """Worth another try after a pause."""


class SmtpSender:
    """One SMTP session reused for every recipient, reopened after a drop."""

    def __init__(self, settings: SmtpSettings, envelope_from: str, helo: str = "localhost"):
        if not settings.host:
            raise MailError("no SMTP host: set ORELINE_SMTP_HOST (or write to the outbox)")
        self.settings = settings
        self.envelope_from = envelope_from
        self.helo = helo
        self._smtp: smtplib.SMTP | None = None

    def scrub(self, text: str) -> str:
        """The text with every secret replaced by ***."""
        for secret in self.settings.secrets():
            text = text.replace(secret, "***")
        return text

    def _where(self) -> str:
        return f"{self.settings.host}:{self.settings.port} ({self.settings.security})"

    def _reply(self, exc: smtplib.SMTPResponseException) -> str:
        text = exc.smtp_error
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        text = _SPACES.sub(" ", str(text)).strip()
        return self.scrub(f"{exc.smtp_code} {text}")

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, local_hostname=self.helo, timeout=s.timeout,
                    context=s.tls_context(),
                )  # fmt: skip
            else:
                smtp = smtplib.SMTP(s.host, s.port, local_hostname=self.helo, timeout=s.timeout)
            try:
                smtp.ehlo()
                if s.security == "starttls":
                    smtp.starttls(context=s.tls_context())
                    smtp.ehlo()
                if s.username:
                    if s.security == "none":
                        LOGGER.warning("logging in to %s without TLS", self._where())
                    smtp.login(s.username, s.password or "")
            except BaseException:
                smtp.close()
                raise
        except ssl.SSLError as exc:
            hint = "" if not s.verify else " (a private CA? set ORELINE_SMTP_CAFILE)"
            raise MailError(
                f"TLS with {self._where()} failed: {self.scrub(str(exc))}{hint}"
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(f"{self._where()} refused the login: {self._reply(exc)}") from None
        except smtplib.SMTPNotSupportedError as exc:
            raise MailError(
                f"{self._where()} does not support it: {self.scrub(str(exc))}"
            ) from None
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                raise _Transient(f"{self._where()} answered {self._reply(exc)}") from None
            raise MailError(f"{self._where()} answered {self._reply(exc)}") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise _Transient(
                f"cannot reach {self._where()}: {type(exc).__name__}: {self.scrub(str(exc))}"
            ) from None
        LOGGER.info("connected to %s", self._where())
        return smtp

    def close(self) -> None:
        """Say QUIT if the session is still open."""
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def _attempt(self, msg: EmailMessage, rcpt: str) -> Outcome:
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            self._smtp.send_message(msg, from_addr=self.envelope_from, to_addrs=[rcpt])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients.get(rcpt, (550, b"refused"))
            text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
            reason = self.scrub(f"{code} {text}")
            if 400 <= code < 500:
                raise _Transient(f"{rcpt} deferred: {reason}") from None
            return Outcome("rejected", f"the server refused {rcpt}: {reason}")
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise _Transient(f"{self._where()} closed the connection: {exc}") from None
        except smtplib.SMTPResponseException as exc:
            self._drop()
            if 400 <= exc.smtp_code < 500:
                raise _Transient(f"{self._where()} answered {self._reply(exc)}") from None
            return Outcome("failed", f"{self._where()} answered {self._reply(exc)}")
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise _Transient(f"{type(exc).__name__}: {self.scrub(str(exc))}") from None
        return Outcome("sent")

    def send(self, msg: EmailMessage, rcpt: str) -> Outcome:
        """Deliver one message to one envelope recipient, retrying transient failures.

        Raises MailError when the server cannot be used at all (TLS, login, unreachable
        after the retries), so the caller stops instead of failing each recipient slowly.
        """
        s = self.settings
        last = ""
        for attempt in range(s.retries + 1):
            if attempt:
                pause = s.backoff * 2 ** (attempt - 1)
                LOGGER.warning("retrying %s in %.2f s after: %s", rcpt, pause, last)
                time.sleep(pause)
            connected = self._smtp is not None
            try:
                outcome = self._attempt(msg, rcpt)
            except _Transient as exc:
                last = str(exc)
                if not connected and self._smtp is None and attempt == s.retries:
                    raise MailError(f"gave up after {attempt + 1} tries: {last}") from None
                continue
            if outcome.status == "sent":
                LOGGER.info("sent %s to %s via %s", msg["Message-ID"], rcpt, self._where())
            else:
                LOGGER.warning("%s for %s: %s", outcome.status, rcpt, outcome.error)
            return outcome
        return Outcome("failed", f"gave up after {s.retries + 1} tries: {last}")


_UNSAFE = re.compile(r"[^A-Za-z0-9._+-]+")


def outbox_path(outbox: Path, day: date, recipient: str) -> Path:
    """outbox/digest-YYYY-MM-DD-<address>.eml, one file per day and reader."""
    name = _UNSAFE.sub("_", recipient.strip().lower().replace("@", "_at_"))
    return outbox / f"digest-{day.isoformat()}-{name}.eml"


def write_outbox(outbox: Path, day: date, recipient: str, msg: EmailMessage) -> Path:
    """Write the message as an .eml file atomically (a reader never sees half a file)."""
    outbox.mkdir(parents=True, exist_ok=True)
    path = outbox_path(outbox, day, recipient)
    part = path.with_name(path.name + ".part")
    part.write_bytes(msg.as_bytes())
    part.replace(path)
    LOGGER.info("wrote %s", path)
    return path
