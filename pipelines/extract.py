"""Extract pipeline: ``Page`` items in, article records out.

Settings: ``EXTRACT_WORKERS`` (threads running the extractor, so downloads go
on while a page is parsed) and the ``EXTRACT_*`` options read by
``pipelines.extractor.Extractor``. A page without article text is dropped with
the reason, counted under ``extract/dropped/<reason>``.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy.exceptions import DropItem

from pipelines.extractor import Extractor, NoArticle, source_extractors
from pipelines.page import Page
from pipelines.record import build_record

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(
        self, extractor: Extractor, stats: Any, workers: int = 2, per_source: dict[str, Extractor] | None = None
    ) -> None:
        self.extractor = extractor
        self.per_source = per_source or {}
        self.stats = stats
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="extract")

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        settings = crawler.settings
        base = Extractor.from_settings(settings)
        return cls(base, crawler.stats, settings.getint("EXTRACT_WORKERS"), source_extractors(base, settings))

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Page):
            return item
        loop = asyncio.get_running_loop()
        extractor = self.per_source.get(item.fetched.source or "", self.extractor)
        try:
            article = await loop.run_in_executor(self._pool, extractor.extract, item.html, item.fetched.url)
        except NoArticle as exc:
            self._dropped(item, "no_article")
            raise DropItem(str(exc)) from None
        except Exception as exc:  # a page that breaks the extractor costs that page only
            self._dropped(item, "extractor_error")
            logger.warning("Extractor failed on %s", item.fetched.url, exc_info=True)
            raise DropItem(f"extraction failed ({type(exc).__name__}: {exc})") from None
        self.stats.inc_value("extract/articles")
        record = build_record(article, item.fetched)
        record["title"] = record["title"] or item.hint_title
        record["published_at"] = record["published_at"] or item.hint_published
        return record

    def _dropped(self, item: Page, reason: str) -> None:
        self.stats.inc_value(f"extract/dropped/{reason}")
        if item.fetched.source:
            self.stats.inc_value(f"source/{item.fetched.source}/dropped/{reason}")

    def close_spider(self) -> None:
        self._pool.shutdown(wait=True)
