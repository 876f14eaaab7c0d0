"""The item spiders yield: one downloaded HTML page, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pipelines.record import Fetched


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
