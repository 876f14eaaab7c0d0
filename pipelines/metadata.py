"""Article metadata from a page's structured data: JSON-LD, OpenGraph and meta tags.

Structured data is what publishers write for machines, so it is read first;
``extractor`` falls back to trafilatura's guesses only where it is missing.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from pipelines.authors import GENDERED_AUTHOR, before_date
from pipelines.text import decoded_entities, fold
from pipelines.urls import looks_like_address, split_or_none

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


# A heading's link to itself, shown as a mark beside it (Sphinx's and MkDocs' "¶" after "Monitoring Guide", a
# zero-width space VitePress shows an icon for): no text.
ANCHOR_MARK = "a[starts-with(@href, '#')][normalize-space()][translate(normalize-space(), '¶§#\u200b', '') = '']"
_SHOWN_TEXT = etree.XPath(  # compiled once: read on every <h1>
    f".//text()[not(ancestor::style or ancestor::script or parent::{ANCHOR_MARK})]"
)


_H1S = etree.XPath("//h1")


def headline_element(tree: Any) -> Any:
    """The page's headline: its first <h1> that shows text and is not the
    site's banner (a logo's empty <h1>, "<h1 class="site-title"><a href="/"
    rel="home">Papaganda</a></h1>" may come first), else its first <h1> that
    shows text, else its first <h1>, else ``None``."""
    h1s = _H1S(tree)
    shown = [h for h in h1s if shown_text(h)]
    return next(
        (h for h in shown if not _is_banner(h) and not _leads_in(h, shown)),
        shown[0] if shown else h1s[0] if h1s else None,
    )


def _leads_in(h1: Any, shown: list[Any]) -> bool:
    """An <h1> that ends with a colon and is made of links, before another <h1>: a breadcrumb that leads in
    to the page's headline ("Erik Demaine's Folding and Unfolding:" over "The Fold-and-Cut Problem")."""
    text = shown_text(h1)
    linked = sum(len(shown_text(a)) for a in h1.xpath(".//a[@href]"))
    return text.endswith(":") and 2 * linked >= len(text) and h1 is not shown[-1]


# What a theme calls the <h1> or link that holds the site's logo or name ("website-logo", "site-title").
_BANNER_NAME = re.compile(r"logo|site-?(?:title|name)|blog-?(?:title|name)", re.IGNORECASE)


def _is_banner(h1: Any) -> bool:
    """An <h1> that is a link to the site's home page, or one its theme names the site's logo or title: the
    site's name, not a story's headline."""
    links = h1.xpath(".//a[@href]")
    if links and any(_BANNER_NAME.search(f"{node.get('id', '')} {node.get('class', '')}") for node in (h1, links[0])):
        return True
    if len(links) != 1 or shown_text(links[0]) != shown_text(h1):
        return False
    link = links[0]
    target = split_or_none(link.get("href", "").strip())
    return "home" in (link.get("rel") or "").split() or (target is not None and target.path in ("", "/"))


def shown_text(node: Any) -> str:
    """The text a reader sees in ``node``: not its inline <style> or <script>
    (CSS-in-JS pages put a style sheet inside the <h1>)."""
    if node is None:
        return ""
    return " ".join("".join(f" {t}" if _starts_line(t) else t for t in _SHOWN_TEXT(node)).split())


def _starts_line(text: Any) -> bool:
    """A text node that begins a new line: the text of a block, or what
    follows a block or a <br>, also inside an inline element; text on either
    side of them is not one word ("Marcel Sommer<br>Sendung",
    "<span>Remote</span><br><span>Full Stack Jobs</span>")."""
    parent = text.getparent()
    if parent is None:
        return False
    before = parent.getprevious() if text.is_text else None
    return parent.tag == "br" or parent.tag in _BLOCK_TAGS or (before is not None and before.tag == "br")


# A template's expression left unrendered where the value belongs ("{{ seomatic.helper.extractTextFromField(...) }}").
_UNRENDERED = re.compile(r"\{\{.*\}\}|\{%.*%\}")


