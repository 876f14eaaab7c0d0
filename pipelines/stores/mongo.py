"""MongoDB store through pymongo's asyncio client (never blocks the reactor).

Collection ``articles``; dates are BSON dates. Indexes are created on open.
"""

from __future__ import annotations

from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, UpdateOne
from pymongo.errors import BulkWriteError, ConfigurationError, ConnectionFailure, InvalidURI, PyMongoError
from pymongo.uri_parser import parse_uri

from pipelines.stores import StoreUnavailable, latest_per_id, outcomes

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
            await self._collection("crawls").create_index([("source", ASCENDING), ("started_at", ASCENDING)])
        except PyMongoError as exc:
            await self.close()
            raise StoreUnavailable(f"cannot reach {self.description}: {_first_line(exc)}") from None

    @property
    def articles(self) -> Any:
        assert self._client is not None, "store is not open"
        return self._client[self.database_name]["articles"]

    def _collection(self, name: str) -> Any:
        assert self._client is not None, "store is not open"
        return self._client[self.database_name][name]

    async def upsert(self, records: list[dict[str, Any]]) -> dict[str, str]:
        batch = latest_per_id(records)
        ops = []
        for record in batch:
            fields = {k: v for k, v in record.items() if k not in ("_id", "first_seen_at")}
            ops.append(
                UpdateOne(
                    {"_id": record["_id"]},
                    {"$set": fields, "$setOnInsert": {"first_seen_at": record["first_seen_at"]}},
                    upsert=True,
                )
            )
        if not ops:
            return {}
        try:
            before = await self._hashes([r["_id"] for r in batch])
            await self.articles.bulk_write(ops, ordered=False)
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            raise ValueError(f"{len(errors)} records rejected: {errors[0].get('errmsg') if errors else exc}") from None
        except (ConnectionFailure, PyMongoError) as exc:
            raise StoreUnavailable(f"{self.description}: {_first_line(exc)}") from None
        return outcomes(batch, before)

    async def _hashes(self, ids: list[str]) -> dict[str, str | None]:
        cursor = self.articles.find({"_id": {"$in": ids}}, {"content_hash": 1})
        return {doc["_id"]: doc.get("content_hash") async for doc in cursor}

    async def known(self, ids: list[str]) -> dict[str, Any]:
        cursor = self.articles.find({"_id": {"$in": ids}}, {"published_at": 1, "fetched_at": 1})
        return {
            doc["_id"]: {"published_at": doc.get("published_at"), "fetched_at": doc.get("fetched_at")}
            async for doc in cursor
        }

    async def validators(self, urls: list[str]) -> dict[str, dict[str, str | None]]:
        cursor = self._collection("http_validators").find({"_id": {"$in": urls}})
        return {
            doc["_id"]: {"etag": doc.get("etag"), "last_modified": doc.get("last_modified")} async for doc in cursor
        }

    async def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        await self._collection("http_validators").replace_one(
            {"_id": url}, {"etag": etag, "last_modified": last_modified}, upsert=True
        )

    async def add_crawl(self, record: dict[str, Any]) -> None:
        await self._collection("crawls").insert_one(dict(record))

    async def last_crawls(self) -> dict[str, dict[str, Any]]:
        crawls = self._collection("crawls")
        newest = {}
        for source in await crawls.distinct("source"):
            doc = await crawls.find_one({"source": source}, {"_id": 0}, sort=[("started_at", -1)])
            if doc is not None:
                newest[source] = doc
        return newest

    async def count_by_source(self) -> dict[str, int]:
        cursor = await self.articles.aggregate([{"$group": {"_id": "$source", "n": {"$sum": 1}}}])
        return {doc["_id"]: int(doc["n"]) async for doc in cursor}

    async def next_runs(self) -> dict[str, Any]:
        return {doc["_id"]: doc["next_run_at"] async for doc in self._collection("schedule").find()}

    async def set_next_run(self, source: str, when: Any) -> None:
        await self._collection("schedule").replace_one({"_id": source}, {"next_run_at": when}, upsert=True)

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
