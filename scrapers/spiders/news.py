"""``news`` spider: crawl configured sources through their feeds, sitemaps and
start pages, fetching only articles the store does not have yet.

    scrapy crawl news -a source=bbc-arabic
    scrapy crawl news -a source=all

Settings: ``SOURCES_FILE`` (the sources), the store settings, and per source
``max_pages``, ``download_delay``, ``concurrency`` (its own download slot).

Incremental by design:
- every article URL is canonicalised (tracking parameters, AMP variants)
  before it is scheduled, and checked against the store's ``_id`` index in
  batches, together with the aliases of pages seen before under another URL
  (an AMP twin whose ``rel=canonical`` named its main page); the URL requested
  is the link without tracking parameters; a known article is fetched again only when the source's
  ``refresh`` window after publication is still open, or when a sitemap's
  ``lastmod`` is newer than the stored copy;
- feeds, sitemaps and listing pages are requested with ``If-None-Match`` /
  ``If-Modified-Since`` from the previous crawl; a 304 costs no parsing. The
  validators are saved only when a crawl finishes normally, so an interrupted
  crawl never hides pages from the next one;
- sitemap-index children whose ``lastmod`` predates the source's last
  finished crawl are skipped.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import UsageError
from scrapy.http import Response

from config.sources import Source, SourcesError, load_sources
from pipelines.stores import Store, open_store
from pipelines.urls import article_id, canonical_url, clean_url
from scrapers.crawlrecord import crawl_records
from scrapers.discovery import Entry, is_pagination, looks_like_article, parse_feed, parse_sitemap, robots_sitemaps
from scrapers.spiders.base import PageSpider

logger = logging.getLogger(__name__)


def select_sources(settings: Any, wanted: str) -> list[Source]:
    """The sources named by ``-a source=`` (an id, a comma list, or ``all``)."""
    sources = load_sources(settings.get("SOURCES_FILE"))
    if wanted == "all":
        return sources
    by_id = {s.id: s for s in sources}
    unknown = [name for name in wanted.split(",") if name not in by_id]
    if unknown:
        raise SourcesError([f"unknown source {name!r} (known: {', '.join(sorted(by_id))})" for name in unknown])
    return [by_id[name] for name in wanted.split(",")]


class NewsSpider(PageSpider):
    name = "news"
    # AutoThrottle on for crawls (not for one-off fetches); -s overrides either.
    custom_settings = {"AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_START_DELAY": 0.5}  # noqa: RUF012

    def __init__(self, source: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not source:
            raise UsageError("name a source: -a source=ID (or -a source=all)")
        self.wanted = source
        self.sources: dict[str, Source] = {}
        self.store: Store | None = None
        self.started_at = datetime.now(UTC)
        self._requested: dict[str, int] = {}  # per source, against max_pages
        self._scheduled: set[str] = set()  # article ids requested in this crawl
        self._validators: dict[str, tuple[str | None, str | None]] = {}
        self._last_finished: dict[str, datetime] = {}

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # One download slot per source, with the source's own delay and concurrency.
        try:
            sources = load_sources(settings.get("SOURCES_FILE"))
        except SourcesError:
            return  # reported by the crawl command, with every problem
        slots = dict(settings.getdict("DOWNLOAD_SLOTS"))
        for source in sources:
            slot = {"concurrency": source.concurrency, "delay": source.download_delay}
            slots[source.id] = {k: v for k, v in slot.items() if v is not None}
        settings.set("DOWNLOAD_SLOTS", slots, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sources = {s.id: s for s in select_sources(crawler.settings, spider.wanted)}
        spider.store = open_store(crawler.settings)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        assert self.store is not None
        await self.store.open()
        last = await self.store.last_crawls()
        self._last_finished = {
            sid: crawl["started_at"] for sid, crawl in last.items() if crawl.get("finish_reason") == "finished"
        }
        for source in self.sources.values():
            seeds = [(u, self.parse_feed) for u in source.feeds]
            seeds += [(u, self.parse_sitemap) for u in source.sitemaps]
            seeds += [(u, self.parse_listing) for u in source.start_urls]
            stored = await self.store.validators([url for url, _ in seeds])
            for url, callback in seeds:
                request = self.discovery_request(source, url, callback, stored.get(url))
                if request is not None:
                    yield request

    # -- requests ---------------------------------------------------------------

    def _budget(self, source: Source) -> bool:
        used = self._requested.get(source.id, 0)
        if used >= source.max_pages:
            self.crawler.stats.inc_value(f"source/{source.id}/skipped/max_pages")
            return False
        self._requested[source.id] = used + 1
        return True

    def _request(self, source: Source, url: str, callback: Any, **kwargs: Any) -> scrapy.Request | None:
        if not self._budget(source):
            return None
        meta = {"source_id": source.id, "download_slot": source.id, **kwargs.pop("meta", {})}
        return scrapy.Request(url, callback=callback, errback=self.failed, meta=meta, **kwargs)

    def discovery_request(
        self, source: Source, url: str, callback: Any, stored: dict[str, str | None] | None = None
    ) -> scrapy.Request | None:
        """A feed, sitemap or listing page, conditional on what the last crawl saw."""
        headers = {}
        if stored and stored.get("etag"):
            headers["If-None-Match"] = stored["etag"]
        if stored and stored.get("last_modified"):
            headers["If-Modified-Since"] = stored["last_modified"]
        meta = {"handle_httpstatus_list": [304], "discovery_url": url}
        return self._request(source, url, callback, headers=headers, meta=meta, dont_filter=bool(headers))

    # -- callbacks ----------------------------------------------------------------

    def _discovered(self, response: Response) -> Source | None:
        """Common start of every discovery callback; None when nothing is to parse."""
        source = self.sources[response.meta["source_id"]]
        self.crawler.stats.inc_value(f"source/{source.id}/pages")
        if response.status == 304:
            self.crawler.stats.inc_value(f"source/{source.id}/not_modified")
            return None
        headers = response.headers
        etag, modified = headers.get(b"ETag"), headers.get(b"Last-Modified")
        if etag or modified:
            self._validators[response.meta["discovery_url"]] = (
                etag.decode("latin-1") if etag else None,
                modified.decode("latin-1") if modified else None,
            )
        return source

    async def parse_feed(self, response: Response) -> AsyncIterator[Any]:
        source = self._discovered(response)
        if source is None:
            return
        entries = parse_feed(response.body, response.url)
        if entries is None:
            self.report(response.url, response.meta, "not an RSS or Atom feed")
            return
        async for request in self.article_requests(source, entries, from_listing=False):
            yield request

    async def parse_sitemap(self, response: Response) -> AsyncIterator[Any]:
        source = self._discovered(response)
        if source is None:
            return
        if response.url.endswith("/robots.txt"):
            for url in robots_sitemaps(response.text, response.url):
                if (request := await self._child(source, url, self.parse_sitemap)) is not None:
                    yield request
            return
        try:
            sitemap = parse_sitemap(response.body, response.url)
        except (OSError, ValueError) as exc:
            self.report(response.url, response.meta, f"unreadable sitemap ({exc})")
            return
        if sitemap is None:
            self.report(response.url, response.meta, "not a sitemap")
            return
        if sitemap.kind == "index":
            newest_first = sorted(sitemap.entries, key=_lastmod_key, reverse=True)
            cutoff = self._last_finished.get(source.id)
            for entry in newest_first:
                if cutoff and entry.lastmod and entry.lastmod < cutoff:
                    self.crawler.stats.inc_value(f"source/{source.id}/skipped/sitemap_unchanged")
                    continue
                if (request := await self._child(source, entry.url, self.parse_sitemap)) is not None:
                    yield request
            return
        async for request in self.article_requests(source, sitemap.entries, from_listing=False):
            yield request

    async def parse_listing(self, response: Response) -> AsyncIterator[Any]:
        source = self._discovered(response)
        if source is None:
            return
        hrefs = response.css("a::attr(href)").getall()
        nexts = response.css('link[rel~="next"]::attr(href), a[rel~="next"]::attr(href)').getall()
        links = [response.urljoin(h.strip()) for h in hrefs if h.strip() and not h.startswith(("#", "mailto:"))]
        pages = {response.urljoin(h) for h in nexts} | {u for u in links if is_pagination(u) and source.allows(u)}
        for url in sorted(pages):
            if url.split("#")[0] != response.url and (request := await self._child(source, url, self.parse_listing)):
                yield request
        entries = [Entry(url) for url in links if url not in pages]
        async for request in self.article_requests(source, entries, from_listing=True):
            yield request

    async def _child(self, source: Source, url: str, callback: Any) -> scrapy.Request | None:
        """A sitemap or listing page found during the crawl (once per crawl)."""
        key = canonical_url(url)
        if key in self._scheduled or not source.allows(url):
            return None
        self._scheduled.add(key)
        assert self.store is not None
        stored = await self.store.validators([url])
        return self.discovery_request(source, url, callback, stored.get(url))

    # -- articles -----------------------------------------------------------------

    def _is_candidate(self, source: Source, url: str, from_listing: bool) -> bool:
        if not url.startswith(("http://", "https://")) or not source.allows(url):
            return False
        verdict = source.is_article_url(url)
        if verdict is not None:
            return verdict
        # Feed and sitemap entries are articles by nature; links need the heuristic.
        return looks_like_article(url) if from_listing else True

    async def article_requests(
        self, source: Source, entries: Iterable[Entry], from_listing: bool
    ) -> AsyncIterator[scrapy.Request]:
        """Requests for the entries' articles that are new (or due a re-check)."""
        candidates: dict[str, tuple[str, str, Entry]] = {}  # id -> (URL to request, its own id, entry)
        for entry in entries:
            if not self._is_candidate(source, entry.url, from_listing):
                continue
            record_id, url = article_id(canonical_url(entry.url)), clean_url(entry.url)
            own_id = article_id(url)
            if not {record_id, own_id} & self._scheduled and record_id not in candidates:
                candidates[record_id] = (url, own_id, entry)
        if not candidates:
            return
        assert self.store is not None
        ids = list(candidates) + [own for _url, own, _entry in candidates.values()]
        known = await self.store.known(ids)
        now = datetime.now(UTC)
        for record_id, (url, own_id, entry) in candidates.items():
            stored = known.get(record_id) or known.get(own_id)  # own_id: a twin seen before
            if stored is not None and not _due(source, stored, entry, now):
                self.crawler.stats.inc_value(f"source/{source.id}/skipped/known")
                continue
            self._scheduled.update((record_id, own_id))
            hints = {"hint_title": entry.title, "hint_published": entry.published}
            request = self._request(source, url, self.parse_page, meta=hints)
            if request is None:
                return
            yield request

    def parse_page(self, response: Any) -> Any:
        if "source_id" in response.meta:
            self.crawler.stats.inc_value(f"source/{response.meta['source_id']}/pages")
        return super().parse_page(response)

    # -- end of crawl -------------------------------------------------------------

    async def on_closed(self, spider: Any, reason: str) -> None:
        assert self.store is not None
        try:
            if reason == "finished":
                for url, (etag, modified) in self._validators.items():
                    await self.store.save_validators(url, etag, modified)
            finished_at = datetime.now(UTC)
            stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
            for record in crawl_records(list(self.sources), stats, self.started_at, finished_at, reason):
                await self.store.add_crawl(record)
        finally:
            await self.store.close()


def _lastmod_key(entry: Entry) -> datetime:
    return entry.lastmod or datetime.min.replace(tzinfo=UTC)


def _due(source: Source, stored: dict[str, Any], entry: Entry, now: datetime) -> bool:
    """Re-fetch a known article: inside the refresh window after publication,
    or when the sitemap says it changed after we fetched it."""
    fetched_at = stored.get("fetched_at")
    if entry.lastmod and fetched_at and entry.lastmod > fetched_at:
        return True
    published = stored.get("published_at")
    return bool(source.refresh) and published is not None and now - published < source.refresh