def _first(values: list[Any]) -> str | None:
    """The first non-empty string, white space collapsed and HTML entities
    decoded: CMSs often escape JSON-LD and meta values once or twice more
    ("&#8216;", "&quot;", "&amp;#8230;"), and no headline or name means the
    entity literally. A template's unrendered expression counts as empty."""
    for value in values:
        if isinstance(value, str) and value.strip() and not _UNRENDERED.search(value):
            return " ".join(decoded_entities(value).split())
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(node: dict[str, Any]) -> set[str]:
    return {str(t).lower() for t in _as_list(node.get("@type"))}


def _walk_jsonld(data: Any) -> list[dict[str, Any]]:
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
                stack.extend(_as_list(item["@graph"]))
            if isinstance(item.get("mainEntity"), dict):
                stack.append(item["mainEntity"])
    return found


def _load_jsonld(raw: str) -> Any:
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip()
    try:
        return json.loads(raw)
    except ValueError:
        # Unescaped control characters inside strings are the commonest breakage.
        try:
            return json.loads(re.sub(r"[\x00-\x1f]+", " ", raw))
        except ValueError:
            return None


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return _first([value])
    if isinstance(value, dict):
        return _first([value.get("name"), value.get("headline")])
    return None


def _url(value: Any) -> str | None:
    for item in _as_list(value):
        if isinstance(item, str):
            return item
        if isinstance(item, dict):
            return _first([item.get("url"), item.get("contentUrl"), item.get("@id")])
    return None


def _jsonld_authors(value: Any) -> list[str]:
    names = []
    for person in _as_list(value):
        kinds = _types(person) if isinstance(person, dict) else set()
        if any("organization" in t for t in kinds) and "person" not in kinds:
            continue  # an organisation is a publisher or agency, not a byline (Yoast's person-run site is both)
        name = _name(person)
        if name:
            names.append(name)
    return names


def _keywords(value: Any) -> list[str]:
    words: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            words.extend(part.strip() for part in item.split(","))
    return [w for w in words if w]


def _apply_jsonld(meta: PageMeta, tree: Any) -> tuple[str | None, str | None]:
    """The values of the page's story from its JSON-LD article objects: the
    one about the page's canonical address, else the first, and those that
    describe the same story; not a list of other stories ("more from the
    section") the page describes too. Where there is no article object, the
    web page object's dates are returned, for when nothing else gives them."""
    objects = [
        node
        for script in tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]')
        for node in _walk_jsonld(_load_jsonld(script.text or ""))
    ]
    defined: dict[str, dict[str, Any]] = {}
    for node in objects:
        if isinstance(node.get("@id"), str) and not _is_reference(node):
            defined.setdefault(node["@id"], node)

    def resolved(value: Any) -> list[Any]:
        """``value``'s items, a reference ({"@id": ...}) replaced by the object
        of the graph it names; one that names none is dropped (Yoast's image
        "https://…/#primaryimage" is no picture's address)."""
        items = [defined.get(item["@id"]) if _is_reference(item) else item for item in _as_list(value)]
        return [item for item in items if item is not None]

    articles = [node for node in objects if _types(node) & ARTICLE_TYPES]
    meta.site_person = next(
        (
            name
            for node in objects
            if _types(node) & (ARTICLE_TYPES | {"website"})
            for publisher in resolved(node.get("publisher"))
            if isinstance(publisher, dict) and "person" in _types(publisher)
            for name in [_name(publisher)]
            if name
        ),
        None,
    )
    if not articles:
        return _webpage_dates(objects, tree)

    page = _page_address(tree) if len(articles) > 1 else None
    story = next((node for node in articles if page and _address(node) == page), articles[0])
    for node in articles:
        if _same_story(node, story):
            meta.headline = meta.headline or _first([node.get("headline"), node.get("name")])
            meta.name = meta.name or _first([node.get("name")])
            meta.published = meta.published or _first([node.get("datePublished"), node.get("dateCreated")])
            meta.modified = meta.modified or _first([node.get("dateModified")])
            meta.authors = meta.authors or _jsonld_authors(resolved(node.get("author") or node.get("creator")))
            meta.description = meta.description or _first([node.get("description")])
            meta.image = meta.image or _image(resolved(node.get("image")))
            meta.tags = meta.tags or _keywords(node.get("keywords"))
            meta.publisher = meta.publisher or _publisher(resolved(node.get("publisher")))
            meta.language = meta.language or _first([node.get("inLanguage")])
            body = node.get("articleBody")
            meta.article_body = meta.article_body or (body if isinstance(body, str) and body.strip() else None)
    return None, None


