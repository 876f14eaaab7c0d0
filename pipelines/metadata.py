"""Article metadata from a page's structured data: JSON-LD, OpenGraph and meta tags.

Structured data is what publishers write for machines, so it is read first;
``extractor`` falls back to trafilatura's guesses only where it is missing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from pipelines.bylinemarkup import LABEL_WORDS
from pipelines.headline import headline_element, shown_text
from pipelines.jsonld import (
    CANONICAL_LINK,
    as_list,
    first_value,
    image_address,
    is_reference,
    jsonld_authors,
    keyword_list,
    load_jsonld,
    node_address,
    node_name,
    node_types,
    page_address,
    publisher_name,
    same_story,
    walk_jsonld,
    webpage_node,
)
from pipelines.text import fold
from pipelines.urls import split_or_none

ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "reportagenews", "blogposting",
        "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
        "askpublicnewsarticle", "factcheckarticle", "livebloposting", "liveblogposting",
        "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting",
    }
)  # fmt: skip


@dataclass
class PageMeta:
    """What the page says about itself; every field may be empty."""

    headline: str | None = None  # JSON-LD headline
    name: str | None = None  # JSON-LD name of the same object: often the headline again, or a site's name
    og_title: str | None = None  # og:title, twitter:title or dc.title
    h1: str | None = None
    html_title: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    # The other publication dates the meta tags give, when they disagree with ``published`` (JSON-LD's first).
    published_elsewhere: list[str] = field(default_factory=list)
    # The person who publishes the site (a personal blog's owner), from JSON-LD.
    site_person: str | None = None
    # The headline's element (see ``headline_element``), for the readers that start from it.
    h1_element: Any = field(default=None, repr=False, compare=False)
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    publisher: str | None = None
    language: str | None = None
    canonical: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, as given (plain text or markup)


def _apply_jsonld(meta: PageMeta, tree: Any) -> tuple[str | None, str | None]:
    """The values of the page's story from its JSON-LD article objects: the
    one about the page's canonical address, else the first, and those that
    describe the same story; not a list of other stories ("more from the
    section") the page describes too. Where there is no article object, the
    web page object's author is taken and its dates are returned, for when
    nothing else gives them."""
    objects = [
        node
        for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]')
        for node in walk_jsonld(load_jsonld(script.text or ""))
    ]
    defined: dict[str, dict[str, Any]] = {}
    for node in objects:
        if isinstance(node.get("@id"), str) and not is_reference(node):
            defined.setdefault(node["@id"], node)

    def resolved(value: Any) -> list[Any]:
        """``value``'s items, a reference ({"@id": ...}) replaced by the object
        of the graph it names; one that names none is dropped (Yoast's image
        "https://…/#primaryimage" is no picture's address)."""
        items = [defined.get(item["@id"]) if is_reference(item) else item for item in as_list(value)]
        return [item for item in items if item is not None]

    def writers(node: dict[str, Any]) -> list[str]:
        return jsonld_authors(resolved(node.get("author") or node.get("creator")))

    articles = [node for node in objects if node_types(node) & ARTICLE_TYPES]
    meta.site_person = next(
        (
            name
            for node in objects
            if node_types(node) & (ARTICLE_TYPES | {"website"})
            for publisher in resolved(node.get("publisher"))
            if isinstance(publisher, dict) and "person" in node_types(publisher)
            for name in [node_name(publisher)]
            if name
        ),
        None,
    )
    if not articles:
        described = webpage_node(objects, tree)
        if described is None:
            return None, None
        # Its writer before the meta tags' author, which a theme may fill with the site's own credit ("Peter
        # Amende und Fuchsy designed"); its dates after them (see ``read_page_meta``).
        meta.authors = meta.authors or writers(described)
        published = first_value([described.get("datePublished"), described.get("dateCreated")])
        return published, first_value([described.get("dateModified")])

    page = page_address(tree) if len(articles) > 1 else None
    story = next((node for node in articles if page and node_address(node) == page), articles[0])
    for node in articles:
        if same_story(node, story):
            meta.headline = meta.headline or first_value([node.get("headline"), node.get("name")])
            meta.name = meta.name or first_value([node.get("name")])
            meta.published = meta.published or first_value([node.get("datePublished"), node.get("dateCreated")])
            meta.modified = meta.modified or first_value([node.get("dateModified")])
            meta.authors = meta.authors or writers(node)
            meta.description = meta.description or first_value([node.get("description")])
            meta.image = meta.image or image_address(resolved(node.get("image")))
            meta.tags = meta.tags or keyword_list(node.get("keywords"))
            meta.publisher = meta.publisher or publisher_name(resolved(node.get("publisher")))
            meta.language = meta.language or first_value([node.get("inLanguage")])
            body = node.get("articleBody")
            meta.article_body = meta.article_body or (body if isinstance(body, str) and body.strip() else None)
    return None, None


def _meta_values(tree: Any) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Meta tag values by key: those of ``name``/``property`` tags, which
    describe the page, and those of microdata ``itemprop`` tags, which describe
    whatever item they sit in (the story, but also a cited paper or a related
    story) and so count only where the named tags say nothing."""
    named: dict[str, list[str]] = {}
    microdata: dict[str, list[str]] = {}
    for tag in tree.xpath("//meta[@content]"):
        key = tag.get("property") or tag.get("name") or tag.get("http-equiv") or ""
        found = named if key else microdata
        key = key or tag.get("itemprop") or ""
        if key:
            found.setdefault(key.strip().lower(), []).append(tag.get("content", ""))
    return named, microdata


def _meta_authors(tags: dict[str, list[str]]) -> list[str]:
    # cXense's tag (its "data-separator" says how a list is split; the usual "," is one the cleaning splits at).
    keys = ("author", "article:author", "dc.creator", "parsely-author", "cxenseparse:author")
    names = [v for key in keys for v in tags.get(key, [])]
    names = names or [_first_name_first(v) for v in tags.get("citation_author", [])]
    return [html.unescape(n) for n in names if n.strip() and not n.strip().startswith("http")]


def _first_name_first(name: str) -> str:
    """A scholarly ``citation_author`` (one tag a person, often "Last,
    First": "Roy, Aniruddha", "Kaufman, Jeff T.") as the name is printed."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma and "," not in first and first.strip() else name


def _card_authors(tags: dict[str, list[str]]) -> list[str]:
    """The author a WordPress SEO plugin writes into the Twitter card as a
    labelled field (``twitter:label1`` "Written by", "Verfasst von", "Escrito
    por" and ``twitter:data1`` the name): the page's only author where the
    plugin's JSON-LD names the author by an ``@id`` it never defines."""
    for n in range(1, 5):
        labels, values = tags.get(f"twitter:label{n}", []), tags.get(f"twitter:data{n}", [])
        if labels and values and _CARD_AUTHOR_LABEL.fullmatch(labels[0].strip()) and values[0].strip():
            return [html.unescape(values[0])]
    return []


def _apply_meta(meta: PageMeta, tree: Any) -> None:
    named, microdata = _meta_values(tree)
    tags = {**microdata, **named}

    def get(*keys: str) -> str | None:
        return first_value([value for key in keys for value in tags.get(key, [])])

    meta.og_title = get("og:title", "twitter:title", "dc.title")
    published = [
        value
        for key in (
            "article:published_time", "datepublished", "og:published_time", "pubdate",
            "publishdate", "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
        )
        for value in tags.get(key, [])
        if value.strip()
    ]  # fmt: skip
    meta.published = meta.published or first_value(published)
    explicit = ("article:published_time", "datepublished", "og:published_time", "dc.date.issued", "parsely-pub-date")
    meta.published_elsewhere = [
        value for key in explicit for value in named.get(key, []) if value.strip() and value != meta.published
    ]  # not microdata's: an itemprop may describe another item (a republication, a related story)
    meta.modified = meta.modified or get("article:modified_time", "datemodified", "og:updated_time")
    meta.authors = meta.authors or _meta_authors(named) or _card_authors(named) or _meta_authors(microdata)
    meta.description = meta.description or get("og:description", "description", "twitter:description")
    meta.image = meta.image or get("og:image", "og:image:url", "twitter:image")
    meta.tags = meta.tags or [t for t in tags.get("article:tag", []) if t.strip()] or keyword_list(get("keywords"))
    meta.site_name = _site_name(get("og:site_name", "application-name"), meta) or meta.publisher
    meta.language = meta.language or get("content-language", "og:locale", "dc.language")
    meta.canonical = get("og:url")


def _site_name(name: str | None, meta: PageMeta) -> str | None:
    """``og:site_name`` as a name: an address given there is its host ("https://www.fr.de" for "fr.de"),
    and the story's own headline given there (a CMS filling every field with it: a sentence, seven words or
    more, that is also ``og:title`` or the JSON-LD headline) is none. A short one is the site's name, which
    some sites give as ``og:title`` too ("ICON Magazine")."""
    if not name:
        return None
    if re.match(r"https?://", name):
        parts = split_or_none(name)
        host = (parts.hostname or "") if parts is not None else ""
        return host.removeprefix("www.") or None
    if len(name.split()) >= 7 and any(fold(name) == fold(title or "") for title in (meta.og_title, meta.headline)):
        return None
    return name


def _apply_markup(meta: PageMeta, tree: Any) -> None:
    titles = tree.xpath("//title")
    meta.html_title = shown_text(titles[0]) if titles else None
    meta.h1_element = headline = headline_element(tree)
    meta.h1 = (shown_text(headline) or None) if headline is not None else None
    if not meta.published:
        # A <time> element's, else RDFa's creation date (Drupal's `<span property="dc:date dc:created"
        # content="2022-11-08T10:47:56-04:00">`).
        times = tree.xpath("//article//time[@datetime]/@datetime | //time[@datetime]/@datetime")
        meta.published = first_value(times) or first_value(_RDFA_CREATED(tree))
    lang = tree.xpath("/html/@lang | /html/@xml:lang")
    meta.language = first_value(lang) or meta.language
    meta.canonical = first_value(tree.xpath(CANONICAL_LINK)) or meta.canonical


_RDFA_CREATED = etree.XPath(
    "//*[@content][contains(concat(' ', normalize-space(@property), ' '), ' dc:created ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:created ')]/@content"
)
_CARD_AUTHOR_LABEL = re.compile(
    rf"(?:{LABEL_WORDS}|escrito por|escrita por|écrit par|scritto da|geschreven door|skrevet av|napisane przez)\s*:?",
    re.IGNORECASE,
)


def read_page_meta(tree: Any) -> PageMeta:
    """The metadata of a parsed page."""
    meta = PageMeta()
    page_published, page_modified = _apply_jsonld(meta, tree)
    _apply_meta(meta, tree)
    _apply_markup(meta, tree)
    # The web page object's dates come last: a page's meta tags and markup say more of its story than a
    # template's description of it as a page.
    meta.published = meta.published or page_published
    meta.modified = meta.modified or page_modified
    name = fold(meta.name or "")
    if (
        meta.headline
        and name
        and name == fold(meta.h1 or "") != fold(meta.headline)
        and name not in (fold(meta.site_name or ""), fold(meta.publisher or ""))
    ):
        # The story's object names it as its <h1> does and gives another
        # headline: a shorter line for search results (Business Insider) or a
        # description (Wikipedia's "matrix equal to its conjugate-transpose"
        # for "Hermitian matrix"). Readers see the name. The site's name as
        # both (a banner <h1>) is no headline.
        meta.headline = meta.name
    return meta
