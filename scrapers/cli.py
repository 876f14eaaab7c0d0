"""What the store commands (``scrapy export``, ``scrapy reprocess``) share:
one-line errors with an exit status, quiet logging, and ISO time arguments."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta

from scrapy.commands import ScrapyCommand


class BadArgument(ValueError):
    """A command-line argument that cannot be used; the message is one line."""


def parse_time(text: str, option: str, end_of_day: bool = False) -> datetime:
    """An ISO date or datetime; naive means UTC. A bare date is midnight, or
    the next midnight with ``end_of_day`` (so ``--until`` includes the day)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        example = "2026-11-29 or 2026-11-29T08:00:00Z"
        raise BadArgument(f"{option} {text!r} is not an ISO date or datetime ({example})") from None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    if end_of_day and len(text) == 10:
        value += timedelta(days=1)
    return value.astimezone(UTC)


class StoreCommand(ScrapyCommand):
    """A command that works on the store, without a crawl, and prints its own
    lines: Scrapy's log is kept to errors, and a failure is one line on stderr."""

    requires_project = True
    requires_crawler_process = False
    name = ""  # "export", "reprocess": how failures are prefixed

    def long_desc(self) -> str:
        module = sys.modules[type(self).__module__]
        return (module.__doc__ or "").strip()

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        self.settings.set("LOG_LEVEL", "ERROR", priority="project")
        super().process_options(args, opts)

    def fail(self, message: str, code: int) -> None:
        sys.stderr.write(f"scrapy {self.name}: {message}\n")
        self.exitcode = code
