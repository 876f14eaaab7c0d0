"""Bylines the page's markup prints: the first element marked or classed as the author's, and labelled lines
("Autor: ..."), outside comments, other stories' cards, sidebars, menus and the site's footer."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from pipelines.authors import GENDERED_AUTHOR, before_date
from pipelines.headline import BLOCK_TAGS, headline_element, shown_text

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
# "one-sidebar": the page has a sidebar), not a sidebar ("main-sidebar" is one); Blogger's "widget Blog", the
# section that holds the post itself (its sidebar's sections are the other widgets).
_LAYOUT = re.compile(
    r"\b(?:one|two|three|no|has|with|content(?:-main)?)-sidebars?\b|(?-i:\bwidget Blog(?![\w-]))", re.IGNORECASE
)
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
LABEL_WORDS = (
    r"(?:author|authors|autor|autorin|autoren|auteur|auteurs|autore|autori|verfasser|verfasst von|geschrieben von"
    r"|contributor|contributors"
    rf"|autorin\s*/\s*autor|autor\s*/\s*autorin|{GENDERED_AUTHOR}"  # German gendered labels: "Autorin/Autor"
    r"|written by|von|by|par|por|door)"
)
_LABEL = re.compile(rf"{LABEL_WORDS}\s*[:：]?", re.IGNORECASE)
_STARTS_WITH_LABEL = re.compile(rf"{LABEL_WORDS}(?!\w)", re.IGNORECASE)  # "Auteur(s) :", the next field's label
_LABEL_LENGTH = 20
# A line that is a byline's label with its colon and the names after it: no sentence in front.
_LABELLED_LINE = re.compile(rf"\s*{LABEL_WORDS}\s*[:：]\s*(?P<rest>[^\W\d_].*)", re.IGNORECASE | re.DOTALL)
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
    if len(label.strip()) > _LABEL_LENGTH:  # its length as shown: "Von:" and a template's indentation is short
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
    block = next((e for e in (owner, *owner.iterancestors()) if e.tag in BLOCK_TAGS), owner)
    return " ".join(_line_from(block, start, is_tail).split())


_UNSHOWN = frozenset({"script", "style", etree.Comment, etree.ProcessingInstruction})
_HIDDEN_LABEL = re.compile(r"screen-reader-text|sr-only|visually-hidden", re.IGNORECASE)


def _line_from(block: Any, start: Any, is_tail: bool) -> str:
    """The text of ``block`` from ``start``'s text (or tail) to the first line
    break or inner block after it; element edges read as spaces ("<span>Jane
    Doe</span><span>John Roe</span>" is not one name)."""
    pieces: list[str] = []
    started = False
    for event, element in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if started and (
                element.tag == "br" or element.tag in BLOCK_TAGS or _HIDDEN_LABEL.search(element.get("class") or "")
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
