"""Boilerplate learning: leftovers a source repeats in every article.

Settings: ``BOILERPLATE_ENABLED``, ``BOILERPLATE_MIN_ARTICLES``,
``BOILERPLATE_MIN_SHARE``, ``BOILERPLATE_MAX_CHARS``, ``BOILERPLATE_SAMPLE``,
``BOILERPLATE_TRACKED_LINES``; needs the store.

Sites leave their own lines inside the article container: "Source link",
"Facebook Comments Box", "Share this:", a newsletter prompt, "Read more", a
credit line. ``EXTRACT_BOILERPLATE_LINES`` lists the common ones; this stage
learns the rest per source. A paragraph is learned as boilerplate for a source
when it is short (at most ``BOILERPLATE_MAX_CHARS`` characters) and found, in
its folded form (case, punctuation and spacing ignored), in at least
``BOILERPLATE_MIN_ARTICLES`` different articles of that source that are also
at least ``BOILERPLATE_MIN_SHARE`` of the source's articles counted. A quoted
sentence that two or three stories share is never near that; a line that is
in most of a site's pages is. Learned lines are kept in the store
(``boilerplate``), so they hold across runs and processes, and removed from
every later article of the source (and from stored ones by ``scrapy
reprocess``); removing never leaves an article shorter than
``EXTRACT_MIN_TEXT_CHARS``.

Counting starts from the source's ``BOILERPLATE_SAMPLE`` most recent stored
articles when the source is first seen in a run, then goes on with every
article of the run; at most ``BOILERPLATE_TRACKED_LINES`` candidate lines are
counted per source (lines seen once are dropped first), so memory stays flat.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scrapy.exceptions import NotConfigured

from pipelines.record import content_hash, word_count
from pipelines.stores import Store, StoreUnavailable, open_store
from pipelines.text import fold, visual_length

logger = logging.getLogger(__name__)


@dataclass
class Rules:
    min_articles: int = 5
    min_share: float = 0.05
    max_chars: int = 200
    tracked: int = 20_000
    min_text_chars: int = 200


@dataclass
class SourceLines:
    """What is known about one source's repeated lines."""

    rules: Rules
    learned: set[str] = field(default_factory=set)
    articles: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def key(self, paragraph: str) -> str | None:
        text = paragraph.strip()
        return (fold(text) or None) if len(text) <= self.rules.max_chars else None

    def observe(self, text: str) -> dict[str, str]:
        """Count the article's short paragraphs; return those now learned
        (folded key -> the line as printed)."""
        lines = {key: p.strip() for p in text.split("\n") if (key := self.key(p)) and key not in self.learned}
        self.articles += 1
        self.counts.update(lines.keys())
        floor = max(self.rules.min_articles, self.rules.min_share * self.articles)
        new = {key: line for key, line in lines.items() if self.counts[key] >= floor}
        for key in new:
            self.learned.add(key)
            del self.counts[key]
        if len(self.counts) > self.rules.tracked:
            self.counts = Counter({k: n for k, n in self.counts.items() if n > 1})
        return new

    def strip(self, text: str) -> str:
        """``text`` without learned lines (unchanged if that would leave too little)."""
        if not self.learned:
            return text
        kept = [p for p in text.split("\n") if self.key(p) not in self.learned]
        stripped = "\n".join(kept).strip()
        return stripped if visual_length(stripped) >= self.rules.min_text_chars else text


class Boilerplate:
    """Learned lines per source, backed by the store; used by the pipeline and
    by ``scrapy reprocess``."""

    def __init__(self, store: Store, rules: Rules, sample: int = 300) -> None:
        self.store = store
        self.rules = rules
        self.sample = sample
        self.sources: dict[str, SourceLines] = {}

    @classmethod
    def from_settings(cls, store: Store, settings: Any) -> Boilerplate | None:
        if not settings.getbool("BOILERPLATE_ENABLED"):
            return None
        rules = Rules(
            settings.getint("BOILERPLATE_MIN_ARTICLES"),
            settings.getfloat("BOILERPLATE_MIN_SHARE"),
            settings.getint("BOILERPLATE_MAX_CHARS"),
            settings.getint("BOILERPLATE_TRACKED_LINES"),
            settings.getint("EXTRACT_MIN_TEXT_CHARS"),
        )
        return cls(store, rules, settings.getint("BOILERPLATE_SAMPLE"))

    async def lines(self, source: str) -> SourceLines:
        known = self.sources.get(source)
        if known is None:
            known = SourceLines(self.rules, set(await self.store.boilerplate(source)))
            learned: dict[str, str] = {}
            for text in await self.store.recent_texts(source, self.sample):
                learned.update(known.observe(text))
            if learned:
                await self.store.add_boilerplate(source, learned)
            self.sources[source] = known
        return known

    async def clean(self, record: dict[str, Any], learn: bool = True) -> bool:
        """Remove the source's learned lines from the record's text (then learn
        from it); True when the text changed."""
        lines = await self.lines(record.get("source") or "")
        text = lines.strip(record["text"])
        changed = text != record["text"]
        if changed:
            record.update(text=text, word_count=word_count(text), content_hash=content_hash(text))
            if getattr(record, "fingerprint", None) is not None:  # made from the old text by the worker
                record.fingerprint = None  # type: ignore[attr-defined]  # dedup makes a new one
        if learn and (new := lines.observe(text)):
            logger.info("Learned %d boilerplate lines of %s: %r", len(new), record.get("source"), list(new.values()))
            await self.store.add_boilerplate(record.get("source") or "", new)
        return changed


class BoilerplatePipeline:
    def __init__(self, boilerplate: Boilerplate, stats: Any) -> None:
        self.boilerplate = boilerplate
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> BoilerplatePipeline:
        settings = crawler.settings
        if not settings.getbool("STORE_ENABLED"):
            raise NotConfigured("boilerplate learning needs the store (STORE_ENABLED is off)")
        boilerplate = Boilerplate.from_settings(open_store(settings), settings)
        if boilerplate is None:
            raise NotConfigured("BOILERPLATE_ENABLED is off")
        return cls(boilerplate, crawler.stats)

    async def open_spider(self) -> None:
        await self.boilerplate.store.open()

    async def close_spider(self) -> None:
        await self.boilerplate.store.close()

    async def process_item(self, record: Any) -> Any:
        if not isinstance(record, dict) or "text" not in record:
            return record
        try:
            if await self.boilerplate.clean(record):
                self.stats.inc_value("boilerplate/cleaned")
        except StoreUnavailable as exc:  # the record is not held back: the store stage retries or spills it
            logger.warning("Boilerplate lines not checked for %s: %s", record.get("url"), exc)
        return record
