"""``scrapy schedule``: run each source's crawl when its ``schedule`` says so.

    scrapy schedule            # run until stopped (SIGTERM/SIGINT: running crawls may finish)
    scrapy schedule --once     # start every due crawl, wait for them, exit (cron, CronJobs)

Each crawl is its own process (``scrapy crawl news -a source=ID`` with the same
``-s`` settings). At most ``SCHEDULE_CONCURRENCY`` run at once, never two of
the same source. The next run time is computed from the moment a crawl starts,
so runs missed while nothing was running are coalesced into one, and it is
saved in the store (``schedule``), so a restart does not re-run everything. A
source never crawled is due at once; a source without ``schedule`` is only
crawled by hand. On SIGTERM no new crawl starts; running ones get
``SCHEDULE_STOP_TIMEOUT`` seconds to finish, then are terminated; exit 0.
``--once`` exits 1 when any crawl failed. Run one scheduler per store.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import time
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any

from scrapy.commands import ScrapyCommand

from config.sources import Source, SourcesError, load_sources
from pipelines.stores import Store, StoreUnavailable, open_store

logger = logging.getLogger("newsflow.schedule")


class Scheduler:
    def __init__(
        self, sources: list[Source], store: Store, crawl_args: list[str], concurrency: int, stop_timeout: float
    ):
        self.sources = [s for s in sources if s.schedule is not None]
        self.store = store
        self.crawl_args = crawl_args
        self.concurrency = max(1, concurrency)
        self.stop_timeout = stop_timeout
        self.running: dict[str, asyncio.subprocess.Process] = {}
        self.failed: list[str] = []
        self.stopping = asyncio.Event()

    async def due(self, now: datetime) -> list[Source]:
        next_runs = await self.store.next_runs()
        due = [s for s in self.sources if s.id not in self.running and next_runs.get(s.id, now) <= now]
        return sorted(due, key=lambda s: next_runs.get(s.id, now))

    async def start(self, source: Source, now: datetime) -> None:
        assert source.schedule is not None
        await self.store.set_next_run(source.id, source.schedule.next_after(now))
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"source={source.id}", *self.crawl_args]
        process = await asyncio.create_subprocess_exec(*command)
        self.running[source.id] = process
        logger.info("Started crawl of %s (pid %d)", source.id, process.pid)
        asyncio.get_running_loop().create_task(self._reap(source.id, process, time.monotonic()))

    async def _reap(self, source_id: str, process: asyncio.subprocess.Process, started: float) -> None:
        code = await process.wait()
        self.running.pop(source_id, None)
        if code != 0:
            self.failed.append(source_id)
        logger.info("Crawl of %s ended with status %d after %.1fs", source_id, code, time.monotonic() - started)

    async def start_due(self) -> int:
        started = 0
        now = datetime.now(UTC)
        for source in await self.due(now):
            if len(self.running) >= self.concurrency or self.stopping.is_set():
                break
            await self.start(source, now)
            started += 1
        return started

    async def run_once(self) -> int:
        """Every crawl due now, ``concurrency`` at a time; 1 when any failed."""
        now = datetime.now(UTC)
        queue = await self.due(now)
        while (queue or self.running) and not self.stopping.is_set():
            while queue and len(self.running) < self.concurrency:
                await self.start(queue.pop(0), now)
            await asyncio.sleep(0.2)
        await self._drain()
        return 1 if self.failed else 0

    async def run_forever(self) -> int:
        while not self.stopping.is_set():
            await self.start_due()
            with suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=await self._sleep_time())
        await self._drain()
        return 0

    async def _sleep_time(self) -> float:
        next_runs = await self.store.next_runs()
        now = datetime.now(UTC)
        waits = [(next_runs[s.id] - now).total_seconds() for s in self.sources if s.id in next_runs]
        return min([30.0, *[max(w, 0.5) for w in waits]])

    async def _drain(self) -> None:
        """Let running crawls finish, up to the stop timeout, then end them."""
        deadline = time.monotonic() + self.stop_timeout
        while self.running and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        for source_id, process in list(self.running.items()):
            logger.warning("Crawl of %s still running at shutdown: terminating it", source_id)
            process.terminate()
            await process.wait()


def _crawl_args(opts: argparse.Namespace) -> list[str]:
    """The ``-s`` settings given to ``schedule``, passed on to every crawl."""
    return [arg for setting in opts.set for arg in ("-s", setting)]


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--once]"

    def short_desc(self) -> str:
        return "Run source crawls on their schedules (each crawl its own process)"

    def long_desc(self) -> str:
        return (__doc__ or "").strip()

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--once", action="store_true", help="start every due crawl, wait for them, exit")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        logging.basicConfig(level=logging.INFO, format="%(asctime)s [schedule] %(message)s", stream=sys.stderr)
        try:
            sources = load_sources(self.settings.get("SOURCES_FILE"))
        except SourcesError as exc:
            sys.stderr.writelines(line + "\n" for line in exc.problems)
            self.exitcode = 1
            return
        try:
            self.exitcode = asyncio.run(self._main(sources, opts))
        except StoreUnavailable as exc:
            sys.stderr.write(f"scrapy schedule: {exc}\n")
            self.exitcode = 1

    async def _main(self, sources: list[Source], opts: argparse.Namespace) -> int:
        assert self.settings is not None
        store = open_store(self.settings)
        await store.open()
        scheduler = Scheduler(
            sources,
            store,
            _crawl_args(opts),
            self.settings.getint("SCHEDULE_CONCURRENCY"),
            self.settings.getfloat("SCHEDULE_STOP_TIMEOUT"),
        )
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, _stop, scheduler)
        try:
            return await (scheduler.run_once() if opts.once else scheduler.run_forever())
        finally:
            await store.close()


def _stop(scheduler: Any) -> None:
    logger.info("Stopping: no new crawls; waiting for %d running", len(scheduler.running))
    scheduler.stopping.set()
