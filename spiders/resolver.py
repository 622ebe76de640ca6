"""A DNS resolver that refuses non-public answers, so a host cannot rebind to a private address
between the middleware's check and the connection (the address checked is the one dialled)."""

from __future__ import annotations

from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from spiders.urls import is_public_address

ALLOW_SETTING = "ORELINE_ALLOW_PRIVATE_NETWORK"


class PublicOnlyResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, whose every answer, cached or fresh, must be a public address
    unless the sources file allows private networks (set as ORELINE_ALLOW_PRIVATE_NETWORK)."""

    allow_private: bool = False

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> PublicOnlyResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool(ALLOW_SETTING)
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Any:  # noqa: N802 - Twisted's name
        answer = super().getHostByName(name, timeout)
        if not self.allow_private:
            answer.addCallback(_public_only, name)
        return answer


def _public_only(address: str, name: str) -> str:
    if not is_public_address(address):
        raise DNSLookupError(f"refused {name}: it now resolves to non-public address {address}")
    return address
