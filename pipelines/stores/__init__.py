"""Store back-ends: MongoDB (the store of record) and embedded SQLite (the default).

Both keep one record per ``_id``: a re-fetch updates the content and
``fetched_at`` and keeps ``first_seen_at``. ``open_store`` picks one from the
settings ``MONGODB_URI`` (MongoDB when set) and ``SQLITE_PATH``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol


class StoreUnavailable(Exception):
    """The store cannot be opened or written to; the message is one line for the user."""


class Store(Protocol):
    description: str  # "MongoDB at host:port/db" or "SQLite at path", for messages

    async def open(self) -> None:
        """Connect and create the indexes; raise ``StoreUnavailable``."""

    async def upsert(self, records: list[dict[str, Any]]) -> dict[str, str]:
        """Write a batch (unordered); raise ``StoreUnavailable`` when the store is down.
        Returns each ``_id``'s outcome: "new", "updated" (text changed) or "unchanged"."""

    async def get(self, record_id: str) -> dict[str, Any] | None: ...

    async def count(self) -> int: ...

    async def known(self, ids: list[str]) -> dict[str, dict[str, datetime | None]]:
        """Which of ``ids`` are stored, with ``published_at`` and ``fetched_at``
        (indexed look-ups, in chunks)."""

    async def validators(self, urls: list[str]) -> dict[str, dict[str, str | None]]:
        """Stored ``etag``/``last_modified`` of feed, sitemap and start-page URLs."""

    async def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None: ...

    async def add_crawl(self, record: dict[str, Any]) -> None:
        """Append a crawl record (collection/table ``crawls``)."""

    async def last_crawls(self) -> dict[str, dict[str, Any]]:
        """The newest crawl record of each source."""

    async def count_by_source(self) -> dict[str, int]: ...

    async def next_runs(self) -> dict[str, datetime]:
        """Persisted next run time of each scheduled source."""

    async def set_next_run(self, source: str, when: datetime) -> None: ...

    async def close(self) -> None: ...


def latest_per_id(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per ``_id`` (the last one), keeping the earliest ``first_seen_at``."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        earlier = merged.get(record["_id"])
        if earlier is not None:
            record = {**record, "first_seen_at": min(earlier["first_seen_at"], record["first_seen_at"])}
        merged[record["_id"]] = record
    return list(merged.values())


def outcomes(records: list[dict[str, Any]], stored_hashes: dict[str, str | None]) -> dict[str, str]:
    """Classify a batch against the hashes stored before it was written."""
    result = {}
    for record in records:
        if record["_id"] not in stored_hashes:
            result[record["_id"]] = "new"
        elif stored_hashes[record["_id"]] != record.get("content_hash"):
            result[record["_id"]] = "updated"
        else:
            result[record["_id"]] = "unchanged"
    return result


def open_store(settings: Any) -> Store:
    """The store the settings select (not yet opened)."""
    uri = settings.get("MONGODB_URI")
    if uri:
        from pipelines.stores.mongo import MongoStore

        return MongoStore(uri, settings.get("MONGODB_DATABASE"), settings.getfloat("MONGODB_CONNECT_TIMEOUT"))
    from pipelines.stores.sqlite import SQLiteStore

    return SQLiteStore(settings.get("SQLITE_PATH"))
