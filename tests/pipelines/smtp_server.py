"""A real SMTP server on 127.0.0.1 for the digest tests (aiosmtpd in a thread).

Plain, STARTTLS or implicit TLS with a self-signed certificate made at test time; it can
refuse chosen recipients (550 on RCPT), defer or drop the first DATA commands, and ask
for a login. Everything it accepts is kept in `messages`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost; (cert.pem, key.pem)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "oreline test smtp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )  # fmt: skip
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    login: str | None


class Handler:
    """Accepts mail, refusing `reject` recipients and deferring or dropping early DATA."""

    def __init__(self, reject: Iterable[str], defer_data: int, drop_data: int):
        self.reject = {r.lower() for r in reject}
        self.defer_data = defer_data
        self.drop_data = drop_data
        self.messages: list[Received] = []
        self.attempts = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return f"550 5.1.1 <{address}>: no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.attempts += 1
            attempt = self.attempts
        if attempt <= self.drop_data:
            server.transport.close()
            return "421 4.4.2 closing"
        if attempt <= self.drop_data + self.defer_data:
            return "451 4.3.0 temporary trouble, try again"
        login = session.auth_data.login.decode() if session.auth_data else None
        self.messages.append(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                data=envelope.original_content or envelope.content,
                tls=session.ssl is not None
                or server.transport.get_extra_info("sslcontext") is not None,
                login=login,
            )
        )
        return "250 2.0.0 queued"


@dataclass
class SmtpServer:
    """A running loopback server and the environment a client needs to reach it."""

    host: str
    port: int
    security: str
    handler: Handler
    cafile: Path | None = None
    credentials: tuple[str, str] | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def env(self) -> dict[str, str]:
        """ORELINE_SMTP_* for this server (fast retries, the test CA trusted)."""
        env = {
            "ORELINE_SMTP_HOST": self.host,
            "ORELINE_SMTP_PORT": str(self.port),
            "ORELINE_SMTP_SECURITY": self.security,
            "ORELINE_SMTP_TIMEOUT": "5",
            "ORELINE_SMTP_RETRIES": "3",
            "ORELINE_SMTP_BACKOFF": "0.05",
            "ORELINE_MAIL_FROM": "Oreline <digest@oreline.test>",
        }
        if self.cafile:
            env["ORELINE_SMTP_CAFILE"] = str(self.cafile)
        if self.credentials:
            env["ORELINE_SMTP_USERNAME"], env["ORELINE_SMTP_PASSWORD"] = self.credentials
        env.update(self.extra)
        return env


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def serve_smtp(
    folder: Path,
    security: str = "none",
    reject: Iterable[str] = (),
    defer_data: int = 0,
    drop_data: int = 0,
    credentials: tuple[str, str] | None = None,
) -> Iterator[SmtpServer]:
    """Run an SMTP server on 127.0.0.1 for the duration of the block."""
    handler = Handler(reject, defer_data, drop_data)
    kwargs: dict = {"hostname": HOST, "port": free_port(), "ident": "oreline-test-smtp"}
    cafile = None
    if security in ("starttls", "ssl"):
        cafile, keyfile = make_certificate(folder)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cafile, keyfile)
        if security == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            kwargs["ssl_context"] = context
    if credentials:

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and (
                    auth_data.login.decode(),
                    auth_data.password.decode(),
                )
                == credentials
            )
            return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

        kwargs.update(
            authenticator=authenticator,
            # aiosmtpd only counts STARTTLS as TLS (implicit TLS is encrypted all along), and
            # warns when AUTH is required without it: require AUTH only with STARTTLS
            auth_required=security == "starttls",
            auth_require_tls=security == "starttls",
        )
    controller = Controller(handler, **kwargs)
    controller.start()
    try:
        yield SmtpServer(HOST, kwargs["port"], security, handler, cafile, credentials)
    finally:
        controller.stop()
