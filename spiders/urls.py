"""URL canonicalisation and the private-network guard, so one article has one key and no feed can aim us inward."""

from __future__ import annotations

import ipaddress
import logging
import socket
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from spiders.errors import UnsafeURLError

LOGGER = logging.getLogger(__name__)

# Query keys that only track the reader; they never change which article a URL names.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_", "_hs")
TRACKING_KEYS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "ncid",
        "smid",
        "sr_share",
        "ref_src",
        "ito",
        "wt.mc_id",
        "spm",
    }
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(key: str) -> bool:
    """True when a query key only tracks the click, never the content."""
    k = key.lower()
    return k in TRACKING_KEYS or k.startswith(TRACKING_PREFIXES)


def canonicalize(url: str, base: str | None = None) -> str:
    """Return one stable spelling of a URL: tracking parameters gone, host lower-case, no fragment."""
    url = (url or "").strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if ":" in host:  # IPv6 literal
        netloc = f"[{host}]"
    if port and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = parts.path or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


def is_http_url(url: str | None) -> bool:
    """True for absolute http(s) URLs with a host: the only kind we fetch."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def is_public_address(address: str) -> bool:
    """True when an IP address is globally routable (not private, loopback, link-local, reserved)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


@lru_cache(maxsize=4096)
def _resolve(host: str) -> tuple[str, ...]:
    """Every address a host name resolves to (cached: one lookup per host per crawl)."""
    try:
        ipaddress.ip_address(host)
        return (host,)
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return tuple(sorted({info[4][0] for info in infos}))


def check_url_allowed(url: str, allow_private_network: bool = False) -> None:
    """Raise UnsafeURLError unless every address the URL's host resolves to is public."""
    if allow_private_network:
        return
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:
        raise UnsafeURLError(f"unparseable URL {url!r}: {exc}") from exc
    if not host:
        raise UnsafeURLError(f"URL has no host: {url!r}")
    try:
        addresses = _resolve(host.strip("[]"))
    except (OSError, UnicodeError) as exc:
        raise UnsafeURLError(f"cannot resolve host {host!r}: {exc}") from exc
    for address in addresses:
        if not is_public_address(address):
            raise UnsafeURLError(
                f"refused {url}: host {host} resolves to non-public address {address} "
                "(set allow_private_network: true in the sources file for a loopback test site)"
            )
