"""Export speed and memory: ``scrapy export`` over a store of N records.

Fills a fresh SQLite store (the real schema, written through the store's own
row format) with N synthetic articles of news length (about 600 words, half
in Arabic, half in English), then runs ``scrapy export`` as a user does, once
per format, and prints records/s, file size and the export process's peak RSS.
The same runs over a store a tenth the size show whether memory grows with the
number of records (it should not: the export streams in batches).

    .venv/bin/python bench/export.py [--records 100000] [--formats jsonl.gz,csv,parquet]

With ``--mongodb`` the same runs use MONGODB_URI, or the FerretDB that
`make test` builds (FerretDB on SQLite is slow to fill: use fewer records).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.record import content_hash  # noqa: E402
from pipelines.stores.mongo import MongoStore  # noqa: E402
from pipelines.stores.sqlite import UPSERT, SQLiteStore, _row  # noqa: E402
from pipelines.urls import article_id  # noqa: E402
from tests.services import FerretDB  # noqa: E402

T0 = datetime(2026, 1, 1, tzinfo=UTC)
AR = [
    "قالت",
    "الحكومة",
    "في",
    "بيان",
    "رسمي",
    "إن",
    "المفاوضات",
    "ستستمر",
    "الأسبوع",
    "المقبل",
    "رغم",
    "الخلافات",
    "حول",
    "الميزانية",
]
EN = [
    "The",
    "government",
    "said",
    "in",
    "a",
    "statement",
    "that",
    "talks",
    "would",
    "resume",
    "next",
    "week",
    "despite",
    "budget",
    "disagreements",
]


def record(n: int, rng: random.Random) -> dict[str, Any]:
    words = AR if n % 2 else EN
    paragraphs = [" ".join(rng.choice(words) for _ in range(60)) for _ in range(10)]
    text = "\n".join(paragraphs)
    url = f"https://news{n % 7}.example/{n % 365}/story-{n}.html"
    when = T0 + timedelta(minutes=n)
    return {
        "_id": article_id(url), "url": url, "canonical_url": url, "source": f"news{n % 7}",
        "title": f"Story {n}", "authors": ["Jane Doe"], "published_at": when, "modified_at": None,
        "language": "ar" if n % 2 else "en", "text": text, "description": paragraphs[0][:150], "image": None,
        "tags": ["politics"], "site_name": f"News {n % 7}", "word_count": 600, "content_hash": content_hash(text),
        "fetched_at": when, "first_seen_at": when, "http": {"status": 200, "etag": None, "last_modified": None},
        "last_seen_at": when, "version": 1, "duplicate_of": None, "cluster_id": article_id(url),
        "change_seq": n // 100 + 1,
    }  # fmt: skip


async def fill_sqlite(path: Path, count: int) -> None:
    store = SQLiteStore(str(path))
    await store.open()  # the real schema
    await store.close()
    rng = random.Random(7)
    with sqlite3.connect(path) as db:
        db.executemany(UPSERT, (_row(record(n, rng)) for n in range(count)))
        db.execute("INSERT OR REPLACE INTO sequences VALUES ('articles', ?)", (count // 100 + 1,))


async def fill_mongo(uri: str, count: int) -> None:
    store = MongoStore(uri)
    await store.open()
    rng = random.Random(7)
    for start in range(0, count, 1000):
        await store.articles.insert_many([record(n, rng) for n in range(start, min(start + 1000, count))])
    await store._collection("changes").insert_one({"_id": count // 100 + 1, "done": True, "at": T0})
    await store.close()


ROW = "{:>8} {:>9} {:>10} {:>8} {:>10} {:>8} {:>12}"


def export(settings: list[str], path: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one ``scrapy export`` process."""
    env = {k: v for k, v in os.environ.items() if k not in ("MONGODB_URI", "SQLITE_PATH")}
    started = time.perf_counter()
    command = [sys.executable, "-m", "scrapy", "export", "-o", str(path), *settings]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"scrapy export {path.name} failed (status {status})")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--formats", default="jsonl.gz,jsonl.zst,csv,parquet")
    parser.add_argument("--mongodb", action="store_true", help="export from MongoDB instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as name:
        tmp = Path(name)
        ferret = None
        if args.mongodb and not os.environ.get("MONGODB_URI"):
            ferret = FerretDB(tmp / "ferretdb").start()
        try:
            print(ROW.format("store", "records", "format", "seconds", "records/s", "MB file", "peak RSS MB"))
            for count in (args.records // 10, args.records):
                settings = fill(args.mongodb, ferret, tmp, count)
                for fmt in args.formats.split(","):
                    path = tmp / f"out-{count}.{fmt}"
                    seconds, peak = export(settings, path)
                    size = path.stat().st_size / 2**20
                    kind = "mongodb" if args.mongodb else "sqlite"
                    rate = f"{count / seconds:,.0f}"
                    print(ROW.format(kind, f"{count:,}", fmt, f"{seconds:.1f}", rate, f"{size:.0f}", f"{peak:.0f}"))
        finally:
            if ferret is not None:
                ferret.stop()


def fill(mongodb: bool, ferret: FerretDB | None, tmp: Path, count: int) -> list[str]:
    if mongodb:
        base = os.environ.get("MONGODB_URI") or (ferret.uri if ferret else "")
        uri = base.rstrip("/") + f"/bench_export_{count}"
        asyncio.run(fill_mongo(uri, count))
        return ["-s", f"MONGODB_URI={uri}"]
    path = tmp / f"export-{count}.sqlite3"
    asyncio.run(fill_sqlite(path, count))
    return ["-s", f"SQLITE_PATH={path}", "-s", "MONGODB_URI="]


if __name__ == "__main__":
    main()
