"""Cleaning of extracted values: headlines, bylines and body paragraphs.

Everything here is a pure function of strings, so it is tested without pages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pipelines.dates import is_date_line

# " | ", " - ", " – ", " — ", " · ", " • ", " » ", " :: " separate a headline from a site name.
_TITLE_SEP = re.compile(r"\s+(?:[|–—·•»]|-|::)\s+")
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:by|from|written by|von|por|par|di|door|av|af|автор|بقلم|كتب|كتبت|إعداد|تقرير)\s*[:：]?\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\sو\s)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\d|@|https?://|www\.", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def squash(text: str) -> str:
    """Collapse runs of white space into single spaces and strip the ends."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, letters and digits only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _script(text: str) -> str:
    """The dominant script of ``text``'s letters, by Unicode name prefix."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "OTHER").split(" ")[0]
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def _looks_like_site(segment: str, rest: str, site_names: Iterable[str]) -> bool:
    key = fold(segment)
    if not key:
        return True
    for name in site_names:
        name_key = fold(name)
        if name_key and (key == name_key or key in name_key or name_key in key):
            return True
    # "عنوان الخبر – RT EN": a short tail in another script than the headline is a site name.
    words = key.split()
    return len(words) <= 3 and _script(segment) != _script(rest)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """Remove site-name prefixes and suffixes around a headline."""
    names = [n for n in site_names if n]
    parts = _TITLE_SEP.split(squash(title))
    while len(parts) > 1 and _looks_like_site(parts[-1], " ".join(parts[:-1]), names):
        parts.pop()
    while len(parts) > 1 and any(fold(parts[0]) == fold(n) for n in names):
        parts.pop(0)
    # Re-join with the original separators: take the matching span of the input.
    joined = squash(title)
    first, last = parts[0], parts[-1]
    start = joined.find(first)
    end = joined.rfind(last) + len(last)
    return joined[start:end] if start >= 0 and end > start else " ".join(parts)


def best_title(
    headline: str | None, h1: str | None, html_title: str | None, fallback: str | None, site_names: list[str]
) -> str | None:
    """The headline: structured data first, then the page's <h1> when the
    <title> confirms it, then the <title> itself, site names removed."""
    h1_key = fold(h1 or "")
    candidates = [headline]
    if h1 and (not html_title or h1_key in fold(html_title) or fold(html_title) in h1_key):
        candidates.append(h1)
    candidates += [html_title, fallback, h1]
    for candidate in candidates:
        if candidate and candidate.strip():
            cleaned = strip_site_name(candidate, site_names)
            if cleaned:
                return cleaned
    return None


def clean_authors(raw: Iterable[str], site_names: Iterable[str]) -> list[str]:
    """Split bylines into names; drop prefixes, dates, e-mails, URLs and site names."""
    blocked = {fold(n) for n in site_names if n}
    names: list[str] = []
    seen: set[str] = set()
    for entry in raw:
        entry = _BYLINE_PREFIX.sub("", squash(entry))
        for part in _AUTHOR_SPLIT.split(entry):
            name = _BYLINE_PREFIX.sub("", part).strip(" .,:;-–—|")
            key = fold(name)
            if not key or key in seen or key in blocked or _NOT_A_NAME.search(name) or len(key.split()) > 5:
                continue
            seen.add(key)
            names.append(name)
    return names


def _is_heading_copy(key: str, headings: set[str]) -> bool:
    """The paragraph repeats the headline (perhaps with a site-name tail)."""
    return key in headings or any(h and key.startswith(h) and len(key) - len(h) < 25 for h in headings)


def clean_paragraphs(
    text: str, headings: Iterable[str | None], boilerplate: frozenset[str], authors: Iterable[str] = ()
) -> list[str]:
    """Body paragraphs without the repeated headline, date and byline lines at
    the top and without whole-paragraph boilerplate ("Source link", ...)."""
    heading_keys = {fold(h) for h in headings if h}
    author_keys = {fold(a) for a in authors}
    paragraphs = [squash(line) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p and fold(p) not in boilerplate]
    # Only the first lines can be the page header trafilatura picked up with the body.
    while paragraphs:
        head = paragraphs[0]
        key = fold(head)
        is_byline = (bool(_BYLINE_PREFIX.match(head)) and len(head) < 120) or key in author_keys
        if _is_heading_copy(key, heading_keys) or is_byline or is_date_line(head):
            paragraphs.pop(0)
            continue
        break
    return paragraphs


def boilerplate_keys(lines: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(line) for line in lines if fold(line))
