"""Named exceptions of the spiders room, so callers can catch what they can act on."""


class OrelineSpiderError(Exception):
    """Base class of every error the spiders room raises on purpose."""


class SourcesError(OrelineSpiderError):
    """The sources file is unreadable or breaks the format; the message names file, source and key."""


class UnsafeURLError(OrelineSpiderError):
    """A URL points at a private, loopback or link-local address and the sources file does not allow it."""


class CrawlError(OrelineSpiderError):
    """A crawl could not start or its subprocess ended without a report."""
