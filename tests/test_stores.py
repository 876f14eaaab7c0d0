"""Both store back-ends behave the same, over a real connection."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pymongo import MongoClient
from scrapy.settings import Settings

from pipelines.record import content_hash, to_jsonable
from pipelines.store import StorePipeline, replay_spills
from pipelines.stores import Store, StoreUnavailable, open_store
from pipelines.stores.mongo import MongoStore
from pipelines.stores.spill import BadSpillFile, pending_spills, read_spill, write_spill
from tests.conftest import StoreSetup, assert_valid_record
from tests.services import TCPProxy

T0 = datetime(2025, 3, 14, 8, 30, tzinfo=UTC)


def make_record(n: int = 1, fetched_at: datetime = T0, text: str = "Body text of the article.") -> dict[str, Any]:
    return {
        "_id": f"{n:032x}",
        "url": f"https://news.example/a/{n}",
        "canonical_url": f"https://news.example/a/{n}",
        "source": "news.example",
        "title": f"Headline {n}",
        "authors": ["Jane Doe"],
        "published_at": T0 - timedelta(hours=1),
        "modified_at": None,
        "language": "en",
        "text": text,
        "description": None,
        "image": None,
        "tags": [],
        "site_name": "News Example",
        "word_count": 5,
        "content_hash": content_hash(text),
        "fetched_at": fetched_at,
        "first_seen_at": fetched_at,
        "http": {"status": 200, "etag": None, "last_modified": None},
        "last_seen_at": fetched_at,
        "version": 1,
        "duplicate_of": None,
        "cluster_id": f"{n:032x}",
    }


def make_store(setup: StoreSetup) -> Store:
    settings = Settings()
    settings.setmodule("config.settings")
    settings.setdict(setup.settings, priority="cmdline")
    return open_store(settings)


async def _session(setup: StoreSetup, *batches: list[dict[str, Any]]) -> tuple[int, dict[str, Any] | None]:
    store = make_store(setup)
    await store.open()
    try:
        for batch in batches:
            await store.upsert(batch)
        return await store.count(), await store.get(f"{1:032x}")
    finally:
        await store.close()


def test_refetch_updates_content_and_keeps_first_seen(store: StoreSetup) -> None:
    later = T0 + timedelta(days=1)
    count, record = asyncio.run(
        _session(store, [make_record(1)], [make_record(1, fetched_at=later, text="Updated body text.")])
    )
    assert count == 1
    assert record is not None
    assert record["first_seen_at"] == T0
    assert record["fetched_at"] == later
    assert record["text"] == "Updated body text."
    assert_valid_record(to_jsonable(record))


def test_changed_text_makes_a_new_version_and_keeps_the_old_one(store: StoreSetup) -> None:
    later, latest = T0 + timedelta(days=1), T0 + timedelta(days=2)
    first, changed, same = (
        make_record(1),
        make_record(1, later, "Corrected body text."),
        make_record(1, latest, "Corrected body text."),
    )

    async def scenario() -> tuple[list[dict[str, str]], dict[str, Any] | None]:
        target = make_store(store)
        await target.open()
        try:
            outcomes = [await target.upsert([r]) for r in (first, changed, same)]
            return outcomes, await target.get(first["_id"])
        finally:
            await target.close()

    outcomes, record = asyncio.run(scenario())
    assert [o[first["_id"]] for o in outcomes] == ["new", "updated", "unchanged"]
    assert record is not None
    assert record["version"] == 2 and record["text"] == "Corrected body text."
    assert record["fetched_at"] == later and record["last_seen_at"] == latest and record["modified_at"] == later
    assert record["first_seen_at"] == T0
    (old,) = store.read("article_versions")
    assert old["version"] == 1 and old["text"] == first["text"] and old["content_hash"] == first["content_hash"]
    assert old["article_id"] == first["_id"]


def test_one_record_per_id_within_a_batch(store: StoreSetup) -> None:
    later = T0 + timedelta(minutes=5)
    count, record = asyncio.run(_session(store, [make_record(1), make_record(2), make_record(1, fetched_at=later)]))
    assert count == 2
    assert record is not None and record["first_seen_at"] == T0 and record["fetched_at"] == later


def test_dates_round_trip_as_utc(store: StoreSetup) -> None:
    _count, record = asyncio.run(_session(store, [make_record(1)]))
    assert record is not None
    assert record["published_at"] == T0 - timedelta(hours=1)
    assert record["published_at"].utcoffset() == timedelta(0)
    assert record["modified_at"] is None


def test_indexes_are_created_on_open(store: StoreSetup) -> None:
    asyncio.run(_session(store))
    if store.kind == "mongodb":
        with MongoClient(store.settings["MONGODB_URI"]) as client:
            info = client.get_default_database()["articles"].index_information()
        keys = {tuple(k for k, _ in spec["key"]): spec.get("unique", False) for spec in info.values()}
    else:
        with sqlite3.connect(store.settings["SQLITE_PATH"]) as db:
            keys = {}
            for _seq, name, unique, *_ in db.execute("PRAGMA index_list(articles)").fetchall():
                columns = tuple(row[2] for row in db.execute(f"PRAGMA index_info('{name}')"))
                keys[columns] = bool(unique)
    assert keys[("canonical_url",)] is True
    for field in ("published_at", "source", "content_hash"):
        assert (field,) in keys


def test_unreachable_mongodb_is_one_clear_error() -> None:
    store = MongoStore("mongodb://127.0.0.1:9/news", connect_timeout=0.5)
    with pytest.raises(StoreUnavailable, match=r"cannot reach MongoDB at 127\.0\.0\.1:9/news"):
        asyncio.run(store.open())


def test_bad_mongodb_uri_is_one_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="MONGODB_URI is not a MongoDB URI"):
        MongoStore("http://not-mongo/")


def test_unwritable_sqlite_path_is_one_clear_error(tmp_path: Path) -> None:
    from pipelines.stores.sqlite import SQLiteStore

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="cannot open SQLite at"):
        asyncio.run(SQLiteStore(str(blocker / "news.sqlite3")).open())


def test_spill_files_round_trip_and_replay(store: StoreSetup, tmp_path: Path) -> None:
    spill_dir = tmp_path / "spill"
    path = write_spill(spill_dir, [make_record(1), make_record(2)])
    assert read_spill(path) == [make_record(1), make_record(2)]

    async def replay() -> int:
        target = make_store(store)
        await target.open()
        try:
            loaded = await replay_spills(target, str(spill_dir))
            assert await target.count() == 2
            return loaded
        finally:
            await target.close()

    assert asyncio.run(replay()) == 2
    assert pending_spills(spill_dir) == []


def test_corrupt_spill_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "spill-1.jsonl"
    path.write_text('{"_id": "a", "first_seen_at": "2025-01-01T00:00:00Z"}\n{not json\n', encoding="utf-8")
    with pytest.raises(BadSpillFile, match=r"spill-1\.jsonl: line 2"):
        read_spill(path)


class Stats(dict[str, int]):
    """The two stats-collector methods the pipeline uses."""

    def inc_value(self, key: str, count: int = 1) -> None:
        self[key] = self.get(key, 0) + count

    def get_value(self, key: str) -> int | None:
        return self.get(key)


def _proxied_pipeline(mongo_uri: str, proxy: TCPProxy, tmp_path: Path) -> StorePipeline:
    database = mongo_uri.rsplit("/", 1)[1]
    store = MongoStore(f"mongodb://127.0.0.1:{proxy.port}/{database}", connect_timeout=1.0)
    return StorePipeline(
        store, Stats(), batch_size=100, retry_times=3, retry_delay=0.3, spill_dir=str(tmp_path / "spill")
    )


def test_pipeline_retries_while_mongodb_is_away(mongo_uri: str, mongo_proxy: TCPProxy, tmp_path: Path) -> None:
    pipeline = _proxied_pipeline(mongo_uri, mongo_proxy, tmp_path)

    async def scenario() -> int:
        await pipeline.store.open()
        mongo_proxy.cut()
        write = asyncio.create_task(pipeline._write([make_record(1), make_record(2)]))
        await asyncio.sleep(1.5)  # at least one failed attempt
        mongo_proxy.restore()
        await write
        count = await pipeline.store.count()
        await pipeline.store.close()
        return count

    assert asyncio.run(scenario()) == 2
    assert pipeline.stats.get_value("store/retries")
    assert pending_spills(tmp_path / "spill") == []


def test_pipeline_spills_when_mongodb_stays_away(mongo_uri: str, mongo_proxy: TCPProxy, tmp_path: Path) -> None:
    pipeline = _proxied_pipeline(mongo_uri, mongo_proxy, tmp_path)

    async def scenario() -> None:
        await pipeline.store.open()
        mongo_proxy.cut()
        await pipeline._write([make_record(1), make_record(2)])
        await pipeline.store.close()

    asyncio.run(scenario())
    (spilled,) = pending_spills(tmp_path / "spill")
    assert [r["_id"] for r in read_spill(spilled)] == [f"{1:032x}", f"{2:032x}"]
    assert pipeline.stats.get_value("store/spilled") == 2
    with MongoClient(mongo_uri) as client:
        assert client.get_default_database()["articles"].count_documents({}) == 0


def test_closing_while_a_timed_flush_is_writing_loses_nothing(
    mongo_uri: str, mongo_proxy: TCPProxy, tmp_path: Path
) -> None:
    """The crawl ends while the periodic flush is still retrying a batch: that
    batch is written and counted, not cancelled with the timer."""
    database = mongo_uri.rsplit("/", 1)[1]
    store = MongoStore(f"mongodb://127.0.0.1:{mongo_proxy.port}/{database}", connect_timeout=1.0)
    pipeline = StorePipeline(
        store, Stats(), batch_size=100, flush_interval=0.1, retry_times=5, retry_delay=0.3,
        spill_dir=str(tmp_path / "spill"),
    )  # fmt: skip

    async def scenario() -> None:
        await pipeline.open_spider()
        mongo_proxy.cut()
        for n in (1, 2, 3):
            await pipeline.process_item(make_record(n))
        await asyncio.sleep(0.6)  # the timed flush has taken the batch and is retrying
        closing = asyncio.create_task(pipeline.close_spider())
        await asyncio.sleep(0.3)
        mongo_proxy.restore()
        await closing

    asyncio.run(scenario())
    assert pipeline.stats.get_value("articles/new") == 3
    assert pending_spills(tmp_path / "spill") == []
    with MongoClient(mongo_uri) as client:
        assert client.get_default_database()["articles"].count_documents({}) == 3
