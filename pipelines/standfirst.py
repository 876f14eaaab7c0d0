"""The standfirst (dek): the summary paragraph under the headline.

It is article text: the newsroom writes it, readers read it as the lead, and
evaluation sets count it. trafilatura often leaves it out (it sits in the
article's ``<header>``, outside the container it picks), so it is found here
and put back as the body's first paragraph.

A block after the ``<h1>`` is the standfirst when it is the page's own
description (JSON-LD / OpenGraph / meta, which CMSs fill from the dek), or
when it is a sentence-long block inside the ``<header>`` that holds the
``<h1>``. Kickers, bylines, dates, links and share buttons there are not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipelines.authors import is_byline
from pipelines.cleaning import is_share_bar
from pipelines.dates import is_date_line, is_dated_header_line
from pipelines.text import fold, squash, visual_length

_MIN_CHARS = 50  # shorter header lines are kickers, bylines, labels
_MAX_CHARS = 700  # longer blocks are body text or a whole container
_LOOK_AHEAD = 12  # blocks after the <h1> that may hold it
_HEADER_CHARS = 1000  # a <header> with more paragraph text wraps the story itself
_BLOCKS = (
    "(//h1)[1]/following::*[self::p or self::h2 or self::div or self::span]"
    "[not(.//p or .//div or .//h2 or .//h3 or .//ul or .//ol or .//table or .//figure or .//figcaption)]"
    "[not(ancestor-or-self::figure or ancestor-or-self::figcaption or ancestor::nav or ancestor::aside"
    " or ancestor::a or ancestor::button or ancestor::form)][not(.//script or .//style)]"
    # Not in a dialog or what the page hides from screen readers: a form's "Thanks for contacting us." in a modal (not
    # @hidden: a streamed page (Next.js) sends its content in a hidden <div> that its script then shows).
    "[not(ancestor-or-self::*[@role='dialog' or @aria-hidden='true'])]"
)
_FIRST_BLOCKS = f"({_BLOCKS})[position() <= {_LOOK_AHEAD}]"  # cut in libxml2: no Python object for the rest


def _is_description(key: str, description: str) -> bool:
    """The block is the page's description, perhaps cut short ("…") by the CMS."""
    if not description:
        return False
    return key == description or (len(description) >= 40 and key.startswith(description))


def article_headers(tree: Any) -> list[Any]:
    """The ``<header>`` elements that hold an ``<h1>`` and are the article's
    header (kicker, headline, standfirst, byline), not a theme's wrapper
    around the whole story: paragraphs of body length never sit there."""
    return [header for header in tree.xpath("//header[.//h1]") if is_article_header(header)]


def is_article_header(header: Any) -> bool:
    """A ``<header>`` that is an article's header, not a wrapper around the story: no body-length paragraphs."""
    return sum(visual_length(p.text_content()) for p in header.xpath(".//p")) <= _HEADER_CHARS


def _in_header(block: Any, headers: list[Any]) -> bool:
    return any(h in headers for h in block.iterancestors("header"))


def _is_link_text(block: Any, text: str) -> bool:
    linked = sum(len(squash(a.text_content())) for a in block.xpath(".//a"))
    return linked * 2 >= len(text)


def find_standfirst(tree: Any, description: str | None, not_dek: Iterable[str | None]) -> str | None:
    """The standfirst's text, or ``None``. ``not_dek``: the headline and
    byline values a header line may merely repeat."""
    description_key = fold((description or "").rstrip(" .…"))
    excluded = {fold(t) for t in not_dek if t}
    headers = article_headers(tree)
    for block in tree.xpath(_FIRST_BLOCKS):
        text = squash(block.text_content())
        key = fold(text)
        if not (_MIN_CHARS <= visual_length(text) <= _MAX_CHARS) or key in excluded:
            continue
        if is_date_line(text) or is_dated_header_line(text):  # "Published November 18, 2024 9:26pm Updated ..."
            continue
        if is_byline(text) or is_share_bar(text):
            continue
        if _is_link_text(block, text) or any(e and e in key and len(key) - len(e) < 25 for e in excluded):
            continue
        sentence = len(key.split()) >= 8 or visual_length(text) >= 90  # CJK is written without spaces
        if _is_description(key, description_key) or (_in_header(block, headers) and sentence):
            return text
    return None


def with_standfirst(paragraphs: list[str], standfirst: str | None) -> list[str]:
    """``paragraphs`` with the standfirst first, unless the body already has it."""
    if not standfirst:
        return paragraphs
    if fold(standfirst) in fold(" ".join(paragraphs)):
        return paragraphs
    return [standfirst, *paragraphs]
