"""Dates as a page prints them around its headline: the dateline under it (or just above it), a "Submitted"
line, an update's stamp, the copyright years htmldate mistakes for a date; and the text near the headline they
are read from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from lxml import etree

from pipelines.dates import (
    UPDATE_WORDS,
    date_of_line,
    find_labelled_date,
    find_worded_date,
    is_date_line,
    parse_machine_date,
)
from pipelines.text import fold, squash

ZONE_SPAN = timedelta(hours=14)  # the widest UTC offset: a printed local time is at most this far from UTC
DATELINE_REACH = 300  # characters under the headline where the dateline stands (kicker, byline, standfirst first)
# What says a printed date is the last update, not the publication: a label before it, on its line or the one above.
_UPDATE_LABEL = re.compile(rf"^\W*{UPDATE_WORDS}\b", re.IGNORECASE)
_UPDATE_LINE = re.compile(rf"\b{UPDATE_WORDS}(?:\s+(?:on|am|le|el|em|il|op|den|в))?\W*$", re.IGNORECASE)


def with_own_offset(
    found: datetime | None, others: list[str], default_tz: tzinfo, now: datetime | None
) -> datetime | None:
    """``found``, a UTC value, as another of the page's publication dates
    gives the same moment in the site's own zone: JSON-LD's
    "2017-02-24T01:18:13Z" is article:published_time's "2017-02-23T17:18:13-08:00",
    which keeps the day the site printed and its offset."""
    if found is None or found.utcoffset() != timedelta(0):
        return found
    for value in others:
        other = parse_machine_date(value, default_tz, now)
        if other is not None and other == found and other.utcoffset() != timedelta(0):
            return other
    return found


# Drupal's line under (or after) a node: "Submitted by jane on Tue, 24 July 2017 - 18:55", "Gespeichert von rasos am
# 24. Juli 2017 - 18:55". The node's comes first; its comments' follow.
_SUBMITTED = etree.XPath("(//body//*[contains(concat(' ', normalize-space(@class), ' '), ' submitted ')])[1]")
_SUBMITTED_CHARS = 200


def submitted_date(tree: Any, default_tz: tzinfo, now: datetime | None) -> datetime | None:
    """The date of the page's Drupal "submitted" line, where the page gives no structured date."""
    found = _SUBMITTED(tree)
    text = squash(" ".join(found[0].itertext())) if found else ""
    return find_worded_date(text, default_tz, now) if 0 < len(text) <= _SUBMITTED_CHARS else None


# A copyright notice's years: "© 1998–2025", "Copyright 2019", "(c) 2004-2024".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\D{0,20}?([12]\d{3})(?:\s*[-–—]\s*([12]\d{3}))?", re.IGNORECASE)


def copyright_years(text: str) -> set[int]:
    """The years the copyright notices in the page's ``text`` print."""
    return {int(year) for match in _COPYRIGHT.finditer(text) for year in match.groups() if year}


def below_headline(header: str, h1: str | None) -> str:
    """The text after the headline: ``header`` (which starts with it) without its first line when that is the
    headline, so that a long headline takes nothing from the distance the dateline stands within."""
    first, _, rest = header.lstrip().partition("\n")
    return rest if h1 and first and fold(first) == fold(h1) else header


def prints_day(tree: Any, h1: Any, day: datetime, default_tz: tzinfo, now: datetime | None) -> bool:
    """The first date written in words or numbers after the headline falls on ``day``'s date."""
    printed = find_worded_date(text_after_headline(tree, h1), default_tz, now)
    return printed is not None and printed.date() == day.date()


def h1_is_headline(h1: str | None, title: str | None) -> bool:
    """The page's first <h1> is the story's headline (not the site's banner),
    so what follows it is the story's header."""
    visible, headline = fold(h1 or ""), fold(title or "")
    return bool(visible and headline) and (visible in headline or headline in visible)


def find_dateline(header: str, default_tz: tzinfo, now: datetime | None) -> datetime | None:
    """The date printed as a line of its own ("Monday, 6 January 2020",
    "am 20.09.2020", "04.02.2022 | 15:33 Uhr") among the first few lines under
    the headline: the page's dateline. ``None`` when there is none, or when it
    is labelled as the last update ("Updated Mar 12, 2020", "Stand: 07.11.2023",
    "Mis à jour le ..."): that is not the publication date."""
    line = _date_line(header)
    return date_of_line(line[0], default_tz, now) if line is not None and not line[1] else None


def update_stamp(header: str, default_tz: tzinfo, now: datetime | None) -> datetime | None:
    """The date and time of the last update, where the date line under the
    headline is labelled as one ("Stand: 28.04.2020 18:00 Uhr"); ``None``
    without one, or without its time."""
    line = _date_line(header)
    stamp = date_of_line(line[0], default_tz, now) if line is not None and line[1] else None
    return stamp if stamp is not None and stamp.time() != time(0, 0) else None


