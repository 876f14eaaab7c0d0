"""Store pipeline: buffers article records and writes them in batches.

Settings: ``STORE_ENABLED``, ``STORE_BATCH_SIZE``, ``STORE_FLUSH_INTERVAL``,
``STORE_RETRY_TIMES``, ``STORE_RETRY_DELAY``, ``SPILL_DIR`` and the store
selection (``MONGODB_URI``, ``SQLITE_PATH``; see ``pipelines.stores``).

A batch that the store refuses because it is unreachable is retried with a
doubling delay; if the store stays down, the batch goes to a spill file in
``SPILL_DIR`` and is loaded into the store at the start of the next run (or
with ``scrapy article --replay FILE``). Nothing extracted is lost.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.exceptions import NotConfigured

from pipelines.dedup import Deduplicator
from pipelines.stores import Store, StoreUnavailable, open_store
from pipelines.stores.spill import pending_spills, read_spill, write_spill

logger = logging.getLogger(__name__)


class StorePipeline:
    def __init__(
        self,
        store: Store,
        stats: Any,
        batch_size: int = 100,
        flush_interval: float = 2.0,
        retry_times: int = 3,
        retry_delay: float = 1.0,
        spill_dir: str = "data/spill",
        settings: Any = None,
    ) -> None:
        self.store = store
        self.stats = stats
        self.batch_size = batch_size
        self.flush_interval = flush_interval
        self.retry_times = retry_times
        self.retry_delay = retry_delay
        self.spill_dir = spill_dir
        self.settings = settings  # for matching duplicates in spill files
        self._buffer: list[dict[str, Any]] = []
        self._write_lock = asyncio.Lock()
        self._ticker: asyncio.Task[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        settings = crawler.settings
        if not settings.getbool("STORE_ENABLED"):
            raise NotConfigured("STORE_ENABLED is off: records are printed, not stored")
        return cls(
            open_store(settings),
            crawler.stats,
            batch_size=settings.getint("STORE_BATCH_SIZE"),
            flush_interval=settings.getfloat("STORE_FLUSH_INTERVAL"),
            retry_times=settings.getint("STORE_RETRY_TIMES"),
            retry_delay=settings.getfloat("STORE_RETRY_DELAY"),
            spill_dir=settings.get("SPILL_DIR"),
            settings=settings,
        )

    async def open_spider(self) -> None:
        await self.store.open()
        await replay_spills(self.store, self.spill_dir, self.stats, self.settings)
        self._ticker = asyncio.create_task(self._tick())

    async def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self._buffer.append(item)
        if len(self._buffer) >= self.batch_size:
            await self.flush()
        return item

    async def close_spider(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
        await self.flush()  # waits for a timed flush still writing (the lock), then writes the rest
        await self.store.close()

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.flush_interval)
            # Shielded: stopping the timer must not cancel a batch mid-write
            # (it was taken from the buffer, so it would be lost, retries and all).
            await asyncio.shield(self.flush())

    async def flush(self) -> None:
        # One writer at a time; a flush that finds another writing waits for
        # it, so when close_spider's flush returns, everything is written.
        async with self._write_lock:
            batch, self._buffer = self._buffer, []
            if batch:
                await self._write(batch)

    async def _write(self, batch: list[dict[str, Any]]) -> None:
        delay = self.retry_delay
        for attempt in range(self.retry_times + 1):
            try:
                outcome = await self.store.upsert(batch)
            except StoreUnavailable as exc:
                reason = str(exc)
                if attempt < self.retry_times:
                    self.stats.inc_value("store/retries")
                    logger.warning("Store write failed (%s); retrying in %.1fs", reason, delay)
                    await asyncio.sleep(delay)
                    delay *= 2
                continue
            except ValueError as exc:  # records the store rejected: not retryable
                self.stats.inc_value("store/rejected", len(batch))
                logger.error("Store rejected a batch of %d records: %s", len(batch), exc)
                return
            self.stats.inc_value("store/written", len(batch))
            self._count_outcomes(batch, outcome)
            return
        path = write_spill(self.spill_dir, batch)
        self.stats.inc_value("store/spilled", len(batch))
        logger.error(
            "Store unavailable (%s): %d records saved to %s; they are loaded into the store on the next run",
            reason, len(batch), path,
        )  # fmt: skip

    def _count_outcomes(self, batch: list[dict[str, Any]], outcome: dict[str, str]) -> None:
        """``articles/<new|updated|unchanged>``, overall and per source."""
        source_of = {record["_id"]: record.get("source") for record in batch}
        for record_id, status in outcome.items():
            self.stats.inc_value(f"articles/{status}")
            self.stats.inc_value(f"source/{source_of[record_id]}/articles/{status}")


async def replay_spills(store: Store, spill_dir: str, stats: Any = None, settings: Any = None) -> int:
    """Load every pending spill file into ``store`` (matching duplicates first,
    with ``settings``' dedup options); delete each file once written."""
    loaded = 0
    for path in pending_spills(spill_dir):
        records = read_spill(path)
        await load_records(store, records, settings)
        path.unlink()
        loaded += len(records)
        logger.info("Loaded %d records from spill file %s", len(records), path)
    if stats is not None and loaded:
        stats.inc_value("store/replayed", loaded)
    return loaded


async def load_records(store: Store, records: list[dict[str, Any]], settings: Any = None) -> None:
    """Write records from a spill file: dedup decisions that were deferred while
    the store was away are made now (made ones are kept: claims are idempotent)."""
    deduplicator = Deduplicator.from_settings(store, settings) if settings is not None else None
    if deduplicator is not None:
        for record in records:
            await deduplicator.assign(record)
    await store.upsert(records)
