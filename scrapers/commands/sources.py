"""``scrapy sources``: list the configured sources, or check the file.

scrapy sources            # id, schedule, last crawl, records stored
scrapy sources --check    # validate SOURCES_FILE; exit 1 with one line per problem
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from scrapy.commands import ScrapyCommand

from config.sources import Source, SourcesError, load_sources
from pipelines.dates import iso
from pipelines.stores import StoreUnavailable
from scrapers.storecheck import in_thread, with_store


async def _store_view(store: Any) -> tuple[dict[str, dict[str, Any]], dict[str, int]]:
    return await store.last_crawls(), await store.count_by_source()


def _last(crawl: dict[str, Any] | None) -> str:
    if not crawl:
        return "never"
    articles = crawl.get("articles", {})
    return (
        f"{iso(crawl['finished_at'])} {crawl['finish_reason']}: {crawl['pages_fetched']} pages, "
        f"{articles.get('new', 0)} new, {articles.get('updated', 0)} updated"
    )


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "[--check]"

    def short_desc(self) -> str:
        return "List configured news sources with their last crawl, or check the sources file"

    def long_desc(self) -> str:
        return (__doc__ or "").strip()

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--check", action="store_true", help="only validate the sources file")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        path = self.settings.get("SOURCES_FILE")
        try:
            sources = load_sources(path)
        except SourcesError as exc:
            sys.stderr.writelines(line + "\n" for line in exc.problems)
            self.exitcode = 1
            return
        if opts.check:
            print(f"{path}: {len(sources)} sources, no problems")
            return
        try:
            crawls, counts = in_thread(with_store(self.settings, _store_view))
        except StoreUnavailable as exc:
            sys.stderr.write(f"scrapy sources: {exc}\n")
            self.exitcode = 1
            return
        self._print(sources, crawls, counts)

    @staticmethod
    def _print(sources: list[Source], crawls: dict[str, Any], counts: dict[str, int]) -> None:
        rows = [("id", "schedule", "records", "last crawl")]
        rows += [
            (s.id, s.schedule.text if s.schedule else "-", str(counts.get(s.id, 0)), _last(crawls.get(s.id)))
            for s in sources
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for row in rows:
            print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
