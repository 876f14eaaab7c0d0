"""Embedded SQLite store (standard library): the zero-setup default.

Table ``articles`` keeps the whole record as JSON in ``doc`` plus indexed
columns for the fields that are queried. All SQLite calls run on one
dedicated thread, so the reactor never waits on disk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pipelines.dates import iso
from pipelines.record import from_jsonable, to_jsonable
from pipelines.stores import StoreUnavailable, latest_per_id, outcomes

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    _id TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL UNIQUE,
    source TEXT,
    published_at TEXT,
    content_hash TEXT,
    first_seen_at TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published_at ON articles(published_at);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS http_validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS crawls (source TEXT NOT NULL, started_at TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS crawls_source_started ON crawls(source, started_at);
CREATE TABLE IF NOT EXISTS schedule (source TEXT PRIMARY KEY, next_run_at TEXT NOT NULL);
"""
CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit

UPSERT = """
INSERT INTO articles (_id, canonical_url, source, published_at, content_hash, first_seen_at, fetched_at, doc)
VALUES (:_id, :canonical_url, :source, :published_at, :content_hash, :first_seen_at, :fetched_at, :doc)
ON CONFLICT(_id) DO UPDATE SET
    canonical_url = excluded.canonical_url,
    source = excluded.source,
    published_at = excluded.published_at,
    content_hash = excluded.content_hash,
    fetched_at = excluded.fetched_at,
    doc = json_set(excluded.doc, '$.first_seen_at', articles.first_seen_at)
"""


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.description = f"SQLite at {self.path}"
        self._db: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")

    async def _run(self, func: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._thread, func, *args)

    async def open(self) -> None:
        try:
            await self._run(self._open)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"cannot open {self.description}: {exc}") from None

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(SCHEMA)
        self._db = db

    async def upsert(self, records: list[dict[str, Any]]) -> dict[str, str]:
        batch = latest_per_id(records)
        rows = [_row(record) for record in batch]
        try:
            before = await self._run(self._upsert, rows)
        except sqlite3.OperationalError as exc:  # locked, disk full, read-only
            raise StoreUnavailable(f"{self.description}: {exc}") from None
        except sqlite3.IntegrityError as exc:  # records the store rejects: not worth a retry
            raise ValueError(f"{len(rows)} records rejected: {exc}") from None
        return outcomes(batch, before)

    def _upsert(self, rows: list[dict[str, Any]]) -> dict[str, str | None]:
        db = self._conn()
        with db:
            before = dict(self._select_in("SELECT _id, content_hash FROM articles", [r["_id"] for r in rows]))
            db.executemany(UPSERT, rows)
        return before

    def _conn(self) -> sqlite3.Connection:
        assert self._db is not None, "store is not open"
        return self._db

    def _select_in(self, query: str, keys: list[str], column: str = "_id") -> list[Any]:
        found: list[Any] = []
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            found += self._conn().execute(f"{query} WHERE {column} IN ({marks})", chunk).fetchall()
        return found

    async def known(self, ids: list[str]) -> dict[str, Any]:
        rows = await self._run(self._select_in, "SELECT _id, published_at, fetched_at FROM articles", ids)
        return {key: {"published_at": _datetime(pub), "fetched_at": _datetime(got)} for key, pub, got in rows}

    async def validators(self, urls: list[str]) -> dict[str, dict[str, str | None]]:
        rows = await self._run(self._select_in, "SELECT url, etag, last_modified FROM http_validators", urls, "url")
        return {url: {"etag": etag, "last_modified": modified} for url, etag, modified in rows}

    async def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        await self._write("INSERT OR REPLACE INTO http_validators VALUES (?, ?, ?)", (url, etag, last_modified))

    async def _write(self, query: str, values: tuple[Any, ...]) -> None:
        def write() -> None:
            with self._conn() as db:
                db.execute(query, values)

        await self._run(write)

    async def add_crawl(self, record: dict[str, Any]) -> None:
        doc = to_jsonable(record)
        await self._write("INSERT INTO crawls VALUES (?, ?, ?)", (doc["source"], doc["started_at"], json.dumps(doc)))

    async def last_crawls(self) -> dict[str, dict[str, Any]]:
        query = (
            "SELECT doc FROM crawls AS c"
            " WHERE started_at = (SELECT max(started_at) FROM crawls WHERE source = c.source)"
        )
        rows = await self._run(lambda: self._conn().execute(query).fetchall())
        docs = (json.loads(row[0]) for row in rows)
        return {doc["source"]: from_jsonable(doc, ("started_at", "finished_at")) for doc in docs}

    async def count_by_source(self) -> dict[str, int]:
        query = "SELECT source, count(*) FROM articles GROUP BY source"
        return dict(await self._run(lambda: self._conn().execute(query).fetchall()))

    async def next_runs(self) -> dict[str, Any]:
        rows = await self._run(lambda: self._conn().execute("SELECT source, next_run_at FROM schedule").fetchall())
        return {source: _datetime(when) for source, when in rows}

    async def set_next_run(self, source: str, when: Any) -> None:
        await self._write("INSERT OR REPLACE INTO schedule VALUES (?, ?)", (source, iso(when)))

    async def get(self, record_id: str) -> dict[str, Any] | None:
        return await self._run(self._get, record_id)

    def _get(self, record_id: str) -> dict[str, Any] | None:
        row = self._conn().execute("SELECT doc FROM articles WHERE _id = ?", (record_id,)).fetchone()
        return from_jsonable(json.loads(row[0])) if row else None

    async def count(self) -> int:
        return await self._run(self._count)

    def _count(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM articles").fetchone()[0])

    async def close(self) -> None:
        if self._db is not None:
            await self._run(self._db.close)
            self._db = None
        self._thread.shutdown(wait=False)


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _row(record: dict[str, Any]) -> dict[str, Any]:
    doc = to_jsonable(record)
    return {
        "_id": doc["_id"],
        "canonical_url": doc["canonical_url"],
        "source": doc.get("source"),
        "published_at": doc.get("published_at"),
        "content_hash": doc.get("content_hash"),
        "first_seen_at": doc["first_seen_at"],
        "fetched_at": doc["fetched_at"],
        "doc": json.dumps(doc, ensure_ascii=False),
    }
