"""``scrapy export`` against both stores: formats round-trip, filters,
manifests, incremental positions, a racing writer, interruptions, bad arguments."""

from __future__ import annotations

import argparse
import asyncio
import csv
import gzip
import hashlib
import io
import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import zstandard
from scrapy.settings import Settings

from pipelines.exportformats import parquet_schema
from pipelines.record import DATETIME_FIELDS, FIELDS, from_jsonable, to_jsonable
from scrapers.commands.export import Command
from tests.conftest import ROOT, StoreSetup, assert_valid_record, run_scrapy, scrapy_env
from tests.services import TCPProxy
from tests.test_stores import T0, make_record, make_store

ARABIC = 'قال المتحدث، في بيان: "لا تغيير في الموقف".\nوأضاف أن المفاوضات مستمرة, رغم الخلافات.'
ENGLISH = 'The minister said, "we will not move".\r\nA second paragraph, with commas; and "quotes".\n\nThird.'


def sample_records() -> list[dict[str, Any]]:
    """Six stories in three sources and two languages, one of them a copy."""
    records = []
    for n in range(1, 7):
        record = make_record(n, fetched_at=T0 + timedelta(days=n), text=(ARABIC if n % 2 else ENGLISH) + f" {n}")
        record.update(
            source="alyaum" if n % 2 else ("wire" if n == 6 else "daily"),
            language="ar" if n % 2 else "en",
            published_at=T0 + timedelta(days=n, hours=-3),
            authors=["أحمد علي", "Jane Doe"] if n % 2 else [],
            tags=["سياسة"] if n == 1 else [],
        )
        records.append(record)
    records[5].update(duplicate_of=records[1]["_id"], cluster_id=records[1]["_id"])
    return records


def write(setup: StoreSetup, *batches: list[dict[str, Any]]) -> None:
    async def run() -> None:
        target = make_store(setup)
        await target.open()
        try:
            for batch in batches:
                await target.upsert(batch)
        finally:
            await target.close()

    asyncio.run(run())


def export(setup: StoreSetup, path: Path, *options: str) -> Any:
    """``scrapy export`` as a user runs it, in a process of its own."""
    return run_scrapy("export", "-o", str(path), *options, *setup.args())


def export_here(setup: StoreSetup, path: Path, *options: str) -> int:
    """The same command, run in this process (faster; for the many-run tests)."""
    settings = Settings()
    settings.setmodule("config.settings")
    settings.setdict(setup.settings, priority="cmdline")
    command = Command()
    command.settings = settings
    parser = argparse.ArgumentParser()
    command.add_options(parser)
    command.run([], parser.parse_args(["-o", str(path), *options]))
    return command.exitcode


