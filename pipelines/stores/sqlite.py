"""Embedded SQLite store (standard library): the zero-setup default.

Table ``articles`` keeps the whole record as JSON in ``doc`` plus indexed
columns for the fields that are queried. All SQLite calls run on one
dedicated thread, so the reactor never waits on disk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from array import array
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pipelines.dates import iso
from pipelines.record import from_jsonable, to_jsonable
from pipelines.stores import Choose, Selection, StoreUnavailable, latest_per_id, plan_writes, resolve_known, url_aliases

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
CREATE TABLE IF NOT EXISTS fingerprints (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    _id TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    digest BLOB NOT NULL,
    content_hash TEXT,
    root TEXT
);
CREATE TABLE IF NOT EXISTS url_aliases (_id TEXT PRIMARY KEY, article_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS article_versions (
    _id TEXT PRIMARY KEY, article_id TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS article_versions_article ON article_versions(article_id);
CREATE TABLE IF NOT EXISTS fingerprint_keys (
    key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS exports (name TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS boilerplate (
    source TEXT NOT NULL, key TEXT NOT NULL, line TEXT NOT NULL, learned_at TEXT NOT NULL, PRIMARY KEY (source, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_source_first_seen ON articles(source, first_seen_at);
CREATE TABLE IF NOT EXISTS pages (
    _id TEXT PRIMARY KEY, source TEXT, fetched_at TEXT NOT NULL, doc TEXT NOT NULL, html BLOB NOT NULL
);
"""
# Added after the first release of the table: created on open where missing.
CHANGE_SEQ = """
ALTER TABLE articles ADD COLUMN change_seq INTEGER;
UPDATE articles SET change_seq = rowid, doc = json_set(doc, '$.change_seq', rowid);
INSERT OR REPLACE INTO sequences VALUES ('articles', (SELECT coalesce(max(rowid), 0) FROM articles));
"""
CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit
CANDIDATES_PER_KEY = 20  # fingerprints read per LSH key at most (the earliest)

