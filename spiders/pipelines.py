"""Item pipeline: every item the spiders yield becomes one line of the run's landing file."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter

LOGGER = logging.getLogger(__name__)


class LandingPipeline:
    """Write items to the shared landing writer of the crawl context (none in check mode)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> LandingPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        spider = self.crawler.spider
        ctx = getattr(spider, "ctx", None)
        if ctx is not None:
            ctx.write(ItemAdapter(item).asdict())
        return item
