"""Source definitions: load ``sources.toml`` (setting ``SOURCES_FILE``) and check it.

A source is data, one ``[[source]]`` table per site::

    [[source]]
    id = "example-ar"                      # unique, [a-z0-9_-]+
    name = "Example (Arabic)"
    feeds = ["https://example.org/ar/rss.xml"]
    sitemaps = ["https://example.org/robots.txt"]   # sitemap, index, news sitemap or robots.txt
    start_urls = ["https://example.org/ar/"]
    article_url_patterns = ['/\\d{4}/\\d{2}/']       # re.search; optional
    exclude_url_patterns = ['/video/']
    allowed_domains = ["example.org"]      # default: the hosts of the URLs above
    language = "ar"                        # a hint
    schedule = "*/20 * * * *"              # cron, or an interval: "30m", "2h", "1d"
    refresh = "0"                          # re-check known articles this long after publication
    max_pages = 500                        # pages fetched per crawl
    download_delay = 1.0
    concurrency = 4
    timezone = "Asia/Riyadh"               # for dates printed without a zone
    [source.extract]                       # per-source extraction overrides
    favor = "precision"
    min_text_chars = 300
    boilerplate_lines = ["اقرأ المزيد"]
    remove_patterns = ['^Anzeige']  # re.search; a matching body paragraph is removed (adds to EXTRACT_REMOVE_PATTERNS)
    prune_xpath = ['//div[@class="related"]']  # subtrees removed before trafilatura reads the page

A bad file fails at start-up with one line per problem:
``sources.toml: source 'x': field 'y': reason``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cronsim import CronSim, CronSimError
from lxml import etree

ID_RE = re.compile(r"^[a-z0-9_-]+$")
INTERVAL_RE = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
URL_LISTS = ("feeds", "sitemaps", "start_urls")
EXTRACT_KEYS = {
    "favor": str, "min_text_chars": int, "include_tables": bool, "boilerplate_lines": list,
    "remove_patterns": list, "prune_xpath": list,
}  # fmt: skip
KNOWN_KEYS = {
    "id", "name", *URL_LISTS, "article_url_patterns", "exclude_url_patterns", "allowed_domains", "language",
    "schedule", "refresh", "max_pages", "download_delay", "concurrency", "timezone", "extract", "example",
}  # fmt: skip


class SourcesError(Exception):
    """The sources file has problems; ``problems`` holds one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Schedule:
    """A cron expression or a fixed interval."""

    text: str
    interval: timedelta | None = None

    def next_after(self, moment: datetime) -> datetime:
        if self.interval is not None:
            return moment + self.interval
        return next(CronSim(self.text, moment.astimezone(UTC)))


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    article_url_patterns: tuple[re.Pattern[str], ...] = ()
    exclude_url_patterns: tuple[re.Pattern[str], ...] = ()
    allowed_domains: tuple[str, ...] = ()
    language: str | None = None
    schedule: Schedule | None = None
    refresh: timedelta = timedelta(0)
    max_pages: int = 1000
    download_delay: float | None = None
    concurrency: int | None = None
    timezone: str | None = None
    extract: dict[str, Any] = field(default_factory=dict)

    def allows(self, url: str) -> bool:
        """On one of the source's domains (or a subdomain of one)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def is_article_url(self, url: str) -> bool | None:
        """True/False by the source's patterns; None when it has no article patterns."""
        if any(p.search(url) for p in self.exclude_url_patterns):
            return False
        if not self.article_url_patterns:
            return None
        return any(p.search(url) for p in self.article_url_patterns)


class _Checker:
    """Collects problems for one source entry instead of stopping at the first."""

    def __init__(self, label: str, entry: dict[str, Any], problems: list[str]) -> None:
        self.label, self.entry, self.problems = label, entry, problems

    def fail(self, field_name: str, reason: str) -> None:
        self.problems.append(f"{self.label}: field '{field_name}': {reason}")

    def string(self, name: str, required: bool = False) -> str | None:
        value = self.entry.get(name)
        if value is None:
            if required:
                self.fail(name, "missing")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(name, f"must be a non-empty string, not {value!r}")
            return None
        return value.strip()

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.entry.get(name, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(name, f"must be a list of strings, not {value!r}")
            return ()
        return tuple(v.strip() for v in value)

    def urls(self, name: str) -> tuple[str, ...]:
        urls = self.strings(name)
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                self.fail(name, f"not an http(s) URL: {url!r}")
        return urls

    def patterns(self, name: str) -> tuple[re.Pattern[str], ...]:
        compiled = []
        for text in self.strings(name):
            try:
                compiled.append(re.compile(text))
            except re.error as exc:
                self.fail(name, f"bad regex {text!r}: {exc}")
        return tuple(compiled)

    def number(self, name: str, kind: type, minimum: float) -> Any:
        value = self.entry.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float) if kind is float else int) or value < minimum:
            self.fail(name, f"must be a {kind.__name__} >= {minimum}, not {value!r}")
            return None
        return kind(value)


def parse_duration(text: str) -> timedelta:
    """``"0"``, ``"90s"``, ``"30m"``, ``"2h"``, ``"7d"``; ValueError otherwise."""
    if text.strip() == "0":
        return timedelta(0)
    match = INTERVAL_RE.match(text)
    if not match:
        raise ValueError(f"expected a duration like '30m', '2h' or '7d', not {text!r}")
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def parse_schedule(text: str) -> Schedule:
    if INTERVAL_RE.match(text):
        interval = parse_duration(text)
        if interval <= timedelta(0):
            raise ValueError("an interval must be longer than zero")
        return Schedule(text, interval)
    try:
        CronSim(text, datetime.now(UTC))
    except CronSimError as exc:
        raise ValueError(f"bad cron expression {text!r}: {exc}") from None
    return Schedule(text)


