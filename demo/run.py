"""`make demo`: crawl the bundled sample site as a source into the embedded store.

Starts the sample site on a free loopback port, writes a sources file for it
(data/demo-sources.toml: its RSS feed and its home and section pages), runs
``scrapy crawl news -a source=harbour-daily`` with the default store settings
(so records go to the embedded SQLite store, ``SQLITE_PATH``, default
data/news.sqlite3), prints a summary and stops the server. A second crawl shows
the incremental path: the seeds answer 304 and no article is fetched again.
Then ``scrapy export`` writes what was crawled to data/exports/ as Parquet,
with its manifest. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.server import serve  # noqa: E402

SOURCE = """# Written by demo/run.py for the bundled sample site (its port changes every run).
[[source]]
id = "harbour-daily"
name = "Harbour Daily (bundled sample site)"
feeds = ["{base}/feed.xml"]
start_urls = ["{base}/", "{base}/news/"]
article_url_patterns = ['/(en|ar|fr|de)/[^/]+\\.html$']
schedule = "30m"
"""


DEMO_PORT = 8765  # the same address every run, so a second `make demo` finds everything known


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def crawl(sources: Path, env: dict[str, str]) -> int:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=harbour-daily"]
    command += ["-s", f"SOURCES_FILE={sources}", "-s", "LOG_LEVEL=WARNING", "-s", "AUTOTHROTTLE_ENABLED=False"]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def export(env: dict[str, str]) -> tuple[int, Path]:
    target = ROOT / "data" / "exports" / "harbour-daily.parquet"
    command = [sys.executable, "-m", "scrapy", "export", "-o", str(target), "--source", "harbour-daily"]
    return subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True).returncode, target


def main() -> int:
    database = Path(os.environ.get("SQLITE_PATH", "data/news.sqlite3"))
    path = database if database.is_absolute() else ROOT / database
    sources = ROOT / "data" / "demo-sources.toml"
    sources.parent.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "MONGODB_URI"}  # the demo uses the embedded store
    with serve(DEMO_PORT if port_free(DEMO_PORT) else 0) as base:
        sources.write_text(SOURCE.format(base=base), encoding="utf-8")
        print(f"Sample site running at {base}/ ; crawling it as source 'harbour-daily' ...")
        code = crawl(sources, env)
        print("Crawling it again: only what changed would be fetched ...")
        code = code or crawl(sources, env)
    exported, target = export(env)
    code = code or exported
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT json_extract(doc, '$.language'), json_extract(doc, '$.title'), published_at FROM articles"
            " WHERE source = 'harbour-daily' AND json_extract(doc, '$.duplicate_of') IS NULL"
            " ORDER BY published_at DESC"
        ).fetchall()
        (copies,) = db.execute(
            "SELECT count(*) FROM articles WHERE json_extract(doc, '$.duplicate_of') IS NOT NULL"
        ).fetchone()
        crawls = [json.loads(doc) for (doc,) in db.execute("SELECT doc FROM crawls ORDER BY started_at")]
    for language, title, published in rows:
        print(f"  [{language}] {title}  ({published or 'no date'})")
    for number, record in enumerate(crawls[-2:], 1):
        articles = record["articles"]
        print(
            f"crawl {number}: {record['pages_fetched']} pages, {record['not_modified']} not modified, "
            f"{articles['new']} new, {articles['updated']} updated"
        )
    languages = Counter(language for language, _, _ in rows)
    print(f"\n{len(rows)} articles from the sample site in the embedded store {path}")
    if copies:
        print(f"  and {copies} copies of them seen under other URLs, stored and linked (duplicate_of)")
    print("  by language: " + ", ".join(f"{lang}: {n}" for lang, n in sorted(languages.items())))
    print("  list sources: .venv/bin/scrapy sources -s SOURCES_FILE=" + str(sources))
    print("  query it:     sqlite3 " + str(path) + " \"SELECT json_extract(doc,'$.title') FROM articles\"")
    print("  one URL:      .venv/bin/scrapy article URL   (add MONGODB_URI=... to use MongoDB)")
    if not exported:
        print(f"\nExported the originals to {target}")
        print(f"  with its manifest {target.name}.manifest.json (counts, filters, sha256)")
        print(f"  load it:      pandas.read_parquet({str(target)!r})")
        print("  more:         .venv/bin/scrapy export -o FILE.jsonl.gz|.csv|.parquet [--incremental NAME] ...")
    return code


if __name__ == "__main__":
    sys.exit(main())
