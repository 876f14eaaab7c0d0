"""Reprocessing: the current extractor over the raw pages kept in the store.

Each kept page (``pipelines.rawpages``) goes through the same steps as in a
crawl: extraction in the worker processes (``EXTRACT_WORKERS``,
``EXTRACT_TIMEOUT``, ``EXTRACT_MAX_PAGES``, ``EXTRACT_CLASS`` and the
per-source overrides), the
source's learned boilerplate lines removed, dedup, and the store's upsert,
which makes a new version only where the text changed (unchanged text only
moves ``last_seen_at``, to the page's own fetch time). Learning itself is
not fed from reprocessed pages: they were counted when they were crawled.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pipelines.boilerplate import Boilerplate
from pipelines.dedup import Deduplicator
from pipelines.extractor import NoArticle
from pipelines.rawpages import page_from_document
from pipelines.stores import Store
from pipelines.workers import ExtractionFailed, WorkerLost, pool_from_settings


async def reprocess(
    store: Store,
    settings: Any,
    sources: tuple[str, ...] = (),
    since: datetime | None = None,
    report: Callable[[str], None] = print,
) -> Counter[str]:
    """Counts: ``pages``, ``new``, ``updated``, ``unchanged``, ``no_article``, ``failed``."""
    counts: Counter[str] = Counter()
    boilerplate = Boilerplate.from_settings(store, settings)
    deduplicator = Deduplicator.from_settings(store, settings)
    pool = pool_from_settings(settings)  # as the crawl's: recycled workers, the same allocator threshold
    pool.start()
    try:
        async for docs in store.scan_pages(sources, since, settings.getint("STORE_BATCH_SIZE")):
            pages = [page_from_document(doc) for doc in docs]
            results = await asyncio.gather(*(pool.run(page) for page in pages), return_exceptions=True)
            records: list[dict[str, Any]] = []
            for page, result in zip(pages, results, strict=True):
                counts["pages"] += 1
                if isinstance(result, NoArticle):
                    counts["no_article"] += 1
                elif isinstance(result, ExtractionFailed | WorkerLost):
                    counts["failed"] += 1
                    report(f"{page.fetched.url}: {result}")
                elif isinstance(result, BaseException):
                    raise result
                else:
                    records.append(result)
            for record in records:
                if boilerplate is not None:
                    await boilerplate.clean(record, learn=False)
                if deduplicator is not None:
                    await deduplicator.assign(record)
            if records:
                counts.update((await store.upsert(records)).values())
    finally:
        pool.close()
    return counts
