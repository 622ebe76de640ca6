"""URL canonicalisation and the private-network guard."""

from __future__ import annotations

import pytest

from spiders.errors import UnsafeURLError
from spiders.urls import canonicalize, check_url_allowed, is_public_address


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Example.COM/a?utm_source=x&utm_medium=y", "https://example.com/a"),
        ("https://example.com/a?id=3&fbclid=abc&gclid=z", "https://example.com/a?id=3"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com:443/a#section", "https://example.com/a"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("https://example.com/a?mc_cid=1&mc_eid=2&page=2", "https://example.com/a?page=2"),
        ("https://example.com/a?UTM_Campaign=q", "https://example.com/a"),
        ("https://example.com/a?cid=7", "https://example.com/a?cid=7"),  # may name content: kept
    ],
)
def test_canonicalize(url, expected):
    assert canonicalize(url) == expected


def test_canonicalize_resolves_relative_links_against_a_base():
    assert (
        canonicalize("../b?utm_term=x", base="https://example.com/news/a/")
        == "https://example.com/news/b"
    )


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("100.64.0.1", False),
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
    ],
)
def test_is_public_address(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/x", "http://localhost/a", "http://[::1]/a", "http://127.1.2.3/"]
)
def test_loopback_urls_are_refused_by_default(url):
    with pytest.raises(UnsafeURLError, match="non-public|resolve"):
        check_url_allowed(url)


def test_loopback_urls_pass_when_the_sources_file_allows_private_networks():
    check_url_allowed("http://127.0.0.1:8000/x", allow_private_network=True)


def test_public_ip_literal_passes_without_any_lookup():
    check_url_allowed("http://8.8.8.8/feed")  # checked only, never fetched
