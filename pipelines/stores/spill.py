"""Spill files: records that could not be written when the store went away.

One JSON record per line (the same JSON as ``scrapy article`` prints). A spill
file is written completely under a temporary name and renamed into place, so a
crash never leaves half a file; it is deleted only after the store accepted
every record in it.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from pipelines.record import from_jsonable, to_json


class BadSpillFile(ValueError):
    """A spill file that cannot be read back; the message names the file and line."""


def write_spill(directory: str | Path, records: list[dict[str, Any]]) -> Path:
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"spill-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns()}.jsonl"
    partial = final.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(to_json(record) + "\n")
        out.flush()
        os.fsync(out.fileno())
    partial.rename(final)
    return final


def pending_spills(directory: str | Path) -> list[Path]:
    folder = Path(directory)
    return sorted(folder.glob("spill-*.jsonl")) if folder.is_dir() else []


def read_spill(path: str | Path) -> list[dict[str, Any]]:
    records = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict) or "_id" not in data or "first_seen_at" not in data:
                    raise ValueError("not an article record")
                records.append(from_jsonable(data))
            except ValueError as exc:
                raise BadSpillFile(f"{path}: line {number}: {exc}") from None
    return records
