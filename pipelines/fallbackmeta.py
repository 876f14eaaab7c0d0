"""Trafilatura's metadata readers as the fallback behind the page's own
structured data (``pipelines.metadata``), each run only when its field is read.

``bare_extraction(with_metadata=True)`` runs every one of them on every page:
the author search (a copy of the tree and a dozen XPaths), htmldate's date
search, categories, tags and the licence, about a fifth of a page's
extraction time. Most pages answer from JSON-LD and OpenGraph, so
``Extractor`` asks for the body alone and reads a field here only where its
own readers found nothing. Every reader works on the tree as parsed and copies
it before changing it. Imported by the workers only (it loads trafilatura).
"""

from __future__ import annotations

import contextlib
from functools import cached_property
from typing import Any

from htmldate import find_date
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_catstags,
    extract_meta_json,
    extract_sitename,
    extract_title,
)
from trafilatura.settings import Document, set_date_params


class FallbackMeta:
    """The metadata trafilatura would give the page at ``url``, field by field."""

    def __init__(self, tree: Any, url: str) -> None:
        self.tree = tree
        self.url = url

    @cached_property
    def _tagged(self) -> Document:
        """What the ``<meta>`` tags and trafilatura's JSON-LD reader say."""
        found = examine_meta(self.tree)
        if found.author and " " not in found.author:
            found.author = None  # one word: a handle or a desk, as trafilatura judges it
        # A JSON-LD shape trafilatura's reader trips on: ours has read it already.
        with contextlib.suppress(Exception):
            found = extract_meta_json(self.tree, found)
        return found

    @cached_property
    def title(self) -> str | None:
        return self._tagged.title or extract_title(self.tree)

    @cached_property
    def author(self) -> str | None:
        """Names joined with ``;``, as trafilatura gives them."""
        return self._tagged.author or extract_author(self.tree)

    @cached_property
    def sitename(self) -> str | None:
        """The site's name, else its host name (``colours-of-the-soul.example.net``)."""
        name = (self._tagged.sitename or extract_sitename(self.tree) or "").lstrip("@")
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        if not name and (host := META_URL.match(self.url)):
            name = host[1]
        return name or None

    @property
    def description(self) -> str | None:
        return self._tagged.description

    @property
    def image(self) -> str | None:
        return self._tagged.image

    @cached_property
    def tags(self) -> list[str]:
        return list(self._tagged.tags or []) or extract_catstags("tag", self.tree)

    @cached_property
    def categories(self) -> list[str]:
        return list(self._tagged.categories or []) or extract_catstags("category", self.tree)

    @cached_property
    def date(self) -> str | None:
        """htmldate's day (``YYYY-MM-DD``), its extensive search included."""
        return find_date(self.tree, url=self.url, **set_date_params(extensive=True))
