"""The one parse of a page: trafilatura's loader (its encoding repair and
sanity checks), with every element given lxml.html's ``HtmlElement`` class
by lxml itself.

lxml.html picks an element's Python class with a lookup written in Python
(forms, inputs and labels get their own subclasses), called each time an
element is handed to Python: about 5,000 times a page in trafilatura's
passes, some 5 % of a page's extraction time. A default lookup does the same
in C. No reader here or in trafilatura uses the form classes' extras (a
form's values, an input's checked state), and trafilatura's copies of the
tree keep the parser, so they get the same classes: the output is the same
field for field on every eval page. Imported by the workers only (it loads
trafilatura).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree, html
from trafilatura.utils import HTML_PARSER, load_html

HTML_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=html.HtmlElement,
        comment=html.HtmlComment,
        pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity,
    )
)


# A closing </body> or </html>: some templates print one, then the story (a theme's header closes the document, the
# post's own template follows it). Browsers read what follows into the body; libxml2 sets it outside, where no
# reader looks. Without them, the parser closes both at the end, as browsers do.
_DOCUMENT_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


_HTML_START = re.compile(r"<html[\s>]", re.IGNORECASE)


def parse(page: str) -> Any:
    """The page's tree (an ``HtmlElement``), or None if it is not HTML."""
    page = _DOCUMENT_END.sub("", page)
    tree = load_html(page)
    if tree is None or tree.find("body") is None:
        # Markup before the <html> tag (a script, a PHP warning) can leave libxml2 with the whole page in <head>
        # (an old sohu.com page: a script, then the head holds an element libxml2 does not know), which
        # trafilatura rejects or reads nothing from. A browser reads past it: the page again from its <html> tag.
        start = _HTML_START.search(page)
        if start is not None and start.start() > 0:
            again = load_html(page[start.start() :])
            if again is not None and again.find("body") is not None:
                return again
    return tree
