"""Parts of a page the extractor reads beside the story: the headline's element, teaser cards and index pages,
the header's lines, the lead image, tags, a listicle's slides and trafilatura's guess of the site's name."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from lxml import etree

from pipelines.datelines import h1_is_headline
from pipelines.headline import shown_text
from pipelines.metadata import PageMeta
from pipelines.sitenames import host_label, is_site_name, title_segments
from pipelines.standfirst import article_headers
from pipelines.text import fold, plain_text, squash, visual_length
from pipelines.urls import absolute_url

_SITE_NAME_WORDS = 8  # longer, a "site name" is a headline or a sentence


# A gallery article's items (Hearst's magazines: Elle Decor, Esquire, Good Housekeeping, ... at their "/g46066075/"
# addresses) are set in "listicle-slides": the story, one item after another, not a slider. trafilatura drops any
# element classed "slide" (a carousel's), and read only the introduction.
LISTICLE_SLIDES_CLASS = "listicle-slides"
_LISTICLE_SLIDES = etree.XPath(f"//*[contains(@class, '{LISTICLE_SLIDES_CLASS}')]")


def unslide_listicle(tree: Any) -> None:
    """The listicle's item containers renamed so that trafilatura reads them (see ``_LISTICLE_SLIDES``)."""
    for element in _LISTICLE_SLIDES(tree):
        element.set("class", element.get("class", "").replace(LISTICLE_SLIDES_CLASS, "listicle-items"))


_RIGHTS_RESERVED = re.compile(r"\s*(?:版权所有|版權所有|(?i:all rights reserved))\W*$")


def guessed_site_name(
    name: str | None, meta: PageMeta, url: str = "", headline: Callable[[], str | None] = lambda: None
) -> list[str]:
    """trafilatura's site name, guessed from the <title>'s last segment, when
    it is a name: on "Bundespolizei - Aktuelles - <headline>" it is the
    headline, a sentence of many words, or the headline trafilatura found
    (``headline``, asked only when needed); and where the <title> is the site's
    name, then the og:title ("Weinlachgummi´s Naschtüte: [Rezi] Love is War -
    Sehnsucht von R. K. Lilley"), the last segment is the headline's."""
    if name and " | " in name:
        # trafilatura cut the <title> at a dash and kept its "headline | site" part ("Problemy z pamięcią? |
        # Zdrowiutko.info - żyj zdrowo bez chorób!"): the site's name is the last segment when that is spelt as
        # the host and the first is not ("SoundStage! Xperience | SoundStageXperience.com" is the site's, whole).
        first, last = name.split(" | ", 1)[0], name.rsplit(" | ", 1)[1].strip()
        label = host_label(url)
        if is_site_name(last, [], label) and not is_site_name(first, [], label):
            name = last
    if not name or len(name.split()) > _SITE_NAME_WORDS:
        return []
    # Read from a copyright notice ("网易版权所有", NetEase's <meta name="Copyright">): the name without "all rights
    # reserved".
    name = _RIGHTS_RESERVED.sub("", name) or name
    page, shared = fold(meta.html_title or ""), fold(meta.og_title or "")
    if len(title_segments(meta.html_title or "")) >= 3 and fold(name) == fold(headline() or ""):
        # A breadcrumb <title> whose last segment is the headline trafilatura found ("Ειδήσεις - Νέα - Υγεία &
        # Business - <h1>"); with two segments the <h1> that repeats the last is as often the site's banner.
        return []
    return [] if shared and page != shared and page.endswith(" " + shared) else [name]


def headline_of(meta: PageMeta, tree: Any, title: str | None) -> PageMeta:
    """``meta`` with the <h1> that heads the story as its headline element,
    when the first one is another (the site's name, "KBS WORLD", or a
    section's label, "Details") and a later <h1> is the chosen title: the
    readers of the byline, the dateline and the standfirst start from it."""
    if not title or meta.h1_element is None or h1_is_headline(meta.h1, title):
        return meta
    for tag in ("h1", "h2"):  # an <h2> where the page's only <h1> is not the story's ("Details", then the headline)
        for heading in tree.iter(tag):
            text = shown_text(heading)
            if heading is not meta.h1_element and h1_is_headline(text, title):
                return replace(meta, h1=text, h1_element=heading)
    return meta


