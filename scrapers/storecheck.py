"""Store access for commands, before (or without) a crawl's reactor."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from pipelines.store import replay_spills
from pipelines.stores import Store, open_store

T = TypeVar("T")


def in_thread(coro: Awaitable[T]) -> T:
    """Run a coroutine to completion on a private event loop in another thread,
    so a reactor's loop (running or not yet) is never touched."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()  # type: ignore[arg-type]


async def with_store(settings: Any, work: Callable[[Store], Awaitable[T]]) -> T:
    store = open_store(settings)
    await store.open()
    try:
        return await work(store)
    finally:
        await store.close()


async def prepare_store(settings: Any) -> None:
    """Check that the store answers and load pending spill files into it;
    raises ``StoreUnavailable`` / ``BadSpillFile`` with a one-line message."""
    await with_store(settings, lambda store: replay_spills(store, settings.get("SPILL_DIR"), settings=settings))
