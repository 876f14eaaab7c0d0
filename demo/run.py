"""`make demo`: fetch the bundled sample site's articles into the embedded store.

Starts the sample site on a free loopback port, runs ``scrapy article`` over
its article URLs (demo/site/urls.txt) with the default settings (so records go
to the embedded SQLite store, ``SQLITE_PATH``, default data/news.sqlite3),
prints a summary and stops the server. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.server import SITE, serve  # noqa: E402


def main() -> int:
    database = Path(os.environ.get("SQLITE_PATH", "data/news.sqlite3"))
    out = ROOT / "data" / "demo-articles.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "MONGODB_URI"}  # the demo uses the embedded store
    with serve() as base:
        paths = [line.strip() for line in (SITE / "urls.txt").read_text().splitlines()]
        urls = [base + path for path in paths if path and not path.startswith("#")]
        print(f"Sample site running at {base}/ ; fetching {len(urls)} articles with `scrapy article` ...")
        with out.open("w", encoding="utf-8") as stdout:
            done = subprocess.run(
                [sys.executable, "-m", "scrapy", "article", *urls], cwd=ROOT, env=env, stdout=stdout, check=False
            )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in records:
        print(f"  [{record['language']}] {record['title']}  ({record['published_at'] or 'no date'})")
    path = database if database.is_absolute() else ROOT / database
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        languages = Counter(row[0] for row in db.execute("SELECT json_extract(doc, '$.language') FROM articles"))
    print(f"\n{stored} records in the embedded store {path}")
    print("  by language: " + ", ".join(f"{lang}: {n}" for lang, n in sorted(languages.items())))
    print(f"  this run's JSON lines: {out}")
    print("  query it:    sqlite3 " + str(path) + " \"SELECT json_extract(doc,'$.title') FROM articles\"")
    print("  or with MongoDB: MONGODB_URI=mongodb://localhost:27017/news .venv/bin/scrapy article URL")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
