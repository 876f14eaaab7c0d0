"""Extraction worker processes: the CPU-heavy part of the pipeline, off the
reactor's process.

Each worker is a separate Python process, forked from a server process that
has loaded the extraction code and the language model once
(``pipelines.workerboot``), never from the crawler itself. It builds its
extractors once, at start, from the picklable ``Extractor`` options it is given (the base one and one per source),
then serves pages one at a time: extraction (trafilatura, the page's metadata,
cleaning), the record (canonical URL, content hash) and the MinHash
fingerprint the dedup stage needs.

``WorkerPool`` hands each page to an idle worker and waits for the answer on a
helper thread, so the asyncio loop (Scrapy's reactor) never blocks. A worker
that does not answer within the time limit is killed and one that dies is
reaped; either way a fresh worker takes its place and only that page is lost
(``WorkerLost``, with the reason and a stats key). A worker that has served
``max_pages`` pages is replaced too, between pages: what trafilatura and
htmldate cache as they meet new pages and what the allocator keeps then goes
back to the system, so a long crawl's workers stay the size of a short one's.
The largest such cache, dateparser's compiled patterns per locale (about
40 MB, 4 s of CPU), is built once in the fork server instead
(``pipelines.workerdates``, setting ``EXTRACT_WARM_DATES``), and kept on disk
for the next start (``pipelines.datecache``, ``EXTRACT_CACHE_DIR``).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from pipelines import allocator
from pipelines.extractor import Extractor, NoArticle, source_extractors
from pipelines.fingerprints import Fingerprint, fingerprint
from pipelines.page import Page
from pipelines.record import build_record

# Workers fork from a server process started fresh (not from the crawler, whose
# threads could hold locks at fork time) that has loaded everything once.
_CONTEXT = multiprocessing.get_context("forkserver")
_BOOT = ["pipelines.workerboot"]
# The crawler's main script, for the fork server (``pipelines.workerboot``):
# multiprocessing runs it again in every worker unless told it has run.
CRAWLER_MAIN = "NEWSFLOW_CRAWLER_MAIN"
# Where the fork server keeps the date parser's compiled patterns between runs
# (``pipelines.workerdates``; setting ``EXTRACT_CACHE_DIR``).
DATES_CACHE_DIR = "NEWSFLOW_DATES_CACHE_DIR"
_CONTEXT.set_forkserver_preload(_BOOT)


def warm_dates(cache_dir: str = "") -> None:
    """Have the fork server compile the fallback date parser too
    (``pipelines.workerdates``), keeping its patterns in ``cache_dir`` (empty:
    no cache); effective when called before the first worker of this process
    starts the fork server (and on the caller's thread, which sets the
    environment the fork server reads)."""
    os.environ[DATES_CACHE_DIR] = os.path.abspath(cache_dir) if cache_dir else ""
    _CONTEXT.set_forkserver_preload([*_BOOT, "pipelines.workerdates"])


class WorkerLost(Exception):
    """The worker handling a page timed out or died; ``key`` names the reason in stats."""

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


class ExtractionFailed(Exception):
    """The extractor raised on a page; ``details`` holds the worker's traceback."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.details = details


class Record(dict[str, Any]):
    """An article record that carries its fingerprint beside the fields, never
    among them: stores and printers see a plain dict."""

    __slots__ = ("fingerprint",)

    def __init__(self, fields: dict[str, Any], fingerprint: Fingerprint | None = None) -> None:
        super().__init__(fields)
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class Extractors:
    """What a worker is started with: the base extractor and the per-source
    ones (all plain, picklable option objects)."""

    base: Extractor
    per_source: dict[str, Extractor]

    def for_page(self, page: Page) -> Extractor:
        return self.per_source.get(page.fetched.source or "", self.base)


def extract_page(extractors: Extractors, page: Page) -> tuple[dict[str, Any], Fingerprint]:
    """The whole CPU-bound step for one page; raises ``NoArticle``."""
    article = extractors.for_page(page).extract(page.html, page.fetched.url)
    record = build_record(article, page.fetched)
    record["title"] = record["title"] or page.hint_title
    record["published_at"] = record["published_at"] or page.hint_published
    return record, fingerprint(record["text"])


