"""The item spiders yield: one downloaded HTML page, before extraction."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pipelines.record import Fetched

# Encodings whose text is also valid UTF-8 bytes (7-bit ones) or that UTF-8
# cannot stand in for (UTF-16/32, where NUL bytes are valid UTF-8 too).
_NOT_OVERRIDDEN = ("utf-16", "utf-32", "iso2022", "utf-7", "hz")


def page_text(response: Any) -> str:
    """The text of an HTML response: UTF-8 when the bytes are valid UTF-8,
    else the encoding the response declares (HTTP header, BOM, <meta>) or
    sniffs. Servers and templates often declare ISO-8859-1 or windows-1252
    for pages that are UTF-8; bytes of such a legacy encoding are almost never
    valid UTF-8 by chance, so valid UTF-8 is the safer reading.
    A declared 7-bit or UTF-16/32 encoding is always followed."""
    declared = codecs.lookup(response.encoding).name if response.encoding else ""
    if declared == "utf-8":  # most pages: Scrapy's text, already decoded (and cached) by its middlewares
        return str(response.text)
    if not declared.startswith(_NOT_OVERRIDDEN):
        try:
            return str(response.body.decode("utf-8-sig"))
        except UnicodeDecodeError:
            pass
    return str(response.text)


@dataclass
class Page:
    html: str = field(repr=False)
    fetched: Fetched
    # What the feed or sitemap said about the page: used only where the page
    # itself says nothing (no headline, no publication date).
    hint_title: str | None = None
    hint_published: datetime | None = None

    def __repr__(self) -> str:  # Scrapy logs items; never dump a whole page into the log
        return f"<Page {self.fetched.url}>"


def saved_page_text(url: str, body: bytes) -> str:
    """``page_text`` of a page saved without its HTTP headers (the eval
    pages): what the crawl would make of these bytes from ``url``."""
    from scrapy.http import HtmlResponse  # here: the workers unpickle pages and never need Scrapy

    return page_text(HtmlResponse(url, body=body))
