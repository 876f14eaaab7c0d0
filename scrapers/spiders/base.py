"""What every newsflow spider shares: turning responses into ``Page`` items
and failures into one-line reasons (``scrapers.signals.page_failed``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import TextResponse
from twisted.python.failure import Failure

from pipelines.page import Page, page_text
from pipelines.record import Fetched
from scrapers.failures import failure_reason, response_reason, stats_key
from scrapers.signals import page_failed


class PageSpider(scrapy.Spider):
    """Base class: ``parse_page`` yields a ``Page`` for HTML responses and
    reports anything else; ``failed`` is the errback for every request."""

    source_id: str | None = None  # the configured source; None for one-off fetches

    def parse_page(self, response: Any) -> Any:
        reason = response_reason(response)
        if reason is not None or not isinstance(response, TextResponse):
            self.report(response.url, response.meta, reason or "not HTML")
            return
        headers = response.headers
        yield Page(
            html=page_text(response),
            fetched=Fetched(
                url=response.url,
                status=response.status,
                etag=_header(headers, b"ETag"),
                last_modified=_header(headers, b"Last-Modified"),
                fetched_at=datetime.now(UTC),
                source=response.meta.get("source_id", self.source_id),
            ),
            hint_title=response.meta.get("hint_title"),
            hint_published=response.meta.get("hint_published"),
        )

    def failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        maxsize = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
        self.report(request.url, request.meta, failure_reason(failure.value, maxsize))

    def report(self, url: str, meta: dict[str, Any], reason: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(stats_key(reason))
        if meta.get("source_id"):
            self.crawler.stats.inc_value(stats_key(reason, prefix=f"source/{meta['source_id']}"))
        self.logger.info("Failed %s: %s", url, reason)
        self.crawler.signals.send_catch_log(
            signal=page_failed, url=meta.get("input_url", url), index=meta.get("input_index"), reason=reason
        )


def _header(headers: Any, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value else None