def load(path: Path) -> list[dict[str, Any]]:
    """Read an export back the way a user would."""
    name = path.name
    if name.endswith(".parquet"):
        return pq.read_table(path).to_pylist()
    raw = path.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    elif name.endswith(".zst"):
        raw = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw)).read()
    text = raw.decode("utf-8")
    if ".csv" in name:
        return [_from_csv(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
    return [from_jsonable(json.loads(line)) for line in text.splitlines() if line]


def _from_csv(row: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, cell in row.items():
        if cell == "":
            record[key] = None
        elif key in ("authors", "tags", "http"):
            record[key] = json.loads(cell)
        elif key in ("word_count", "version", "change_seq"):
            record[key] = int(cell)
        else:
            record[key] = cell
    return from_jsonable(record)


def stored(setup: StoreSetup) -> dict[str, dict[str, Any]]:
    return {record["_id"]: {field: record.get(field) for field in FIELDS} for record in setup.records()}


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst", "out.csv", "out.parquet"])
def test_export_round_trips_every_stored_original(store: StoreSetup, name: str) -> None:
    write(store, sample_records())
    path = store.tmp / "exports" / name
    if name == "out.jsonl":  # once as its own process, with what it prints
        run = export(store, path)
        assert run.code == 0 and run.errors == [], run.stderr
        assert run.stdout == f"Exported 5 records to {path} (manifest: out.jsonl.manifest.json)\n"
    else:
        assert export_here(store, path) == 0
    originals = {key: record for key, record in stored(store).items() if not record["duplicate_of"]}
    exported = load(path)
    assert [r["_id"] for r in exported] == sorted(originals, key=lambda key: (originals[key]["change_seq"], key))
    assert {r["_id"]: r for r in exported} == originals  # multi-line Arabic, quotes and commas survive
    for record in exported:
        assert list(record) == list(FIELDS)
        assert_valid_record(to_jsonable(record))
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".partial")]


def test_parquet_has_the_declared_schema_and_loads_in_pandas(store: StoreSetup) -> None:
    import pandas

    write(store, sample_records())
    path = store.tmp / "out.parquet"
    assert export_here(store, path) == 0
    assert pq.read_schema(path).remove_metadata() == parquet_schema().remove_metadata()
    frame = pandas.read_parquet(path)
    assert list(frame.columns) == list(FIELDS)
    assert str(frame["first_seen_at"].dtype) == "datetime64[us, UTC]"
    assert frame.loc[frame["_id"] == f"{1:032x}", "authors"].iloc[0].tolist() == ["أحمد علي", "Jane Doe"]


def test_parquet_loads_with_the_datasets_library(tmp_path: Path, store: StoreSetup) -> None:
    import datasets

    write(store, sample_records())
    path = store.tmp / "out.parquet"
    assert export_here(store, path) == 0
    loaded = datasets.load_dataset("parquet", data_files=str(path), split="train", cache_dir=str(tmp_path / "hf"))
    assert loaded.num_rows == 5 and loaded.column_names == list(FIELDS)


def test_manifest_describes_the_file(store: StoreSetup) -> None:
    write(store, sample_records())
    path = store.tmp / "out.jsonl.gz"
    assert export(store, path, "--language", "ar", "--by", "published_at").code == 0
    manifest = json.loads((store.tmp / "out.jsonl.gz.manifest.json").read_text(encoding="utf-8"))
    assert manifest["records"] == 3 == len(load(path))
    assert manifest["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert manifest["bytes"] == path.stat().st_size
    assert manifest["format"] == "jsonl" and manifest["compression"] == "gzip"
    assert manifest["counts"] == {"source": {"alyaum": 3}, "language": {"ar": 3}}
    assert manifest["filters"]["languages"] == ["ar"] and manifest["filters"]["by"] == "published_at"
    assert manifest["schema_version"] == 3 and manifest["newsflow_version"] == "0.1.0"
    published = sorted(r["published_at"] for r in load(path))
    assert manifest["time_range"] == {
        "field": "published_at",
        "first": to_jsonable({"t": published[0]})["t"],
        "last": to_jsonable({"t": published[-1]})["t"],
    }


def test_schema_version_matches_the_schema_file() -> None:
    title = json.loads((ROOT / "config" / "article.schema.json").read_text(encoding="utf-8"))["title"]
    assert title.endswith("(schema version 3)")


def _ids(path: Path) -> list[int]:
    return sorted(int(record["_id"], 16) for record in load(path))


def test_filters(store: StoreSetup) -> None:
    write(store, sample_records())
    out = store.tmp / "f.jsonl"
    cases = [
        (["--source", "alyaum"], [1, 3, 5]),
        (["--source", "daily", "--source", "wire"], [2, 4]),
        (["--source", "wire", "--include-duplicates"], [6]),
        (["--include-duplicates"], [1, 2, 3, 4, 5, 6]),
        (["--language", "en"], [2, 4]),
        (["--since", (T0 + timedelta(days=3)).isoformat()], [3, 4, 5]),
        (["--until", (T0 + timedelta(days=3)).isoformat()], [1, 2]),
        (["--since", "2025-03-16", "--until", "2025-03-17"], [2, 3]),  # a bare --until date includes its day
        (["--since", "2025-03-17T05:30:00+00:00", "--by", "published_at"], [3, 4, 5]),
        (["--since", "2025-03-17T05:30:01Z", "--by", "published_at"], [4, 5]),
    ]
    for options, expected in cases:
        code = export_here(store, out, *options)
        assert code == 0, options
        assert _ids(out) == expected, options


def test_fields_picks_and_orders_columns(store: StoreSetup) -> None:
    write(store, sample_records())
    for name in ("f.csv", "f.parquet", "f.jsonl"):
        path = store.tmp / name
        assert export_here(store, path, "--fields", "title,_id,published_at") == 0
        first = load(path)[0]
        assert list(first) == ["title", "_id", "published_at"] and first["title"].startswith("Headline")
    header = (store.tmp / "f.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "title,_id,published_at"


def test_incremental_exports_exactly_what_changed(store: StoreSetup) -> None:
    records = sample_records()
    write(store, records[:4])
    path = store.tmp / "daily.jsonl"

    def incremental() -> list[dict[str, Any]]:
        code = export_here(store, path, "--incremental", "daily")
        assert code == 0
        return load(path)

    assert [int(r["_id"], 16) for r in incremental()] == [1, 2, 3, 4]
    assert incremental() == []  # nothing new: an empty file and manifest, position kept
    write(store, [records[4]])
    assert [int(r["_id"], 16) for r in incremental()] == [5]
    changed = make_record(2, fetched_at=T0 + timedelta(days=9), text=ENGLISH + " corrected")
    unchanged = {**records[0], "fetched_at": T0 + timedelta(days=9)}  # re-fetched, same text
    write(store, [changed, unchanged])
    (again,) = incremental()
    assert again["_id"] == changed["_id"] and again["version"] == 2 and again["text"].endswith("corrected")
    manifest = json.loads((store.tmp / "daily.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["incremental"] == "daily" and manifest["change_seq"]["after"] < manifest["change_seq"]["upto"]
    # Another name starts from the beginning.
    assert export_here(store, path, "--incremental", "weekly") == 0
    assert _ids(path) == [1, 2, 3, 4, 5]


def test_incremental_refuses_other_filters_under_the_same_name(store: StoreSetup) -> None:
    write(store, sample_records())
    path = store.tmp / "d.jsonl"
    assert export(store, path, "--incremental", "d", "--source", "alyaum").code == 0
    run = export(store, path, "--incremental", "d", "--source", "daily")
    assert run.code == 2 and len(run.errors) == 1
    assert "'d'" in run.errors[0] and "sources=['alyaum']" in run.errors[0]
    assert _ids(path) == [1, 3, 5]  # the earlier file is untouched


WRITER = """
import asyncio, sys
from datetime import UTC, datetime
from tests.conftest import StoreSetup
from tests.test_stores import make_record, make_store

settings, first, count = dict(a.split("=", 1) for a in sys.argv[3:]), int(sys.argv[1]), int(sys.argv[2])

async def main():
    store = make_store(StoreSetup("x", settings, None))
    await store.open()
    for n in range(first, first + count, 3):  # small batches, one change number each
        now = datetime.now(UTC)
        batch = [make_record(i, fetched_at=now, text=f"story {i}") for i in range(n, min(n + 3, first + count))]
        if n % 2:  # and a new version of an earlier story now and then
            batch.append(make_record(first, fetched_at=now, text=f"story {first} as of {n}"))
        await store.upsert(batch)
    await store.close()

asyncio.run(main())
"""


def test_incremental_exports_racing_two_writers_have_no_gaps_and_no_repeats(store: StoreSetup) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(first), "150", *(f"{k}={v}" for k, v in store.settings.items())],
            cwd=ROOT,
            env=scrapy_env(),
        )
        for first in (1, 1001)
    ]
    seen: list[tuple[str, int]] = []
    runs = 0
    while True:
        running = any(w.poll() is None for w in writers)
        path = store.tmp / f"race-{runs}.jsonl"
        code = export_here(store, path, "--incremental", "race")
        assert code == 0
        seen += [(r["_id"], r["change_seq"]) for r in load(path)]
        runs += 1
        if not running:
            break
    assert [w.returncode for w in writers] == [0, 0]
    assert runs >= 2
    assert len(seen) == len(set(seen)), "a record exported twice at the same change"
    final = {r["_id"]: r["change_seq"] for r in store.records()}
    assert len(final) == 300
    exported_last = {}
    for record_id, seq in seen:
        exported_last[record_id] = max(seq, exported_last.get(record_id, 0))
    assert exported_last == final, "a record, or its latest change, never exported"


def _many(setup: StoreSetup, count: int, words: int = 800) -> None:
    body = " ".join(f"word{i}" for i in range(words))
    records = [make_record(n, text=f"{body} {n}") for n in range(1, count + 1)]
    write(setup, *(records[i : i + 500] for i in range(0, count, 500)))


def _wait_for_partial(directory: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") for p in directory.iterdir()):
        assert process.poll() is None, "the export ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.005)


def _start_export(setup: StoreSetup, path: Path, *options: str) -> subprocess.Popen[str]:
    args = ["export", "-o", str(path), "--incremental", "n", *options, *setup.args()]
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", *args], cwd=ROOT, env=scrapy_env(), stderr=subprocess.PIPE, text=True
    )


def test_interrupted_export_leaves_the_old_file_and_the_position(tmp_path: Path) -> None:
    setup = StoreSetup("sqlite", {"MONGODB_URI": "", "SQLITE_PATH": str(tmp_path / "n.sqlite3")}, tmp_path)
    _many(setup, 3000)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "n.csv"
    assert export(setup, path, "--source", "nobody").code == 0  # an earlier file at PATH
    before = path.read_bytes()
    process = _start_export(setup, path, "-s", "EXPORT_BATCH_SIZE=20")
    _wait_for_partial(out, process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.strip().splitlines() == [f"scrapy export: {path}: interrupted; nothing was written there"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["n.csv", "n.csv.manifest.json"]
    write(setup, [make_record(5000)])
    assert export(setup, path, "--incremental", "n").code == 0
    assert len(load(path)) == 3001  # the interrupted run did not move the position


def test_export_fails_cleanly_when_mongodb_goes_away(mongo_uri: str, mongo_proxy: TCPProxy, tmp_path: Path) -> None:
    proxied = mongo_uri.replace(mongo_uri.split("://", 1)[1].split("/", 1)[0], f"127.0.0.1:{mongo_proxy.port}")
    setup = StoreSetup("mongodb", {"MONGODB_URI": proxied, "MONGODB_CONNECT_TIMEOUT": "2"}, tmp_path)
    _many(setup, 400, words=50)
    path = tmp_path / "n.parquet"
    process = _start_export(setup, path, "-s", "EXPORT_BATCH_SIZE=2")
    _wait_for_partial(tmp_path, process)
    mongo_proxy.cut()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    (line,) = stderr.strip().splitlines()
    assert line.startswith(f"scrapy export: {path}: MongoDB at 127.0.0.1:{mongo_proxy.port}/")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    mongo_proxy.restore()
    assert export(setup, path, "--incremental", "n").code == 0
    assert len(load(path)) == 400  # the failed run did not move the position


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "x.xml"], "x.xml: cannot tell the format from the file name: use --format with one of"),
        (["-o", "x.jsonl", "--format", "xml"], "x.jsonl: unknown format 'xml': use --format with one of"),
        (["-o", "x.parquet.gz"], "x.parquet.gz: parquet files are compressed inside"),
        (["-o", "x.jsonl", "--fields", "title,bogus"], "--fields: unknown field 'bogus'; the fields are _id,url,"),
        (["-o", "x.jsonl", "--since", "last week"], "--since 'last week' is not an ISO date or datetime"),
        (["-o", "x.jsonl", "--until", "2026-13-01"], "--until '2026-13-01' is not an ISO date or datetime"),
        (["-o", "x.jsonl", "--by", "fetched_at"], "--by 'fetched_at': use one of first_seen_at, published_at"),
        ([], "name the output file with -o PATH"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(tmp_path: Path, options: list[str], message: str) -> None:
    run = run_scrapy("export", *options, "-s", f"SQLITE_PATH={tmp_path / 'n.sqlite3'}", "-s", "MONGODB_URI=")
    assert run.code == 2
    assert len(run.errors) == 1 and run.errors[0].startswith(f"scrapy export: {message}"), run.errors
    assert not list(tmp_path.iterdir())  # not even the store was opened


def test_unreachable_store_gets_one_line_and_exit_1(tmp_path: Path) -> None:
    from tests.services import free_port

    uri = f"mongodb://127.0.0.1:{free_port()}/news"
    run = run_scrapy(
        "export", "-o", str(tmp_path / "x.jsonl"), "-s", f"MONGODB_URI={uri}", "-s", "MONGODB_CONNECT_TIMEOUT=1"
    )
    assert run.code == 1 and len(run.errors) == 1 and "cannot reach MongoDB at 127.0.0.1:" in run.errors[0]
    assert not list(tmp_path.iterdir())


def test_records_keep_datetimes_in_utc(store: StoreSetup) -> None:
    write(store, sample_records())
    path = store.tmp / "t.parquet"
    assert export_here(store, path) == 0
    for record in load(path):
        for field in DATETIME_FIELDS:
            value = record[field]
            assert value is None or (isinstance(value, datetime) and value.utcoffset() == timedelta(0))
    assert load(path)[0]["first_seen_at"] == datetime(2025, 3, 15, 8, 30, tzinfo=UTC)