def serve(conn: Connection, extractors: Extractors, mmap_threshold: int = 0) -> None:
    """A worker's main loop: one page in, one tagged answer out, until the
    parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawler's to handle; it stops us
    allocator.tune(mmap_threshold)  # a page's HTML, pickle and tree go back to the system once freed
    while True:
        try:
            page = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", extract_page(extractors, page))
        except NoArticle as exc:
            answer = ("no_article", str(exc))
        except Exception as exc:
            answer = ("error", (f"{type(exc).__name__}: {exc}", traceback.format_exc()))
        conn.send(answer)
        # The page's trees (trafilatura makes several copies) are freed in
        # small blocks that leave holes in the heap; handing the free pages
        # back costs about 0.5 ms and keeps each worker some 25 MB smaller
        # (bench/throughput.py's memory run).
        del page, answer
        allocator.trim()


class Worker:
    """One worker process and the parent's end of its pipe. ``call`` blocks:
    run it on a helper thread."""

    def __init__(self, extractors: Extractors, mmap_threshold: int = 0) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=serve, args=(child, extractors, mmap_threshold), name="newsflow-extract", daemon=True
        )
        self.process.start()
        child.close()
        self.pages = 0  # pages sent to it, answered or not

    def call(self, page: Page, timeout: float) -> tuple[str, Any]:
        self.pages += 1
        try:
            self.conn.send(page)
            if not self.conn.poll(timeout):
                raise WorkerLost(f"extraction timed out after {timeout:g}s", "timed_out")
            return self.conn.recv()
        except (EOFError, OSError):
            self.process.join(5)
            reason = _exit_reason(self.process.exitcode)
            raise WorkerLost(f"extraction worker crashed ({reason})", "worker_crashed") from None

    def stop(self, kill: bool = False) -> None:
        """Close the pipe (the worker exits by itself); kill it if asked or if it lingers."""
        self.conn.close()
        if kill:
            self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


def _exit_reason(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class WorkerPool:
    """``size`` worker processes; ``run`` extracts one page in whichever is free.

    Pages beyond ``size`` wait (in the pipeline, with their responses, which
    Scrapy counts towards ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` before it starts
    new downloads). A worker that has served ``max_pages`` pages (0: no
    limit) is replaced; ``recycled`` counts those replacements.
    ``mmap_threshold`` tunes the workers' C allocator (``pipelines.allocator``)."""

    def __init__(
        self, extractors: Extractors, size: int, timeout: float, max_pages: int = 0, mmap_threshold: int = 0
    ) -> None:
        self.extractors = extractors
        self.size = max(1, size)
        self.timeout = timeout
        self.max_pages = max_pages
        self.mmap_threshold = mmap_threshold
        self.recycled = 0
        # For the fork server, which reads it when it starts (with the first
        # worker); set here, on the caller's thread, not on a helper thread
        # while others may read the environment.
        if main := getattr(sys.modules["__main__"], "__file__", None):
            os.environ[CRAWLER_MAIN] = os.path.normpath(os.path.abspath(main))
        self._threads = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="extract-io")
        self._idle: asyncio.Queue[Worker | None] = asyncio.Queue()  # None: the workers could not start
        self._workers: set[Worker] = set()
        self._unavailable = ""
        self._closed = False

    def start(self) -> None:
        """Start the workers and wait until they run."""
        for n in range(self.size):
            self._add(self._first_worker(n))

    def start_soon(self) -> None:
        """Start the workers on the helper threads and return at once (call it
        from the running loop): the first start brings up the fork server,
        which loads the extraction code and the date parser (about 2.5 s
        with its patterns in ``EXTRACT_CACHE_DIR``, 5.5 s without), while the
        crawl already fetches robots.txt, sitemaps and its first pages.
        ``run`` waits for the first worker. If they cannot start, every page
        is dropped with the reason (``WorkerLost``)."""
        loop = asyncio.get_running_loop()
        for n in range(self.size):
            loop.run_in_executor(self._threads, self._first_worker, n).add_done_callback(self._started)

    def _first_worker(self, n: int) -> Worker:
        """Worker ``n`` of the first ``size``. Their first lives are cut short
        by different amounts, so that they grow and are replaced at different
        times, not all at their largest at once: the pool's peak holds one
        full-grown worker, not ``size`` of them."""
        worker = Worker(self.extractors, self.mmap_threshold)
        worker.pages = self.max_pages * n // self.size
        return worker

    def _started(self, future: asyncio.Future[Worker]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self._unavailable = f"extraction workers could not start ({type(error).__name__}: {error})"
            self._idle.put_nowait(None)
        elif self._closed:
            future.result().stop(kill=True)
        else:
            self._add(future.result())

    async def run(self, page: Page) -> Record:
        """The record of ``page``; raises ``NoArticle``, ``ExtractionFailed``
        or ``WorkerLost``."""
        worker = await self._idle.get()
        if worker is None:
            self._idle.put_nowait(None)  # for the next page too
            raise WorkerLost(self._unavailable, "workers_unavailable")
        loop = asyncio.get_running_loop()
        try:
            kind, value = await loop.run_in_executor(self._threads, worker.call, page, self.timeout)
        except WorkerLost:
            self._workers.discard(worker)
            self._add(await loop.run_in_executor(self._threads, self._successor, worker))
            raise
        except BaseException:  # cancelled mid-page: its late answer must not reach the next caller
            self._workers.discard(worker)
            worker.stop(kill=True)
            raise
        if self.max_pages and worker.pages >= self.max_pages:
            self._workers.discard(worker)
            self._add(await loop.run_in_executor(self._threads, self._successor, worker, False))
            self.recycled += 1
        else:
            self._idle.put_nowait(worker)
        if kind == "no_article":
            raise NoArticle(value)
        if kind == "error":
            raise ExtractionFailed(*value)
        return Record(*value)

    def _add(self, worker: Worker) -> None:
        self._workers.add(worker)
        self._idle.put_nowait(worker)

    def _successor(self, worker: Worker, kill: bool = True) -> Worker:
        """Stop ``worker`` (killed, or let go once it has answered) and start its
        replacement (blocking: on a helper thread)."""
        worker.stop(kill=kill)
        return Worker(self.extractors, self.mmap_threshold)

    def close(self) -> None:
        self._closed = True
        for worker in list(self._workers):
            worker.stop()
        self._workers.clear()
        self._threads.shutdown(wait=False)


def pool_from_settings(settings: Any, workers: int | None = None) -> WorkerPool:
    """The pool a crawl or ``scrapy reprocess`` uses: ``EXTRACT_CLASS`` built
    from the settings with each source's overrides, ``EXTRACT_WORKERS``
    processes (or ``workers``), ``EXTRACT_TIMEOUT``, ``EXTRACT_MAX_PAGES``,
    ``EXTRACT_WARM_DATES`` (with ``EXTRACT_CACHE_DIR``) and ``MALLOC_MMAP_THRESHOLD``."""
    # Scrapy is imported here, in the crawler, not where this module is
    # loaded: the workers run this module and never need Scrapy (some 20 MB).
    from scrapy.utils.misc import load_object

    base = load_object(settings.get("EXTRACT_CLASS")).from_settings(settings)
    if settings.getbool("EXTRACT_WARM_DATES"):
        warm_dates(settings.get("EXTRACT_CACHE_DIR") or "")
    return WorkerPool(
        Extractors(base, source_extractors(base, settings)),
        workers or settings.getint("EXTRACT_WORKERS"),
        settings.getfloat("EXTRACT_TIMEOUT"),
        settings.getint("EXTRACT_MAX_PAGES"),
        settings.getint("MALLOC_MMAP_THRESHOLD"),
    )
