"""Store back-ends: MongoDB (the store of record) and embedded SQLite (the default).

Both keep one record per ``_id``: a re-fetch updates the content and
``fetched_at`` and keeps ``first_seen_at``. ``open_store`` picks one from the
settings ``MONGODB_URI`` (MongoDB when set) and ``SQLITE_PATH``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from pipelines.urls import article_id, canonical_url, clean_url


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

    async def claim_fingerprint(self, fingerprint: dict[str, Any], choose: Choose) -> tuple[str, str | None]:
        """Store an article's fingerprint (``_id``, ``size``, ``digest``,
        ``keys``, ``content_hash``) under the next sequence number, find the
        fingerprints claimed before it that share a key, and record the root
        that ``choose(candidates)`` picks. Returns ``(root, pending)``:
        ``pending`` names an earlier match whose own root was not decided yet
        (then ``root`` is provisional, and ``set_fingerprint_root`` follows).
        An article fingerprinted before keeps its stored root."""

    async def fingerprint_root(self, record_id: str) -> str | None: ...

    async def set_fingerprint_root(self, record_id: str, root: str) -> None: ...

    async def change_horizon(self) -> int:
        """The highest change sequence number at or below which every write is
        complete: a record written later always gets a higher one."""

    def scan(self, selection: Selection, batch_size: int) -> AsyncIterator[list[dict[str, Any]]]:
        """The selected records in batches, in ``(change_seq, _id)`` order."""

    async def export_position(self, name: str) -> dict[str, Any] | None:
        """What the last successful incremental export ``name`` recorded."""

    async def save_export_position(self, name: str, position: dict[str, Any]) -> None: ...

    async def recent_texts(self, source: str, limit: int) -> list[str]:
        """The texts of the source's ``limit`` most recently first-seen articles."""

    async def boilerplate(self, source: str) -> list[str]:
        """Folded keys of the lines learned as the source's boilerplate."""

    async def add_boilerplate(self, source: str, lines: dict[str, str]) -> None:
        """Keep learned lines (folded key -> the line as printed)."""

    async def save_pages(self, pages: list[dict[str, Any]]) -> None:
        """Keep raw pages (``pipelines.rawpages.page_document``), one per ``_id``."""

    def scan_pages(
        self, sources: tuple[str, ...], since: datetime | None, batch_size: int
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Kept raw pages in batches (``_id`` order), of those sources (all when
        empty), fetched at or after ``since``."""

    async def close(self) -> None: ...


@dataclass(frozen=True)
class Selection:
    """The records an export reads: ``since`` inclusive, ``until`` exclusive,
    on the ``by`` field; change sequence numbers in ``(after_seq, upto_seq]``."""

    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    by: str = "first_seen_at"
    include_duplicates: bool = False
    after_seq: int = 0
    upto_seq: int | None = None

    def matches(self, record: dict[str, Any]) -> bool:
        """The whole selection, checked in Python (stores pre-filter with indexes)."""
        when = record.get(self.by)
        seq = record.get("change_seq") or 0
        return (
            (not self.sources or record.get("source") in self.sources)
            and (not self.languages or record.get("language") in self.languages)
            and (self.since is None or (when is not None and when >= self.since))
            and (self.until is None or (when is not None and when < self.until))
            and (self.include_duplicates or not record.get("duplicate_of"))
            and seq > self.after_seq
            and (self.upto_seq is None or seq <= self.upto_seq)
        )


# Given the earlier fingerprints sharing a key, the root and a pending match id.
Choose = Callable[[list[dict[str, Any]]], tuple[str, str | None]]


def latest_per_id(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per ``_id`` (the last one), keeping the earliest ``first_seen_at``."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        earlier = merged.get(record["_id"])
        if earlier is not None:
            record = {**record, "first_seen_at": min(earlier["first_seen_at"], record["first_seen_at"])}
        merged[record["_id"]] = record
    return list(merged.values())


STORED_FIELDS = ("content_hash", "version", "title", "text", "fetched_at", "first_seen_at")


@dataclass
class Write:
    """What a store does with one incoming record, decided by ``plan_writes``."""

    kind: str  # "new", "updated" (text changed: a new version) or "unchanged"
    record: dict[str, Any]  # the record to store; for "unchanged" only _id and last_seen_at
    superseded: dict[str, Any] | None = None  # the previous version, for article_versions


def plan_writes(batch: list[dict[str, Any]], stored: dict[str, dict[str, Any]]) -> list[Write]:
    """Versions: the same canonical URL with changed text gets ``version`` + 1,
    the previous text, title and hash kept in ``article_versions`` and
    ``modified_at`` set (the page's own value, else when the change was seen);
    unchanged text only moves ``last_seen_at``. ``stored`` holds
    ``STORED_FIELDS`` of the records already in the store."""
    writes = []
    for record in batch:
        old = stored.get(record["_id"])
        seen = record["fetched_at"]
        if old is None:
            writes.append(Write("new", {**record, "version": 1, "last_seen_at": seen}))
        elif old.get("content_hash") == record["content_hash"]:
            writes.append(Write("unchanged", {"_id": record["_id"], "last_seen_at": seen}))
        else:
            version = int(old.get("version") or 1)
            superseded = {
                "_id": f"{record['_id']}:{version}",
                "article_id": record["_id"],
                "version": version,
                "title": old.get("title"),
                "text": old.get("text"),
                "content_hash": old.get("content_hash"),
                "fetched_at": old.get("fetched_at"),
                "superseded_at": seen,
            }
            updated = {
                **record,
                "first_seen_at": old.get("first_seen_at") or record["first_seen_at"],
                "version": version + 1,
                "last_seen_at": seen,
                "modified_at": record.get("modified_at") or seen,
            }
            writes.append(Write("updated", updated, superseded))
    return writes


def url_aliases(batch: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """``(alias id, article id)`` for records whose fetched URL is not their
    canonical URL (an AMP twin, a mirror path): the alias makes that URL known,
    so it is never fetched again."""
    pairs = []
    for record in batch:
        for alias in {article_id(clean_url(record["url"])), article_id(canonical_url(record["url"]))}:
            if alias != record["_id"]:
                pairs.append((alias, record["_id"]))
    return pairs


def resolve_known(
    found: dict[str, dict[str, Any]], aliases: dict[str, str], targets: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """``known()``'s answer: ids found directly, plus aliases of stored articles."""
    return {**found, **{alias: targets[target] for alias, target in aliases.items() if target in targets}}


def open_store(settings: Any) -> Store:
    """The store the settings select (not yet opened)."""
    uri = settings.get("MONGODB_URI")
    if uri:
        from pipelines.stores.mongo import MongoStore

        return MongoStore(uri, settings.get("MONGODB_DATABASE"), settings.getfloat("MONGODB_CONNECT_TIMEOUT"))
    from pipelines.stores.sqlite import SQLiteStore

    return SQLiteStore(settings.get("SQLITE_PATH"))