# What a page without an article object says it is: Yoast describes a WordPress page (not a post) so, with its dates.
_WEB_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "faqpage", "qapage", "medicalwebpage"})


def _webpage_dates(objects: list[dict[str, Any]], tree: Any) -> tuple[str | None, str | None]:
    """The publication and modification dates of the web page object about
    the page's own address: what a page with no article object says of its
    dates (a site that marks its stories up as pages, a blog built of
    WordPress pages). Not a collection's (a section front)."""
    page = _page_address(tree)
    for node in objects:
        if _types(node) & _WEB_PAGE_TYPES and page is not None and _address(node) == page:
            return _first([node.get("datePublished"), node.get("dateCreated")]), _first([node.get("dateModified")])
    return None, None


def _image(items: list[Any]) -> str | None:
    """The picture's address; not a caption given where it belongs."""
    address = _url(items)
    return address if looks_like_address(address) else None


def _publisher(items: list[Any]) -> str | None:
    """The publisher's name; not a person's (a blog's owner, whom the
    byline may name: the site's name is not an author, a person's is)."""
    return next((_name(i) for i in items if not (isinstance(i, dict) and "person" in _types(i))), None)


def _is_reference(item: Any) -> bool:
    """A JSON-LD node that only names another by its ``@id``."""
    return isinstance(item, dict) and isinstance(item.get("@id"), str) and set(item) <= {"@id", "@type"}


def _same_story(node: dict[str, Any], story: dict[str, Any]) -> bool:
    """``node`` describes the story ``story`` does (the page's own article
    object): it gives no headline and no address, or the same headline, or
    the same address (a second description, as Yoast's graph beside a
    theme's own object, may give its own SEO headline)."""
    headline, address = _first([node.get("headline")]), _address(node)
    if node is story or (headline is None and address is None):
        return True
    same_headline = headline is not None and fold(headline) == fold(_first([story.get("headline")]) or "")
    return same_headline or (address is not None and address == _address(story))


def _address(node: dict[str, Any]) -> str | None:
    """The page a JSON-LD object is about."""
    return _plain_address(_url(node.get("mainEntityOfPage")) or _first([node.get("url")]) or _first([node.get("@id")]))


_CANONICAL_LINK = '//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href'


def _page_address(tree: Any) -> str | None:
    """The page's canonical address (its canonical link, else ``og:url``)."""
    return _plain_address(
        _first(tree.xpath(_CANONICAL_LINK)) or _first(tree.xpath("//meta[@property='og:url']/@content"))
    )


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
    names = [v for key in ("author", "article:author", "dc.creator", "parsely-author") for v in tags.get(key, [])]
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
        return _first([value for key in keys for value in tags.get(key, [])])

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
    meta.published = meta.published or _first(published)
    explicit = ("article:published_time", "datepublished", "og:published_time", "dc.date.issued", "parsely-pub-date")
    meta.published_elsewhere = [
        value for key in explicit for value in named.get(key, []) if value.strip() and value != meta.published
    ]  # not microdata's: an itemprop may describe another item (a republication, a related story)
    meta.modified = meta.modified or get("article:modified_time", "datemodified", "og:updated_time")
    meta.authors = meta.authors or _meta_authors(named) or _card_authors(named) or _meta_authors(microdata)
    meta.description = meta.description or get("og:description", "description", "twitter:description")
    meta.image = meta.image or get("og:image", "og:image:url", "twitter:image")
    meta.tags = meta.tags or [t for t in tags.get("article:tag", []) if t.strip()] or _keywords(get("keywords"))
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
        meta.published = _first(times) or _first(_RDFA_CREATED(tree))
    lang = tree.xpath("/html/@lang | /html/@xml:lang")
    meta.language = _first(lang) or meta.language
    meta.canonical = _first(tree.xpath(_CANONICAL_LINK)) or meta.canonical


