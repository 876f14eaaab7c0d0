"""``scrapy article``: fetch article URLs once, extract, store and print them.

Examples::

    scrapy article https://example.org/news/some-story.html
    scrapy article -i urls.txt --no-store > articles.jsonl
    scrapy article --replay data/spill/spill-20261129T101500-4242-1.jsonl

Each input URL gives one JSON line on stdout (in input order) or one
``URL: reason`` line on stderr. Exit status: 0 when every URL gave an article,
1 when any failed, 2 for bad usage. With a store selected (the default), the
store is checked before anything is fetched.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

from scrapy import signals
from scrapy.commands import ScrapyCommand

from pipelines.extractor import settings_problem
from pipelines.record import to_json
from pipelines.store import load_records
from pipelines.stores import StoreUnavailable
from pipelines.stores.spill import BadSpillFile, read_spill
from pipelines.urls import BadURL, check_url
from scrapers.signals import page_failed
from scrapers.spiders.article import ArticleSpider
from scrapers.storecheck import in_thread, prepare_store, with_store


class OrderedOutput:
    """Prints each input's outcome; JSON lines keep the input order."""

    def __init__(self, inputs: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> None:
        self.inputs = inputs
        self.out, self.err = out, err
        self._lines: dict[int, str | None] = {}
        self._next = 0
        self.failed = 0

    def article(self, index: int, record: dict[str, Any]) -> None:
        self._settle(index, to_json(record))

    def failure(self, index: int, reason: str) -> None:
        if index in self._lines or index < self._next:
            return  # already settled (a page can only have one outcome)
        self.failed += 1
        self.err.write(f"{self.inputs[index]}: {reason}\n")
        self.err.flush()
        self._settle(index, None)

    def _settle(self, index: int, line: str | None) -> None:
        self._lines.setdefault(index, line)
        while self._next in self._lines:
            text = self._lines.pop(self._next)
            if text is not None:
                self.out.write(text + "\n")
            self._next += 1
        self.out.flush()

    def finish(self) -> None:
        """Report inputs that never got an outcome (the crawl was interrupted)."""
        for index in range(len(self.inputs)):
            if index >= self._next and index not in self._lines:
                self.failure(index, "no result (the run was stopped, or see the log with -L INFO)")


def read_url_file(path: str) -> list[str]:
    """URLs from a file (``-`` for stdin): one a line; blanks and ``#`` comments skipped."""
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


async def _replay_file(settings: Any, path: str) -> tuple[int, str]:
    records = read_spill(path)

    async def load(store: Any) -> tuple[int, str]:
        await load_records(store, records, settings)
        return len(records), store.description

    return await with_store(settings, load)


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options] URL [URL ...]"

    def short_desc(self) -> str:
        return "Fetch article URLs, extract them, store them and print them as JSON lines"

    def long_desc(self) -> str:
        return (__doc__ or "").strip()

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-i", "--input", metavar="FILE", help="read URLs from FILE (one a line; - for stdin)")
        parser.add_argument("--no-store", action="store_true", help="print records without storing them")
        parser.add_argument("--replay", metavar="FILE", help="load a spill file into the store, then exit")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        self.settings.set("LOG_LEVEL", "ERROR", priority="project")  # stderr is for URL: reason lines
        self.settings.set("EXTRACT_WARM_DATES", False, priority="project")  # a few pages: not worth 4 s at start
        super().process_options(args, opts)
        if opts.no_store:
            self.settings.set("STORE_ENABLED", False, priority="cmdline")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        for stream in (sys.stdout, sys.stderr):  # JSON Lines are UTF-8 whatever the locale says
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8")
        if opts.replay:
            self.exitcode = self._replay(opts.replay)
            return
        try:
            inputs = list(args) + (read_url_file(opts.input) if opts.input else [])
        except OSError as exc:
            self._fail_usage(f"{opts.input}: cannot read URL file ({exc.strerror or exc})")
            return
        if not inputs:
            self._fail_usage("no URLs given (pass URLs or -i FILE)")
            return
        problem = settings_problem(self.settings)
        if problem:
            sys.stderr.write(f"scrapy article: {problem}\n")
            self.exitcode = 1
            return
        output = OrderedOutput(inputs)
        valid: list[str] = []
        positions: list[int] = []
        for index, url in enumerate(inputs):
            try:
                valid.append(check_url(url))
                positions.append(index)
            except BadURL as exc:
                output.failure(index, f"bad URL ({exc})")
        if valid and self.settings.getbool("STORE_ENABLED") and not self._store_ready():
            return
        spilled = self._crawl(valid, positions, output) if valid else 0
        output.finish()
        # Spilled records are safe on disk, but the run did not store them.
        self.exitcode = 1 if output.failed or spilled else 0

    def _store_ready(self) -> bool:
        try:
            in_thread(prepare_store(self.settings))
        except (StoreUnavailable, BadSpillFile) as exc:
            sys.stderr.write(f"scrapy article: {exc}\n")
            self.exitcode = 1
            return False
        return True

    def _crawl(self, urls: list[str], positions: list[int], output: OrderedOutput) -> int:
        """Run the spider; return how many records went to a spill file."""
        # Scrapy logs a failed robots.txt download (with a traceback) and a
        # request it gave up retrying at ERROR; the page's own "URL: reason"
        # line already says what happened, once.
        for name in ("scrapy.downloadermiddlewares.robotstxt", "scrapy.downloadermiddlewares.retry"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        assert self.crawler_process is not None
        crawler = self.crawler_process.create_crawler(ArticleSpider)

        def position(response: Any) -> int | None:
            index = response.meta.get("input_index") if response is not None else None
            return positions[index] if index is not None else None

        def scraped(item: Any, response: Any, **_: Any) -> None:
            if (index := position(response)) is not None:
                output.article(index, item)

        def dropped(item: Any, response: Any, exception: BaseException, **_: Any) -> None:
            if (index := position(response)) is not None:
                output.failure(index, str(exception))

        def errored(item: Any, response: Any, failure: Any, **_: Any) -> None:
            if (index := position(response)) is not None:
                output.failure(index, f"internal error: {failure.value!r}")

        def failed(index: int | None, reason: str, **_: Any) -> None:
            if index is not None:
                output.failure(positions[index], reason)

        crawler.signals.connect(scraped, signal=signals.item_scraped, weak=False)
        crawler.signals.connect(dropped, signal=signals.item_dropped, weak=False)
        crawler.signals.connect(errored, signal=signals.item_error, weak=False)
        crawler.signals.connect(failed, signal=page_failed, weak=False)
        self.crawler_process.crawl(crawler, urls=urls)
        self.crawler_process.start()
        return int(crawler.stats.get_value("store/spilled", 0)) if crawler.stats else 0

    def _replay(self, path: str) -> int:
        try:
            count, where = in_thread(_replay_file(self.settings, path))
        except OSError as exc:
            sys.stderr.write(f"scrapy article: {path}: cannot read spill file ({exc.strerror or exc})\n")
            return 1
        except (StoreUnavailable, BadSpillFile) as exc:
            sys.stderr.write(f"scrapy article: {exc}\n")
            return 1
        sys.stderr.write(f"Loaded {count} records from {path} into {where}\n")
        return 0

    def _fail_usage(self, message: str) -> None:
        sys.stderr.write(f"scrapy article: {message}\n")
        self.exitcode = 2
