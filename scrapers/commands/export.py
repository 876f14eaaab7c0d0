"""``scrapy export``: write stored articles to a file a data team can load.

Examples::

    scrapy export -o data/exports/articles.parquet
    scrapy export -o news.jsonl.gz --source bbc-arabic --language ar --since 2026-11-01
    scrapy export -o daily.csv --incremental daily --fields _id,url,title,published_at,text

The format comes from ``--format`` or the file name (``.jsonl``, ``.csv``,
``.parquet``; ``.gz`` / ``.zst`` compress JSON Lines and CSV). Copies of
other stories (``duplicate_of`` set) are left out unless
``--include-duplicates``. ``--since`` is inclusive and ``--until`` exclusive;
a bare date means midnight UTC, and ``--until DATE`` includes that whole day.
``--incremental NAME`` exports what was added or changed since the last
successful run with that name (see ``pipelines.export``). A manifest is
written to ``PATH.manifest.json``. Exit status: 0 done, 1 when the store
fails or the export is interrupted, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from pathlib import Path
from typing import Any

from pipelines.export import Export, ExportConflict, run_export
from pipelines.exportformats import BadExportPath, format_of
from pipelines.record import FIELDS
from pipelines.stores import Selection, StoreUnavailable
from scrapers.cli import BadArgument, StoreCommand, parse_time
from scrapers.storecheck import with_store

TIME_FIELDS = ("first_seen_at", "published_at")


def parse_fields(text: str | None) -> tuple[str, ...]:
    if not text:
        return FIELDS
    fields = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in fields if name not in FIELDS]
    if unknown or not fields:
        named = ", ".join(map(repr, unknown)) or "(none given)"
        raise BadArgument(f"--fields: unknown field {named}; the fields are {','.join(FIELDS)}")
    if len(set(fields)) != len(fields):
        raise BadArgument("--fields: a field is named twice")
    return fields


def build_export(opts: argparse.Namespace, batch_size: int) -> Export:
    if not opts.output:
        raise BadArgument("name the output file with -o PATH")
    try:
        fmt, compression = format_of(opts.output, opts.format)
    except BadExportPath as exc:
        raise BadArgument(f"{opts.output}: {exc}") from None
    if opts.by not in TIME_FIELDS:
        raise BadArgument(f"--by {opts.by!r}: use one of {', '.join(TIME_FIELDS)}")
    if opts.incremental is not None and not opts.incremental.strip():
        raise BadArgument("--incremental needs a name")
    selection = Selection(
        sources=tuple(opts.source or ()),
        languages=tuple(opts.language or ()),
        since=parse_time(opts.since, "--since") if opts.since else None,
        until=parse_time(opts.until, "--until", end_of_day=True) if opts.until else None,
        by=opts.by,
        include_duplicates=opts.include_duplicates,
    )
    fields = parse_fields(opts.fields)
    return Export(Path(opts.output), fmt, compression, fields, selection, opts.incremental, batch_size)


async def _export(settings: Any, export: Export) -> dict[str, Any]:
    # SIGTERM ends the export like Ctrl-C does: the temporary file is removed.
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await with_store(settings, lambda store: run_export(store, export))


class Command(StoreCommand):
    name = "export"

    def syntax(self) -> str:
        return "-o PATH [options]"

    def short_desc(self) -> str:
        return "Export stored articles to JSON Lines, CSV or Parquet, with a manifest"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="PATH", help="the file to write (replaced atomically)")
        parser.add_argument("--format", help="jsonl, csv or parquet (default: from PATH's extension)")
        parser.add_argument("--source", action="append", metavar="ID", help="only this source (repeatable)")
        parser.add_argument("--language", action="append", metavar="XX", help="only this language (repeatable)")
        parser.add_argument("--since", metavar="DATE", help="records from this ISO date or datetime on")
        parser.add_argument("--until", metavar="DATE", help="records before this datetime (a date: to its end)")
        parser.add_argument("--by", default="first_seen_at", help="the time --since/--until filter on")
        parser.add_argument("--include-duplicates", action="store_true", help="also export copies of stories")
        parser.add_argument("--fields", metavar="A,B,C", help="only these fields, in this order")
        parser.add_argument("--incremental", metavar="NAME", help="only what changed since the last NAME export")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        try:
            if args:
                raise BadArgument(f"unexpected argument {args[0]!r}")
            export = build_export(opts, self.settings.getint("EXPORT_BATCH_SIZE"))
        except BadArgument as exc:
            self.fail(str(exc), 2)
            return
        try:
            manifest = asyncio.run(_export(self.settings, export))
        except ExportConflict as exc:
            self.fail(str(exc), 2)
        except (StoreUnavailable, OSError) as exc:
            self.fail(f"{export.path}: {exc}", 1)
        except (KeyboardInterrupt, asyncio.CancelledError):
            self.fail(f"{export.path}: interrupted; nothing was written there", 1)
        else:
            print(
                f"Exported {manifest['records']} records to {export.path} (manifest: {export.path.name}.manifest.json)"
            )
