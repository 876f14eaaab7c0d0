"""Finding article URLs: feeds, sitemaps, robots.txt and listing pages.

Pure functions of bytes and URLs, so they are tested without a crawl. Scrapy's
SitemapSpider drops ``<news:publication_date>`` and ``<news:title>``; these
parsers keep them, and the feed entries' dates and titles, as hints.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from pipelines.dates import parse_machine_date

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_PAGINATION = re.compile(r"(?:/page/\d+/?$|[?&](?:page|p|pg)=\d+(?:&|$)|/seite-\d+|/p\d+/?$)", re.IGNORECASE)
# Path words of pages that list or describe, rather than report.
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|topic|topics|category|categories|section|author|authors|about|contact|search|login|"
    r"register|subscribe|newsletter|privacy|terms|impressum|datenschutz|archive|video|videos|live|"
    r"gallery|podcasts?|page|feed|rss|amp)(?:/|$|\?)",
    re.IGNORECASE,
)
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}(?:/|-)(?:[01]?\d)(?:/|-)|/(?:19|20)\d{2}/")
_SLUG = re.compile(r"/[^/?#]*[\w\u0600-\u06ff]+(?:-[^/?#]+){3,}(?:\.html?)?/?$")
_NUMERIC_ID = re.compile(r"[/-]\d{5,}(?:\.html?)?/?$")


@dataclass(frozen=True)
class Entry:
    """A URL found in a feed or sitemap, with the hints that came with it."""

    url: str
    title: str | None = None
    published: datetime | None = None
    lastmod: datetime | None = None


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _xml(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":
        body = gzip.GzipFile(fileobj=io.BytesIO(body)).read(MAX_SITEMAP_BYTES + 1)
        if len(body) > MAX_SITEMAP_BYTES:
            raise ValueError("sitemap larger than 50 MB uncompressed")
    try:
        root = etree.fromstring(body.lstrip(), _PARSER)
    except etree.XMLSyntaxError:
        return None
    return root


def _child_text(node: etree._Element, *names: str) -> str | None:
    for child in node.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _feed_link(item: etree._Element, base: str) -> str | None:
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return urljoin(base, href.strip())
        if not href and (child.text or "").strip():
            return urljoin(base, child.text.strip())
    guid = _child_text(item, "guid", "id")
    return guid if guid and guid.startswith(("http://", "https://")) else None


def parse_feed(body: bytes, base: str) -> list[Entry] | None:
    """Entries of an RSS 0.9x/1.0/2.0 or Atom feed; None when it is not a feed."""
    root = _xml(body)
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        return None
    entries = []
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        link = _feed_link(item, base)
        if not link:
            continue
        date = _child_text(item, "published", "pubdate", "date", "issued", "updated")
        entries.append(Entry(link, _child_text(item, "title"), parse_machine_date(date)))
    return entries


@dataclass(frozen=True)
class Sitemap:
    kind: str  # "index" or "urlset"
    entries: list[Entry]


def parse_sitemap(body: bytes, base: str) -> Sitemap | None:
    """A sitemap index (children in ``entries``) or url set, plain or gzipped,
    with Google News ``publication_date`` and ``title``; None when not a sitemap."""
    root = _xml(body)
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        return None
    kind = "index" if _local(root.tag) == "sitemapindex" else "urlset"
    entries = []
    for node in root:
        if _local(node.tag) not in ("url", "sitemap"):
            continue
        loc = next((c.text.strip() for c in node if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        news = next((c for c in node if _local(c.tag) == "news"), None)
        entries.append(
            Entry(
                urljoin(base, loc),
                title=_child_text(news, "title") if news is not None else None,
                published=parse_machine_date(_child_text(news, "publication_date")) if news is not None else None,
                lastmod=parse_machine_date(next((c.text for c in node if _local(c.tag) == "lastmod"), None)),
            )
        )
    return Sitemap(kind, entries)


def robots_sitemaps(text: str, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt."""
    found = []
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(urljoin(base, value.strip()))
    return found


def is_pagination(url: str) -> bool:
    return bool(_PAGINATION.search(url))


def looks_like_article(url: str) -> bool:
    """The heuristic used when a source gives no ``article_url_patterns``: a
    date in the path, a long hyphenated slug, or a long numeric id; never a
    tag, section, author, about, search, feed or pagination page. The extractor
    then confirms (a page without article text is not stored)."""
    path = urlsplit(url).path
    if not path or path == "/" or _NOT_ARTICLE.search(path) or is_pagination(url):
        return False
    return bool(_DATE_IN_PATH.search(path) or _SLUG.search(path) or _NUMERIC_ID.search(path))