_RDFA_CREATED = etree.XPath(
    "//*[@content][contains(concat(' ', normalize-space(@property), ' '), ' dc:created ')"
    " or contains(concat(' ', normalize-space(@property), ' '), ' dcterms:created ')]/@content"
)


# A link to an author's page, by its address ("/autor/...", "/authors/...", "/journalist/...").
_AUTHOR_HREF = "contains(@href, '/autor') or contains(@href, '/author') or contains(@href, '/journalist')"
_IS_AUTHOR_LINK = etree.XPath(f"boolean(self::a[{_AUTHOR_HREF}])")
_AUTHOR_LINKS = etree.XPath(f".//a[{_AUTHOR_HREF}]")


# Where a page prints its byline: a link to an author page or marked as the
# author, or an element named for the author or the byline. Comment authors
# and author boxes of related stories are not the story's byline.
_BYLINE_XPATH = etree.XPath(  # one walk over the page, its matches in document order
    "//*[@rel='author' or contains(concat(' ', @itemprop, ' '), ' author ')"  # NYT's itemprop="author creator"
    f" or (self::a and ({_AUTHOR_HREF}))"
    " or contains(@class, 'author') or contains(@class, 'autor') or contains(@class, 'auteur')"
    " or contains(@class, 'byline')"
    " or self::byline]"  # NITF's element, kept by some CMSs ("<byline>Von David Hutzler, dpa</byline>")
)
_META_XPATH = etree.XPath(  # any case: "entry-meta", "postMeta", "itemPoster"
    "//*[@class][contains(translate(@class, 'MP', 'mp'), 'meta') or contains(translate(@class, 'MP', 'mp'), 'poster')"
    " or contains(@class, 'post-info') or contains(@class, 'entry-info') or contains(@class, 'article-info')]"
)
# The names after "by"/"von" in a post's meta line, up to what follows them ("am <date>", "on <date>", "|").
_CREDITED = re.compile(
    r"(?:^|\s)(?:by|von|par|por|door)\s+(?P<names>[^\W\d][^|·•]*?)"
    # The names end before a date, a category ("under Just For Fun") or a separator; "Jean-Pierre" keeps its hyphen.
    r"(?=\s+(?:(?:am|on|le|el|il|op|at|um|in|under|filed)\b|\d)|\s*[|·•,]|\s+[–—-]|\s*$)",
    re.IGNORECASE,
)
_BYLINE_LIMIT = 3  # the first few in document order: the header's byline comes before any list of stories


_ELSEWHERE = re.compile(
    r"comment|related|teaser|sidebar|widget|footer|newsletter|share|social|quote|menu|\bnav(?:bar|igation)?\b|topnav",
    re.IGNORECASE,
)
# Classes that describe the layout of all that they hold ("content-sidebar", "content-main-sidebar",
# "one-sidebar": the page has a sidebar), not a sidebar ("main-sidebar" is one).
_LAYOUT = re.compile(r"\b(?:one|two|three|no|has|with|content(?:-main)?)-sidebars?\b", re.IGNORECASE)
# The story's own footer ("entry-footer", "article-footer-box"): where many themes print who wrote it.
_STORY_FOOTER = re.compile(r"\b(?:article|entry|post|story)[-_]footer[\w-]*", re.IGNORECASE)


# A picture's credit ("bildautor", "photo-author", "image-credit"), not the story's byline.
_CREDIT_CLASS = re.compile(r"bild|foto|photo|image|credit|caption", re.IGNORECASE)


# Parts of a page that are not the story's header: navigation, a sidebar, a quotation ("— Jenny Smith" under
# it names who said it), a picture with its credit.
_OTHER_PARTS = frozenset({"nav", "aside", "blockquote", "figure", "figcaption"})


