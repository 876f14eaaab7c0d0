"""MongoDB store through pymongo's asyncio client (never blocks the reactor).

Collection ``articles``; dates are BSON dates. Indexes are created on open.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING, AsyncMongoClient, ReplaceOne, UpdateOne
from pymongo.errors import (
    BulkWriteError,
    ConfigurationError,
    ConnectionFailure,
    DuplicateKeyError,
    InvalidURI,
    PyMongoError,
)
from pymongo.uri_parser import parse_uri

from pipelines.stores import (
    STORED_FIELDS,
    Choose,
    Selection,
    StoreUnavailable,
    Write,
    latest_per_id,
    plan_writes,
    resolve_known,
    url_aliases,
)

# A change claim not marked done after this long belongs to a writer that died
# between claiming and finishing; exports stop waiting for it.
CHANGE_CLAIM_TIMEOUT = timedelta(minutes=10)
CANDIDATES_PER_KEY = 20  # as in the SQLite store: earliest fingerprints read per LSH key
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
            await self._collection("fingerprints").create_index([("keys", ASCENDING)])
            await self._collection("fingerprints").create_index([("seq", ASCENDING)], unique=True)
            await self.articles.create_index([("change_seq", ASCENDING), ("_id", ASCENDING)])
            await self.articles.create_index([("source", ASCENDING), ("first_seen_at", ASCENDING)])
            await self._collection("boilerplate").create_index([("source", ASCENDING), ("key", ASCENDING)], unique=True)
        except PyMongoError as exc:
            await self.close()
            raise StoreUnavailable(f"cannot reach {self.description}: {_first_line(exc)}") from None

    @property
    def articles(self) -> Any:
        return self._collection("articles")

    def _collection(self, name: str) -> Any:
        assert self._client is not None, "store is not open"
        return self._client[self.database_name][name]

    async def upsert(self, records: list[dict[str, Any]]) -> dict[str, str]:
        batch = latest_per_id(records)
        if not batch:
            return {}
        try:
            stored = await self._stored([r["_id"] for r in batch])
            writes = plan_writes(batch, stored)
            changed = [w.record for w in writes if w.kind != "unchanged"]
            seq = await self._claim_change() if changed else None
            for record in changed:
                record["change_seq"] = seq
            try:
                await self._write(writes, records)
            finally:  # written or failed, nothing more comes under this number
                if seq is not None:
                    await self._collection("changes").update_one({"_id": seq}, {"$set": {"done": True}})
        except BulkWriteError as exc:
            errors = exc.details.get("writeErrors", [])
            raise ValueError(f"{len(errors)} records rejected: {errors[0].get('errmsg') if errors else exc}") from None
        except (ConnectionFailure, PyMongoError) as exc:
            raise StoreUnavailable(f"{self.description}: {_first_line(exc)}") from None
        return {w.record["_id"]: w.kind for w in writes}

    async def _write(self, writes: list[Write], records: list[dict[str, Any]]) -> None:
        versions = [w.superseded for w in writes if w.superseded]
        if versions:
            await self._collection("article_versions").bulk_write(
                [ReplaceOne({"_id": v["_id"]}, v, upsert=True) for v in versions], ordered=False
            )
        await self.articles.bulk_write([_operation(w) for w in writes], ordered=False)
        if aliases := url_aliases(records):  # every URL seen, before same-_id records merged
            await self._collection("url_aliases").bulk_write(
                [ReplaceOne({"_id": a}, {"article_id": t}, upsert=True) for a, t in aliases], ordered=False
            )

    async def _claim_change(self) -> int:
        """The next change sequence number, claimed in ``changes`` (``done``
        once the batch is written). As with fingerprints, the number is read
        from the claims themselves under their unique ``_id``: claim N exists
        before anyone can take N + 1, and claims are never removed, so a
        writer can never be handed a number an export has already passed."""
        changes = self._collection("changes")
        while True:
            last = await changes.find_one({}, {"_id": 1}, sort=[("_id", -1)])
            seq = int(last["_id"]) + 1 if last else 1
            try:
                await changes.insert_one({"_id": seq, "at": datetime.now(UTC), "done": False})
                return seq
            except DuplicateKeyError:
                continue  # another writer took it: look again

    async def change_horizon(self) -> int:
        # Below the oldest claim still being written (unless its writer has
        # been silent for CHANGE_CLAIM_TIMEOUT): everything at or under the
        # horizon is in the collection, and later writes get higher numbers.
        changes = self._collection("changes")
        last = await self._guard(changes.find_one({}, {"_id": 1}, sort=[("_id", -1)]))
        if last is None:
            return 0
        alive = datetime.now(UTC) - CHANGE_CLAIM_TIMEOUT
        query = {"_id": {"$lte": last["_id"]}, "done": False, "at": {"$gt": alive}}
        pending = await self._guard(changes.find_one(query, {"_id": 1}, sort=[("_id", 1)]))
        return int(pending["_id"]) - 1 if pending else int(last["_id"])

    async def scan(self, selection: Selection, batch_size: int) -> AsyncIterator[list[dict[str, Any]]]:
        cursor = self.articles.find(_filter(selection)).sort([("change_seq", ASCENDING), ("_id", ASCENDING)])
        batch: list[dict[str, Any]] = []
        try:
            async for doc in cursor.batch_size(batch_size):
                if selection.matches(doc):
                    batch.append(doc)
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
        except PyMongoError as exc:
            raise StoreUnavailable(f"{self.description}: {_first_line(exc)}") from None
        finally:
            await cursor.close()
        if batch:
            yield batch

    async def recent_texts(self, source: str, limit: int) -> list[str]:
        cursor = self.articles.find({"source": source}, {"text": 1}).sort("first_seen_at", -1).limit(limit)
        return [doc["text"] for doc in await self._guard(_documents(cursor)) if doc.get("text")]

    async def boilerplate(self, source: str) -> list[str]:
        cursor = self._collection("boilerplate").find({"source": source}, {"key": 1})
        return [doc["key"] for doc in await self._guard(_documents(cursor))]

    async def add_boilerplate(self, source: str, lines: dict[str, str]) -> None:
        now = datetime.now(UTC)
        operations = [
            UpdateOne(
                {"source": source, "key": key},
                {"$setOnInsert": {"line": line, "learned_at": now}},
                upsert=True,
            )
            for key, line in lines.items()
        ]
        if operations:
            await self._guard(self._collection("boilerplate").bulk_write(operations, ordered=False))

    async def save_pages(self, pages: list[dict[str, Any]]) -> None:
        operations = [ReplaceOne({"_id": page["_id"]}, page, upsert=True) for page in pages]
        if operations:
            await self._guard(self._collection("pages").bulk_write(operations, ordered=False))

    async def scan_pages(
        self, sources: tuple[str, ...], since: datetime | None, batch_size: int
    ) -> AsyncIterator[list[dict[str, Any]]]:
        query: dict[str, Any] = {}
        if sources:
            query["source"] = {"$in": list(sources)}
        if since is not None:
            query["fetched_at"] = {"$gte": since}
        last = ""
        while True:  # keyset pages: no cursor stays open while the caller writes
            cursor = self._collection("pages").find({**query, "_id": {"$gt": last}}).sort("_id", 1).limit(batch_size)
            docs = await self._guard(_documents(cursor))
            if not docs:
                return
            last = docs[-1]["_id"]
            yield docs

    async def export_position(self, name: str) -> dict[str, Any] | None:
        doc = await self._guard(self._collection("exports").find_one({"_id": name}, {"_id": 0}))
        return dict(doc) if doc is not None else None

    async def save_export_position(self, name: str, position: dict[str, Any]) -> None:
        await self._guard(self._collection("exports").replace_one({"_id": name}, position, upsert=True))

    async def _stored(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        cursor = self.articles.find({"_id": {"$in": ids}}, dict.fromkeys(STORED_FIELDS, 1))
        return {doc["_id"]: doc async for doc in cursor}

    async def known(self, ids: list[str]) -> dict[str, Any]:
        found = await self._times(ids)
        missing = [i for i in ids if i not in found]
        if not missing:
            return found
        cursor = self._collection("url_aliases").find({"_id": {"$in": missing}})
        aliases = {doc["_id"]: doc["article_id"] async for doc in cursor}
        return resolve_known(found, aliases, await self._times(list(set(aliases.values()))) if aliases else {})

    async def _times(self, ids: list[str]) -> dict[str, Any]:
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

    async def _claim_fingerprint(self, fingerprint: dict[str, Any], choose: Choose) -> tuple[str, str | None]:
        fingerprints = self._collection("fingerprints")
        while True:
            existing = await fingerprints.find_one({"_id": fingerprint["_id"]}, {"seq": 1, "root": 1})
            if existing is not None:
                return existing.get("root") or fingerprint["_id"], None
            # The next sequence number is read from the claims themselves and
            # held by a unique index: claim N exists before anyone can take
            # N + 1, so a later claim always sees every earlier one. (A separate
            # counter would let a writer take N + 1 and look before N is stored.)
            last = await fingerprints.find_one({}, {"seq": 1}, sort=[("seq", -1)])
            seq = int(last["seq"]) + 1 if last else 1
            try:
                await fingerprints.insert_one({**fingerprint, "seq": seq, "root": None})
            except DuplicateKeyError:
                continue  # another writer took that number (or claimed this article): look again
            root, pending = choose(await self._candidates(fingerprint["keys"], seq))
            if pending is None:
                await self._set_fingerprint_root(fingerprint["_id"], root)
            return root, pending

    async def _candidates(self, keys: list[str], below_seq: int) -> list[dict[str, Any]]:
        query = {"keys": {"$in": keys}, "seq": {"$lt": below_seq}}
        projection = {"seq": 1, "size": 1, "digest": 1, "root": 1, "content_hash": 1}
        # The earliest ones: where a story has an original, it is among them.
        cursor = self._collection("fingerprints").find(query, projection).sort("seq", ASCENDING)
        return [doc async for doc in cursor.limit(CANDIDATES_PER_KEY * len(keys))]

    async def _fingerprint_root(self, record_id: str) -> str | None:
        doc = await self._collection("fingerprints").find_one({"_id": record_id}, {"root": 1})
        return doc.get("root") if doc else None

    async def _set_fingerprint_root(self, record_id: str, root: str) -> None:
        await self._collection("fingerprints").update_one({"_id": record_id}, {"$set": {"root": root}})

    # The dedup stage asks these per record; an unreachable server must reach it
    # as StoreUnavailable, like a failed write, so the record is kept.
    async def claim_fingerprint(self, fingerprint: dict[str, Any], choose: Choose) -> tuple[str, str | None]:
        return await self._guard(self._claim_fingerprint(fingerprint, choose))

    async def fingerprint_root(self, record_id: str) -> str | None:
        return await self._guard(self._fingerprint_root(record_id))

    async def set_fingerprint_root(self, record_id: str, root: str) -> None:
        await self._guard(self._set_fingerprint_root(record_id, root))

    async def _guard(self, operation: Any) -> Any:
        try:
            return await operation
        except PyMongoError as exc:
            raise StoreUnavailable(f"{self.description}: {_first_line(exc)}") from None

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


async def _documents(cursor: Any) -> list[dict[str, Any]]:
    return [doc async for doc in cursor]


def _filter(selection: Selection) -> dict[str, Any]:
    seqs: dict[str, int] = {"$gt": selection.after_seq}
    if selection.upto_seq is not None:
        seqs["$lte"] = selection.upto_seq
    query: dict[str, Any] = {"change_seq": seqs}
    if selection.sources:
        query["source"] = {"$in": list(selection.sources)}
    if selection.languages:
        query["language"] = {"$in": list(selection.languages)}
    times = {op: when for op, when in (("$gte", selection.since), ("$lt", selection.until)) if when is not None}
    if times:
        query[selection.by] = times
    if not selection.include_duplicates:
        query["duplicate_of"] = None
    return query


def _operation(write: Write) -> UpdateOne:
    record = write.record
    if write.kind == "unchanged":
        return UpdateOne({"_id": record["_id"]}, {"$set": {"last_seen_at": record["last_seen_at"]}})
    fields = {k: v for k, v in record.items() if k not in ("_id", "first_seen_at")}
    if write.kind == "updated":
        fields["first_seen_at"] = record["first_seen_at"]
        return UpdateOne({"_id": record["_id"]}, {"$set": fields})
    update = {"$set": fields, "$setOnInsert": {"first_seen_at": record["first_seen_at"]}}
    return UpdateOne({"_id": record["_id"]}, update, upsert=True)


def _first_line(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text.split(", Timeout:")[0].split(" (configured timeouts")[0]
