"""A story's text split by its page into several containers of one class.

Some templates cut the body into chunks between ads or paywall sections
(Condé Nast's ``body__inner-container``, rp.pl's ``articleBody``): the same
container, with the same class and the same ancestors' classes, repeated.
trafilatura takes the first container that looks like a story's body, so
it stops after the first chunk. ``split_story`` finds such chunks,
``missed_chunks`` tells whether an extraction kept the first and lost the
rest, and ``joined`` gives a copy of the page with all of them in the first.

The opposite happens too: pages that load the next story as the reader
scrolls may hold it already, in an <article> with its own <h1> beside the
story's. trafilatura may take the element that holds both, or the appended
story alone when it is the longer. ``appended_stories`` finds such articles,
``reads_later`` tells whether an extraction read one after the first, and
``alone`` gives a copy of the page with only the first, the page's own.
"""

from __future__ import annotations

import copy
import re
from typing import Any

# Classes of a story's text container; not of comments, teasers or navigation.
_BODY_CLASS = re.compile(r"body|content|article|story|chunk", re.IGNORECASE)
_NOT_BODY = re.compile(r"comment|teaser|related|sidebar|footer|nav|promo|recommend|newsletter|card", re.IGNORECASE)
_MIN_CHARS = 200  # story text in the <p> children of every chunk, at least
_REACH = 6  # levels up to the chunks' common ancestor, at most
_PROBE = 60  # characters of a chunk's longest paragraph looked for in the extracted text


def _signature(node: Any, levels: int) -> tuple[tuple[str, str], ...]:
    """The tag and class of ``node`` and of its ancestors, ``levels`` up."""
    chain = [node, *list(node.iterancestors())[:levels]]
    return tuple((str(n.tag), " ".join((n.get("class") or "").split())) for n in chain)


def _paragraphs(node: Any, depth: str = "") -> list[str]:
    """The text of ``node``'s <p> children (``depth=".//"``: of all its <p>)."""
    return [" ".join(p.text_content().split()) for p in node.iterfind(f"{depth}p")]


def _common_depth(first: Any, other: Any) -> int | None:
    """Levels from ``first`` up to the nearest ancestor it shares with ``other``."""
    theirs = set(other.iterancestors())
    for depth, ancestor in enumerate(first.iterancestors(), start=1):
        if depth > _REACH:
            return None
        if ancestor in theirs:
            return depth
    return None


def split_story(tree: Any) -> list[Any]:
    """The chunks of the page's story, in page order: two or more elements
    with a body-like class, the same ancestors up to the one they share, the
    same <article> (if any), and paragraphs of text each; the group with the
    most text. Empty when the page does not split its story."""
    groups: dict[tuple[str, str], list[Any]] = {}
    parents = {paragraph.getparent(): None for paragraph in tree.iter("p")}  # in page order
    for node in parents:
        css = node.get("class") if node is not None else None
        if css and _BODY_CLASS.search(css) and not _NOT_BODY.search(css):
            groups.setdefault((str(node.tag), " ".join(css.split())), []).append(node)
    best: list[Any] = []
    best_chars = 0
    for members in groups.values():
        if len(members) < 2:
            continue
        first = members[0]
        depths = [_common_depth(first, other) for other in members[1:]]
        if any(depth is None for depth in depths):
            continue
        shape = _signature(first, max(d for d in depths if d is not None) - 1)
        if any(_signature(other, len(shape) - 1) != shape for other in members[1:]):
            continue  # chunks repeat one container; other lookalikes sit elsewhere in the page
        stories = [next(member.iterancestors("article"), None) for member in members]
        if any(story is not stories[0] for story in stories):
            continue  # each in its own <article>: the next stories a page loads as the reader scrolls
        chars = [sum(map(len, _paragraphs(member))) for member in members]
        if min(chars) >= _MIN_CHARS and sum(chars) > best_chars:
            best, best_chars = members, sum(chars)
    return best


def _probe(node: Any, depth: str = "") -> str:
    """The start of the longest paragraph of ``node``: found in a text, the text holds ``node``'s."""
    return max(_paragraphs(node, depth), key=len, default="")[:_PROBE]


def missed_chunks(text: str, chunks: list[Any]) -> bool:
    """``text`` holds the first chunk's story and none of the later ones'."""
    flat = " ".join(text.split())
    return _probe(chunks[0]) in flat and not any(_probe(chunk) in flat for chunk in chunks[1:])


def _copied(tree: Any, nodes: list[Any]) -> tuple[Any, list[Any]]:
    """A deep copy of ``tree`` and, in it, the copies of ``nodes``."""
    root = tree.getroottree()
    paths = [root.getpath(node) for node in nodes]
    copied = copy.deepcopy(tree)
    return copied, [copied.getroottree().xpath(path)[0] for path in paths]


def joined(tree: Any, chunks: list[Any]) -> Any:
    """A copy of ``tree`` whose later chunks' elements stand, in order, at
    the end of the first chunk (what lay between them, ads and boxes, stays
    where it was)."""
    copied, (first, *later) = _copied(tree, chunks)
    for chunk in later:
        for child in list(chunk):
            first.append(child)
        chunk.getparent().remove(chunk)
    return copied


def appended_stories(tree: Any) -> list[Any]:
    """The page's <article> elements, in page order, when two or more of them
    (none inside another) each hold an <h1> and paragraphs of text: the
    story and the ones the page appended below it. Empty otherwise."""
    headed = [article for article in tree.iter("article") if article.find(".//h1") is not None]
    if len(headed) < 2:
        return []  # most pages: the text of their one <article> is never read here
    found: list[Any] = []
    for article in headed:
        if sum(map(len, _paragraphs(article, ".//"))) < _MIN_CHARS:
            continue
        if any(ancestor in found for ancestor in article.iterancestors("article")):
            continue  # a story's own <article> (a quoted post, an embed), not another story
        found.append(article)
    return found if len(found) >= 2 else []


def reads_later(text: str, stories: list[Any]) -> bool:
    """``text`` holds paragraphs of a story after the first (with the first's
    or instead of them: trafilatura may take the longer story whole)."""
    flat = " ".join(text.split())
    return any(_probe(story, ".//") in flat for story in stories[1:])


def alone(tree: Any, stories: list[Any]) -> Any:
    """A copy of ``tree`` without the stories after the first."""
    copied, later = _copied(tree, stories[1:])
    for story in later:
        story.getparent().remove(story)
    return copied
