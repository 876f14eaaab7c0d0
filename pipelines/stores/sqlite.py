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
from pathlib import Path
from typing import Any, TypeVar

from pipelines.record import from_jsonable, to_jsonable
from pipelines.stores import StoreUnavailable, latest_per_id

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
"""

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

    async def upsert(self, records: list[dict[str, Any]]) -> None:
        rows = [_row(record) for record in latest_per_id(records)]
        try:
            await self._run(self._upsert, rows)
        except sqlite3.OperationalError as exc:  # locked, disk full, read-only
            raise StoreUnavailable(f"{self.description}: {exc}") from None
        except sqlite3.IntegrityError as exc:  # records the store rejects: not worth a retry
            raise ValueError(f"{len(rows)} records rejected: {exc}") from None

    def _upsert(self, rows: list[dict[str, Any]]) -> None:
        assert self._db is not None, "store is not open"
        with self._db:
            self._db.executemany(UPSERT, rows)

    async def get(self, record_id: str) -> dict[str, Any] | None:
        return await self._run(self._get, record_id)

    def _get(self, record_id: str) -> dict[str, Any] | None:
        assert self._db is not None, "store is not open"
        row = self._db.execute("SELECT doc FROM articles WHERE _id = ?", (record_id,)).fetchone()
        return from_jsonable(json.loads(row[0])) if row else None

    async def count(self) -> int:
        return await self._run(self._count)

    def _count(self) -> int:
        assert self._db is not None, "store is not open"
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    async def close(self) -> None:
        if self._db is not None:
            await self._run(self._db.close)
            self._db = None
        self._thread.shutdown(wait=False)


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
