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

from pipelines.extractor import Extractor, NoArticle
from pipelines.page import Page
from pipelines.record import build_record

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, extractor: Extractor, stats: Any, workers: int = 2) -> None:
        self.extractor = extractor
        self.stats = stats
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="extract")

    @classmethod
    def from_crawler(cls, crawler: Any) -> ExtractPipeline:
        settings = crawler.settings
        return cls(Extractor.from_settings(settings), crawler.stats, settings.getint("EXTRACT_WORKERS"))

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Page):
            return item
        loop = asyncio.get_running_loop()
        try:
            article = await loop.run_in_executor(self._pool, self.extractor.extract, item.html, item.fetched.url)
        except NoArticle as exc:
            self.stats.inc_value("extract/dropped/no_article")
            raise DropItem(str(exc)) from None
        except Exception as exc:  # a page that breaks the extractor costs that page only
            self.stats.inc_value("extract/dropped/extractor_error")
            logger.warning("Extractor failed on %s", item.fetched.url, exc_info=True)
            raise DropItem(f"extraction failed ({type(exc).__name__}: {exc})") from None
        self.stats.inc_value("extract/articles")
        return build_record(article, item.fetched)

    def close_spider(self) -> None:
        self._pool.shutdown(wait=True)