def _elsewhere(node: Any, page: set[Any]) -> bool:
    """``node`` sits in a comment, a list of other stories, a sidebar or the
    site's navigation and footer, not in the story's header. The walk up
    stops at the first element of ``page``, those that hold the headline:
    a comment or a sidebar never does, and their classes describe the page's
    layout ("header-footer-group", "category-no-newsletter" on the
    <article>), not where the byline is. Without an <h1> the walk stops at
    <body>; layout classes ("one-sidebar") are never a sidebar. Where the
    headline is in an <article>, another story's card is elsewhere too (see
    ``is_card``)."""
    in_article = any(element.tag == "article" for element in page)
    for element in (node, *node.iterancestors()):
        if element in page:
            break
        classes = element.get("class") or ""
        if element.tag in _OTHER_PARTS or (element.tag == "footer" and not _STORY_FOOTER.search(classes)):
            return True
        if in_article and is_card(element):
            return True
        if _ELSEWHERE.search(_STORY_FOOTER.sub("", _LAYOUT.sub("", classes))):
            return True
    return False


_FIRST_HEADING = etree.XPath("(descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6])[1]")
_LINKED = etree.XPath("boolean(descendant-or-self::a[@href] or ancestor::a[@href])")


def is_card(element: Any) -> bool:
    """``element`` is an <article> whose first heading links to its story:
    another story's card (related stories, a list's item), not one of the
    page's sections that a template sets as <article> elements ("Zubereitung",
    the recipe's author box)."""
    if element.tag != "article":
        return False
    heading = _FIRST_HEADING(element)
    return bool(heading) and _LINKED(heading[0])


FIND = object()  # "look the headline up": the page may have none, so None cannot say it


def _story_containers(tree: Any, headline: Any = FIND) -> set[Any]:
    """The elements that hold the headline (``FIND``: look it up), else
    <html> and <body>: what ``_elsewhere`` stops at."""
    headline = headline_element(tree) if headline is FIND else headline
    return set(headline.iterancestors()) if headline is not None else set(tree.xpath("/html | /html/body"))


_LINKS = etree.XPath("descendant-or-self::a/@href")
_SECTION_PARTS = etree.XPath(
    "descendant::*[contains(@class, 'section') or contains(@class, 'categor') or contains(@class, 'rubri')"
    " or contains(@class, 'ressort')]"
)
_SECTION_LINK = re.compile(
    r"/(?:category|categories|section|sections|tag|tags|topic|topics|rubrik|ressort|thema|themen|categorie"
    r"|categoria|seccion|secciones)/",
    re.IGNORECASE,
)


def printed_bylines(tree: Any, headline: Any = FIND) -> list[str]:
    """The text of the first few elements where ``tree`` prints a byline;
    without one, the names a post's meta line credits ("Geschrieben von
    Cooper am 25.08.2015", "Posted on March 3 by Jane Doe"). Read only for
    pages whose structured data names no person (an XPath over the whole
    page and a walk up from each match: a few milliseconds)."""
    page = _story_containers(tree, headline)

    def byline(node: Any, text: str) -> str | None:
        text = _co_authors(node) or text
        parent = node.getparent()
        if _LABEL.fullmatch(text) and parent is not None and parent not in page:
            # "<span class="byline-prefix">By </span>": the label alone, the names follow it in its parent.
            node, text = parent, shown_text(parent)
        if len(text) > 100 or _CREDIT_CLASS.search(node.get("class") or ""):
            return None
        if "organization" in (node.get("itemtype") or "").lower():
            return None  # microdata's author as an organisation (its name and logo): no byline, as in JSON-LD
        links = _LINKS(node)
        # An "author container" that holds only the story's section ("/news/category/29/منوعات/ar", "<span
        # class="assigned-section">Internacional</span>").
        if links and all(_SECTION_LINK.search(link) for link in links):
            return None
        return None if any(shown_text(part) == text for part in _SECTION_PARTS(node)) else text

    def credited(node: Any, text: str) -> str | None:
        match = _CREDITED.search(text) if len(text) <= 150 else None
        if not match:
            return None
        # The names end before the date's figures, and before its month's name: "By Sofia Gonzalez December 2, 2025".
        dated = before_date(text[match.start("names") :])
        return dated if len(dated) < len(match["names"]) and match["names"].startswith(dated) else match["names"]

    return _first_found(tree, _BYLINE_XPATH, page, byline) or _first_found(tree, _META_XPATH, page, credited)


