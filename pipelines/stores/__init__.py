"""Store back-ends: MongoDB (the store of record) and embedded SQLite (the default).

Both keep one record per ``_id``: a re-fetch updates the content and
``fetched_at`` and keeps ``first_seen_at``. ``open_store`` picks one from the
settings ``MONGODB_URI`` (MongoDB when set) and ``SQLITE_PATH``.
"""

from __future__ import annotations

from typing import Any, Protocol


class StoreUnavailable(Exception):
    """The store cannot be opened or written to; the message is one line for the user."""


class Store(Protocol):
    description: str  # "MongoDB at host:port/db" or "SQLite at path", for messages

    async def open(self) -> None:
        """Connect and create the indexes; raise ``StoreUnavailable``."""

    async def upsert(self, records: list[dict[str, Any]]) -> None:
        """Write a batch (unordered); raise ``StoreUnavailable`` when the store is down."""

    async def get(self, record_id: str) -> dict[str, Any] | None: ...

    async def count(self) -> int: ...

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


def open_store(settings: Any) -> Store:
    """The store the settings select (not yet opened)."""
    uri = settings.get("MONGODB_URI")
    if uri:
        from pipelines.stores.mongo import MongoStore

        return MongoStore(uri, settings.get("MONGODB_DATABASE"), settings.getfloat("MONGODB_CONNECT_TIMEOUT"))
    from pipelines.stores.sqlite import SQLiteStore

    return SQLiteStore(settings.get("SQLITE_PATH"))
