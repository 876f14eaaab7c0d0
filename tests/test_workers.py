"""Extraction in worker processes: the same records as in-process extraction,
per-source options honoured, and a worker that crashes or hangs on a page
costs that page only (unit level here; a whole crawl in tests/test_crawl.py)."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipelines.extractor import Extractor, NoArticle
from pipelines.fingerprints import fingerprint
from pipelines.page import Page
from pipelines.record import Fetched, build_record
from pipelines.workers import ExtractionFailed, Extractors, Record, WorkerLost, WorkerPool
from tests.conftest import ROOT, StoreSetup
from tests.fixturesite import serve
from tests.pathological import EXIT_MARKER, HANG_MARKER, MODULES_MARKER, RAISE_MARKER, PathologicalExtractor
from tests.test_crawl import ARTICLES, SITE, add_article, crawl, sources_file, stored_paths

PAGES = Path(__file__).parent / "data" / "pages"
FETCHED_AT = datetime(2025, 3, 17, 8, 0, tzinfo=UTC)
HTML = (PAGES / "english-jsonld.html").read_text(encoding="utf-8")


def page(html: str = HTML, path: str = "/news/story.html", source: str | None = None) -> Page:
    url = f"http://127.0.0.1:9/{path.lstrip('/')}"
    return Page(html=html, fetched=Fetched(url, 200, None, None, FETCHED_AT, source))


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    base = PathologicalExtractor()
    strict = replace(base, min_text_chars=1_000_000)  # a source whose options reject every page
    workers = WorkerPool(Extractors(base, {"strict": strict}), size=2, timeout=10)  # generous: loaded CI is slow
    workers.start()
    yield workers
    workers.close()


def run(pool: WorkerPool, *pages: Page) -> list[Record | BaseException]:
    async def main() -> list[Record | BaseException]:
        return await asyncio.gather(*(pool.run(p) for p in pages), return_exceptions=True)

    return asyncio.run(main())


def test_worker_record_matches_in_process_extraction_and_carries_the_fingerprint(pool: WorkerPool) -> None:
    (record,) = run(pool, page())
    expected = build_record(Extractor().extract(HTML, page().fetched.url), page().fetched)
    assert isinstance(record, Record) and dict(record) == expected
    assert record.fingerprint == fingerprint(expected["text"])
    assert "fingerprint" not in record  # beside the fields, never stored


def test_per_source_options_reach_the_workers(pool: WorkerPool) -> None:
    plain, strict = run(pool, page(), page(source="strict"))
    assert isinstance(plain, Record) and plain["source"] == "127.0.0.1"
    assert isinstance(strict, NoArticle) and "characters of body text" in str(strict)


def test_workers_load_no_crawler_code(pool: WorkerPool) -> None:
    # A worker runs pipelines.workers and unpickles pages: neither may pull in
    # Scrapy and Twisted (some 20 MB in each worker).
    (report,) = run(pool, page(HTML + MODULES_MARKER))
    assert isinstance(report, ExtractionFailed) and str(report) == "LookupError: loaded: []"


def test_workers_do_not_run_the_crawlers_main_script_again(tmp_path: Path) -> None:
    # The `scrapy` command is the crawler's main script: multiprocessing would
    # run it (and import all of Scrapy) in every worker.
    script = tmp_path / "crawler.py"
    script.write_text(
        "import asyncio, sys\n"
        "from datetime import UTC, datetime\n"
        "from scrapy.cmdline import execute  # what the `scrapy` command imports\n"
        "from pipelines.page import Page\n"
        "from pipelines.record import Fetched\n"
        "from pipelines.workers import Extractors, WorkerPool\n"
        "from tests.pathological import MODULES_MARKER, PathologicalExtractor\n"
        "if __name__ == '__main__':\n"
        "    pool = WorkerPool(Extractors(PathologicalExtractor(), {}), size=1, timeout=60)\n"
        "    pool.start()\n"
        "    fetched = Fetched('http://127.0.0.1:9/a.html', 200, None, None, datetime.now(UTC), None)\n"
        "    try:\n"
        "        asyncio.run(pool.run(Page(html=sys.argv[1] + MODULES_MARKER, fetched=fetched)))\n"
        "    except Exception as exc:\n"
        "        print(exc)\n"
        "    pool.close()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(script), HTML], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.splitlines()[-1:] == ["LookupError: loaded: []"], done.stderr[-2000:]


def test_a_crashing_worker_costs_one_page_and_is_replaced(pool: WorkerPool) -> None:
    before, lost, after = run(pool, page(path="/a.html"), page(HTML + EXIT_MARKER, "/b.html"), page(path="/c.html"))
    assert isinstance(lost, WorkerLost) and lost.key == "worker_crashed"
    assert str(lost) == "extraction worker crashed (exit status 3)"
    assert isinstance(before, Record) and isinstance(after, Record)
    # Every worker still answers: two pages at once, one per worker.
    assert all(isinstance(r, Record) for r in run(pool, page(path="/d.html"), page(path="/e.html")))


def test_a_hanging_page_is_dropped_after_the_time_limit_and_the_worker_replaced(pool: WorkerPool) -> None:
    lost, other = run(pool, page(HTML + HANG_MARKER, "/hang.html"), page(path="/ok.html"))
    assert isinstance(lost, WorkerLost) and lost.key == "timed_out"
    assert str(lost) == "extraction timed out after 10s"
    assert isinstance(other, Record)
    assert all(isinstance(r, Record) for r in run(pool, page(path="/d.html"), page(path="/e.html")))


def test_an_extractor_exception_is_reported_with_the_worker_traceback(pool: WorkerPool) -> None:
    (failed,) = run(pool, page(HTML + RAISE_MARKER))
    assert isinstance(failed, ExtractionFailed)
    assert str(failed) == "RecursionError: maximum recursion depth exceeded"
    assert "tests/pathological.py" in failed.details


def test_a_worker_is_replaced_after_max_pages_between_pages() -> None:
    pool = WorkerPool(Extractors(Extractor(), {}), size=1, timeout=10, max_pages=2)
    pool.start()
    try:
        (first_worker,) = pool._workers
        records = [run(pool, page(path=f"/{n}.html"))[0] for n in range(5)]
        (last_worker,) = pool._workers
    finally:
        pool.close()
    assert all(isinstance(r, Record) for r in records)  # no page lost to the replacements
    assert [r["url"] for r in records if isinstance(r, Record)] == [f"http://127.0.0.1:9/{n}.html" for n in range(5)]
    assert pool.recycled == 2  # after pages 2 and 4
    assert first_worker.process.exitcode == 0  # let go once it had answered, not killed
    assert last_worker.process.pid != first_worker.process.pid and last_worker.pages == 1


def test_the_first_workers_are_replaced_at_different_times() -> None:
    pool = WorkerPool(Extractors(Extractor(), {}), size=2, timeout=10, max_pages=4)
    pool.start()
    try:
        # One page at a time: the workers take turns. The second worker's
        # first life is half as long, so the two never reach full size together.
        recycled = []
        for n in range(7):
            run(pool, page(path=f"/{n}.html"))
            recycled.append(pool.recycled)
    finally:
        pool.close()
    assert recycled == [0, 0, 0, 1, 1, 1, 2]


def test_a_crawl_survives_pathological_pages_and_reports_them(store: StoreSetup, tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    with serve(root) as site:
        add_article(site, "/world/2025/crashes-the-worker.html", "A page that crashes its extraction worker")
        add_article(site, "/world/2025/hangs-the-worker.html", "A page that never finishes extracting")
        for name, marker in (("crashes", EXIT_MARKER), ("hangs", HANG_MARKER)):
            path = root / f"world/2025/{name}-the-worker.html"
            path.write_text(path.read_text(encoding="utf-8") + marker, encoding="utf-8")
        sources = sources_file(tmp_path, site)
        plugged = {
            **store.settings,
            "EXTRACT_CLASS": "tests.pathological.PathologicalExtractor",
            "EXTRACT_TIMEOUT": "20",
        }
        crawl(StoreSetup(store.kind, plugged, store.tmp), sources)
        assert stored_paths(store, site) == ARTICLES  # every other article, on both workers' successors
    (record,) = store.crawl_records()
    assert record["dropped"]["timed_out"] == 1 and record["dropped"]["worker_crashed"] == 1
    assert record["finish_reason"] == "finished"


def test_workers_started_in_the_background_serve_pages_once_up() -> None:
    workers = WorkerPool(Extractors(PathologicalExtractor(), {}), size=2, timeout=10)

    async def main() -> list[Record | BaseException]:
        workers.start_soon()
        assert not workers._workers  # returned at once: they come up on the helper threads
        return await asyncio.gather(*(workers.run(page(path=f"/{n}.html")) for n in range(3)), return_exceptions=True)

    try:
        results = asyncio.run(main())
    finally:
        workers.close()
    assert all(isinstance(r, Record) for r in results), results


def test_workers_that_cannot_start_drop_each_page_with_the_reason() -> None:
    unpicklable = replace(PathologicalExtractor(), remove_patterns=(lambda: None,))  # type: ignore[arg-type]
    workers = WorkerPool(Extractors(unpicklable, {}), size=2, timeout=10)

    async def main() -> list[Record | BaseException]:
        workers.start_soon()
        return await asyncio.gather(*(workers.run(page(path=f"/{n}.html")) for n in range(3)), return_exceptions=True)

    try:
        results = asyncio.run(main())
    finally:
        workers.close()
    assert len(results) == 3
    for result in results:
        assert isinstance(result, WorkerLost) and result.key == "workers_unavailable"
        assert str(result).startswith("extraction workers could not start (")
