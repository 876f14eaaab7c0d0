"""Raw pages are kept, and ``scrapy reprocess`` brings extractor changes to
stored articles: a new version only where the text changed."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from pipelines.rawpages import page_from_document
from pipelines.text import fold
from tests.conftest import StoreSetup, run_scrapy
from tests.mockserver import LocalSite
from tests.test_article_command import ARABIC, ENGLISH, PLAIN
from tests.test_stores import make_store

PAGES = Path(__file__).parent / "data" / "pages"


def _in_store(setup: StoreSetup, work: Any) -> Any:
    async def run() -> Any:
        store = make_store(setup)
        await store.open()
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


def _learn(setup: StoreSetup, source: str, line: str) -> None:
    """Store ``line`` as boilerplate learned for ``source``, as a later crawl would."""
    _in_store(setup, lambda store: store.add_boilerplate(source, {fold(line): line}))


def kept_pages(setup: StoreSetup) -> list[dict[str, Any]]:
    async def scan(store: Any) -> list[dict[str, Any]]:
        return [doc async for batch in store.scan_pages((), None, 2) for doc in batch]

    return list(_in_store(setup, scan))


def test_reprocess_makes_new_versions_only_where_the_text_changed(site: LocalSite, store: StoreSetup) -> None:
    fetched = run_scrapy("article", site.url(ENGLISH), site.url(ARABIC), site.url(PLAIN), *store.args())
    assert fetched.code == 0, fetched.stderr
    pages = kept_pages(store)
    assert len(pages) == 3
    plain_page = next(p for p in pages if p["url"] == site.url(PLAIN))
    assert page_from_document(plain_page).html == (PAGES / "english-plain.html").read_text(encoding="utf-8")

    english = next(r for r in fetched.records if r["url"] == site.url(ENGLISH))
    paragraph = next(p for p in english["text"].split("\n")[1:] if len(p) <= 200)
    _learn(store, "127.0.0.1", paragraph)

    run = run_scrapy("reprocess", "--source", "127.0.0.1", *store.args())
    assert run.code == 0, run.stderr
    assert run.stdout.strip() == (
        "Reprocessed 3 pages: 1 changed (new version), 2 unchanged, 0 new, 0 without article text, 0 failed"
    )
    records = {r["_id"]: r for r in store.records()}
    assert len(records) == 3
    updated = records[english["_id"]]
    assert updated["version"] == 2 and paragraph not in updated["text"].split("\n")
    assert updated["first_seen_at"].isoformat().startswith(english["first_seen_at"][:19])
    assert all(r["version"] == 1 for key, r in records.items() if key != english["_id"])
    (old,) = store.read("article_versions")
    assert old["version"] == 1 and paragraph in old["text"].split("\n")

    again = run_scrapy("reprocess", *store.args())
    assert again.code == 0 and "0 changed (new version), 3 unchanged" in again.stdout
    assert len(store.read("article_versions")) == 1


def test_reprocess_filters_and_bad_arguments(site: LocalSite, store: StoreSetup) -> None:
    assert run_scrapy("article", site.url(PLAIN), *store.args()).code == 0
    later = run_scrapy("reprocess", "--since", "2999-01-01", *store.args())
    assert later.code == 0 and later.stdout.startswith("No kept pages match")
    other = run_scrapy("reprocess", "--source", "elsewhere", *store.args())
    assert other.code == 0 and other.stdout.startswith("No kept pages match")
    bad = run_scrapy("reprocess", "--since", "soon", *store.args())
    assert bad.code == 2
    assert bad.errors == [
        "scrapy reprocess: --since 'soon' is not an ISO date or datetime (2026-11-29 or 2026-11-29T08:00:00Z)"
    ]


def test_raw_pages_can_be_turned_off(site: LocalSite, store: StoreSetup) -> None:
    run = run_scrapy("article", site.url(PLAIN), "-s", "STORE_RAW_HTML=False", *store.args())
    assert run.code == 0 and len(store.records()) == 1
    assert kept_pages(store) == []


@pytest.mark.parametrize(
    ("setting", "problem"),
    [
        ("EXTRACT_REMOVE_PATTERNS=^Read (more", "EXTRACT_REMOVE_PATTERNS: bad regex '^Read (more': missing ), "),
        ("DEFAULT_TIMEZONE=Mars/Base", "DEFAULT_TIMEZONE: unknown time zone 'Mars/Base'"),
    ],
)
def test_a_bad_extraction_setting_is_one_line_before_anything_runs(
    site: LocalSite, store: StoreSetup, setting: str, problem: str
) -> None:
    assert run_scrapy("article", site.url(PLAIN), *store.args()).code == 0
    stored = store.records()
    requests = len(site.requests)
    for command in (["article", site.url(ENGLISH)], ["crawl", "news", "-a", "source=all"], ["reprocess"]):
        run = run_scrapy(*command, "-s", setting, *store.args())
        assert run.code == 1
        assert len(run.errors) == 1 and run.errors[0].startswith(f"scrapy {command[0]}: {problem}"), run.stderr
    assert len(site.requests) == requests  # nothing fetched
    assert store.records() == stored  # nothing written
