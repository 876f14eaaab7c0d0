"""The article record: the contract every store, export and consumer shares.

Its JSON Schema is ``config/article.schema.json``; the README documents it.
Datetimes are aware UTC ``datetime`` objects in memory (BSON dates in MongoDB)
and ISO 8601 strings with a ``Z`` suffix in JSON and in SQLite.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urljoin

from pipelines.dates import iso
from pipelines.extractor import Article
from pipelines.text import fold
from pipelines.urls import article_id, canonical_url, host_of, same_site

SCHEMA_VERSION = 3  # the "schema version N" in config/article.schema.json's title
DATETIME_FIELDS = ("published_at", "modified_at", "fetched_at", "first_seen_at", "last_seen_at")
FIELDS = (
    "_id", "url", "canonical_url", "source", "title", "authors", "published_at", "modified_at",
    "language", "text", "description", "image", "tags", "site_name", "word_count",
    "content_hash", "fetched_at", "first_seen_at", "http", "last_seen_at", "version", "duplicate_of", "cluster_id",
    "change_seq",
)  # fmt: skip


@dataclass(frozen=True)
class Fetched:
    """What the crawl knows about a page besides its HTML."""

    url: str  # after redirects
    status: int
    etag: str | None
    last_modified: str | None
    fetched_at: datetime
    source: str | None = None  # the configured source id; the host name when None


def content_hash(text: str) -> str:
    """SHA-256 of the text's words (NFKC, case-folded, single-spaced): markup,
    punctuation and white space changes do not change it."""
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(fold(text).split())


def pick_canonical(page_url: str, declared: str | None) -> str:
    """The page's own ``rel=canonical``/``og:url`` when it stays on the same site. One given
    percent-encoded whole ("https%3A%2F%2Fwww.site.de%2F...") is decoded once, not joined to the page's
    address as a relative path (which made another record's identity)."""
    if declared:
        declared = declared.strip()
        if re.match(r"https?%3A%2F%2F", declared, re.IGNORECASE):
            declared = unquote(declared)
        try:
            absolute = urljoin(page_url, declared)
            if absolute.startswith(("http://", "https://")) and same_site(absolute, page_url):
                return canonical_url(absolute)
        except ValueError:
            pass  # "http://[bad": an address urllib refuses is no canonical
    return canonical_url(page_url)


def _utc(value: datetime | None) -> datetime | None:
    """Records hold UTC; the extractor keeps the page's own offset."""
    return value.astimezone(UTC) if value is not None else None


def build_record(article: Article, fetched: Fetched) -> dict[str, Any]:
    canonical = pick_canonical(fetched.url, article.canonical)
    return {
        "_id": article_id(canonical),
        "url": fetched.url,
        "canonical_url": canonical,
        "source": fetched.source or host_of(fetched.url),
        "title": article.title,
        "authors": article.authors,
        "published_at": _utc(article.published_at),
        "modified_at": _utc(article.modified_at),
        "language": article.language,
        "text": article.text,
        "description": article.description,
        "image": article.image,
        "tags": article.tags,
        "site_name": article.site_name,
        "word_count": word_count(article.text),
        "content_hash": content_hash(article.text),
        "fetched_at": fetched.fetched_at,
        "first_seen_at": fetched.fetched_at,
        "http": {"status": fetched.status, "etag": fetched.etag, "last_modified": fetched.last_modified},
        # Set by the store (versions) and the dedup stage; these are the values
        # for a record seen for the first time and matched with nothing.
        "last_seen_at": fetched.fetched_at,
        "version": 1,
        "duplicate_of": None,
        "cluster_id": article_id(canonical),
    }


def to_jsonable(record: dict[str, Any]) -> dict[str, Any]:
    """The record with datetimes (at the top level) as ISO 8601 strings, fields
    in contract order."""
    out = {key: record.get(key) for key in FIELDS if key in record}
    out.update({key: value for key, value in record.items() if key not in out})
    for key, value in out.items():
        if isinstance(value, datetime):
            out[key] = iso(value)
    return out


def to_json(record: dict[str, Any]) -> str:
    return json.dumps(to_jsonable(record), ensure_ascii=False, separators=(",", ":"))


def from_jsonable(data: dict[str, Any], fields: tuple[str, ...] = DATETIME_FIELDS) -> dict[str, Any]:
    """Inverse of ``to_jsonable``: ISO strings back to aware datetimes."""
    record = dict(data)
    for key in fields:
        if isinstance(record.get(key), str):
            record[key] = datetime.fromisoformat(record[key])
    return record
