"""Dedup pipeline: link every copy of a story to its original.

Settings: ``DEDUP_ENABLED``, ``DEDUP_THRESHOLD`` (estimated containment of
the shorter text in the longer one, 0-1), ``DEDUP_MIN_SHINGLES`` (shorter
texts are matched only exactly), and the store settings. Needs the store
(off with ``--no-store``).

Each record's fingerprint (``pipelines.fingerprints``) is claimed in the
store's ``fingerprints`` collection/table under the next sequence number,
with its LSH band keys and ``h:<content_hash>``; then the fingerprints that
share a key and were claimed earlier are compared. The earliest match's
root becomes the record's ``duplicate_of`` and ``cluster_id`` (chains collapse
to the root); with no match the record is an original. Because every writer
claims before it looks, of two copies written at the same moment by two
crawler processes the later claim always sees the earlier one: exactly one
original. "Earliest" is claim order, which follows ``first_seen_at`` except
for writers racing within the same moment.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.exceptions import NotConfigured

from pipelines.fingerprints import Fingerprint, containment, fingerprint
from pipelines.stores import Store, StoreUnavailable, open_store

logger = logging.getLogger(__name__)


class Deduplicator:
    """The matching itself, against one store: used by the pipeline and when
    a spill file is loaded."""

    def __init__(self, store: Store, threshold: float = 0.5, min_shingles: int = 30) -> None:
        self.store = store
        self.threshold = threshold
        self.min_shingles = min_shingles

    @classmethod
    def from_settings(cls, store: Store, settings: Any) -> Deduplicator | None:
        if not settings.getbool("DEDUP_ENABLED"):
            return None
        return cls(store, settings.getfloat("DEDUP_THRESHOLD"), settings.getint("DEDUP_MIN_SHINGLES"))

    async def assign(self, record: dict[str, Any]) -> None:
        """Set ``duplicate_of`` and ``cluster_id``; raise ``StoreUnavailable``."""
        root = await self.root_of(record)
        record["cluster_id"] = root
        record["duplicate_of"] = None if root == record["_id"] else root

    async def root_of(self, record: dict[str, Any]) -> str:
        # Computed by the extraction worker (``pipelines.workers.Record``); a
        # record from a spill file has none: about a millisecond of CPU, so
        # not on the reactor thread.
        fp: Fingerprint | None = getattr(record, "fingerprint", None)
        if fp is None:
            fp = await asyncio.get_running_loop().run_in_executor(None, fingerprint, record["text"])
        near = fp.size >= self.min_shingles
        keys = [f"h:{record['content_hash']}", *(fp.bands if near else [])]
        claim = {"_id": record["_id"], "size": fp.size, "digest": fp.digest, "keys": keys}
        claim["content_hash"] = record["content_hash"]

        def choose(candidates: list[dict[str, Any]]) -> tuple[str, str | None]:
            matched = [
                candidate
                for candidate in candidates
                if candidate["_id"] != record["_id"]
                and (
                    candidate.get("content_hash") == record["content_hash"]
                    or (near and candidate["size"] >= self.min_shingles
                        and containment(fp, (candidate["size"], candidate["digest"])) >= self.threshold)
                )
            ]  # fmt: skip
            if not matched:
                return record["_id"], None
            earliest = min(matched, key=lambda c: c["seq"])
            return (earliest["root"], None) if earliest.get("root") else (earliest["_id"], earliest["_id"])

        root, pending = await self.store.claim_fingerprint(claim, choose)
        if pending is not None:  # the earlier match's writer has not decided yet (another process)
            root = await self._settled_root(pending)
            await self.store.set_fingerprint_root(record["_id"], root)
        return root

    async def _settled_root(self, record_id: str, wait: float = 2.0) -> str:
        """The root of an earlier fingerprint whose writer has not decided yet
        (it claimed just before us); after ``wait`` seconds, the record itself."""
        deadline = asyncio.get_running_loop().time() + wait
        while asyncio.get_running_loop().time() < deadline:
            root = await self.store.fingerprint_root(record_id)
            if root:
                return root
            await asyncio.sleep(0.05)
        logger.warning("No dedup decision for %s after %.0fs: treating it as the original", record_id, wait)
        return record_id


class DedupPipeline:
    def __init__(self, deduplicator: Deduplicator, stats: Any) -> None:
        self.deduplicator = deduplicator
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupPipeline:
        settings = crawler.settings
        if not settings.getbool("STORE_ENABLED"):
            raise NotConfigured("dedup needs the store (STORE_ENABLED is off)")
        deduplicator = Deduplicator.from_settings(open_store(settings), settings)
        if deduplicator is None:
            raise NotConfigured("DEDUP_ENABLED is off")
        return cls(deduplicator, crawler.stats)

    async def open_spider(self) -> None:
        await self.deduplicator.store.open()

    async def close_spider(self) -> None:
        await self.deduplicator.store.close()

    async def process_item(self, record: dict[str, Any]) -> dict[str, Any]:
        if not isinstance(record, dict) or "content_hash" not in record:
            return record
        try:
            await self.deduplicator.assign(record)
        except StoreUnavailable as exc:
            # The record goes on to the store stage, which retries or spills it;
            # loading a spill file runs the matching again.
            self.stats.inc_value("dedup/deferred")
            logger.warning("Dedup deferred for %s: %s", record["url"], exc)
            return record
        self.stats.inc_value("dedup/duplicates" if record["duplicate_of"] else "dedup/originals")
        return record
