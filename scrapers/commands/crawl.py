"""``scrapy crawl``: Scrapy's own command, with start-up checks for ``news``.

    scrapy crawl news -a source=bbc-arabic
    scrapy crawl news -a source=all

Before anything is fetched: the extraction settings must build an extractor
(one line, exit 1), the sources file is checked (one line per problem, exit 1),
the source must exist, and the store must answer (one line, exit 1).
The exit status is 1 when the crawl did not finish normally.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from config.sources import SourcesError
from pipelines.extractor import settings_problem
from pipelines.stores import StoreUnavailable
from pipelines.stores.spill import BadSpillFile
from scrapers.spiders.news import select_sources
from scrapers.storecheck import in_thread, prepare_store


class Command(ScrapyCrawlCommand):
    def long_desc(self) -> str:
        return (__doc__ or "").strip()

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # Checked here, before Scrapy sets up logging and the reactor, so that a
        # problem prints its lines and nothing else.
        assert self.settings is not None
        problem = settings_problem(self.settings)
        if problem:
            sys.stderr.write(f"scrapy crawl: {problem}\n")
            raise SystemExit(1)
        if args[:1] == ["news"] and not self._news_ready(opts.spargs.get("source", "")):
            raise SystemExit(self.exitcode)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        super().run(args, opts)
        crawlers = list(getattr(self.crawler_process, "crawlers", []))
        reasons = {c.stats.get_value("finish_reason") for c in crawlers if c.stats}
        if self.exitcode == 0 and reasons - {"finished", None}:
            self.exitcode = 1

    def _news_ready(self, wanted: str) -> bool:
        assert self.settings is not None
        if not wanted:
            sys.stderr.write("scrapy crawl news: name a source: -a source=ID (or -a source=all)\n")
            self.exitcode = 2
            return False
        try:
            select_sources(self.settings, wanted)
            in_thread(prepare_store(self.settings))
        except SourcesError as exc:
            sys.stderr.writelines(line + "\n" for line in exc.problems)
            self.exitcode = 1
            return False
        except (StoreUnavailable, BadSpillFile) as exc:
            sys.stderr.write(f"scrapy crawl news: {exc}\n")
            self.exitcode = 1
            return False
        return True
