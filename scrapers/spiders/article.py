"""``article`` spider: fetch a given list of article URLs (one-off fetches).

Used by ``scrapy article``; also runnable as
``scrapy crawl article -a urls=https://example.org/a,https://example.org/b``.
Every URL is requested even when repeated (``dont_filter``), so each input
line gets its own output line.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

import scrapy

from scrapers.spiders.base import PageSpider


class ArticleSpider(PageSpider):
    name = "article"

    def __init__(self, urls: Iterable[str] | str = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = [u for u in (urls.split(",") if isinstance(urls, str) else urls) if u]

    async def start(self) -> AsyncIterator[Any]:
        for index, url in enumerate(self.urls):
            yield scrapy.Request(
                url,
                callback=self.parse_page,
                errback=self.failed,
                dont_filter=True,
                meta={"input_index": index, "input_url": url},
            )
