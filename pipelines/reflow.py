"""A page's paragraphs as a browser lays them out, before trafilatura reads it.

trafilatura writes a paragraph's lines where the page's source breaks them
in two cases, and a reader would see them as one paragraph in both:

- A paragraph (``<p>``, ``<li>``, ``<blockquote>``, a heading ...) that holds an
  inline ``<code>`` or a ``<br>``: trafilatura keeps its whitespace as
  written, for the code's sake, so a hard-wrapped source (static site
  generators, hand-written pages) comes out as one line per source line
  ("... Version 1.0 came out" / "in March 2008. ..."). ``unwrap_source_lines``
  joins the lines of its text as a browser does, with a space; the code's
  own text and ``<pre>`` blocks keep theirs. Only such paragraphs: elsewhere
  trafilatura joins them itself, and text changed where it needs no change
  moves trafilatura's choice of the story's container on some pages.
- A layout table: an old site's page grid, or an essay set in a table's
  cell. trafilatura reads a table's cell as one line between "|"s, so the
  whole story becomes one line starting "| | |". ``untable_layout`` turns
  such a table into blocks when a cell holds paragraphs (``<p>``s, or
  loose text set apart by blank lines, ``<br><br>``), and sets each run of
  a cell's loose text in a ``<p>`` of its own (in a ``<div>``, trafilatura
  may leave loose text out); a data table (header cells, a caption) stays
  a table.

Both change the parsed tree in place, after the page's metadata is read;
the readers that run later (bylines and dates under the headline, the
standfirst) see the blocks a browser shows.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# Blocks whose whitespace trafilatura keeps as written: those holding inline code or a <br>, and no preformatted
# block (whose lines are its own).
_KEPT_AS_WRITTEN = etree.XPath(
    "//*[self::p or self::li or self::dt or self::dd or self::blockquote or self::figcaption or self::h1 or self::h2"
    " or self::h3 or self::h4 or self::h5 or self::h6][.//code or .//br][not(.//pre)]"
)
_SOURCE_BREAK = re.compile(r"\s*\n\s*")

# A layout table: no header cells, no caption, and a cell that holds paragraphs of some length, most of its text in
# <p>s or two blank lines at least between loose text; nested tables are judged on their own.
_DATA_TABLE = etree.XPath("./caption | ./thead | ./tr/th | ./tbody/tr/th")
_CELLS = etree.XPath("./tr/td | ./tbody/tr/td")
_TABLE_PARTS = etree.XPath("./tbody | ./tr | ./tbody/tr | ./tr/td | ./tbody/tr/td")
_PARAGRAPH_TEXT = etree.XPath("string-length(normalize-space(string(.)))")
_PROSE_CHARS = 200
_IN_PARAGRAPHS = 0.8  # of a prose cell's text, at least, where it sets no blank lines


def unwrap_source_lines(tree: Any) -> None:
    """The source's line breaks in blocks that hold code or a ``<br>`` as
    spaces, as a browser shows them (the code's own text as written)."""
    joined: set[Any] = set()
    for block in _KEPT_AS_WRITTEN(tree):  # in document order: an outer block (<li><p>...) before its inner ones
        joined.add(block)
        if any(ancestor in joined for ancestor in block.iterancestors()):
            continue  # its text was joined with the outer block's
        for element in block.iter():
            if element is not block and element.tail and "\n" in element.tail:
                element.tail = _SOURCE_BREAK.sub(" ", element.tail)
            if element.text and "\n" in element.text and not _in_code(element):
                element.text = _SOURCE_BREAK.sub(" ", element.text)


def _in_code(element: Any) -> bool:
    return element.tag == "code" or next(element.iterancestors("code"), None) is not None


def untable_layout(tree: Any) -> None:
    """Layout tables as blocks (their rows and cells as ``<div>``s), so that
    trafilatura reads their cells' paragraphs as paragraphs."""
    for table in list(tree.iter("table")):
        if _DATA_TABLE(table) or not any(map(_holds_prose, _CELLS(table))):
            continue
        for element in (*_TABLE_PARTS(table), table):
            if element.tag == "td":
                _wrap_loose_text(element)
            element.tag = "div"


# Elements a browser lays out as blocks: what ends a run of loose text and inline elements.
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "form", "section", "article", "aside", "header", "footer", "nav", "figure", "center", "address", "fieldset",
    }
)  # fmt: skip


_HOLDS_BLOCK = etree.XPath("boolean(" + " | ".join(f".//{tag}" for tag in sorted(_BLOCK_TAGS)) + ")")


def _wrap_loose_text(cell: Any) -> None:
    """The runs of text and inline elements directly in ``cell``, each in a
    ``<p>`` of its own: in a ``<div>``, trafilatura may leave loose text out
    (a layout table's first paragraph, written without a ``<p>``)."""
    items: list[Any] = [cell.text] if cell.text else []
    for child in list(cell):
        tail, child.tail = child.tail, None
        cell.remove(child)
        items.append(child)
        if tail:
            items.append(tail)
    cell.text = None
    paragraph = None

    def current() -> Any:
        nonlocal paragraph
        if paragraph is None:
            paragraph = cell.makeelement("p", {})
            cell.append(paragraph)
        return paragraph

    for item in items:
        if isinstance(item, str):
            if paragraph is None and not item.strip():
                continue  # the source's whitespace between blocks
            run = current()
            if len(run):
                run[-1].tail = (run[-1].tail or "") + item
            else:
                run.text = (run.text or "") + item
        elif not isinstance(item.tag, str):
            (cell if paragraph is None else paragraph).append(item)  # a comment, where it stood
        elif item.tag in _BLOCK_TAGS or _HOLDS_BLOCK(item):
            # A block, or an inline element around blocks (<font><p>...</p></font>): its own loose text in
            # paragraphs too, its blocks kept apart (in a <p>, trafilatura would join them into one line).
            paragraph = None
            if item.tag not in _BLOCK_TAGS:
                _wrap_loose_text(item)
            cell.append(item)
        else:
            current().append(item)


def _holds_prose(cell: Any) -> bool:
    """``cell`` holds the page's paragraphs: text of some length, most of it in ``<p>`` elements or set apart by
    blank lines."""
    chars = _PARAGRAPH_TEXT(cell)
    if chars < _PROSE_CHARS:
        return False
    outermost = (p for p in cell.iter("p") if next(p.iterancestors("p"), None) is None)
    if sum(_PARAGRAPH_TEXT(p) for p in outermost) >= _IN_PARAGRAPHS * chars:
        return True
    # Paragraphs set apart by blank lines ("<br><br>", the source's whitespace between the two allowed).
    blank_lines = (br for br in cell.iter("br") if br.getnext() is not None and br.getnext().tag == "br")
    return sum(1 for br in blank_lines if not (br.tail or "").strip()) >= 2
