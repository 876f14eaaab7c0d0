"""Exports: stream selected records from the store into a file and a manifest.

Settings: ``EXPORT_BATCH_SIZE`` (records read from the store and written at a
time: memory stays flat whatever the store holds) and the store selection.

An export reads the records whose change sequence number (``change_seq``,
given by the store to every added or changed record) lies in
``(after, horizon]``, where the horizon is the store's ``change_horizon()``
taken at the start: every write at or below it is complete and every later
write gets a higher number. So an incremental export (``name`` given) that
starts from the last successful run's horizon gets exactly the records added
or changed since, even while a crawl writes: no gaps, no repeats; a record
that changes again during the export moves above the horizon and comes in
the next run.

The file is written to a temporary name beside ``PATH`` and renamed into
place, then the manifest (``PATH.manifest.json``) likewise, and only then is
the incremental position saved. An export that fails or is interrupted
leaves no file at ``PATH`` and the position unchanged. (A crash between the
rename and the save makes the next run repeat that export's records: at
least once, never a gap.)
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipelines.dates import iso
from pipelines.exportformats import open_writer
from pipelines.record import SCHEMA_VERSION
from pipelines.stores import Selection, Store
from pipelines.version import __version__


class ExportConflict(ValueError):
    """An incremental export's filters differ from its earlier runs'."""


@dataclass
class Export:
    path: Path
    fmt: str
    compression: str | None
    fields: tuple[str, ...]
    selection: Selection
    name: str | None = None  # incremental export name
    batch_size: int = 1000


@dataclass
class Summary:
    records: int = 0
    by_source: Counter[str] = field(default_factory=Counter)
    by_language: Counter[str] = field(default_factory=Counter)
    first: datetime | None = None
    last: datetime | None = None

    def add(self, records: list[dict[str, Any]], by: str) -> None:
        self.records += len(records)
        for record in records:
            self.by_source[record.get("source") or "unknown"] += 1
            self.by_language[record.get("language") or "und"] += 1
            when = record.get(by)
            if when is not None:
                self.first = min(self.first or when, when)
                self.last = max(self.last or when, when)


def filters_of(selection: Selection) -> dict[str, Any]:
    """The user's filters, as the manifest and the incremental position keep them."""
    chosen = asdict(selection)
    del chosen["after_seq"], chosen["upto_seq"]
    chosen.update(sources=sorted(selection.sources), languages=sorted(selection.languages))
    chosen.update(since=iso(selection.since), until=iso(selection.until))
    return chosen


async def run_export(store: Store, export: Export) -> dict[str, Any]:
    """Write the export and its manifest; return the manifest."""
    after = await _start_position(store, export)
    horizon = await store.change_horizon()
    selection = Selection(**{**asdict(export.selection), "after_seq": after, "upto_seq": horizon})
    export.path.parent.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    with _replacing(export.path) as temporary:
        writer = open_writer(temporary, export.fmt, export.compression, export.fields)
        try:
            async for batch in store.scan(selection, export.batch_size):
                writer.write(batch)
                summary.add(batch, selection.by)
        finally:
            writer.close()
    manifest = _manifest(export, summary, after, horizon, store.description)
    with _replacing(_manifest_path(export.path)) as temporary:
        temporary.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if export.name is not None:
        position = {"upto_seq": horizon, "filters": filters_of(export.selection), "file": str(export.path)}
        await store.save_export_position(export.name, {**position, "exported_at": manifest["created_at"]})
    return manifest


async def _start_position(store: Store, export: Export) -> int:
    if export.name is None:
        return 0
    last = await store.export_position(export.name)
    if last is None:
        return 0
    if last["filters"] != filters_of(export.selection):
        raise ExportConflict(
            f"incremental export {export.name!r} was made with other filters ({_describe(last['filters'])}); "
            "use the same filters or another name"
        )
    return int(last["upto_seq"])


def _describe(filters: dict[str, Any]) -> str:
    return ", ".join(f"{key}={value}" for key, value in filters.items() if value not in (None, [], False))


def _manifest_path(path: Path) -> Path:
    return path.with_name(path.name + ".manifest.json")


class _replacing:
    """A temporary file beside ``path``, renamed onto it when the block ends
    normally and deleted otherwise (errors, Ctrl-C, cancellation)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Path:
        handle, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent)
        os.close(handle)
        self.temporary = Path(name)
        return self.temporary

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if kind is not None:
            self.temporary.unlink(missing_ok=True)
            return
        with open(self.temporary, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(self.temporary, 0o644)  # mkstemp makes it private; the export is for a team
        os.replace(self.temporary, self.path)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as data:
        while chunk := data.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _manifest(export: Export, summary: Summary, after: int, horizon: int, store: str) -> dict[str, Any]:
    return {
        "file": export.path.name,
        "format": export.fmt,
        "compression": export.compression,
        "records": summary.records,
        "bytes": export.path.stat().st_size,
        "sha256": _sha256(export.path),
        "schema_version": SCHEMA_VERSION,
        "fields": list(export.fields),
        "filters": filters_of(export.selection),
        "time_range": {"field": export.selection.by, "first": iso(summary.first), "last": iso(summary.last)},
        "counts": {
            "source": dict(sorted(summary.by_source.items())),
            "language": dict(sorted(summary.by_language.items())),
        },
        "incremental": export.name,
        "change_seq": {"after": after, "upto": horizon},
        "store": store,
        "created_at": iso(datetime.now(UTC)),
        "newsflow_version": __version__,
    }
