"""Raw pages: every downloaded article page kept, compressed, for reprocessing.

Settings: ``STORE_RAW_HTML`` (on by default), ``STORE_BATCH_SIZE``; needs the store.

Each ``Page`` item is saved before extraction, whatever extraction makes of
it, in the store's ``pages`` (one per fetched URL, the latest download:
its HTML zstd-compressed, about a fifth of its size, with what the crawl
knew about it). ``scrapy reprocess`` runs the current extractor over them
again, so an improved extractor, a new per-source override or newly learned
boilerplate reaches articles already stored, and a page once rejected can
still become an article.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import zstandard
from scrapy.exceptions import NotConfigured

from pipelines.page import Page
from pipelines.record import Fetched
from pipelines.stores import Store, StoreUnavailable, open_store
from pipelines.urls import article_id, canonical_url, host_of

logger = logging.getLogger(__name__)

LEVEL = 3  # zstd level: about 1 ms for a 200 KB page, a fifth of the size


def page_document(page: Page) -> dict[str, Any]:
    fetched = page.fetched
    return {
        "_id": article_id(canonical_url(fetched.url)),
        "url": fetched.url,
        "source": fetched.source or host_of(fetched.url),  # as the record's (one-off fetches: the host)
        "fetched_at": fetched.fetched_at,
        "status": fetched.status,
        "etag": fetched.etag,
        "last_modified": fetched.last_modified,
        "hint_title": page.hint_title,
        "hint_published": page.hint_published,
        "html": zstandard.ZstdCompressor(level=LEVEL).compress(page.html.encode("utf-8")),
    }


def page_from_document(doc: dict[str, Any]) -> Page:
    html = zstandard.ZstdDecompressor().decompress(bytes(doc["html"])).decode("utf-8")
    fetched = Fetched(
        doc["url"], doc["status"], doc.get("etag"), doc.get("last_modified"), doc["fetched_at"], doc.get("source")
    )
    return Page(html, fetched, doc.get("hint_title"), doc.get("hint_published"))


class RawPagePipeline:
    def __init__(self, store: Store, stats: Any, batch_size: int = 100) -> None:
        self.store = store
        self.stats = stats
        self.batch_size = batch_size
        self._buffer: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> RawPagePipeline:
        settings = crawler.settings
        if not (settings.getbool("STORE_ENABLED") and settings.getbool("STORE_RAW_HTML")):
            raise NotConfigured("raw pages are kept only with STORE_ENABLED and STORE_RAW_HTML")
        return cls(open_store(settings), crawler.stats, settings.getint("STORE_BATCH_SIZE"))

    async def open_spider(self) -> None:
        await self.store.open()

    async def close_spider(self) -> None:
        await self.flush()
        await self.store.close()

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, Page):
            # Compressed on arrival, so the buffer holds a fifth of the pages'
            # size; zstd lets go of the GIL, so it runs off the reactor thread.
            doc = await asyncio.get_running_loop().run_in_executor(None, page_document, item)
            self._buffer.append(doc)
            if len(self._buffer) >= self.batch_size:
                await self.flush()
        return item

    async def flush(self) -> None:
        docs, self._buffer = self._buffer, []
        if not docs:
            return
        try:
            await self.store.save_pages(docs)
        except StoreUnavailable as exc:  # the articles still go on; only reprocessing loses these pages
            self.stats.inc_value("pages/not_kept", len(docs))
            logger.warning("Raw HTML of %d pages not kept: %s", len(docs), exc)
            return
        self.stats.inc_value("pages/kept", len(docs))
