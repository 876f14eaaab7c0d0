"""Crawl benchmark: a generated local news site, crawled into each store.

Generates N synthetic articles (default 2,000) with a sitemap index, an RSS
feed and paginated section pages, serves them from 127.0.0.1 (ETag/304 like a
real server), then for each store (SQLite, and MongoDB when MONGODB_URI is set
or the FerretDB binary that `make test` builds is present) runs
``scrapy crawl news`` twice and prints: pages/s and peak RSS of the first
crawl, and the number of requests the second, incremental crawl made.

    .venv/bin/python bench/crawl.py [N]
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixturesite import serve  # noqa: E402
from tests.services import FerretDB, ServiceError  # noqa: E402

WORDS = [
    "harbour",
    "council",
    "vote",
    "ferry",
    "budget",
    "storm",
    "river",
    "school",
    "bridge",
    "market",
    "energy",
    "port",
    "minister",
    "crowd",
    "festival",
    "rail",
    "strike",
    "museum",
    "coast",
    "fishing",
    "wind",
    "farm",
    "hospital",
    "tram",
    "library",
    "election",
    "court",
    "police",
    "weather",
    "flood",
    "housing",
    "rent",
    "wages",
    "tourism",
    "airport",
    "cargo",
    "container",
    "trade",
    "union",
    "harvest",
    "drought",
]
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Bench Gazette</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{date}">
<link rel="canonical" href="http://SITE{path}"></head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article><h1>{title}</h1><p class="byline">By Sam Writer</p>{paragraphs}</article>
<footer>© Bench Gazette</footer></body></html>"""


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 18))).capitalize() + "."


def build_site(root: Path, count: int) -> None:
    rng = random.Random(42)
    paths = []
    for n in range(count):
        path = f"/news/2025/{n // 500:02d}/story-{n}-{rng.choice(WORDS)}-{rng.choice(WORDS)}.html"
        paragraphs = "".join(f"<p>{' '.join(sentence(rng) for _ in range(4))}</p>" for _ in range(5))
        title = f"Story {n}: {sentence(rng)[:60]}"
        date = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T08:00:00+00:00"
        file = root / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(PAGE.format(title=title, date=date, path=path, paragraphs=paragraphs), encoding="utf-8")
        paths.append(path)
    chunks = [paths[i : i + 1000] for i in range(0, len(paths), 1000)]
    for number, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>http://SITE{p}</loc></url>" for p in chunk)
        (root / f"sitemap-{number}.xml").write_text(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )
    children = "".join(f"<sitemap><loc>http://SITE/sitemap-{n}.xml</loc></sitemap>" for n in range(len(chunks)))
    (root / "sitemap_index.xml").write_text(
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
    )
    (root / "robots.txt").write_text("User-agent: *\nSitemap: http://SITE/sitemap_index.xml\n")
    items = "".join(f"<item><title>{p}</title><link>http://SITE{p}</link></item>" for p in paths[-50:])
    (root / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    (root / "index.html").write_text('<html><body><a href="/news/">News</a></body></html>')


def run_crawl(settings: list[str]) -> tuple[int, float, float]:
    """Exit status, seconds, and peak RSS in MB of one crawl process."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "source=bench", *settings]
    env = {k: v for k, v in os.environ.items() if k not in ("MONGODB_URI", "SQLITE_PATH")}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - started, usage.ru_maxrss / 1024


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        build_site(tmp / "site", count)
        stores = [("SQLite", ["-s", f"SQLITE_PATH={tmp}/bench.sqlite3", "-s", "MONGODB_URI="])]
        ferret = None
        uri = os.environ.get("MONGODB_URI")
        if not uri:
            try:
                ferret = FerretDB(tmp / "ferretdb").start()
                uri = ferret.uri
            except ServiceError as exc:
                print(f"MongoDB: skipped ({exc})")
        if uri:
            stores.append(("MongoDB", ["-s", f"MONGODB_URI={uri.rstrip('/')}/bench_crawl"]))
        print(f"{'store':8} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak RSS':>9} {'2nd crawl requests':>19}")
        try:
            with serve(tmp / "site") as site:
                sources = tmp / "sources.toml"
                sources.write_text(
                    f'[[source]]\nid = "bench"\nsitemaps = ["{site.base}/robots.txt"]\n'
                    f'feeds = ["{site.base}/feed.xml"]\nmax_pages = {count * 2}\n'
                )
                common = [
                    "-s",
                    f"SOURCES_FILE={sources}",
                    "-s",
                    "AUTOTHROTTLE_ENABLED=False",
                    "-s",
                    "LOG_LEVEL=WARNING",
                ]
                for name, settings in stores:
                    site.reset_logs()
                    code, seconds, rss = run_crawl(common + settings)
                    pages = len(site.requests)
                    site.reset_logs()
                    code2, _, _ = run_crawl(common + settings)
                    second = len(site.requests)
                    status = "" if code == code2 == 0 else f"  (exit {code}/{code2})"
                    print(
                        f"{name:8} {pages:6d} {seconds:8.1f} {pages / seconds:8.1f} {rss:7.0f}MB {second:19d}{status}"
                    )
        finally:
            if ferret is not None:
                ferret.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
