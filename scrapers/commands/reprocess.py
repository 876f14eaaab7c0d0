"""``scrapy reprocess``: run the current extractor again over the kept pages.

Examples::

    scrapy reprocess
    scrapy reprocess --source bbc-arabic --since 2026-11-01

Every page kept in the store (``STORE_RAW_HTML``; one per URL, the latest
download) fetched at or after ``--since`` (ISO date or datetime, UTC when no
zone is given) of the ``--source`` ids (repeatable; all when none) is
extracted again, cleaned of its source's learned boilerplate, matched for
duplicates and written back: a new version where the text changed, nothing
but ``last_seen_at`` where it did not. Prints one summary line. Exit status:
0 done, 1 when the store fails or a page breaks the extractor, 2 for bad
arguments.
"""

from __future__ import annotations

import argparse
import asyncio
from collections import Counter
from typing import Any

from pipelines.extractor import settings_problem
from pipelines.reprocess import reprocess
from pipelines.stores import StoreUnavailable
from scrapers.cli import BadArgument, StoreCommand, parse_time
from scrapers.storecheck import with_store


def summary(counts: Counter[str]) -> str:
    if not counts["pages"]:
        return "No kept pages match: nothing reprocessed (pages are kept from crawls made with STORE_RAW_HTML on)"
    return (
        f"Reprocessed {counts['pages']} pages: {counts['updated']} changed (new version), "
        f"{counts['unchanged']} unchanged, {counts['new']} new, {counts['no_article']} without article text, "
        f"{counts['failed']} failed"
    )


class Command(StoreCommand):
    name = "reprocess"

    def syntax(self) -> str:
        return "[--source ID] [--since DATE]"

    def short_desc(self) -> str:
        return "Extract the kept raw pages again: new versions where the text changed"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--source", action="append", metavar="ID", help="only this source (repeatable)")
        parser.add_argument("--since", metavar="DATE", help="only pages fetched from this ISO date or datetime on")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        try:
            if args:
                raise BadArgument(f"unexpected argument {args[0]!r}")
            since = parse_time(opts.since, "--since") if opts.since else None
        except BadArgument as exc:
            self.fail(str(exc), 2)
            return
        sources = tuple(opts.source or ())
        problem = settings_problem(self.settings)
        if problem:
            self.fail(problem, 1)
            return

        def work(store: Any) -> Any:
            return reprocess(store, self.settings, sources, since, lambda line: self.fail(line, 1))

        try:
            counts = asyncio.run(with_store(self.settings, work))
        except StoreUnavailable as exc:
            self.fail(str(exc), 1)
            return
        except KeyboardInterrupt:
            self.fail("interrupted; pages reprocessed so far are stored", 1)
            return
        print(summary(counts))
