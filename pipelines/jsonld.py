"""Reading JSON-LD: the page's objects (also in ``@graph`` and lists, references resolved), their names,
addresses, authors, keywords and images, and which of them describe the page's story."""

from __future__ import annotations

import json
import re
from typing import Any

from pipelines.text import decoded_entities, fold
from pipelines.urls import looks_like_address, split_or_none

# A template's expression left unrendered where the value belongs ("{{ seomatic.helper.extractTextFromField(...) }}").
_UNRENDERED = re.compile(r"\{\{.*\}\}|\{%.*%\}")


def first_value(values: list[Any]) -> str | None:
    """The first non-empty string, white space collapsed and HTML entities
    decoded: CMSs often escape JSON-LD and meta values once or twice more
    ("&#8216;", "&quot;", "&amp;#8230;"), and no headline or name means the
    entity literally. A template's unrendered expression counts as empty."""
    for value in values:
        if isinstance(value, str) and value.strip() and not _UNRENDERED.search(value):
            return " ".join(decoded_entities(value).split())
    return None


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def node_types(node: dict[str, Any]) -> set[str]:
    return {str(t).lower() for t in as_list(node.get("@type"))}


def walk_jsonld(data: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD document, ``@graph`` and nested lists flattened."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack[:0] = item
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                stack.extend(as_list(item["@graph"]))
            if isinstance(item.get("mainEntity"), dict):
                stack.append(item["mainEntity"])
    return found


def load_jsonld(raw: str) -> Any:
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    try:
        return json.loads(raw)
    except ValueError:
        # Unescaped control characters inside strings are the commonest breakage.
        try:
            return json.loads(re.sub(r"[\x00-\x1f]+", " ", raw))
        except ValueError:
            return None


def node_name(value: Any) -> str | None:
    if isinstance(value, str):
        return first_value([value])
    if isinstance(value, dict):
        return first_value([value.get("name"), value.get("headline")])
    return None


def _url(value: Any) -> str | None:
    for item in as_list(value):
        if isinstance(item, str):
            return item
        if isinstance(item, dict):
            return first_value([item.get("url"), item.get("contentUrl"), item.get("@id")])
    return None


def jsonld_authors(value: Any) -> list[str]:
    names = []
    for person in as_list(value):
        kinds = node_types(person) if isinstance(person, dict) else set()
        if any("organization" in t for t in kinds) and "person" not in kinds:
            continue  # an organisation is a publisher or agency, not a byline (Yoast's person-run site is both)
        name = node_name(person)
        if name:
            names.append(name)
    return names


def keyword_list(value: Any) -> list[str]:
    words: list[str] = []
    for item in as_list(value):
        if isinstance(item, str):
            words.extend(part.strip() for part in item.split(","))
    return [w for w in words if w]


# What a page without an article object says it is: Yoast describes a WordPress page (not a post) so, with its dates.
_WEB_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "faqpage", "qapage", "medicalwebpage"})


def webpage_node(objects: list[dict[str, Any]], tree: Any) -> dict[str, Any] | None:
    """The web page object about the page's own address: what a page with no
    article object says of its dates and author (a site that marks its
    stories up as pages, a blog built of WordPress pages, Yoast's post as a
    WebPage with its writer). Not a collection's (a section front)."""
    page = page_address(tree)
    return next(
        (
            node
            for node in objects
            if node_types(node) & _WEB_PAGE_TYPES and page is not None and node_address(node) == page
        ),
        None,
    )


def image_address(items: list[Any]) -> str | None:
    """The picture's address; not a caption given where it belongs."""
    address = _url(items)
    return address if looks_like_address(address) else None


def publisher_name(items: list[Any]) -> str | None:
    """The publisher's name; not a person's (a blog's owner, whom the
    byline may name: the site's name is not an author, a person's is)."""
    return next((node_name(i) for i in items if not (isinstance(i, dict) and "person" in node_types(i))), None)


def is_reference(item: Any) -> bool:
    """A JSON-LD node that only names another by its ``@id``."""
    return isinstance(item, dict) and isinstance(item.get("@id"), str) and set(item) <= {"@id", "@type"}


def same_story(node: dict[str, Any], story: dict[str, Any]) -> bool:
    """``node`` describes the story ``story`` does (the page's own article
    object): it gives no headline and no address, or the same headline, or
    the same address (a second description, as Yoast's graph beside a
    theme's own object, may give its own SEO headline)."""
    headline, address = first_value([node.get("headline")]), node_address(node)
    if node is story or (headline is None and address is None):
        return True
    same_headline = headline is not None and fold(headline) == fold(first_value([story.get("headline")]) or "")
    return same_headline or (address is not None and address == node_address(story))


def node_address(node: dict[str, Any]) -> str | None:
    """The page a JSON-LD object is about."""
    return _plain_address(
        _url(node.get("mainEntityOfPage")) or first_value([node.get("url")]) or first_value([node.get("@id")])
    )


CANONICAL_LINK = '//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href'


def page_address(tree: Any) -> str | None:
    """The page's canonical address (its canonical link, else ``og:url``).
    Not the site's home page, which a theme may give as a canonical link
    before the story's own."""
    given = [*tree.xpath(CANONICAL_LINK), *tree.xpath("//meta[@property='og:url']/@content")]
    return next(filter(None, map(_plain_address, given)), None)


def _plain_address(value: str | None) -> str | None:
    """The path (and query) of an address, without its final slash: one page
    whether written whole or relative, with or without a fragment
    ("http://x.org/a/#article" and "/a" are "/a")."""
    if not value or not value.strip():
        return None
    parts = split_or_none(value.strip())
    if parts is None:
        return None
    path = parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    return path or None
