"""``scrapy crawl news`` and ``scrapy schedule`` end to end over the fixture
site (tests/data/site, served by tests/fixturesite.py), on SQLite and MongoDB."""

from __future__ import annotations

import asyncio
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy.settings import Settings

from pipelines.stores import open_store
from tests.conftest import ROOT, Run, StoreSetup, run_scrapy, scrapy_env
from tests.fixturesite import FixtureSite, serve

SITE = Path(__file__).parent / "data" / "site"
ARTICLES = sorted((SITE / "ARTICLES.txt").read_text(encoding="utf-8").split())
FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "PROGRESS_INTERVAL=0"]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[FixtureSite]:
    """A fresh copy of the fixture site per test, so tests may add pages."""
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    with serve(root, slow_delay=1.0) as server:
        yield server


def sources_file(tmp_path: Path, site: FixtureSite, extra: str = "") -> Path:
    b = site.base
    path = tmp_path / "sources.toml"
    path.write_text(
        f"""
[[source]]
id = "northbay"
name = "Northbay Courier"
feeds = ["{b}/feed.xml", "{b}/ar/atom.xml"]
sitemaps = ["{b}/robots.txt"]
start_urls = ["{b}/", "{b}/world/", "{b}/sport/", "{b}/culture/", "{b}/ar/world/"]
schedule = "1h"
{extra}
""",
        encoding="utf-8",
    )
    return path


def crawl(store: StoreSetup, sources: Path, source: str = "northbay") -> Run:
    run = run_scrapy("crawl", "news", "-a", f"source={source}", "-s", f"SOURCES_FILE={sources}", *FAST, *store.args())
    assert run.code == 0, run.stderr[-3000:]
    return run


def stored_paths(store: StoreSetup, site: FixtureSite) -> list[str]:
    return sorted(r["canonical_url"].removeprefix(site.base) for r in store.records())


def article_requests(site: FixtureSite) -> list[str]:
    return [path for path in site.requests if path.split("?")[0] in ARTICLES]


def add_article(site: FixtureSite, path: str, headline: str) -> None:
    """Publish a new story: a page (from an existing one's template), a feed
    item and a teaser on the World section page."""
    root = site.root
    template = (root / "world/2025/port-strike-ends.html").read_text(encoding="utf-8")
    page = template.replace("/world/2025/port-strike-ends.html", path)
    page = page.replace("Port strike ends after dockworkers accept new shift deal", headline)
    page = page.replace("dockworkers", "bridge engineers").replace("2025-03", "2025-04")
    (root / path.lstrip("/")).write_text(page, encoding="utf-8")
    feed = (root / "feed.xml").read_text(encoding="utf-8")
    item = f"<item><title>{headline}</title><link>http://SITE{path}</link></item>"
    (root / "feed.xml").write_text(feed.replace("<item>", item + "\n<item>", 1), encoding="utf-8")
    section = (root / "world/index.html").read_text(encoding="utf-8")
    (root / "world/index.html").write_text(
        section.replace("</h1>", f'</h1><h2><a href="{path}">{headline}</a></h2>', 1), encoding="utf-8"
    )


def test_crawl_stores_exactly_the_articles_then_recrawls_incrementally(
    site: FixtureSite, store: StoreSetup, tmp_path: Path
) -> None:
    # Every .html link is a candidate, so the disallowed page, the dead link, the
    # 500 page and the "About us" page are all tried, and the extractor decides.
    sources = sources_file(tmp_path, site, "article_url_patterns = ['\\.html$', '\\.pdf$']")
    crawl(store, sources)
    assert stored_paths(store, site) == ARTICLES
    assert not [p for p in site.requests if p.startswith("/private/")]  # robots.txt: Disallow /private/
    for path in ("/world/2025/deleted-story.html", "/error/broken.html", "/about.html", "/files/annual-report.pdf"):
        assert path in site.requests
    (record,) = [c for c in store.crawl_records() if c["source"] == "northbay"]
    assert record["finish_reason"] == "finished" and record["articles"]["new"] == len(ARTICLES)
    assert record["failed"]["blocked_by_robots_txt"] == 1 and record["failed"]["http_404"] == 1
    assert record["failed"]["http_500"] == 1 and record["dropped"]["no_article"] >= 1
    tracked = [p for p in site.requests if any(t in p for t in ("utm_", "fbclid", "gclid"))]
    assert tracked == []  # tracking links were canonicalised before scheduling
    assert sorted(set(article_requests(site))) == sorted(article_requests(site))  # each article once
    records = {r["canonical_url"]: r for r in store.records()}
    arabic = records[site.url("/ar/world/2025/coastal-road-opening.html")]
    assert arabic["language"] == "ar" and arabic["source"] == "northbay" and arabic["published_at"] is not None

    # Second crawl: nothing changed, so no article page is requested and the seeds answer 304.
    site.reset_logs()
    crawl(store, sources)
    assert article_requests(site) == []
    assert {"/feed.xml", "/ar/atom.xml", "/robots.txt", "/", "/world/"} <= set(site.not_modified)
    assert stored_paths(store, site) == ARTICLES

    # A story published between crawls is found by the next one, and only it is fetched.
    site.reset_logs()
    add_article(site, "/world/2025/new-bridge-opens.html", "New harbour bridge opens to traffic after four years")
    crawl(store, sources)
    assert stored_paths(store, site) == sorted([*ARTICLES, "/world/2025/new-bridge-opens.html"])
    assert article_requests(site) == []
    assert [p for p in site.requests if p.startswith("/world/2025/new-bridge-opens")] == [
        "/world/2025/new-bridge-opens.html"
    ]


