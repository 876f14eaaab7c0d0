"""Extract pipeline: ``Page`` items in, article records out.

Settings: ``EXTRACT_WORKERS`` (worker processes doing the CPU work: extraction,
record, fingerprint; see ``pipelines.workers``), ``EXTRACT_TIMEOUT`` (seconds
a page may take), ``EXTRACT_MAX_PAGES`` (pages a worker serves before it is
replaced, so the workers' caches do not grow with the crawl),
``MALLOC_MMAP_THRESHOLD`` (the workers' C allocator, as the crawler's),
``EXTRACT_CLASS`` (the extractor class, built once per worker from the
``EXTRACT_*`` options and each source's overrides) and the options read by
``pipelines.extractor.Extractor``.

A page that gives no record is dropped with the reason, counted under
``extract/dropped/<reason>`` (and per source): ``no_article``,
``extractor_error``, ``timed_out`` (the worker was killed and replaced),
``worker_crashed`` (likewise), ``workers_unavailable`` (the worker processes
could not start at all). The crawl goes on.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.exceptions import DropItem

from pipelines.extractor import NoArticle
from pipelines.page import Page
from pipelines.workers import ExtractionFailed, WorkerLost, WorkerPool, pool_from_settings

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, pool: WorkerPool, stats: Any) -> None:
        self.pool = pool
        self.stats = stats
        self.unavailable_reported = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        return cls(pool_from_settings(crawler.settings), crawler.stats)

    def open_spider(self) -> None:
        self.pool.start_soon()  # the workers start while robots.txt, sitemaps and the first pages download

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Page):
            return item
        try:
            record = await self.pool.run(item)
        except NoArticle as exc:
            self._dropped(item, "no_article")
            raise DropItem(str(exc)) from None
        except ExtractionFailed as exc:  # a page that breaks the extractor costs that page only
            self._dropped(item, "extractor_error")
            logger.warning("Extractor failed on %s:\n%s", item.fetched.url, exc.details)
            raise DropItem(f"extraction failed ({exc})") from None
        except WorkerLost as exc:
            self._dropped(item, exc.key)
            if exc.key != "workers_unavailable":
                logger.warning("Dropped %s: %s; the worker was replaced", item.fetched.url, exc)
            elif not self.unavailable_reported:
                logger.error("%s: every page of this crawl is dropped", exc)
                self.unavailable_reported = True
            raise DropItem(str(exc)) from None
        self.stats.inc_value("extract/articles")
        return record

    def _dropped(self, item: Page, reason: str) -> None:
        self.stats.inc_value(f"extract/dropped/{reason}")
        if item.fetched.source:
            self.stats.inc_value(f"source/{item.fetched.source}/dropped/{reason}")

    def close_spider(self) -> None:
        if self.pool.recycled:
            self.stats.set_value("extract/workers_recycled", self.pool.recycled)
        self.pool.close()