def _source(entry: Any, index: int, problems: list[str]) -> Source | None:
    if not isinstance(entry, dict):
        problems.append(f"source #{index + 1}: must be a table, not {entry!r}")
        return None
    raw_id = entry.get("id")
    label = f"source '{raw_id}'" if isinstance(raw_id, str) else f"source #{index + 1}"
    check = _Checker(label, entry, problems)
    for key in sorted(set(entry) - KNOWN_KEYS):
        check.fail(key, "unknown key")
    source_id = check.string("id", required=True)
    if source_id and not ID_RE.match(source_id):
        check.fail("id", f"must match [a-z0-9_-]+, not {source_id!r}")
    lists = {name: check.urls(name) for name in URL_LISTS}
    if not any(lists.values()) and not any(name in entry for name in URL_LISTS):
        check.fail("feeds", "no entry points: give at least one of feeds, sitemaps, start_urls")
    domains = check.strings("allowed_domains") or tuple(
        sorted({(urlsplit(u).hostname or "").lower() for urls in lists.values() for u in urls} - {""})
    )
    schedule = _parsed(check, "schedule", parse_schedule)
    refresh = _parsed(check, "refresh", parse_duration) or timedelta(0)
    timezone = check.string("timezone")
    if timezone:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            check.fail("timezone", f"unknown time zone {timezone!r}")
    extract = _extract_overrides(check)
    patterns = check.patterns("article_url_patterns")
    excludes = check.patterns("exclude_url_patterns")
    max_pages = check.number("max_pages", int, 1)
    delay = check.number("download_delay", float, 0)
    concurrency = check.number("concurrency", int, 1)
    if any(p.startswith(label + ":") for p in problems):
        return None
    return Source(
        id=source_id or "",
        name=check.string("name") or source_id or "",
        feeds=lists["feeds"],
        sitemaps=lists["sitemaps"],
        start_urls=lists["start_urls"],
        article_url_patterns=patterns,
        exclude_url_patterns=excludes,
        allowed_domains=tuple(d.lower().lstrip(".") for d in domains),
        language=check.string("language"),
        schedule=schedule,
        refresh=refresh,
        max_pages=max_pages or 1000,
        download_delay=delay,
        concurrency=concurrency,
        timezone=timezone,
        extract=extract,
    )


def _parsed(check: _Checker, name: str, parse: Any) -> Any:
    text = check.string(name)
    if text is None:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        check.fail(name, str(exc))
        return None


def _extract_overrides(check: _Checker) -> dict[str, Any]:
    overrides = check.entry.get("extract", {})
    if not isinstance(overrides, dict):
        check.fail("extract", "must be a table")
        return {}
    for key, value in overrides.items():
        expected = EXTRACT_KEYS.get(key)
        if expected is None:
            check.fail(f"extract.{key}", "unknown key")
        elif not isinstance(value, expected):
            check.fail(f"extract.{key}", f"must be a {expected.__name__}, not {value!r}")
    checked = dict(overrides)
    if isinstance(checked.get("remove_patterns"), list):
        checked["remove_patterns"] = _compiled(check, "extract.remove_patterns", checked["remove_patterns"])
    if isinstance(checked.get("prune_xpath"), list):
        checked["prune_xpath"] = _xpaths(check, "extract.prune_xpath", checked["prune_xpath"])
    return checked


def _compiled(check: _Checker, name: str, values: list[Any]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for text in values:
        if not isinstance(text, str) or not text.strip():
            check.fail(name, f"must be a list of non-empty strings, not {text!r}")
            continue
        try:
            compiled.append(re.compile(text))
        except re.error as exc:
            check.fail(name, f"bad regex {text!r}: {exc}")
    return tuple(compiled)


# A small page to try each prune_xpath on: unknown functions only fail when evaluated.
_PROBE = etree.fromstring('<html><head><title>t</title></head><body><div class="c"><p>t</p></div></body></html>')


def _xpaths(check: _Checker, name: str, values: list[Any]) -> tuple[str, ...]:
    """XPath expressions selecting elements (trafilatura removes what they
    select), tried here so a typo fails at start-up, not on every page."""
    kept = []
    for text in values:
        if not isinstance(text, str) or not text.strip():
            check.fail(name, f"must be a list of non-empty strings, not {text!r}")
            continue
        try:
            selected = etree.XPath(text)(_PROBE)
        except etree.XPathError as exc:
            check.fail(name, f"bad XPath {text!r}: {exc}")
            continue
        if not isinstance(selected, list) or not all(isinstance(node, etree._Element) for node in selected):
            check.fail(name, f"bad XPath {text!r}: must select elements")
            continue
        kept.append(text)
    return tuple(kept)


def load_sources(path: str | Path) -> list[Source]:
    """Read and check the sources file; raise ``SourcesError`` listing every problem."""
    file = Path(path)
    name = file.name
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError([f"{name}: cannot read {file} ({exc.strerror or exc})"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError([f"{name}: not valid TOML: {exc}"]) from None
    entries = data.get("source", [])
    problems = [f"{name}: unknown top-level key '{key}'" for key in sorted(set(data) - {"source"})]
    if not isinstance(entries, list) or not entries:
        raise SourcesError([*problems, f"{name}: no [[source]] tables"])
    raw: list[str] = []
    sources = []
    for index, entry in enumerate(entries):
        source = _source(entry, index, raw)
        if source is not None:
            sources.append(source)
    seen: set[str] = set()
    for entry in entries:
        source_id = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(source_id, str) and source_id in seen:
            raw.append(f"source '{source_id}': field 'id': duplicate id")
        if isinstance(source_id, str):
            seen.add(source_id)
    problems += [f"{name}: {line}" for line in raw]
    if problems:
        raise SourcesError(problems)
    return sources
