"""Build the digest email: text and HTML alternatives with the chart inline by Content-ID.

Headers go through ``email.message.EmailMessage`` and ``email.headerregistry``, which
refuse CR/LF in a value, and the subject is fixed text plus the date, so nothing read
from a crawled page can add a header. The Message-ID depends only on the date, the
recipient and the sender's domain, so a retried send is recognisable as the same mail.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from pipelines.errors import MailError

LOGGER = logging.getLogger(__name__)

DEFAULT_FROM = "Oreline digest <oreline@localhost>"


def parse_address(value: str, what: str) -> Address:
    """An address header value ('Name <a@b>' or 'a@b') as an Address; MailError if malformed."""
    if any(ch in value for ch in "\r\n\0"):
        raise MailError(f"{what}: an address may not contain line breaks")
    probe = EmailMessage(policy=policy.default)
    try:
        probe["To"] = value
        addresses = probe["To"].addresses
    except (ValueError, IndexError, TypeError) as exc:
        raise MailError(f"{what}: '{value}' is not an email address ({exc})") from exc
    if len(addresses) != 1 or not addresses[0].username or not addresses[0].domain:
        raise MailError(f"{what}: '{value}' is not a single email address")
    return addresses[0]


def domain_of(sender: Address) -> str:
    """The domain Message-IDs are minted under."""
    return sender.domain or "oreline.localhost"


def message_id(day: date, recipient: str, domain: str) -> str:
    """<oreline-digest.YYYYMMDD.HASH@domain>, the same for every run for that day and reader."""
    digest = hashlib.sha256(f"{day.isoformat()}\n{recipient.strip().lower()}".encode()).hexdigest()
    return f"<oreline-digest.{day:%Y%m%d}.{digest[:20]}@{domain}>"


def chart_cid(day: date, domain: str) -> str:
    """The Content-ID of the chart, without angle brackets (as the HTML's cid: needs it)."""
    return f"chart.{day:%Y%m%d}@{domain}"


def build(
    *,
    day: date,
    sender: Address,
    to: Address,
    subject: str,
    text: str,
    html: str,
    chart_png: bytes,
    cid: str,
    msgid: str,
    now: datetime | None = None,
) -> EmailMessage:
    """multipart/related( multipart/alternative(text, html), image/png by Content-ID )."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = msgid
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Oreline-Digest-Date"] = day.isoformat()
    body = EmailMessage(policy=policy.SMTP)
    body.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    body.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    image = EmailMessage(policy=policy.SMTP)
    image.set_content(
        chart_png,
        maintype="image",
        subtype="png",
        cid=f"<{cid}>",
        filename="trend.png",
        disposition="inline",
    )
    for part in (body, image, *body.iter_parts()):
        del part["MIME-Version"]
    # EmailMessage.make_related() refuses to wrap an alternative, so assemble it by hand.
    msg["MIME-Version"] = "1.0"
    msg.add_header("Content-Type", "multipart/related", type="multipart/alternative")
    msg.set_payload([body, image])
    return msg