def without_dangling_label(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the short lines ending in a colon that end them ("Related reads:", "Sources:",
    "Mehr Themen auf VOGUE.de:"): what they introduced, a list of links, is gone."""
    end = len(paragraphs)
    while end > 1 and paragraphs[end - 1].rstrip().endswith((":", "：")) and len(paragraphs[end - 1].split()) <= 8:
        end -= 1
    return paragraphs[:end]


def looks_like_index(tree: Any, paragraphs: list[str]) -> bool:
    """A section, tag or home page: the "body" is a list of short teasers.

    A page that declares itself an article (og:type, JSON-LD, <article>) is
    trusted unless it is also a list of linked headlines with no paragraph of
    real length (over 150 characters). Any other page is an index when it has
    under 400 characters in such paragraphs and either says it is a website
    (og:type) or is a list (five or more short paragraphs, and a quarter of
    them, that are teasers): a short news brief
    of two or three paragraphs is still an article, and so is a post whose
    short lines (verse, code) are not links to other pages."""
    lengths = [visual_length(p) for p in paragraphs]
    substantial = sum(n for n in lengths if n > 150)
    says_article = bool(
        tree.xpath(
            '//meta[@property="og:type"][@content="article"] | //meta[@property="article:published_time"]'
            ' | //article | //script[contains(@type, "ld+json")][contains(., "Article")]'
        )
    )
    if says_article:
        # Its text is then the teasers' linked headlines: a short story's own paragraphs (a news brief, a TV
        # station's one-sentence paragraphs) are not links, whatever lists of other stories the page holds.
        if substantial or len(_HEADLINE_LINKS(tree)) < 5:
            return False
        return 2 * _teasers(tree, paragraphs) >= len(paragraphs)
    says_website = bool(tree.xpath('//meta[@property="og:type"][@content="website"]'))
    if substantial >= 400:
        return False
    if says_website:
        return True
    short = [p for p, n in zip(paragraphs, lengths, strict=True) if n <= 150]
    # Five teasers or more, and a quarter of the short paragraphs (a teaser's date, section and byline lines are
    # not counted): a plain-text document, an RFC's 72-column lines in a <pre>, has lines that link to its own
    # sections too, 62 in 792.
    teasers = _teasers(tree, short) if len(short) >= 5 else 0
    return teasers >= 5 and 4 * teasers >= len(short)


# A teaser's linked headline, the link inside the heading or around it.
_HEADLINE_LINKS = etree.XPath("//*[self::h2 or self::h3 or self::h4]//a[@href] | //a[@href][.//h2 or .//h3 or .//h4]")


def _teasers(tree: Any, paragraphs: list[str]) -> int:
    """How many of ``paragraphs`` are a teaser's: mostly the text of a link (a
    teaser links to its story), or a summary under a linked headline; the
    short lines of a brief, a poem or a code listing are neither."""
    return _linked_count(tree, paragraphs) + _summaries(tree, paragraphs)


def _linked_count(tree: Any, short: list[str]) -> int:
    """How many of ``short`` are mostly the text of a link (see ``_teasers``)."""
    anchors = {fold(a.text_content()) for a in tree.xpath("//a[@href]")}
    anchors = {a for a in anchors if len(a) >= 8}
    count = 0
    for paragraph in short:
        key = fold(paragraph)
        if key in anchors or any(len(a) * 2 >= len(key) and a in key for a in anchors):
            count += 1
    return count


# A teaser's summary: the block right after its linked headline ("<h2><a>…</a></h2><p>…</p>", "<a><h3>…</h3></a><p>").
_SUMMARIES = etree.XPath(
    "//*[self::p or self::div][preceding-sibling::*[1][(self::h2 or self::h3 or self::h4) and .//a[@href]"
    " or self::a[@href][.//h2 or .//h3 or .//h4]]]"
)


def _summaries(tree: Any, paragraphs: list[str]) -> int:
    """How many of ``paragraphs`` are teasers' summaries, each under a linked headline."""
    shown = {squash(block.text_content()) for block in _SUMMARIES(tree)}
    return sum(1 for paragraph in paragraphs if paragraph in shown)


