"""The project's own sample site: fictional critical-minerals news served on loopback for tests and the demo.

``serve_sample_site()`` starts a ``ThreadingHTTPServer`` on 127.0.0.1 (a free port) in a
daemon thread and yields a :class:`SampleSite` with ``base_url``, ``write_sources(path)``,
``hits`` (requests per path, query ignored), ``requests`` (every request, with its status
and conditional headers), ``articles()`` and ``reset()``. ``articles()`` at module level gives
the same article data without a server. ``python -m spiders.samplesite`` serves it in the
foreground.

Outlets, one source of each kind (``write_sources`` writes them, ``allow_private_network: true``):

==================== ======= =========================== ===== =======================================
source id            kind    URL                         pub.  notes
==================== ======= =========================== ===== =======================================
sample_wire          feed    /wire/rss.xml               news  RSS 2.0; keywords drop the off-topic item
sample_ministry      feed    /ministry/atom.xml          gov   Atom, ``xml:base="/ministry/"``, relative links
sample_gazette       feed    /gazette/feed.rdf           gov   RSS 1.0 / RDF with ``dc:date``
sample_register      api     /api/documents.json         gov   paged like the Federal Register
                             ?per_page=3                       (``results``, ``next_page_url``, ``count``)
sample_metals_daily  sitemap /news/sitemap_index.xml     news  index -> gzipped news sitemap + archive
sample_press         html    /press/                     gov   listing, selector ``ul.releases a``
sample_bulletin      feed    /bulletin/feed.xml          news  RSS 2.0 truncated mid-item (malformed XML)
==================== ======= =========================== ===== =======================================

Hostile cases (``hostile`` in data/articles.yaml; ``expect`` in articles() says what a crawler
should end with):

================== ======================================================= ============ ===========
case               what the server does                                    reached from expect
================== ======================================================= ============ ===========
flaky_503          503 + ``Retry-After: 1`` on the first 2 requests, then   sample_wire  stored
                   200 (``reset()`` re-arms it)
rate_limited_429   429 + ``Retry-After: 1`` on the first request, then 200  ministry     stored
redirect_chain     ``/go/<slug>/1`` 301 -> ``/2`` 302 (relative Location)   gazette      stored
                   -> ``/3`` 307 -> the article
tracking_duplicate linked as ``...?utm_source=..&utm_medium=..`` in the      wire +       stored once
                   wire feed and plainly in the Metals Daily sitemap         metals_daily
latin1_as_utf8     Latin-1 bytes, header and meta say utf-8                 press        stored
cp1252_as_latin1   cp1252 bytes (curly quotes), header says iso-8859-1,     press        stored
                   ``<meta>`` says windows-1252
relative_link      Atom entry links are relative to ``xml:base``            ministry     stored
robots_private     under ``/private/``; robots.txt disallows it             press        not_fetched
off_topic          matches none of sample_wire's keywords                   wire         not_fetched
too_old            120 days old, in the archive sitemap (max_age_days 30)   metals_daily not_fetched
invalid_host       links to ``http://example.invalid/...`` (DNS fails;      ministry     not_fetched
                   never any other address)
missing_404        listed, answered with 404                                press        failed
slow               waits ``slow_seconds`` (default 30) before answering     wire         failed
oversize           a 12 MB page                                             metals_daily failed
truncated_feed     items only in the truncated bulletin feed                bulletin     maybe
================== ======================================================= ============ ===========

Every feed, the API, the sitemaps and the pages send ``ETag`` and ``Last-Modified`` on 200
and answer 304 to a matching ``If-None-Match`` (or, without it, ``If-Modified-Since``).
"""

from spiders.samplesite.content import articles
from spiders.samplesite.server import SampleSite, serve_sample_site

__all__ = ["SampleSite", "articles", "serve_sample_site"]
