"""The sources file: a bad entry fails at start-up naming source, field and reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from config.sources import SourcesError, load_sources, parse_duration, parse_schedule
from tests.conftest import ROOT, run_scrapy

GOOD = """
[[source]]
id = "site-a"
name = "Site A"
feeds = ["https://a.example/rss.xml"]
start_urls = ["https://www.a.example/news/"]
article_url_patterns = ['/\\d{4}/']
schedule = "*/20 * * * *"
refresh = "6h"
timezone = "Asia/Riyadh"
[source.extract]
favor = "precision"
"""

BAD = """
[[source]]
id = "dup"
feeds = ["https://a.example/rss.xml"]
colour = "blue"

[[source]]
id = "dup"
sitemaps = ["https://b.example/sitemap.xml"]
article_url_patterns = ['(unclosed']
schedule = "61 * * * *"

[[source]]
id = "empty"
name = "No entry points"
refresh = "soon"

[[source]]
id = "Bad Id!"
start_urls = ["ftp://c.example/"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads_with_defaults(tmp_path: Path) -> None:
    (source,) = load_sources(write(tmp_path, GOOD))
    assert source.allowed_domains == ("a.example", "www.a.example")
    assert source.allows("https://news.a.example/x") and not source.allows("https://evil.example/x")
    assert source.is_article_url("https://a.example/2025/x") is True
    assert source.is_article_url("https://a.example/about") is False
    assert source.refresh == timedelta(hours=6)
    assert source.extract == {"favor": "precision"}
    assert source.max_pages == 1000


def test_every_problem_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SourcesError) as caught:
        load_sources(write(tmp_path, BAD))
    assert sorted(caught.value.problems) == sorted(
        [
            "sources.toml: source 'dup': field 'colour': unknown key",
            "sources.toml: source 'dup': field 'article_url_patterns': bad regex '(unclosed': "
            "missing ), unterminated subpattern at position 0",
            "sources.toml: source 'dup': field 'schedule': bad cron expression '61 * * * *': Bad minute",
            "sources.toml: source 'dup': field 'id': duplicate id",
            "sources.toml: source 'empty': field 'feeds': no entry points: give at least one of feeds, "
            "sitemaps, start_urls",
            "sources.toml: source 'empty': field 'refresh': expected a duration like '30m', '2h' or '7d', not 'soon'",
            "sources.toml: source 'Bad Id!': field 'id': must match [a-z0-9_-]+, not 'Bad Id!'",
            "sources.toml: source 'Bad Id!': field 'start_urls': not an http(s) URL: 'ftp://c.example/'",
        ]
    )


def test_unreadable_and_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "missing.toml")
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nid="))


def test_schedules_and_durations() -> None:
    moment = datetime(2026, 11, 29, 5, 7, tzinfo=UTC)
    assert parse_schedule("*/20 * * * *").next_after(moment) == datetime(2026, 11, 29, 5, 20, tzinfo=UTC)
    assert parse_schedule("2h").next_after(moment) == moment + timedelta(hours=2)
    assert parse_duration("0") == timedelta(0)
    assert parse_duration("90s") == timedelta(seconds=90)


def test_shipped_sources_file_is_valid() -> None:
    sources = load_sources(ROOT / "config" / "sources.toml")
    assert {s.language for s in sources} >= {"ar", "en", "fr", "de"}


def test_sources_check_command(tmp_path: Path) -> None:
    good = run_scrapy("sources", "--check", "-s", f"SOURCES_FILE={write(tmp_path, GOOD)}")
    assert good.code == 0 and good.stdout.strip().endswith("1 sources, no problems")
    bad = run_scrapy("sources", "--check", "-s", f"SOURCES_FILE={write(tmp_path, BAD)}")
    assert bad.code == 1
    assert len(bad.errors) == 8 and all(line.startswith("sources.toml: source '") for line in bad.errors)


def test_crawl_with_a_bad_sources_file_prints_only_the_problems(tmp_path: Path) -> None:
    run = run_scrapy("crawl", "news", "-a", "source=dup", "-s", f"SOURCES_FILE={write(tmp_path, BAD)}")
    assert run.code == 1
    assert len(run.errors) == 8 and all(line.startswith("sources.toml: ") for line in run.errors)
    unknown = run_scrapy("crawl", "news", "-a", "source=nope", "-s", f"SOURCES_FILE={write(tmp_path, GOOD)}")
    assert unknown.code == 1
    assert unknown.errors == ["unknown source 'nope' (known: site-a)"]


CLEANUP = """
[[source]]
id = "site-b"
feeds = ["https://b.example/rss.xml"]
[source.extract]
remove_patterns = ['^Read more:', '(?i)newsletter']
prune_xpath = ['//aside', '//div[contains(@class, "related")]']
"""

BAD_CLEANUP = """
[[source]]
id = "site-c"
feeds = ["https://c.example/rss.xml"]
[source.extract]
remove_patterns = ['(unclosed', '']
prune_xpath = ['//div[', '//p[nope()]', '//p/text()', 'count(//p)']
"""


def test_remove_patterns_and_prune_xpath_load(tmp_path: Path) -> None:
    (source,) = load_sources(write(tmp_path, CLEANUP))
    patterns = source.extract["remove_patterns"]
    assert [p.pattern for p in patterns] == ["^Read more:", "(?i)newsletter"]
    assert source.extract["prune_xpath"] == ("//aside", '//div[contains(@class, "related")]')


def test_bad_remove_patterns_and_prune_xpath_are_one_line_each(tmp_path: Path) -> None:
    with pytest.raises(SourcesError) as caught:
        load_sources(write(tmp_path, BAD_CLEANUP))
    prefix = "sources.toml: source 'site-c': field "
    assert caught.value.problems == [
        prefix + "'extract.remove_patterns': bad regex '(unclosed': missing ), unterminated subpattern at position 0",
        prefix + "'extract.remove_patterns': must be a list of non-empty strings, not ''",
        prefix + "'extract.prune_xpath': bad XPath '//div[': Invalid expression",
        prefix + "'extract.prune_xpath': bad XPath '//p[nope()]': Unregistered function",
        prefix + "'extract.prune_xpath': bad XPath '//p/text()': must select elements",
        prefix + "'extract.prune_xpath': bad XPath 'count(//p)': must select elements",
    ]
    one_string = CLEANUP.replace("""['//aside', '//div[contains(@class, "related")]']""", "'//aside'")
    with pytest.raises(SourcesError) as caught:
        load_sources(write(tmp_path, one_string))
    assert caught.value.problems == [
        prefix.replace("site-c", "site-b") + "'extract.prune_xpath': must be a list, not '//aside'"
    ]
