"""Feeds, sitemaps, robots.txt and the article-URL heuristic, from bytes."""

from __future__ import annotations

import gzip

import pytest

from pipelines.dates import iso
from scrapers.discovery import is_pagination, looks_like_article, parse_feed, parse_sitemap, robots_sitemaps

BASE = "https://news.example/"

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>T</title>
<item><title>First story</title><link>https://news.example/2025/03/first.html</link>
<pubDate>Fri, 14 Mar 2025 08:30:00 GMT</pubDate></item>
<item><title>No link</title></item>
<item><title>Guid only</title><guid>https://news.example/2025/03/guid.html</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ع</title>
<entry><title>خبر عاجل</title><link rel="alternate" href="/ar/2025/a.html"/>
<link rel="edit" href="/edit/1"/><published>2025-03-10T20:15:00+03:00</published></entry>
</feed>""".encode()

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/s1.xml.gz</loc><lastmod>2025-03-01</lastmod></sitemap>
<sitemap><loc>https://news.example/news.xml</loc></sitemap></sitemapindex>"""

NEWS = b"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/2025/03/story.html</loc><lastmod>2025-03-14T10:00:00Z</lastmod>
<news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-03-14T09:30:00+01:00</news:publication_date><news:title>Story title</news:title>
</news:news></url></urlset>"""


def test_rss_entries_with_dates_and_titles() -> None:
    entries = parse_feed(RSS, BASE)
    assert entries is not None
    assert [e.url for e in entries] == [
        "https://news.example/2025/03/first.html",
        "https://news.example/2025/03/guid.html",
    ]
    assert entries[0].title == "First story" and iso(entries[0].published) == "2025-03-14T08:30:00Z"


def test_atom_entries_resolve_relative_alternate_links() -> None:
    (entry,) = parse_feed(ATOM, BASE) or []
    assert entry.url == "https://news.example/ar/2025/a.html"
    assert entry.title == "خبر عاجل" and iso(entry.published) == "2025-03-10T17:15:00Z"


def test_sitemap_index_and_news_sitemap_keep_news_fields() -> None:
    index = parse_sitemap(INDEX, BASE)
    assert index is not None and index.kind == "index"
    assert [e.url for e in index.entries] == ["https://news.example/s1.xml.gz", "https://news.example/news.xml"]
    assert iso(index.entries[0].lastmod) == "2025-03-01T00:00:00Z"
    news = parse_sitemap(gzip.compress(NEWS), BASE)  # gzipped child
    assert news is not None and news.kind == "urlset"
    (entry,) = news.entries
    assert entry.title == "Story title" and iso(entry.published) == "2025-03-14T08:30:00Z"
    assert iso(entry.lastmod) == "2025-03-14T10:00:00Z"


@pytest.mark.parametrize("body", [b"<html><body>not xml at all", b"", b"<rss><channel/></rss>"])
def test_not_a_sitemap(body: bytes) -> None:
    assert parse_sitemap(body, BASE) is None


def test_not_a_feed() -> None:
    assert parse_feed(b"<html><body>hello</body></html>", BASE) is None


def test_robots_sitemap_lines() -> None:
    text = "User-agent: *\nDisallow: /private/\nSitemap: https://news.example/sitemap_index.xml\nsitemap: /news.xml\n"
    assert robots_sitemaps(text, BASE) == ["https://news.example/sitemap_index.xml", "https://news.example/news.xml"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/world/2025/03/port-strike-ends.html", True),
        ("https://news.example/world/port-strike-ends-after-long-talks", True),
        ("https://news.example/ar/world/خبر-عن-افتتاح-الطريق-الساحلي", True),
        ("https://news.example/story/1234567", True),
        ("https://news.example/world/", False),
        ("https://news.example/tag/economy/", False),
        ("https://news.example/author/jane-doe-smith-jones", False),
        ("https://news.example/world/page/2/", False),
        ("https://news.example/about.html", False),
        ("https://news.example/", False),
    ],
)
def test_article_url_heuristic(url: str, expected: bool) -> None:
    assert looks_like_article(url) is expected


def test_pagination_urls() -> None:
    assert is_pagination("https://news.example/world/page/2/")
    assert is_pagination("https://news.example/world?page=3")
    assert not is_pagination("https://news.example/world/2025/pages-of-history.html")