def _date_line(header: str) -> tuple[str, bool] | None:
    """The first line that is a date among the first few under the headline,
    and whether it is labelled as the last update (on the line or the one
    before: "Stand:" / "07.11.2023, 07:30 Uhr")."""
    return next(_date_lines(header), None)


def _date_lines(header: str) -> Iterator[tuple[str, bool]]:
    """The lines that are dates among the first few under the headline (see ``_date_line``)."""
    seen = 0
    previous = ""
    for line in (line.strip() for line in header.splitlines()):
        if not line:
            continue
        seen += len(line)
        if seen > DATELINE_REACH:
            return
        if is_date_line(line):
            yield line, bool(_UPDATE_LABEL.match(line) or _UPDATE_LINE.search(previous))
        elif find_labelled_date(line) is not None:
            yield line, False  # "Veröffentlicht am 27.04.24 um 07:39 Uhr": the dateline, with its label
        previous = line


def dated_lines(header: str, default_tz: tzinfo, now: datetime | None) -> set[date]:
    """The days of the date lines under the headline ("2018-08-29 14:15:57" then "2018-06-22 10:20:00":
    the last update, then the publication, both printed); not those labelled as an update."""
    days = (date_of_line(line, default_tz, now) for line, update in _date_lines(header) if not update)
    return {day.date() for day in days if day is not None}


def printed_day(structured: datetime | None, printed: datetime | None) -> datetime | None:
    """A structured value given in UTC on another day than the date and time
    printed under the headline, but at most a time zone (14 hours) from them,
    is the same moment seen from UTC: the printed day is the one the newsroom
    and its readers give the story (``00:04`` in Vienna is ``22:04Z`` the day
    before). Further away, or without a printed time, the printed date may be
    another event (a live ticker's entry, an update, a date in the story) and
    the structured value stays."""
    if structured is None or printed is None:
        return structured or printed
    has_time = printed.time() != time(0, 0)
    return (
        printed if has_time and same_moment(structured, printed) and printed.date() != structured.date() else structured
    )


def same_moment(structured: datetime, printed: datetime) -> bool:
    """A local time printed without a zone can be ``structured`` (UTC) seen
    from some zone: at most 14 hours from it."""
    return abs(printed.replace(tzinfo=None) - structured.replace(tzinfo=None)) <= ZONE_SPAN


def text_after_headline(tree: Any, h1: Any, limit: int = 2000) -> str:
    """Visible text from the headline's <h1> (``headline_element``) on, or
    from the start of <body> when there is none."""
    start = h1 if h1 is not None else (tree.body if tree.body is not None else tree)
    chunks: list[str] = []
    size = 0
    for text in _visible_text(start) if h1 is None else _following_text(start):
        chunks.append(text)
        size += len(text)
        if size > limit:
            break
    return "\n".join(chunks)


_ABOVE_REACH = 150  # characters over the headline where a dateline stands above it


def text_above_headline(h1: Any) -> str:
    """The visible text just above the headline in its container (the
    elements before the <h1> there, their last ``_ABOVE_REACH`` characters):
    where some templates print the dateline ("05.02.2020 - Redaktion: ...")."""
    kept: list[str] = []
    size = 0
    for sibling in h1.itersiblings(preceding=True) if h1 is not None else ():  # the nearest first
        texts = [squash(text) for text in (*_visible_text(sibling), sibling.tail or "")]
        for text in reversed([t for t in texts if t]):
            kept.append(text)
            size += len(text)
            if size > _ABOVE_REACH:
                return "\n".join(reversed(kept))
    return "\n".join(reversed(kept))


_INVISIBLE = frozenset({"script", "style", "noscript", "template"})


def _visible_text(node: Any) -> Any:
    """The text inside ``node``, without scripts and styles; the tree is left
    as it is (trafilatura's readers see it after ours)."""
    if not isinstance(node.tag, str) or node.tag in _INVISIBLE:
        return
    if node.text:
        yield node.text
    for child in node:
        yield from _visible_text(child)
        if child.tail:
            yield child.tail


def _following_text(node: Any) -> Any:
    """Visible text of ``node`` and of everything after it in document order."""
    yield from _visible_text(node)
    while node is not None:
        if node.tail and node.tail.strip():
            yield node.tail  # "<h2>Headline</h2> 24. März 2004, 19:49 | ...": the text right after it
        for following in node.itersiblings():
            yield from _visible_text(following)
            if following.tail:
                yield following.tail
        node = node.getparent()
