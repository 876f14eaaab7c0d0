"""Store writes by batch size: what ``STORE_BATCH_SIZE`` and
``STORE_FLUSH_INTERVAL`` trade.

Writes ``--records`` article records (the eval set's texts, 5 KB on average)
into a fresh store through ``Store.upsert`` in batches of each size, one batch
at a time as the store pipeline does, and prints records/s and the time one
batch takes (how long a record waits behind its batch's write). SQLite always;
MongoDB (FerretDB 1.24, as the tests start it) with ``--mongo``. The crawl
fills batches at its own rate (10-30 pages/s on this machine), so the flush
interval, not the batch size, sets the size of most batches: at 20 pages/s a
2 s interval flushes about 40 records.

    .venv/bin/python bench/store_batch.py --records 2000 --mongo
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.record import content_hash, word_count  # noqa: E402
from pipelines.stores import Store  # noqa: E402
from pipelines.stores.mongo import MongoStore  # noqa: E402
from pipelines.stores.sqlite import SQLiteStore  # noqa: E402
from tests.services import FerretDB  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SIZES = (1, 10, 25, 50, 100, 250, 500)


def texts() -> list[str]:
    found = []
    for name, field in (("fundus", "body"), ("trafilatura", "with")):
        for line in (EVAL / name / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            body = json.loads(line).get(field)
            text = "\n".join(body) if isinstance(body, list) else str(body or "")
            if len(text) > 200:
                found.append(text)
    return found


def record(n: int, text: str, now: datetime) -> dict[str, Any]:
    key = f"{n:032x}"
    return {
        "_id": key, "url": f"http://127.0.0.1/a/{n}.html", "canonical_url": f"http://127.0.0.1/a/{n}.html",
        "source": "eval", "title": text[:80], "authors": ["Jane Doe"], "published_at": now, "modified_at": None,
        "language": "en", "text": text, "description": text[:200], "image": None, "tags": [], "site_name": "Eval",
        "word_count": word_count(text), "content_hash": content_hash(text), "fetched_at": now, "first_seen_at": now,
        "http": {"status": 200, "etag": None, "last_modified": None}, "last_seen_at": now, "version": 1,
        "duplicate_of": None, "cluster_id": key,
    }  # fmt: skip


async def measure(store: Store, records: list[dict[str, Any]], size: int) -> tuple[float, float]:
    """(records/s, median seconds per batch) writing ``records`` in batches of ``size``."""
    await store.open()
    try:
        took = []
        for start in range(0, len(records), size):
            began = time.perf_counter()
            await store.upsert([dict(r) for r in records[start : start + size]])
            took.append(time.perf_counter() - began)
    finally:
        await store.close()
    return len(records) / sum(took), sorted(took)[len(took) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2000, help="records written per batch size")
    parser.add_argument("--mongo", action="store_true", help="also MongoDB (FerretDB 1.24)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="batch sizes to measure")
    args = parser.parse_args()
    now = datetime.now(UTC)
    pool = texts()
    print(f"{'store':8} {'batch':>6} {'records/s':>10} {'ms/batch':>9}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ferret = FerretDB(tmp / "ferretdb").start() if args.mongo else None
        try:
            for size in args.sizes:
                records = [record(size * 10**7 + n, pool[n % len(pool)], now) for n in range(args.records)]
                stores: list[tuple[str, Store]] = [("sqlite", SQLiteStore(str(tmp / f"b{size}.sqlite3")))]
                if ferret is not None:
                    stores.append(("mongodb", MongoStore(f"{ferret.uri.rstrip('/')}/batch{size}", "news", 5.0)))
                for name, store in stores:
                    rate, per_batch = asyncio.run(measure(store, records, size))
                    print(f"{name:8} {size:>6} {rate:>10.0f} {per_batch * 1000:>9.1f}", flush=True)
        finally:
            if ferret is not None:
                ferret.stop()


if __name__ == "__main__":
    main()
