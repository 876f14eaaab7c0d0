"""Crawl extensions.

``Progress`` (setting ``PROGRESS_INTERVAL``, seconds; 0 turns it off) logs a
line every interval with pages/s and the article counts; when stdout is a
terminal it also keeps one live status line there.

``Allocator`` (settings ``MALLOC_MMAP_THRESHOLD``, ``MALLOC_ARENA_MAX``,
``MALLOC_TRIM_INTERVAL``) tunes the C allocator of the crawler's process and
hands its free pages back to the system every interval (see
``pipelines.allocator``): without it the process grows by about 100 MB over
its first thousand pages (bench/throughput.py's memory run).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipelines import allocator

logger = logging.getLogger(__name__)


class Allocator:
    def __init__(self, mmap_threshold: int, arena_max: int, trim_interval: float) -> None:
        allocator.tune(mmap_threshold, arena_max)
        self.trim_interval = trim_interval
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> Allocator:
        settings = crawler.settings
        if not allocator.AVAILABLE:
            raise NotConfigured("the C library is not glibc: no mallopt or malloc_trim")
        extension = cls(
            settings.getint("MALLOC_MMAP_THRESHOLD"),
            settings.getint("MALLOC_ARENA_MAX"),
            settings.getfloat("MALLOC_TRIM_INTERVAL"),
        )
        if extension.trim_interval > 0:
            crawler.signals.connect(extension.opened, signal=signals.spider_opened)
            crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider: Any) -> None:
        self._task = asyncio.get_running_loop().create_task(self._trim())

    def closed(self, spider: Any) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _trim(self) -> None:
        while True:
            await asyncio.sleep(self.trim_interval)
            allocator.trim()


class Progress:
    def __init__(self, stats: Any, interval: float, live: bool) -> None:
        self.stats = stats
        self.interval = interval
        self.live = live
        self._task: asyncio.Task[None] | None = None
        self._started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("PROGRESS_INTERVAL is 0")
        extension = cls(crawler.stats, interval, sys.stdout.isatty())
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider: Any) -> None:
        self._started = time.monotonic()
        self._task = asyncio.get_running_loop().create_task(self._run())

    def closed(self, spider: Any) -> None:
        if self._task is not None:
            self._task.cancel()
        if self.live:
            sys.stdout.write("\n")

    def line(self) -> str:
        value = self.stats.get_value
        pages = value("response_received_count", 0)
        elapsed = max(time.monotonic() - self._started, 1e-9)
        return (
            f"{pages} pages ({pages / elapsed:.1f}/s), articles new {value('articles/new', 0)}, "
            f"updated {value('articles/updated', 0)}, unchanged {value('articles/unchanged', 0)}, "
            f"dropped {value('item_dropped_count', 0)}"
        )

    async def _run(self) -> None:
        last_log = time.monotonic()
        while True:
            await asyncio.sleep(1.0 if self.live else self.interval)
            if self.live:
                sys.stdout.write("\r" + self.line() + " " * 8)
                sys.stdout.flush()
            if time.monotonic() - last_log >= self.interval:
                last_log = time.monotonic()
                logger.info("Progress: %s", self.line())