UPSERT = """
INSERT INTO articles (
    _id, canonical_url, source, published_at, content_hash, first_seen_at, fetched_at, change_seq, doc
)
VALUES (
    :_id, :canonical_url, :source, :published_at, :content_hash, :first_seen_at, :fetched_at, :change_seq, :doc
)
ON CONFLICT(_id) DO UPDATE SET
    canonical_url = excluded.canonical_url,
    source = excluded.source,
    published_at = excluded.published_at,
    content_hash = excluded.content_hash,
    fetched_at = excluded.fetched_at,
    change_seq = excluded.change_seq,
    doc = json_set(excluded.doc, '$.first_seen_at', articles.first_seen_at)
"""


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.description = f"SQLite at {self.path}"
        self._db: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self._claims: list[tuple[dict[str, Any], Choose, asyncio.Future[tuple[str, str | None]]]] = []
        self._claimer: asyncio.Future[None] | None = None

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
        db.execute(
            "PRAGMA wal_autocheckpoint=8000"
        )  # 32 MB of WAL between checkpoints: dedup claims commit per article (bench/dedup.py)
        db.executescript(SCHEMA)
        columns = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
        if "change_seq" not in columns:
            db.executescript(f"BEGIN; {CHANGE_SEQ} COMMIT;")
        db.execute("CREATE INDEX IF NOT EXISTS articles_change_seq ON articles(change_seq, _id)")
        self._db = db

    async def upsert(self, records: list[dict[str, Any]]) -> dict[str, str]:
        batch = latest_per_id(records)
        try:
            return await self._run(self._upsert, batch, url_aliases(records))
        except sqlite3.OperationalError as exc:  # locked, disk full, read-only
            raise StoreUnavailable(f"{self.description}: {exc}") from None
        except sqlite3.IntegrityError as exc:  # records the store rejects: not worth a retry
            raise ValueError(f"{len(batch)} records rejected: {exc}") from None

    def _upsert(self, batch: list[dict[str, Any]], aliases: list[tuple[str, str]]) -> dict[str, str]:
        db = self._conn()
        with db:  # one transaction: the versions and the records they supersede
            # Taken before reading, so writers queue here and change sequence
            # numbers are committed in the order they are handed out.
            db.execute("BEGIN IMMEDIATE")
            rows = self._select_in("SELECT _id, doc FROM articles", [r["_id"] for r in batch])
            stored = {key: from_jsonable(json.loads(doc)) for key, doc in rows}
            writes = plan_writes(batch, stored)
            changed = [w.record for w in writes if w.kind != "unchanged"]
            if changed:
                seq = self._next_seq(db)
                for record in changed:
                    record["change_seq"] = seq
            db.executemany(
                "INSERT OR REPLACE INTO article_versions VALUES (?, ?, ?, ?)",
                [
                    (v["_id"], v["article_id"], v["version"], json.dumps(to_jsonable(v), ensure_ascii=False))
                    for w in writes
                    if (v := w.superseded)
                ],
            )
            db.executemany(UPSERT, [_row(record) for record in changed])
            db.executemany("INSERT OR REPLACE INTO url_aliases VALUES (?, ?)", aliases)
            db.executemany(
                "UPDATE articles SET doc = json_set(doc, '$.last_seen_at', ?) WHERE _id = ?",
                [(iso(w.record["last_seen_at"]), w.record["_id"]) for w in writes if w.kind == "unchanged"],
            )
        return {w.record["_id"]: w.kind for w in writes}

    @staticmethod
    def _next_seq(db: sqlite3.Connection) -> int:
        db.execute("INSERT INTO sequences VALUES ('articles', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1")
        return int(db.execute("SELECT value FROM sequences WHERE name = 'articles'").fetchone()[0])

    async def change_horizon(self) -> int:
        # Sequence numbers are taken inside the write transaction: every one
        # a reader can see belongs to a committed write.
        query = "SELECT value FROM sequences WHERE name = 'articles'"
        row = await self._run(lambda: self._conn().execute(query).fetchone())
        return int(row[0]) if row else 0

    async def scan(self, selection: Selection, batch_size: int) -> AsyncIterator[list[dict[str, Any]]]:
        query, values = _scan_query(selection)
        # One statement for the whole scan: it reads one snapshot of the file.
        cursor = await self._run(lambda: self._conn().execute(query, values))
        try:
            while rows := await self._run(cursor.fetchmany, batch_size):
                records = (from_jsonable(json.loads(doc)) for (doc,) in rows)
                yield [record for record in records if selection.matches(record)]
        finally:
            await self._run(cursor.close)

    async def export_position(self, name: str) -> dict[str, Any] | None:
        query = "SELECT doc FROM exports WHERE name = ?"
        row = await self._run(lambda: self._conn().execute(query, (name,)).fetchone())
        return json.loads(row[0]) if row else None

    async def save_export_position(self, name: str, position: dict[str, Any]) -> None:
        await self._write("INSERT OR REPLACE INTO exports VALUES (?, ?)", (name, json.dumps(position)))

    async def recent_texts(self, source: str, limit: int) -> list[str]:
        query = "SELECT json_extract(doc, '$.text') FROM articles WHERE source = ? ORDER BY first_seen_at DESC LIMIT ?"
        rows = await self._run(lambda: self._conn().execute(query, (source, limit)).fetchall())
        return [text for (text,) in rows if text]

    async def boilerplate(self, source: str) -> list[str]:
        query = "SELECT key FROM boilerplate WHERE source = ?"
        return [key for (key,) in await self._run(lambda: self._conn().execute(query, (source,)).fetchall())]

    async def add_boilerplate(self, source: str, lines: dict[str, str]) -> None:
        now = iso(datetime.now(UTC))
        rows = [(source, key, line, now) for key, line in lines.items()]

        def write() -> None:
            with self._conn() as db:
                db.executemany("INSERT OR IGNORE INTO boilerplate VALUES (?, ?, ?, ?)", rows)

        await self._run(write)

    async def save_pages(self, pages: list[dict[str, Any]]) -> None:
        rows = []
        for page in pages:
            doc = to_jsonable({k: v for k, v in page.items() if k != "html"})
            rows.append((doc["_id"], doc.get("source"), doc["fetched_at"], json.dumps(doc), page["html"]))

        def write() -> None:
            with self._conn() as db:
                db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)", rows)

        try:
            await self._run(write)
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"{self.description}: {exc}") from None

    async def scan_pages(
        self, sources: tuple[str, ...], since: datetime | None, batch_size: int
    ) -> AsyncIterator[list[dict[str, Any]]]:
        where, values = ["_id > ?"], [""]
        if sources:
            where.append(f"source IN ({','.join('?' * len(sources))})")
            values += sources
        if since is not None:
            where.append("fetched_at >= ?")
            values.append(_second(since))
        query = f"SELECT doc, html FROM pages WHERE {' AND '.join(where)} ORDER BY _id LIMIT {int(batch_size)}"
        while True:  # keyset pages: no statement stays open while the caller writes
            rows = await self._run(lambda: self._conn().execute(query, values).fetchall())
            if not rows:
                return
            docs = [
                {**from_jsonable(json.loads(doc), ("fetched_at", "hint_published")), "html": html} for doc, html in rows
            ]
            values[0] = docs[-1]["_id"]
            yield [d for d in docs if since is None or d["fetched_at"] >= since]

    def _conn(self) -> sqlite3.Connection:
        assert self._db is not None, "store is not open"
        return self._db

    def _select_in(self, query: str, keys: list[Any], column: str = "_id") -> list[Any]:
        found: list[Any] = []
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            found += self._conn().execute(f"{query} WHERE {column} IN ({marks})", chunk).fetchall()
        return found

    async def known(self, ids: list[str]) -> dict[str, Any]:
        return await self._run(self._known, ids)

    def _known(self, ids: list[str]) -> dict[str, Any]:
        found = self._times(ids)
        missing = [i for i in ids if i not in found]
        aliases = dict(self._select_in("SELECT _id, article_id FROM url_aliases", missing)) if missing else {}
        return resolve_known(found, aliases, self._times(list(set(aliases.values()))) if aliases else {})

    def _times(self, ids: list[str]) -> dict[str, Any]:
        rows = self._select_in("SELECT _id, published_at, fetched_at FROM articles", ids)
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

    async def claim_fingerprint(self, fingerprint: dict[str, Any], choose: Choose) -> tuple[str, str | None]:
        # Group commit: claims that arrive while a transaction is being written
        # wait and go together in the next one. A commit costs about half a
        # millisecond however few rows it writes; a crawl has many records in
        # flight, so this divides that cost among them (bench/dedup.py).
        answer: asyncio.Future[tuple[str, str | None]] = asyncio.get_running_loop().create_future()
        self._claims.append((fingerprint, choose, answer))
        if self._claimer is None or self._claimer.done():
            self._claimer = asyncio.ensure_future(self._claim_waiting())
        return await answer

    async def _claim_waiting(self) -> None:
        while self._claims:
            batch, self._claims = self._claims, []
            try:
                results = await self._run(self._claim_all, [(fp, choose) for fp, choose, _ in batch])
            except sqlite3.OperationalError as exc:  # locked, disk full, read-only
                error = StoreUnavailable(f"{self.description}: {exc}")
                for *_, answer in batch:
                    if not answer.done():
                        answer.set_exception(error)
                continue
            except BaseException as exc:  # a bug in choose(): every waiting claim hears of it
                for *_, answer in batch:
                    if not answer.done():
                        answer.set_exception(exc)
                continue
            for (*_, answer), result in zip(batch, results, strict=True):
                if not answer.done():
                    answer.set_result(result)

    def _claim_all(self, claims: list[tuple[dict[str, Any], Choose]]) -> list[tuple[str, str | None]]:
        db = self._conn()
        # One write transaction: claiming, looking and deciding are serialised
        # across processes, so every earlier match already has its root. Within
        # it, each claim sees the ones before it, as if committed one by one.
        with db:
            db.execute("BEGIN IMMEDIATE")
            return [self._claim(fp, choose) for fp, choose in claims]

    def _claim(self, fp: dict[str, Any], choose: Choose) -> tuple[str, str | None]:
        db = self._conn()
        inserted = db.execute(
            "INSERT OR IGNORE INTO fingerprints (_id, size, digest, content_hash) VALUES (?, ?, ?, ?)",
            (fp["_id"], fp["size"], array("Q", fp["digest"]).tobytes(), fp.get("content_hash")),
        ).rowcount
        seq, root = db.execute("SELECT seq, root FROM fingerprints WHERE _id = ?", (fp["_id"],)).fetchone()
        if not inserted:
            return root or fp["_id"], None
        db.executemany("INSERT INTO fingerprint_keys VALUES (?, ?)", [(key, seq) for key in fp["keys"]])
        root, pending = choose(self._candidates(fp["keys"], seq))
        db.execute("UPDATE fingerprints SET root = ? WHERE seq = ?", (root, seq))
        return root, pending

    def _candidates(self, keys: list[str], below_seq: int) -> list[dict[str, Any]]:
        # The earliest ones: where a story has an original, it is among them,
        # and a text copied thousands of times does not make every claim read all.
        found = self._select_in("SELECT seq FROM fingerprint_keys", keys, "key")
        seqs = sorted(seq for (seq,) in found if seq < below_seq)[: CANDIDATES_PER_KEY * len(keys)]
        rows = self._select_in("SELECT seq, _id, size, digest, root, content_hash FROM fingerprints", seqs, "seq")
        fields = ("seq", "_id", "size", "digest", "root", "content_hash")
        return [{**dict(zip(fields, row, strict=True)), "digest": array("Q", row[3]).tolist()} for row in rows]

    async def fingerprint_root(self, record_id: str) -> str | None:
        query = "SELECT root FROM fingerprints WHERE _id = ?"
        row = await self._run(lambda: self._conn().execute(query, (record_id,)).fetchone())
        return row[0] if row else None

    async def set_fingerprint_root(self, record_id: str, root: str) -> None:
        await self._write("UPDATE fingerprints SET root = ? WHERE _id = ?", (root, record_id))

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


