"""The page's headline element (its first ``<h1>`` that shows text and is not the site's banner) and the text
an element shows a reader."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from pipelines.urls import split_or_none

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
    return parent.tag == "br" or parent.tag in BLOCK_TAGS or (before is not None and before.tag == "br")


BLOCK_TAGS = frozenset(
    {"p", "div", "li", "dd", "dt", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"}
)
