"""Known-URL checks at scale: how fast the store answers "which of these
article URLs do we have?" and what that costs in memory.

Fills a fresh store with R synthetic article rows (default 1,000,000; the
issue's target is 10,000,000: pass it), then asks ``Store.known()`` about
batches of 500 URLs (half stored, half new), as a crawl does for each feed,
sitemap or listing page, and prints the time per 1,000 URLs and the process's
peak RSS. Only ``_id``/``canonical_url``/``published_at``/``fetched_at`` are
filled; the index lookups are the same as with full records.

    .venv/bin/python bench/known_urls.py [--rows N] [--store sqlite|mongodb]

With ``--store mongodb`` it uses MONGODB_URI, or starts the FerretDB that
`make test` builds. FerretDB 1.24 with its SQLite backend does not use an
index for ``$in`` (it scans the collection), so its figures say nothing about
MongoDB at scale: point MONGODB_URI at a real mongod for those.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.stores import Store  # noqa: E402
from pipelines.stores.mongo import MongoStore  # noqa: E402
from pipelines.stores.sqlite import SQLiteStore  # noqa: E402
from pipelines.urls import article_id  # noqa: E402
from tests.services import FerretDB  # noqa: E402

STAMP = "2025-03-14T08:30:00Z"


def url(n: int) -> str:
    return f"https://news.example/2025/{n % 97}/story-{n}.html"


def fill_sqlite(path: Path, rows: int) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.executescript(
        "CREATE TABLE articles (_id TEXT PRIMARY KEY, canonical_url TEXT NOT NULL UNIQUE, source TEXT,"
        " published_at TEXT, content_hash TEXT, first_seen_at TEXT NOT NULL, fetched_at TEXT NOT NULL,"
        " change_seq INTEGER, doc TEXT NOT NULL)"
    )
    batch = 100_000
    for start in range(0, rows, batch):
        db.executemany(
            "INSERT INTO articles VALUES (?, ?, 'bench', ?, NULL, ?, ?, NULL, '{}')",
            ((article_id(url(n)), url(n), STAMP, STAMP, STAMP) for n in range(start, min(start + batch, rows))),
        )
        db.commit()
    db.close()


async def fill_mongo(store: MongoStore, rows: int) -> None:
    from datetime import datetime

    when = datetime.fromisoformat(STAMP)
    batch = 10_000
    for start in range(0, rows, batch):
        docs = [
            {"_id": article_id(url(n)), "canonical_url": url(n), "published_at": when, "fetched_at": when}
            for n in range(start, min(start + batch, rows))
        ]
        await store.articles.insert_many(docs, ordered=False)


async def measure(store: Store, rows: int, batches: int) -> tuple[float, int]:
    rng = random.Random(7)
    found = 0
    started = time.perf_counter()
    for _ in range(batches):
        ids = [article_id(url(n)) for n in rng.sample(range(rows), 250)]
        ids += [article_id(url(rows + n)) for n in rng.sample(range(rows), 250)]
        found += len(await store.known(ids))
    elapsed = time.perf_counter() - started
    return elapsed / (batches * 500) * 1000 * 1000, found  # ms per 1,000 URLs


async def run(kind: str, rows: int, batches: int, tmp: Path) -> None:
    ferret = None
    if kind == "sqlite":
        path = tmp / "known.sqlite3"
        started = time.perf_counter()
        fill_sqlite(path, rows)
        print(f"filled {rows:,} rows in {time.perf_counter() - started:.0f}s ({path.stat().st_size / 2**20:.0f} MB)")
        store: Store = SQLiteStore(str(path))
        await store.open()
    else:
        uri = os.environ.get("MONGODB_URI")
        if not uri:
            ferret = FerretDB(tmp / "ferretdb").start()
            uri = ferret.uri
        mongo = MongoStore(uri.rstrip("/") + "/bench_known")
        await mongo.open()
        await mongo.articles.drop()
        await mongo.open()
        started = time.perf_counter()
        await fill_mongo(mongo, rows)
        print(f"filled {rows:,} documents in {time.perf_counter() - started:.0f}s")
        store = mongo
    try:
        per_thousand, found = await measure(store, rows, batches)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"store {kind}: {rows:,} stored; known() {per_thousand:.1f} ms per 1,000 URLs")
        print(f"  ({batches} batches of 500: {found:,} found, {batches * 250:,} expected); peak RSS {peak:.0f} MB")
    finally:
        await store.close()
        if ferret is not None:
            ferret.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--store", choices=("sqlite", "mongodb"), default="sqlite")
    parser.add_argument("--batches", type=int, default=200, help="look-ups of 500 URLs to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        asyncio.run(run(args.store, args.rows, args.batches, Path(tmp)))


if __name__ == "__main__":
    main()
