"""The story a page carries as data when its HTML holds none.

Pages rendered in the reader's browser (Next.js, Nuxt and other app
frameworks) send an empty shell and the article in their scripts: as the
HTML string of a JSON field (``"contentHtml": "<p>..."``) or of a chunk of
the framework's payload (``self.__next_f.push([1, "<div>...<p>..."])``).
Others put the whole text in their structured data's ``articleBody`` for
search engines. The extractor reads these only when the page's HTML gives
too little text: the HTML is what readers see.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A JSON string literal long enough to hold a story's paragraphs; escapes
# ("\u003cp\u003e", "\"") are read by json.loads. The alternatives cannot
# overlap, so the scan is linear.
_LITERAL = re.compile(r'"(?:[^"\\]|\\.){200,}"')
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
_MIN_PARAGRAPHS = 2  # fewer, a string is a caption, a teaser or a template, not a story


def script_html(tree: Any) -> str | None:
    """The HTML string in the page's inline scripts with the most paragraphs
    (at least two), or None. Structured data is left out: its text is
    ``articleBody``, read with the rest of the page's metadata."""
    best: str | None = None
    most = _MIN_PARAGRAPHS - 1
    for script in tree.iter("script"):
        raw = script.text or ""
        if script.get("src") or "ld+json" in (script.get("type") or "").lower() or not _mentions_paragraphs(raw):
            continue
        for literal in _LITERAL.findall(raw):
            try:
                value = json.loads(literal)
            except ValueError:
                continue
            count = len(_PARAGRAPH.findall(value))
            if count > most:
                best, most = value, count
    return best


def _mentions_paragraphs(raw: str) -> bool:
    """Cheap test before the scan: a paragraph tag, written out or escaped."""
    lowered = raw.lower()
    return "<p" in lowered or "\\u003cp" in lowered


def as_document(fragment: str) -> str:
    """An HTML page whose body is ``fragment`` as one article, for the extractor."""
    return f"<html><body><article>{fragment}</article></body></html>"


def looks_like_html(text: str) -> bool:
    """``articleBody`` given as markup, not as plain text."""
    return bool(_PARAGRAPH.search(text)) or "<br" in text.lower()
