"""Export file formats: JSON Lines, CSV and Parquet, written batch by batch.

Every format writes the fields it is given, in that order (by default the
record contract's order, ``pipelines.record.FIELDS``), with UTC datetimes:
- ``jsonl``: one record per line, as ``scrapy article`` prints them;
  ``.gz`` / ``.zst`` suffixes compress (CSV too).
- ``csv``: a header row, RFC 4180 quoting (CRLF line ends; a field with a
  comma, quote or line break is quoted, quotes doubled), so multi-line text
  survives a round trip. Lists and ``http`` are JSON text; null is an empty cell.
- ``parquet``: pyarrow with the declared ``parquet_schema`` (timestamps in UTC,
  ``list<string>`` for lists, ``http`` a struct), zstd-compressed, one row
  group per batch.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from pipelines.dates import iso
from pipelines.record import FIELDS, SCHEMA_VERSION

if TYPE_CHECKING:
    import pyarrow as pa

# pyarrow (its C++ libraries and numpy, some 30 MB) is imported where Parquet is
# written: Scrapy imports every command's module in every process, the crawl's too.

FORMATS = ("jsonl", "csv", "parquet")
COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}


class BadExportPath(ValueError):
    """The output path or format cannot be used; the message is one line."""


def parquet_schema(fields: tuple[str, ...] = FIELDS) -> pa.Schema:
    import pyarrow as pa

    time = pa.timestamp("us", tz="UTC")
    text_list = pa.list_(pa.string())
    types: dict[str, pa.DataType] = {
        **{field: pa.string() for field in FIELDS},
        "authors": text_list,
        "tags": text_list,
        "http": pa.struct([("status", pa.int16()), ("etag", pa.string()), ("last_modified", pa.string())]),
        "word_count": pa.int32(),
        "version": pa.int32(),
        "change_seq": pa.int64(),
        **dict.fromkeys(("published_at", "modified_at", "fetched_at", "first_seen_at", "last_seen_at"), time),
    }
    columns = [(field, types[field]) for field in fields]
    return pa.schema(columns, metadata={"newsflow.schema_version": str(SCHEMA_VERSION)})


def format_of(path: str, given: str | None) -> tuple[str, str | None]:
    """``(format, compression)`` from ``--format`` or else the file name."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    compression = COMPRESSIONS.get(suffixes[-1]) if suffixes else None
    if compression:
        suffixes = suffixes[:-1]
    fmt = given or (suffixes[-1].lstrip(".") if suffixes else "")
    if fmt not in FORMATS:
        what = f"unknown format {given!r}" if given else "cannot tell the format from the file name"
        raise BadExportPath(f"{what}: use --format with one of {', '.join(FORMATS)}")
    if fmt == "parquet" and compression:
        raise BadExportPath("parquet files are compressed inside; drop the .gz/.zst suffix")
    return fmt, compression


class Writer(Protocol):
    def write(self, records: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def open_writer(path: Path, fmt: str, compression: str | None, fields: tuple[str, ...]) -> Writer:
    if fmt == "parquet":
        return ParquetWriter(path, fields)
    stream = _compressed(path, compression)
    return JsonlWriter(stream, fields) if fmt == "jsonl" else CsvWriter(stream, fields)


def _compressed(path: Path, compression: str | None) -> BinaryIO:
    if compression == "gzip":
        return gzip.GzipFile(path, "wb", compresslevel=6, mtime=0)  # type: ignore[return-value]
    if compression == "zstd":
        import zstandard

        return zstandard.ZstdCompressor(level=6).stream_writer(open(path, "wb"), closefd=True)
    return open(path, "wb")


class JsonlWriter:
    def __init__(self, stream: BinaryIO, fields: tuple[str, ...]) -> None:
        self.stream = stream
        self.fields = fields

    def write(self, records: list[dict[str, Any]]) -> None:
        lines = (_json_line({field: record.get(field) for field in self.fields}) for record in records)
        self.stream.write("".join(lines).encode("utf-8"))

    def close(self) -> None:
        self.stream.close()


class CsvWriter:
    def __init__(self, stream: BinaryIO, fields: tuple[str, ...]) -> None:
        self.stream = stream
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        self.fields = fields
        self.csv = csv.writer(self.text, lineterminator="\r\n")
        self.csv.writerow(fields)

    def write(self, records: list[dict[str, Any]]) -> None:
        self.csv.writerows([_cell(record.get(field)) for field in self.fields] for record in records)

    def close(self) -> None:
        self.text.close()


def _json_line(record: dict[str, Any]) -> str:
    values = {key: iso(value) if isinstance(value, datetime) else value for key, value in record.items()}
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n"


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class ParquetWriter:
    def __init__(self, path: Path, fields: tuple[str, ...]) -> None:
        import pyarrow.parquet as pq

        self.schema = parquet_schema(fields)
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, records: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if records:
            self.writer.write_table(pa.Table.from_pylist(records, schema=self.schema))

    def close(self) -> None:
        self.writer.close()