_UNLINKED_BLOCKS = "//*[self::p or self::h2 or self::h3 or self::div or self::li][not(ancestor::a)]"


def without_teasers(paragraphs: list[str], tree: Any) -> list[str]:
    """``paragraphs`` without those the page prints only inside a link: the
    summaries of teaser cards ("You might also like": a linked card with a
    headline, a date and the start of another story). A paragraph the page
    also shows outside a link stays (a standfirst that a card linking to this
    story repeats); so does the text when they would be most of it: a link
    left open before the story wraps it all."""
    linked = {squash(p.text_content()) for p in tree.xpath("//a[@href]//p")}
    teasers = {p for p in paragraphs if p in linked}
    if not teasers:
        return paragraphs
    teasers -= {squash(block.text_content()) for block in tree.xpath(_UNLINKED_BLOCKS)}
    kept = [p for p in paragraphs if p not in teasers]
    return kept if sum(map(len, kept)) * 2 >= sum(map(len, paragraphs)) else paragraphs


def header_texts(tree: Any) -> list[str]:
    """Text blocks of the article's own <header> (the one holding the <h1>):
    kicker, standfirst, byline. Only the standfirst is article text."""
    blocks = [
        block
        for header in article_headers(tree)
        for block in header.xpath(".//*[self::p or self::div or self::span or self::h2 or self::a]")
    ]
    return [" ".join(b.text_content().split()) for b in blocks]


# An image that stands for none: a placeholder, a blank, the site's icon ("s0.wp.com/i/blank.jpg",
# "social_placeholder.png", "favicon_150x150.png", "apple-touch-icon@2.png", "secure.gravatar.com/blavatar/…").
_STAND_IN = (
    r"(?:blank|placeholder|spacer|transparent|no-?img|no-?image|default-user-image|favicon|apple-touch-icon|ms-icon)"
)
_NO_IMAGE = re.compile(
    # The stand-in's word ending the file's name ("wordbooker_blank.jpg") or opening it ("favicon_150x150.png"),
    # not inside it ("harbour-blank-wall.jpg"); an icon file; a WordPress.com site icon.
    rf"/(?:[^/?#]*[-_.])?{_STAND_IN}\.[a-z0-9]+(?:[?#].*)?$|/{_STAND_IN}[-_.@\d][^/?#]*(?:[?#].*)?$"
    r"|\.ico(?:[?#].*)?$|/blavatar/",
    re.IGNORECASE,
)


def lead_image(url: str, image: str | None) -> str | None:
    """``image`` made absolute, when it is one (not a stand-in)."""
    address = absolute_url(url, image)
    return address if address and not _NO_IMAGE.search(address) else None


# A tag's prefix some CMSs write into the value ("tag:bußgelder", "Category: Review").
_TAG_PREFIX = re.compile(r"^(?:tags?|category|categories|kategorie|schlagwort)\s*:\s*", re.IGNORECASE)
_NO_TAG = re.compile(r"^(?:https?://|www\.)|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_LISTED = 4  # parts a value lists before it is a list of tags, not one ("Business, Finance, & Economics")


def page_tags(values: list[Any]) -> list[str]:
    """The page's tags, one each: a value that lists several ("Mobilfunk, Rabattaktion, Lte, Vodafone, ...",
    as some ``article:tag`` and ``keywords`` give them) split at its commas, without a "tag:" or "Category:"
    prefix, and without what is no tag (an address, an internal id)."""
    tags = []
    for value in values:
        text = plain_text(str(value))
        parts = re.split(r"\s*,\s*", text)
        for part in parts if len(parts) >= _LISTED else [text]:
            part = _TAG_PREFIX.sub("", part).strip(" '\"")
            if part and not _NO_TAG.search(part):
                tags.append(part)
    return _unique(tags)


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        value = squash(str(value))
        if value and value.casefold() not in {k.casefold() for k in seen}:
            seen[value] = None
    return list(seen)
