"""The item spiders yield: one downloaded HTML page, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.record import Fetched


@dataclass
class Page:
    html: str = field(repr=False)
    fetched: Fetched

    def __repr__(self) -> str:  # Scrapy logs items; never dump a whole page into the log
        return f"<Page {self.fetched.url}>"
