"""MongoDB store through pymongo's asyncio client (never blocks the reactor).

Collection ``articles``; dates are BSON dates. Indexes are created on open.
"""

from __future__ import annotations

from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, UpdateOne
from pymongo.errors import BulkWriteError, ConfigurationError, ConnectionFailure, InvalidURI, PyMongoError
from pymongo.uri_parser import parse_uri

from pipelines.stores import StoreUnavailable, latest_per_id

INDEXES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("canonical_url", {"unique": True}),
    ("published_at", {}),
    ("source", {}),
    ("content_hash", {}),
)


def _describe(uri: str, database: str) -> str:
    try:
        hosts = ",".join(f"{h}:{p}" for h, p in parse_uri(uri)["nodelist"])
    except (InvalidURI, ConfigurationError, ValueError):
        hosts = "?"
    return f"MongoDB at {hosts}/{database}"


class MongoStore:
    def __init__(self, uri: str, default_database: str = "news", connect_timeout: float = 5.0) -> None:
        self.uri = uri
        self.connect_timeout = connect_timeout
        try:
            self.database_name = parse_uri(uri).get("database") or default_database
        except (InvalidURI, ConfigurationError, ValueError) as exc:
            raise StoreUnavailable(f"MONGODB_URI is not a MongoDB URI: {exc}") from None
        self.description = _describe(uri, self.database_name)
        self._client: AsyncMongoClient[dict[str, Any]] | None = None

    async def open(self) -> None:
        timeout_ms = int(self.connect_timeout * 1000)
        self._client = AsyncMongoClient(
            self.uri, tz_aware=True, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms
        )
        try:
            await self._client.admin.command("ping")
            for field, options in INDEXES:
                await self.articles.create_index([(field, ASCENDING)], **options)
        except PyMongoError as exc:
            await self.close()
            raise StoreUnavailable(f"cannot reach {self.description}: {_first_line(exc)}") from None

    @property
    def articles(self) -> Any:
        assert self._client is not None, "store is not open"
        return self._client[self.database_name]["articles"]

    async def upsert(self, records: list[dict[str, Any]]) -> None:
        ops = []
        for record in latest_per_id(records):
            fields = {k: v for k, v in record.items() if k not in ("_id", "first_seen_at")}
            ops.append(
                UpdateOne(
                    {"_id": record["_id"]},
                    {"$set": fields, "$setOnInsert": {"first_seen_at": record["first_seen_at"]}},
                    upsert=True,
                )
            )
        if not ops:
            return
        try:
            await self.articles.bulk_write(ops, ordered=False)
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            raise ValueError(f"{len(errors)} records rejected: {errors[0].get('errmsg') if errors else exc}") from None
        except (ConnectionFailure, PyMongoError) as exc:
            raise StoreUnavailable(f"{self.description}: {_first_line(exc)}") from None

    async def get(self, record_id: str) -> dict[str, Any] | None:
        return await self.articles.find_one({"_id": record_id})

    async def count(self) -> int:
        return int(await self.articles.count_documents({}))

    async def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.close()


def _first_line(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text.split(", Timeout:")[0].split(" (configured timeouts")[0]
