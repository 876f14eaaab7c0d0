"""An extractor plug-in (``EXTRACT_CLASS``) for the worker tests: it behaves
like the real one except on pages carrying a marker comment, where it does
what a pathological page can make an extractor do: exit the process
(as a segfault in a C extension would) or never return."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime

from pipelines.extractor import Article, Extractor

EXIT_MARKER = "<!-- pathological: exit -->"
HANG_MARKER = "<!-- pathological: hang -->"
RAISE_MARKER = "<!-- pathological: raise -->"
MODULES_MARKER = "<!-- report: modules -->"  # not pathological: the worker says which heavy packages it loaded
HEAVY = ("scrapy", "twisted", "aiohttp", "pyarrow")


@dataclass(frozen=True)
class PathologicalExtractor(Extractor):
    def extract(self, html: str, url: str, now: datetime | None = None) -> Article:
        if EXIT_MARKER in html:
            os._exit(3)
        if HANG_MARKER in html:
            time.sleep(3600)
        if MODULES_MARKER in html:
            raise LookupError(f"loaded: {sorted(name for name in HEAVY if name in sys.modules)}")
        if RAISE_MARKER in html:
            raise RecursionError("maximum recursion depth exceeded")
        return super().extract(html, url, now)