_BYLINE_BOX = re.compile(r"byline|author", re.IGNORECASE)


def _co_authors(node: Any) -> str | None:
    """The names of all the links to author pages in the byline box that holds
    the link ``node``, joined, where there are two or more: "Written by
    <a>Adrien Ramirez</a>, 4+ years covering ...<br><a>Joanna Nelius</a>,
    senior editor ..." (the box too long to read whole, each link a byline)."""
    if not _IS_AUTHOR_LINK(node):
        return None
    box = next((a for a in node.iterancestors() if _BYLINE_BOX.search(a.get("class") or "")), None)
    if box is not None:
        names = list(dict.fromkeys(filter(None, map(shown_text, _AUTHOR_LINKS(box)))))
        return ", ".join(names) if 2 <= len(names) <= 4 else None
    # A meta line that starts with the label, the links a list: "By <a>Yaima Puig Meneses</a>, <a>Alina Perera
    # Robbio</a>"; a link after other words is another credit ("| Fact-checked by <a>Frank Bass</a>").
    parent = node.getparent()
    links = _AUTHOR_LINKS(parent) if parent is not None else []
    if not links or links[0] is not node or not _STARTS_WITH_LABEL.match(shown_text(parent)):
        return None
    names = [shown_text(node)]
    for previous, link in itertools.pairwise(links):
        if link.getprevious() is not previous or not _LIST_GAP.fullmatch(previous.tail or ""):
            break
        names.append(shown_text(link))
    return ", ".join(names) if 2 <= len(names) <= 4 else None


_LIST_GAP = re.compile(r"\s*(?:[,;&]|and|und|y|et|e)?\s*", re.IGNORECASE)  # between two names of one byline


# An element that says only "Autor:", "Von", "By": a label, the names in what follows it.
_LABEL_WORDS = (
    r"(?:author|authors|autor|autorin|autoren|auteur|auteurs|autore|autori|verfasser|verfasst von|geschrieben von"
    r"|contributor|contributors"
    rf"|autorin\s*/\s*autor|autor\s*/\s*autorin|{GENDERED_AUTHOR}"  # German gendered labels: "Autorin/Autor"
    r"|written by|von|by|par|por|door)"
)
_LABEL = re.compile(rf"{_LABEL_WORDS}\s*[:：]?", re.IGNORECASE)
_CARD_AUTHOR_LABEL = re.compile(
    rf"(?:{_LABEL_WORDS}|escrito por|escrita por|écrit par|scritto da|geschreven door|skrevet av|napisane przez)\s*:?",
    re.IGNORECASE,
)
_STARTS_WITH_LABEL = re.compile(rf"{_LABEL_WORDS}(?!\w)", re.IGNORECASE)  # "Auteur(s) :", the next field's label
_LABEL_LENGTH = 20
# A line that is a byline's label with its colon and the names after it: no sentence in front.
_LABELLED_LINE = re.compile(rf"\s*{_LABEL_WORDS}\s*[:：]\s*(?P<rest>[^\W\d_].*)", re.IGNORECASE | re.DOTALL)
_UNREAD = frozenset({"script", "style", "option", "th", "button", "label", "title"})


def labelled_bylines(tree: Any, headline: Any = FIND) -> list[str]:
    """The names a label prints before them in an element of its own
    ("<h5>Autor:</h5> Peter Maahn", "<b>Von:</b><br>Götz Warnke",
    "<h4>Autor</h4><p><a>Nikolai Huke</a>", "<span>By</span> <a>J.R. Stone</a>"):
    the text after the label in its element, else the line that follows it
    close by. Outside comments, sidebars and footers; the first few, once each."""
    page = _story_containers(tree, headline)
    found: list[str] = []
    for node in tree.iter():
        rest = _labelled(node, page)
        if rest and rest not in found:
            found.append(rest)
            if len(found) == _BYLINE_LIMIT:
                break
    return found