def _scan_query(selection: Selection) -> tuple[str, list[Any]]:
    """SQL that narrows the scan with the indexed columns; ``Selection.matches``
    makes the exact decision (times are compared to the second here, as text)."""
    where: list[str] = ["change_seq > ?"]
    values: list[Any] = [selection.after_seq]
    if selection.upto_seq is not None:
        where.append("change_seq <= ?")
        values.append(selection.upto_seq)
    if selection.sources:
        where.append(f"source IN ({','.join('?' * len(selection.sources))})")
        values += selection.sources
    column = {"first_seen_at": "first_seen_at", "published_at": "published_at"}[selection.by]
    if selection.since is not None:
        where.append(f"{column} >= ?")  # 'YYYY-MM-DDTHH:MM:SS' sorts before any time in that second
        values.append(_second(selection.since))
    if selection.until is not None:
        where.append(f"{column} <= ?")  # '~' sorts after any time in that second
        values.append(_second(selection.until) + "~")
    if not selection.include_duplicates:
        where.append("json_extract(doc, '$.duplicate_of') IS NULL")
    return f"SELECT doc FROM articles WHERE {' AND '.join(where)} ORDER BY change_seq, _id", values


def _second(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


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
        "change_seq": doc.get("change_seq"),
        "doc": json.dumps(doc, ensure_ascii=False),
    }
