"""The crawl group: one asset per source kind, all fetched by one crawl process per run."""

import logging

import dagster as dg

from pipelines import stages
from pipelines.assets import NETWORK_RETRY, metadata, tell
from pipelines.resources import CrawlerResource, WarehouseResource

LOGGER = logging.getLogger(__name__)

# Asset name for each source kind of the sources file.
KIND_ASSETS = {
    "feed": "raw_feeds",
    "api": "raw_api_records",
    "sitemap": "raw_sitemap_articles",
    "html": "raw_listing_articles",
}

_DESCRIPTIONS = {
    "feed": "Articles reached through RSS, RDF and Atom feeds, landed as raw JSON lines.",
    "api": "Records from JSON APIs such as the Federal Register, landed as raw JSON lines.",
    "sitemap": "Articles listed in news sitemaps, landed as raw JSON lines.",
    "html": "Articles linked from HTML listing pages, landed as raw JSON lines.",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(name, description=_DESCRIPTIONS[kind], kinds={"scrapy"})
        for kind, name in KIND_ASSETS.items()
    ],
    can_subset=True,
    retry_policy=NETWORK_RETRY,
)
def raw_articles(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, crawler: CrawlerResource
):
    """Crawl the selected kinds' sources once; a failing source is logged in the fetch log, not raised."""
    from spiders.sources import load_sources

    config = warehouse.settings()
    sources_path = crawler.sources_path(config)
    selected = {key.to_user_string() for key in context.selected_asset_keys}
    kinds = [kind for kind, name in KIND_ASSETS.items() if name in selected]
    enabled = load_sources(sources_path).enabled
    chosen = [s for s in enabled if s.kind in kinds]
    by_kind = {kind: [s.id for s in chosen if s.kind == kind] for kind in kinds}
    if not chosen:
        tell(context, "crawl: no enabled sources of kind %s in %s", ", ".join(kinds), sources_path)
        report: dict = {"run_id": None, "raw_file": None, "sources": {}}
    else:
        tell(context, "crawl: fetching %d sources from %s", len(chosen), sources_path)
        report = stages.crawl(
            warehouse.paths, config, only=[s.id for s in chosen], sources=sources_path
        )
    rows = report.get("sources") or {}
    failed = set(stages.failed_sources(report))
    for kind in kinds:
        ids = by_kind[kind]
        docs = sum(int((rows.get(i) or {}).get("documents") or 0) for i in ids)
        bad = sorted(failed & set(ids))
        if bad:
            context.log.warning(f"crawl: {kind} sources failed: {bad} (see the fetches table)")
        tell(
            context,
            "crawl: %s: %d sources, %d documents fetched, %d sources failed",
            kind,
            len(ids),
            docs,
            len(bad),
        )
        yield dg.MaterializeResult(
            asset_key=KIND_ASSETS[kind],
            metadata=metadata(
                {
                    "sources": len(ids),
                    "documents": docs,
                    "failed_sources": bad,
                    "run_id": report.get("run_id") or "",
                    "raw_file": report.get("raw_file") or "",
                    "per_source": {i: rows.get(i) for i in ids},
                }
            ),
        )