def _labelled(node: Any, page: set[Any]) -> str | None:
    """The names ``node``'s label credits, if it holds one (see ``labelled_bylines``)."""
    label = node.text
    if not label or not isinstance(node.tag, str) or node.tag in _UNREAD:
        return None
    if len(label) > _LABEL_LENGTH:
        # "<strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong>": label, colon, names.
        line = _LABELLED_LINE.match(label) if len(label) <= 100 and not len(node) else None
        return line["rest"] if line and not _elsewhere(node, page) else None
    if not _LABEL.fullmatch(label.strip()) or _elsewhere(node, page) or _a_field(node):
        return None
    rest = shown_text(node)[len(label.strip()) :].strip() if len(node) else ""
    if not rest:
        rest = _next_text(node)
    return rest if rest and len(rest) <= 100 and not _STARTS_WITH_LABEL.match(rest) else None


def _a_field(node: Any) -> bool:
    """``node`` names a form's field ("Von:" before a search box's date input)."""
    after = node.getnext()
    return (after is not None and after.tag in _FIELDS) or any(a.tag in _FIELD_PARTS for a in node.iterancestors())


_FIELDS = frozenset({"input", "select", "textarea"})
_FIELD_PARTS = frozenset({"label", "select", "button"})


def _next_text(node: Any) -> str:
    """The page's next text after ``node`` when it is near (inside the
    element that holds ``node``'s parent: a label's value, not the next
    block), with what follows it in its block up to a line break or another
    block: "<a>Anna Trechsel</a> und Monika Bolliger", not the next field."""
    holder = node.getparent()
    holder = holder.getparent() if holder is not None and holder.getparent() is not None else holder
    texts = node.xpath("following::text()[normalize-space()][1]")
    if not texts or holder is None:
        return ""
    start, is_tail = texts[0].getparent(), texts[0].is_tail
    owner = start.getparent() if is_tail else start
    if owner is None or not (owner is holder or any(a is holder for a in owner.iterancestors())):
        return ""
    block = next((e for e in (owner, *owner.iterancestors()) if e.tag in _BLOCK_TAGS), owner)
    return " ".join(_line_from(block, start, is_tail).split())


_UNSHOWN = frozenset({"script", "style", etree.Comment, etree.ProcessingInstruction})
_HIDDEN_LABEL = re.compile(r"screen-reader-text|sr-only|visually-hidden", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "dd", "dt", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"}
)


def _line_from(block: Any, start: Any, is_tail: bool) -> str:
    """The text of ``block`` from ``start``'s text (or tail) to the first line
    break or inner block after it; element edges read as spaces ("<span>Jane
    Doe</span><span>John Roe</span>" is not one name)."""
    pieces: list[str] = []
    started = False
    for event, element in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if started and (
                element.tag == "br" or element.tag in _BLOCK_TAGS or _HIDDEN_LABEL.search(element.get("class") or "")
            ):
                break  # a hidden label ("<span class='screen-reader-text'>Categories</span>") starts the next field
            if element is start and not is_tail:
                started = True
            if started and element.tag not in _UNSHOWN:  # a comment's text is not shown, its tail is
                pieces.append(f" {element.text or ''}")
        elif element is block:
            break
        else:
            started = started or element is start
            if started:
                pieces.append(f" {element.tail or ''}")
    return "".join(pieces)


def _first_found(tree: Any, xpath: etree.XPath, page: set[Any], read: Callable[[Any, str], str | None]) -> list[str]:
    """What ``read`` takes from the text of the first few elements ``xpath``
    finds outside comments, sidebars and footers, once each."""
    found: list[str] = []
    for node in xpath(tree):
        if _elsewhere(node, page):
            continue
        value = read(node, shown_text(node))
        if value and value not in found:
            found.append(value)
            if len(found) == _BYLINE_LIMIT:
                break
    return found


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