def test_crawl_records_and_sources_listing(site: FixtureSite, store: StoreSetup, tmp_path: Path) -> None:
    sources = sources_file(tmp_path, site)
    crawl(store, sources)
    listing = run_scrapy("sources", "-s", f"SOURCES_FILE={sources}", *store.args())
    assert listing.code == 0, listing.stderr
    (row,) = [line for line in listing.stdout.splitlines() if line.startswith("northbay")]
    assert " 29 " in row and "finished" in row and "29 new" in row


def test_schedule_once_runs_only_due_sources(site: FixtureSite, store: StoreSetup, tmp_path: Path) -> None:
    b = site.base
    extra = f"""
[[source]]
id = "northbay-ar"
name = "Northbay Courier (Arabic feed)"
feeds = ["{b}/ar/atom.xml"]
schedule = "*/5 * * * *"

[[source]]
id = "manual-only"
feeds = ["{b}/feed.xml"]
"""
    sources = sources_file(tmp_path, site, extra)
    # northbay ran recently: its next run is an hour away. northbay-ar never ran: due now.
    later = datetime.now(UTC) + timedelta(hours=1)
    settings = Settings()
    settings.setmodule("config.settings")
    settings.setdict(store.settings, priority="cmdline")

    async def plan() -> None:
        target = open_store(settings)
        await target.open()
        await target.set_next_run("northbay", later)
        await target.close()

    asyncio.run(plan())
    started = datetime.now(UTC)
    run = run_scrapy("schedule", "--once", "-s", f"SOURCES_FILE={sources}", *FAST, *store.args())
    assert run.code == 0, run.stderr[-3000:]
    sources_seen = {r["source"] for r in store.records()}
    assert sources_seen == {"northbay-ar"}
    assert "/feed.xml" not in site.requests and "/robots.txt" in site.requests
    assert "Started crawl of northbay-ar" in run.stderr and "Started crawl of northbay " not in run.stderr

    async def next_runs() -> dict[str, datetime]:
        target = open_store(settings)
        await target.open()
        try:
            return await target.next_runs()
        finally:
            await target.close()

    planned = asyncio.run(next_runs())
    assert abs(planned["northbay"] - later) < timedelta(seconds=1)  # untouched
    # The next */5 slot after the run started (which may have passed by now, if the run crossed a slot).
    next_run = planned["northbay-ar"]
    assert started < next_run <= started + timedelta(minutes=5)
    assert next_run.minute % 5 == 0 and next_run.second == 0
    assert "manual-only" not in planned


def test_schedule_stops_on_sigterm_after_running_crawls_finish(site: FixtureSite, tmp_path: Path) -> None:
    sources = sources_file(tmp_path, site)
    database = tmp_path / "news.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "schedule", "-s", f"SOURCES_FILE={sources}", "-s", f"SQLITE_PATH={database}",
         "-s", "MONGODB_URI=", *FAST],
        cwd=ROOT, env=scrapy_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not any(p.startswith("/world/") for p in site.requests):  # the crawl is under way
        assert time.monotonic() < deadline and process.poll() is None, "the crawl did not start"
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Crawl of northbay ended with status 0" in err
    with sqlite3.connect(database) as db:
        (reason,) = db.execute("SELECT json_extract(doc, '$.finish_reason') FROM crawls").fetchone()
        (stored,) = db.execute("SELECT count(*) FROM articles").fetchone()
    assert reason == "finished" and stored == len(ARTICLES)


def test_progress_lines_during_a_crawl(site: FixtureSite, tmp_path: Path) -> None:
    sources = sources_file(tmp_path, site)
    run = run_scrapy(
        "crawl", "news", "-a", "source=northbay", "-s", f"SOURCES_FILE={sources}", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "PROGRESS_INTERVAL=0.5", "-s", f"SQLITE_PATH={tmp_path / 'n.sqlite3'}", "-s", "MONGODB_URI=",
        "-s", "EXTRACT_WARM_DATES=True", "-s", f"EXTRACT_CACHE_DIR={tmp_path / 'cache'}", "-L", "INFO",
    )  # fmt: skip
    assert run.code == 0, run.stderr[-2000:]
    progress = [line for line in run.stderr.splitlines() if "Progress:" in line]
    assert progress and "pages (" in progress[-1] and "/s), articles new" in progress[-1]
    # The default configuration: workers forked from a server that compiled the fallback date parser
    # and kept its patterns for the next crawl.
    assert f"'articles/new': {len(ARTICLES)}" in run.stderr or f"articles new {len(ARTICLES)}" in progress[-1]
    assert [path.name.startswith("dateparser-") for path in (tmp_path / "cache").iterdir()] == [True]
