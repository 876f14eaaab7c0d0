"""Turn one HTML page into article fields: trafilatura for the body, the page's
structured data for the metadata, then cleaning.

``Extractor`` holds the options (built once from settings) and is a plain
object, so tests, benchmarks and the pipeline all run this same code.
"""

from __future__ import annotations

import functools
import html as markup
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfoNotFoundError

from lxml import etree
from lxml.etree import ParserError

from config.sources import SourcesError, load_sources
from pipelines.authors import (
    before_date,
    clean_authors,
    credits_only_the_site,
    has_byline_label,
    initials,
    is_byline,
    is_dated_byline,
    without_picture_credit,
)
from pipelines.chunks import alone, appended_stories, joined, missed_chunks, reads_later, split_story
from pipelines.cleaning import boilerplate_keys, clean_paragraphs, is_leftover
from pipelines.dates import (
    UPDATE_WORDS,
    date_from_url,
    date_of_line,
    find_labelled_date,
    find_worded_date,
    is_date_line,
    local_midnight,
    month_from_url,
    parse_machine_date,
    slashed_moments,
    zone,
)
from pipelines.embedded import as_document, looks_like_html, script_html
from pipelines.metadata import (
    ANCHOR_MARK,
    PageMeta,
    is_card,
    labelled_bylines,
    printed_bylines,
    read_page_meta,
    shown_text,
)
from pipelines.names import is_commenter, is_job_title, is_phrase, names_an_organisation
from pipelines.reflow import untable_layout, unwrap_source_lines
from pipelines.sitenames import host_label, is_site_name, title_segments
from pipelines.standfirst import article_headers, find_standfirst, is_article_header, with_standfirst
from pipelines.text import fold, plain_text, squash, visual_length
from pipelines.titles import best_title
from pipelines.urls import absolute_url

if TYPE_CHECKING:
    from pipelines.fallbackmeta import FallbackMeta

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ZONE_SPAN = timedelta(hours=14)  # the widest UTC offset: a printed local time is at most this far from UTC
_URL_DATE_SLACK = timedelta(days=2)  # a URL's day is local and midnight; late-night stories drift a day
_DATELINE_SLACK = timedelta(days=1)  # closer, a structured date and the dateline differ by a time zone, not a story
_DATELINE_REACH = 300  # characters under the headline where the dateline stands (kicker, byline, standfirst first)
_SITE_NAME_WORDS = 8  # longer, a "site name" is a headline or a sentence
# What says a printed date is the last update, not the publication: a label before it, on its line or the one above.
_UPDATE_LABEL = re.compile(rf"^\W*{UPDATE_WORDS}\b", re.IGNORECASE)
_UPDATE_LINE = re.compile(rf"\b{UPDATE_WORDS}(?:\s+(?:on|am|le|el|em|il|op|den|в))?\W*$", re.IGNORECASE)


class NoArticle(Exception):
    """The page holds no article text; the message says what was found instead."""


# A hidden block of schema.org microdata, the story's metadata written out for machines
# ("<div style="display:none" itemscope itemtype=".../NewsArticle">": its headline, dates, image addresses): never
# shown, never text. Other hidden blocks stay: a story cut behind a "Read more" button is hidden until clicked.
_HIDDEN_METADATA = "//*[@itemscope][contains(translate(@style, ' ', ''), 'display:none') or @hidden]"
# The Wayback Machine's toolbar on an archived page (the capture's dates, "COLLECTED BY", the collection's
# description): the archive's, never the story's.
_WAYBACK_TOOLBAR = "//div[@id='wm-ipp-base' or @id='wm-ipp']"
# From every page: hidden metadata, headings' "¶" links, the Wayback Machine's toolbar.
_ALWAYS_PRUNED = (_HIDDEN_METADATA, f"//{ANCHOR_MARK}", _WAYBACK_TOOLBAR)


@dataclass
class Article:
    """Fields extracted from one page; the record adds identity and timestamps."""

    title: str | None
    authors: list[str]
    published_at: datetime | None
    modified_at: datetime | None
    language: str | None
    text: str
    description: str | None
    image: str | None
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    canonical: str | None = None


@dataclass(frozen=True)
class Extractor:
    """Extraction options; ``extract`` is safe to call from several threads."""

    min_text_chars: int = 200
    favor: str = "balanced"  # "precision", "recall" or "balanced"
    include_tables: bool = True
    boilerplate: frozenset[str] = frozenset()
    default_tz: tzinfo = UTC
    remove_patterns: tuple[re.Pattern[str], ...] = ()  # a body paragraph matching one is removed (per source)
    stop_patterns: tuple[re.Pattern[str], ...] = ()  # a body paragraph matching one ends the text (a paywall's)
    prune_xpath: tuple[str, ...] = ()  # subtrees trafilatura removes before extraction (per source)

    @classmethod
    def from_settings(cls, settings: Any) -> Extractor:
        return cls(
            min_text_chars=settings.getint("EXTRACT_MIN_TEXT_CHARS"),
            favor=settings.get("EXTRACT_FAVOR"),
            include_tables=settings.getbool("EXTRACT_INCLUDE_TABLES"),
            boilerplate=boilerplate_keys(settings.getlist("EXTRACT_BOILERPLATE_LINES")),
            default_tz=_setting_zone(settings.get("DEFAULT_TIMEZONE")),
            remove_patterns=_patterns("EXTRACT_REMOVE_PATTERNS", settings.getlist("EXTRACT_REMOVE_PATTERNS")),
            stop_patterns=_patterns("EXTRACT_STOP_PATTERNS", settings.getlist("EXTRACT_STOP_PATTERNS")),
        )

    def extract(self, html: str, url: str, now: datetime | None = None) -> Article:
        """Extract the article at ``url`` from ``html``; raise ``NoArticle``."""
        # Imported here, not at the top: the crawler builds extractors (their
        # options, sent to the workers) but never extracts, and trafilatura
        # and the language identifier bring numpy and OpenBLAS (about 20 MB).
        import trafilatura

        from pipelines.fallbackmeta import FallbackMeta
        from pipelines.htmltree import parse

        html = _XML_DECLARATION.sub("", html, count=1)
        try:
            # One parse, with trafilatura's parser, for both: bare_extraction
            # works on a copy, so the tree stays as parsed for our readers.
            tree = parse(html)
            if tree is None:
                raise ValueError("not an HTML document")
            if _LISTICLE_SLIDES_CLASS in html:
                _unslide_listicle(tree)
            meta = read_page_meta(tree)
            untable_layout(tree)
            unwrap_source_lines(tree)  # after: a layout cell's loose text is set in paragraphs of its own
        except (ParserError, ValueError) as exc:
            raise NoArticle(f"unparsable HTML ({exc})") from None
        body = self._body(trafilatura, tree, url)
        chunks = split_story(tree)
        if chunks and missed_chunks(body, chunks):
            # The story is cut into chunks and trafilatura kept the first: read them as one.
            body = max(body, self._body(trafilatura, joined(tree, chunks), url), key=len)
        stories = appended_stories(tree)
        if stories and reads_later(body, stories):
            # The page appended the next story below this one, and trafilatura read it.
            body = self._body(trafilatura, alone(tree, stories), url) or body
        if visual_length(body.strip()) < self.min_text_chars and self.favor != "recall":
            # trafilatura kept a short block beside the story (a site's motto): read the page for recall.
            body = max(body, self._body(trafilatura, tree, url, favor="recall"), key=len)
        if visual_length(body.strip()) < self.min_text_chars:
            # A page rendered in the reader's browser: its story is in its data, not its HTML.
            body = max(body, self._embedded_body(trafilatura, meta, tree, url), key=len)
        elif meta.article_body and "\n" not in body.strip():
            # trafilatura fell back on the structured articleBody, as one line: the same text in its paragraphs.
            declared = self._declared_body(trafilatura, meta, url)
            body = declared if squash(declared) == squash(body) else body
        if not body.strip():
            raise NoArticle("no article text found")
        return self._assemble(meta, tree, body, FallbackMeta(tree, url), url, now)

    def _body(self, trafilatura: Any, tree: Any, url: str, favor: str | None = None) -> str:
        favor = favor or self.favor
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=False,  # our readers first, trafilatura's on demand (FallbackMeta)
            include_comments=False,
            include_tables=self.include_tables,
            favor_precision=favor == "precision",
            favor_recall=favor == "recall",
            prune_xpath=[*_ALWAYS_PRUNED, *self.prune_xpath],
        )
        return (doc.text or "") if isinstance(doc, trafilatura.settings.Document) else ""

    def _embedded_body(self, trafilatura: Any, meta: PageMeta, tree: Any, url: str) -> str:
        """The longer of the story's text in the structured data
        (``articleBody``) and in the HTML string the page's scripts carry."""
        texts = [self._declared_body(trafilatura, meta, url)]
        fragment = script_html(tree)
        if fragment:
            texts.append(self._markup_body(trafilatura, fragment, url))
        return max(texts, key=len)

    def _declared_body(self, trafilatura: Any, meta: PageMeta, url: str) -> str:
        """The text of the structured ``articleBody`` (plain text, or markup read as a page), in its lines."""
        declared = meta.article_body or ""
        if looks_like_html(declared):
            return self._markup_body(trafilatura, declared, url)
        return markup.unescape(declared).strip()

    def _markup_body(self, trafilatura: Any, fragment: str, url: str) -> str:
        from pipelines.htmltree import parse

        document = parse(as_document(fragment))
        return self._body(trafilatura, document, url) if document is not None else ""

    def _assemble(
        self, meta: PageMeta, tree: Any, body: str, doc: FallbackMeta, url: str, now: datetime | None
    ) -> Article:
        # trafilatura's site name (the <title>'s tail, else the host) only when
        # the page names none: where it does, trafilatura reads the same tags.
        site_names = [n for n in (meta.site_name, meta.publisher) if n] or _guessed_site_name(
            doc.sitename, meta, url, lambda: doc.title
        )
        title = best_title(meta.headline, meta.h1, meta.html_title, lambda: doc.title, site_names, meta.og_title, url)
        first_h1, first_element = meta.h1, meta.h1_element
        meta = _headline_of(meta, tree, title)
        # Structured bylines first; trafilatura's when they hold no person (an
        # organisation, a slug, a placeholder); then the byline printed on the page.
        # Each read once, when needed: the printed byline's names (a walk over the page) and the page's text.
        printed = functools.cache(lambda: _printed_byline(printed_bylines(tree, meta.h1_element), site_names, url))
        page_text = functools.cache(lambda: str(_BODY_STRING(tree)))
        authors = (
            _fuller(clean_authors(meta.authors, site_names, url), page_text, printed, tree)
            or _fuller(_trafilaturas_authors(doc, meta, tree, site_names, url, page_text), page_text, printed, tree)
            or printed()
            or _printed_byline(_body_bylines(body), site_names, url)
            or _printed_byline(labelled_bylines(tree, meta.h1_element), site_names, url, capitalised=True)
            or _dated_name(_text_after_headline(tree, meta.h1_element, _DATELINE_REACH * 2), site_names, url)
            or _dated_name(_text_above_headline(meta.h1_element), site_names, url)
            or _signature(body, tree, site_names, url)
            or clean_authors(_chinese_reporters(tree, title), site_names, url)
            or clean_authors(_chinese_editors(tree, title), site_names, url)
            or _site_person(meta.site_person)
            or _site_person(_owner(site_names, meta.html_title, title))
        )
        if len(authors) == 1 and len(authors[0].split()) == 1:
            # A display name ("Todd", "Nils"): the page may print the whole name.
            authors = _whole_name(authors, tree, meta, body, site_names, url)
        # The header's lines (kicker, byline, date, the standfirst too) are
        # dropped from the top of trafilatura's text; the standfirst is
        # article text and goes back first, wherever trafilatura had it.
        standfirst = find_standfirst(
            tree, plain_text(meta.description or doc.description or ""), [title, meta.h1, *authors]
        )
        if standfirst and (
            is_leftover(standfirst, self.boilerplate, self.remove_patterns) or is_dated_byline(standfirst)
        ):
            # A known leftover set under the headline (a form's "Thanks for contacting us."), or the byline and
            # its date as the page's description.
            standfirst = None
        headings = [title, meta.h1, first_h1, meta.headline, standfirst, *_header_texts(tree)]
        paragraphs = clean_paragraphs(
            body, headings, self.boilerplate, authors, self.remove_patterns, self.stop_patterns
        )
        paragraphs = with_standfirst(_without_dangling_label(_without_teasers(paragraphs, tree)), standfirst)
        text = "\n".join(paragraphs)
        if visual_length(text) < self.min_text_chars:  # CJK counts three times: 160 characters are a Chinese brief
            raise NoArticle(f"no article text found (only {len(text)} characters of body text)")
        if _looks_like_index(tree, paragraphs):
            raise NoArticle("no article text found (an index page: a list of teasers)")
        return Article(
            title=title,
            authors=authors,
            published_at=self._published(meta, tree, doc, url, now, page_text, title, first_element),
            modified_at=parse_machine_date(meta.modified, self.default_tz, now),
            language=_identify(meta.language, text),
            text=text,
            description=_READ_MORE.sub("", plain_text(meta.description or doc.description or "")) or None,
            image=_lead_image(url, meta.image) or _lead_image(url, doc.image),  # doc's: read only if needed
            tags=_tags(meta.tags or list(doc.tags or []) or list(doc.categories or [])),
            site_name=meta.site_name or meta.publisher or None,
            canonical=meta.canonical,
        )

    def _published(
        self,
        meta: PageMeta,
        tree: Any,
        doc: FallbackMeta,
        url: str,
        now: datetime | None,
        page_text: Callable[[], str],
        title: str | None = None,
        first_element: Any = None,
    ) -> datetime | None:
        """Structured data, then the day in the URL, then a date printed
        (in words or as day.month.year) after the headline, then trafilatura's
        (htmldate's) day. A structured date days away from the URL's day is a
        modification date or a template default: the URL records when the
        story was filed; unless the page prints that structured day under
        its headline (a story filed, then published days later). A UTC value
        a day off the URL's or the printed day takes that local day. A
        structured date days away from the dateline printed under the headline
        (or, without one, just above it) is not the story's either (a draft's
        creation, a template's default, a modification filed as publication):
        the page shows readers the dateline."""
        found = parse_machine_date(meta.published, self.default_tz, now) or _submitted(tree, self.default_tz, now)
        found = _with_own_offset(found, meta.published_elsewhere, self.default_tz, now)
        found = local_midnight(found, urlsplit(url).hostname or "", meta.language, self.default_tz)
        from_url = date_from_url(url, self.default_tz, now)
        if from_url is not None and (found is None or abs(found - from_url) > _URL_DATE_SLACK):
            if found is not None and _prints_day(tree, meta.h1_element, found, self.default_tz, now):
                return found  # the page shows readers the structured day: the URL keeps the day it was first filed
            return from_url
        # A value given in UTC may fall on the next or previous day; the URL's
        # day is the newsroom's local day, the one the page printed.
        if from_url is not None and found is not None and found.utcoffset() == timedelta(0):
            return from_url if found.date() != from_url.date() else found
        # What follows the first <h1> is the story's header when that <h1> is the headline (here, a page
        # without a structured date has no day in its URL either: that returned above).
        headed = from_url is None and _headed(meta.h1, title)
        reads_printed = found is None or found.utcoffset() == timedelta(0)
        header = _text_after_headline(tree, meta.h1_element) if headed or reads_printed else ""
        below = _below_headline(header, meta.h1)  # where the dateline stands: its distance counts from here
        if headed and found is not None:
            shown = self._shown_dateline(below, meta.h1_element, now) or find_labelled_date(
                header, self.default_tz, now
            )
            if (
                shown is not None
                and abs(shown.date() - found.date()) > _DATELINE_SLACK
                and found.date() not in _dated_lines(below, self.default_tz, now)  # printed too, after the update
            ):
                modified = parse_machine_date(meta.modified, self.default_tz, now)
                # Another of the page's publication dates (its meta tags', where JSON-LD gave ``found``) on
                # the dateline's day: that is the publication the page shows, with its time and zone.
                elsewhere = {
                    value.date(): value
                    for value in (parse_machine_date(v, self.default_tz, now) for v in meta.published_elsewhere)
                    if value is not None
                }
                # The dateline shows the last update (its day, or a time zone from it: "27 September,2023" for
                # 2023-09-28T00:49:54Z), unless another publication date is its day.
                if (
                    modified is None
                    or abs(modified.date() - shown.date()) > _DATELINE_SLACK
                    or shown.date() in elsewhere
                ):
                    return elsewhere.get(shown.date(), shown)
        if reads_printed:
            printed = find_worded_date(header, self.default_tz, now)
            if printed is None and first_element is not None and first_element is not meta.h1_element:
                # The page's first <h1>, its banner, may head the date ("Über diesen Artikel: ... wurde am
                # 19. Mai 2010 ... veröffentlicht" in a sidebar before the headline).
                printed = find_worded_date(_text_after_headline(tree, first_element), self.default_tz, now)
            if found is None and headed:
                # No structured date: the dateline, printed as a line of its own under the headline (or
                # just above it), before a date the story's text mentions ("vom 9.1. bis 10.2.2023"). Not
                # without the headline: the first lines of the page are its navigation (today's date).
                shown = self._shown_dateline(below, meta.h1_element, now)
                if shown is not None and (printed is None or printed.date() != shown.date()):
                    printed = shown  # the same day printed first with its time ("vom 16.10.2019 18:15 Uhr") stays
            if printed is None and found is not None:
                # "03/05/2022 21:44" is read both ways; the reading that is
                # the structured value's moment is the one the page meant.
                printed = next(
                    (m for m in slashed_moments(header, self.default_tz, now) if _same_moment(found, m)), None
                )
            found = _printed_day(found, printed)
        stamp = _update_stamp(below, self.default_tz, now) if below and found is not None else None
        if found is not None and stamp is not None and found - stamp > _ZONE_SPAN:
            # Updated ("Stand: 28.04.2020 18:00 Uhr") before it was published: the structured value is no
            # publication (a re-index, a copy's date); the story was out by the update's day at the latest.
            found = stamp
        if found is None:
            found = parse_machine_date(doc.date, self.default_tz, now)
            filed = month_from_url(url)
            if found is not None and filed is not None and (found.year, found.month) != filed:
                found = None  # htmldate's guess, outside the month the URL files the story under ("/2016/12/")
            if found is not None and (found.month, found.day) == (1, 1) and found.year in _copyright_years(page_text()):
                found = None  # htmldate's last resort: the year of the page's "© 1998–2025 Noble Desktop", as 1 January
        return found

    def _shown_dateline(self, header: str, h1: Any, now: datetime | None) -> datetime | None:
        """The dateline under the headline (``header``: the text after it), else just above it."""
        return _dateline(header, self.default_tz, now) or _dateline(_text_above_headline(h1), self.default_tz, now)


def _with_own_offset(
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


def _submitted(tree: Any, default_tz: tzinfo, now: datetime | None) -> datetime | None:
    """The date of the page's Drupal "submitted" line, where the page gives no structured date."""
    found = _SUBMITTED(tree)
    text = squash(" ".join(found[0].itertext())) if found else ""
    return find_worded_date(text, default_tz, now) if 0 < len(text) <= _SUBMITTED_CHARS else None


# A copyright notice's years: "© 1998–2025", "Copyright 2019", "(c) 2004-2024".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\D{0,20}?([12]\d{3})(?:\s*[-–—]\s*([12]\d{3}))?", re.IGNORECASE)


def _copyright_years(text: str) -> set[int]:
    """The years the copyright notices in the page's ``text`` print."""
    return {int(year) for match in _COPYRIGHT.finditer(text) for year in match.groups() if year}


# A gallery article's items (Hearst's magazines: Elle Decor, Esquire, Good Housekeeping, ... at their "/g46066075/"
# addresses) are set in "listicle-slides": the story, one item after another, not a slider. trafilatura drops any
# element classed "slide" (a carousel's), and read only the introduction.
_LISTICLE_SLIDES_CLASS = "listicle-slides"
_LISTICLE_SLIDES = etree.XPath(f"//*[contains(@class, '{_LISTICLE_SLIDES_CLASS}')]")


def _unslide_listicle(tree: Any) -> None:
    """The listicle's item containers renamed so that trafilatura reads them (see ``_LISTICLE_SLIDES``)."""
    for element in _LISTICLE_SLIDES(tree):
        element.set("class", element.get("class", "").replace(_LISTICLE_SLIDES_CLASS, "listicle-items"))


def _below_headline(header: str, h1: str | None) -> str:
    """The text after the headline: ``header`` (which starts with it) without its first line when that is the
    headline, so that a long headline takes nothing from the distance the dateline stands within."""
    first, _, rest = header.lstrip().partition("\n")
    return rest if h1 and first and fold(first) == fold(h1) else header


def _prints_day(tree: Any, h1: Any, day: datetime, default_tz: tzinfo, now: datetime | None) -> bool:
    """The first date written in words or numbers after the headline falls on ``day``'s date."""
    printed = find_worded_date(_text_after_headline(tree, h1), default_tz, now)
    return printed is not None and printed.date() == day.date()


_RIGHTS_RESERVED = re.compile(r"\s*(?:版权所有|版權所有|(?i:all rights reserved))\W*$")


def _guessed_site_name(
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


def _headline_of(meta: PageMeta, tree: Any, title: str | None) -> PageMeta:
    """``meta`` with the <h1> that heads the story as its headline element,
    when the first one is another (the site's name, "KBS WORLD", or a
    section's label, "Details") and a later <h1> is the chosen title: the
    readers of the byline, the dateline and the standfirst start from it."""
    if not title or meta.h1_element is None or _headed(meta.h1, title):
        return meta
    for tag in ("h1", "h2"):  # an <h2> where the page's only <h1> is not the story's ("Details", then the headline)
        for heading in tree.iter(tag):
            text = shown_text(heading)
            if heading is not meta.h1_element and _headed(text, title):
                return replace(meta, h1=text, h1_element=heading)
    return meta


def _headed(h1: str | None, title: str | None) -> bool:
    """The page's first <h1> is the story's headline (not the site's banner),
    so what follows it is the story's header."""
    visible, headline = fold(h1 or ""), fold(title or "")
    return bool(visible and headline) and (visible in headline or headline in visible)


def _dateline(header: str, default_tz: tzinfo, now: datetime | None) -> datetime | None:
    """The date printed as a line of its own ("Monday, 6 January 2020",
    "am 20.09.2020", "04.02.2022 | 15:33 Uhr") among the first few lines under
    the headline: the page's dateline. ``None`` when there is none, or when it
    is labelled as the last update ("Updated Mar 12, 2020", "Stand: 07.11.2023",
    "Mis à jour le ..."): that is not the publication date."""
    line = _date_line(header)
    return date_of_line(line[0], default_tz, now) if line is not None and not line[1] else None


def _update_stamp(header: str, default_tz: tzinfo, now: datetime | None) -> datetime | None:
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
        if seen > _DATELINE_REACH:
            return
        if is_date_line(line):
            yield line, bool(_UPDATE_LABEL.match(line) or _UPDATE_LINE.search(previous))
        elif find_labelled_date(line) is not None:
            yield line, False  # "Veröffentlicht am 27.04.24 um 07:39 Uhr": the dateline, with its label
        previous = line


def _dated_lines(header: str, default_tz: tzinfo, now: datetime | None) -> set[date]:
    """The days of the date lines under the headline ("2018-08-29 14:15:57" then "2018-06-22 10:20:00":
    the last update, then the publication, both printed); not those labelled as an update."""
    days = (date_of_line(line, default_tz, now) for line, update in _date_lines(header) if not update)
    return {day.date() for day in days if day is not None}


def _identify(declared: str | None, text: str) -> str | None:
    from pipelines import language  # py3langid and numpy: in the workers only (see ``Extractor.extract``)

    return language.identify(declared, text)


def _printed_byline(bylines: list[str], site_names: list[str], url: str, capitalised: bool = False) -> list[str]:
    """The names in the first printed byline that names a person: later ones
    may be a second author box, a photo credit or a list of the site's writers.
    ``capitalised``: only names in capitalised words count (what follows a
    label, "Autor: Peter Maahn", may be a sentence or a rating, "von 5,0")."""
    for index, byline in enumerate(bylines):
        names = [name for name in clean_authors([byline], site_names, url) if not capitalised or _capitalised(name)]
        if names and not _avatar_of(names, bylines[index + 1 :], site_names, url):
            return names
    return []


def _avatar_of(names: list[str], later: list[str], site_names: list[str], url: str) -> bool:
    """``names`` is only an avatar's initials ("NB") of a name a later byline
    gives ("Nicole Burke")."""
    if len(names) != 1 or not (names[0].isupper() and 2 <= len(names[0]) <= 3 and names[0].isalpha()):
        return False
    return any(
        initials(name.split()) == names[0] for byline in later for name in clean_authors([byline], site_names, url)
    )


# An author box's text: its name, then the author's description.
_AUTHOR_CLASSED = etree.XPath("//body//*[contains(@class, 'author')]")
_AUTHOR_BOX = re.compile(r"author[_-]?(?:box|bio)")
# Every text node that holds a name, as given or in lower case (trafilatura capitalises "flappy bird"), a script's
# too (a name trafilatura read there is no commenter's).
_NAME_TEXT = etree.XPath("//body//text()[contains(., $name) or contains(., $lower)]")
# The page's text nodes that hold a name, as given or in lower case (a handle that trafilatura capitalised), outside
# scripts and styles. (The cheap test first: XPath reads predicates left to right.)
_TEXT_WITH = etree.XPath(
    "//body//text()[contains(., $word) or contains(., $lower)][not(ancestor::script or ancestor::style)]"
)
_BODY_STRING = etree.XPath("string(//body)")
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]")
_COMMENT = re.compile(r"comment|kommentar|commentaire|comentario", re.IGNORECASE)


def _trafilaturas_authors(
    doc: FallbackMeta, meta: PageMeta, tree: Any, site_names: list[str], url: str, page_text: Callable[[], str]
) -> list[str]:
    """trafilatura's byline, cleaned: not a commenter's, spelt as the page
    prints it, without the start of a date it left on a name. Not a phrase
    the author tags give, which trafilatura capitalises ("Deinen
    Hochzeitsbloggern" for `<meta name="author" content="deinen Hochzeitsbloggern">`,
    "by your wedding bloggers")."""
    rejected = {fold(name) for name in meta.authors if is_phrase(name)}
    names = [
        name
        for name in clean_authors(
            [_unjoined(_other_author(doc, meta, site_names, url), tree, page_text)], site_names, url
        )
        if fold(name) not in rejected
        # A comment's "stephangoeldi said", capitalised: "Said" is a surname only where the page prints it so.
        and not (is_commenter(name.lower()) and name not in page_text())
    ]
    printed = _as_printed(names, tree, page_text)
    return _undated(_not_commenters(printed, tree, meta.h1_element), page_text)


def _not_commenters(names: list[str], tree: Any, headline: Any) -> list[str]:
    """trafilatura's ``names`` without those the page prints only in its
    comments, or only in other stories' cards when the headline is in an
    <article> (see ``is_card``): it reads a comment's author box
    ("sf_comment_author") and a card's "user__nick" as a byline.
    Not a name in the <header> that holds the ``headline``: no comment is
    there, whatever the classes say (Observer's byline sits in
    "entry-meta nyo-social-comments", beside the comment count)."""
    story_header = story = None
    if headline is not None and names:
        story_header = next(headline.iterancestors("header"), None)
        if story_header is not None and not is_article_header(story_header):
            story_header = None  # a theme's <header> around the whole page, comments too
        story = next(headline.iterancestors("article"), None)

    def in_comment(text: Any) -> bool:
        holder = text.getparent()
        if story_header is not None and (holder is story_header or story_header in holder.iterancestors()):
            return False
        ancestors = (holder, *holder.iterancestors())
        if story is not None and story not in ancestors and any(map(is_card, ancestors)):
            return True  # a related story's card: its author's name
        return any(
            _COMMENT.search(f"{element.get('class') or ''} {element.get('id') or ''}")
            for element in ancestors
            if element.tag not in ("body", "html")  # the page's own classes: WordPress's "front_hidecomments"
        )

    kept = []
    for name in names:
        texts = _NAME_TEXT(tree, name=name, lower=name.lower())
        if not texts or not all(in_comment(text) for text in texts):
            kept.append(name)
    return kept


def _as_printed(names: list[str], tree: Any, page_text: Callable[[], str]) -> list[str]:
    """trafilatura's ``names`` as the page prints them: it drops the dots of
    initials ("T V Raman", "Joe S" for "T. V. Raman", "Joe S."), turns a
    handle's dots and underscores into spaces ("Herr Rein" for "Herr_Rein")
    and cuts it at its first digit ("Bo" for "Bo2man"), capitalising it. A
    name of two words or more that the page prints as given stays so."""
    printed = []
    for name in names:
        words = name.split()
        initials = any(len(word) == 1 and word.isalpha() for word in words)
        if len(words) > 1 and not initials and re.search(rf"(?<![\w@]){re.escape(name)}(?!\w)", page_text()):
            printed.append(name)  # printed as given: "Ben Silverman", though his handle "ben_silverman" is there too
            continue
        if initials:
            pattern = r"\s*".join(re.escape(w) + (r"\." if len(w) == 1 and w.isalpha() else "") for w in words)
            texts, trail = _BODY_TEXT(tree), ""
        else:
            # The handle, one word of the text: the name's words joined by "_", "." or "+", or followed by
            # a digit and the rest; not an e-mail address's local part ("matthias.weber[[at]]erp-hero.de",
            # "surfguard23 ät googlemail").
            joined = r"[._+]".join(map(re.escape, words))
            handle = rf"(?i:{joined})" + (r"" if len(words) > 1 else r"\d")
            if not re.search(handle, page_text()):  # not on the page at all (its text in one string, a quick look)
                printed.append(name)
                continue
            pattern = rf"(?:{joined}\d[\w.+-]*|{joined})" if len(words) > 1 else rf"{joined}\d[\w.+-]*"
            pattern = rf"(?i:{pattern})(?![\w@])(?!\s*[\[(]*\s*(?:at|ät|@)\b)"
            texts, trail = _TEXT_WITH(tree, word=words[0], lower=words[0].lower()), "."
        match = re.search(rf"(?<![\w@.]){pattern}(?!\w)", squash(" ".join(texts)))
        printed.append(match[0].rstrip(trail) if match else name)  # a handle ends before a full stop
    return printed


# An element whose whole text is a name, spaces aside.
_WHOLE_TEXT = etree.XPath("//body//*[normalize-space(text()) = $name][not(self::script or self::style)]")
# An element whose text starts with the rest, a role trafilatura cut at a slash: "Full-Stack Drupal" of
# "<span>Full-Stack Drupal/PHP Developer</span>".
_TEXT_STARTING = etree.XPath(
    "//body//*[starts-with(normalize-space(text()), concat($rest, '/'))][not(self::script or self::style)]"
)


def _unjoined(byline: str, tree: Any, page_text: Callable[[], str]) -> str:
    """trafilatura's ``byline`` without the next line of an author box it
    joined to a name: "Kelly Sheridan News" for "<a>Kelly Sheridan</a><br>
    <span>News</span>" (her desk), "Andrea Stone Senior Washington
    Correspondent" (her role). A name of three words or more becomes its
    start (two words or more) where the page prints that start as an
    element's whole text, and the rest as another's or glued to it."""
    parts = []
    for part in byline.split(";"):
        words = part.split()
        for n in range(len(words) - 1, 1, -1) if len(words) >= 3 else ():
            start, rest = " ".join(words[:n]), " ".join(words[n:])
            # The rest in an element of its own, or glued to the name ("Paul WisemanFatima Hussein").
            if _WHOLE_TEXT(tree, name=start) and (
                _WHOLE_TEXT(tree, name=rest) or _TEXT_STARTING(tree, rest=rest) or start + rest in page_text()
            ):
                part = start
                break
        parts.append(part)
    return ";".join(parts)


def _undated(names: list[str], page_text: Callable[[], str]) -> list[str]:
    """trafilatura's ``names`` without the start of a date it left on them:
    it cuts a byline at its first digit, so "By Nathan Willis<br>March 25,
    2015" gives "Nathan Willis March", and "Joe Wee Monday, February 29,
    2016" "Joe Wee Monday". A name's last word goes where the page prints it
    as the start of a date (or the day of the week before it) after the name's
    other words."""
    undated = []
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            # The last word may follow the others with no space: "Nathan Willis</b><br/>March 25".
            head = " ".join(words[:-1])
            spaced = r"\s+".join(map(re.escape, words[:-1]))
            printed = re.search(rf"{spaced}\s*({re.escape(words[-1])}[^\n]{{0,30}})", page_text())
            if printed and before_date(f"{head} {squash(printed[1])}") == head:
                name = head if clean_authors([head], []) == [head] else ""  # "Editor December": no name left
        if name:
            undated.append(name)
    return undated


def _whole_name(authors: list[str], tree: Any, meta: PageMeta, body: str, site_names: list[str], url: str) -> list[str]:
    """The one author's whole name when the structured data gives only a
    first or display name ("Todd") and the page prints the same person in
    full: as a line of its own near the headline or in a byline ("Todd
    Bates" under "By"), or after "by"/"von" ("Eine Kolumne von Nils Pickert");
    else as the person's own site or author box does (below)."""
    given = re.escape(authors[0])
    credited = re.compile(rf"(?:^|\b(?:by|von|par|por|door)\s+)({given}(?:\s+[^\W\d_][\w'’.-]*){{1,3}})$", re.I)
    lines = [
        *printed_bylines(tree, meta.h1_element),
        *labelled_bylines(tree, meta.h1_element),
        *_text_after_headline(tree, meta.h1_element, _DATELINE_REACH * 2).splitlines(),
        *body.splitlines()[:3],
        *body.splitlines()[-3:],
    ]
    for line in map(squash, lines):
        match = credited.search(line) if len(line) <= 100 else None
        if match and _capitalised(match[1]) and clean_authors([match[1]], site_names, url) == [match[1]]:
            return [match[1]]
    # The person's own site or author box: a personal site's name ("Dr. Alexander Klier" on
    # alexander-klier.net), the start of an author box ("Stefanus Stahl - Maschinenbauer, Abenteurer ..."),
    # or the host as the surname where the page prints it ("Henry Steinhau" on steinhau.com). These are the
    # site's own names, so only the checks for a person's name apply.
    surname = r"[^\W\d_][\w'’-]*"
    owned = re.compile(rf"(?:(?:Dr|Prof)\.\s+)*({given}\s+{surname})")
    acronym = authors[0].isupper()  # "LBCI" of "LBCI Lebanon" is the site's short name, no given name
    whole = [
        *(match[1] for n in site_names if not acronym and (match := owned.fullmatch(n))),
        *(
            match[1]
            for box in _AUTHOR_CLASSED(tree)
            if _AUTHOR_BOX.search(box.get("class"))
            for text in box.itertext()
            if text.strip()
            if (match := re.match(rf"({given}\s+{surname}(?:\s+{surname})?)\s+[-–—,:(]", squash(text)))
        ),
    ]
    label = host_label(url)
    if label.isalpha() and len(label) > 2:
        surnamed = re.compile(rf"(?<!\w){given}\s+{re.escape(label)}(?!\w)", re.I)
        texts = _TEXT_WITH(tree, word=authors[0], lower=authors[0].lower())
        found = next((match for text in texts if (match := surnamed.search(text))), None)
        whole += [f"{authors[0]} {found[0].split()[-1].capitalize()}"] if found else []
    for name in whole:
        if _capitalised(name, uncased=False) and clean_authors([name], [], None) == [name]:
            return [name]
    return authors


_HAN = re.compile(r"[\u4e00-\u9fff]")
_EDITOR_TEXT = etree.XPath(
    "//body//text()[contains(., '编辑') or contains(., '责编')][not(ancestor::script or ancestor::style)]"
)
# "责任编辑：焦鹏", "(责编：牛镛、岳弘彬)", "编辑：山石": the (responsible) editors a Chinese news page credits at the
# story's end, where it often credits nobody else. Names of two to four Han characters ("·" in transcribed ones).
_EDITORS = re.compile(
    r"(?:责任编辑|责编|编辑)\s*[:：]\s*([\u4e00-\u9fff·]{2,6}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,6})*)"
)


_REPORTER_TEXT = etree.XPath(
    "//body//text()[contains(., '记者') or contains(., '記者') or contains(., '作者')]"
    "[not(ancestor::script or ancestor::style or ancestor::a)]"  # a link is the menu's: "记者博客", "记者调查"
)
# The reporters a Chinese story credits: "（记者 胡晓蓉）", "□ 本报记者 葛灵丹", "光明日报记者 王建宏 张文攀",
# "本报记者罗科苏盈发自北京", "記者王小明／台北報導", and the author's label: "作者：郭励弘". An outlet may come
# before "记者", a dispatch's place after the names. The credit ends there (a bracket, the text's end, "发自",
# "报道", a slash), so "记者近日从…获悉" (the reporter, in a sentence) is none.
_HAN_NAME = r"[\u4e00-\u9fff·]{2,4}"
_REPORTERS = re.compile(
    r"(?:^|(?<=[\s（(【\[□·]))[\u4e00-\u9fff·]{0,12}?(?:记者|記者|作者\s*[:：])\s*"
    rf"(?P<names>{_HAN_NAME}(?:\s*[、，,]\s*{_HAN_NAME}|\s+{_HAN_NAME})*)"
    r"(?P<end>\s*(?:$|[）)】\]/／]|发自|發自|报道|報導|摄|攝))"
)
_DISPATCH_PLACE = re.compile(r"[\u4e00-\u9fff]+[省市县縣区區镇鎮乡鄉村州京]$")  # "山东冠县" in "彭冲 山东冠县报道"
# What a credit says between and after its names: "（记者陈智 整合）", "记者 张三 通讯员 李四", "记者 王五 摄".
_CREDIT_ROLES = frozenset(
    {"通讯员", "实习生", "见习记者", "整合", "整理", "综合", "编译", "摄影", "报道", "供图", "制图"}
)


_NAME_SEPARATOR = re.compile(r"\s*[、，,\s]\s*")  # between the names of a Chinese credit


def _chinese_credit(tree: Any, title: str | None, texts: Any, credit: re.Pattern[str]) -> re.Match[str] | None:
    """The first of the page's ``texts`` (an XPath's text nodes) that holds a ``credit``, on a page with a Chinese
    headline."""
    if not _HAN.search(title or ""):
        return None
    return next((found for text in texts(tree) if (found := credit.search(squash(text)))), None)


def _chinese_reporters(tree: Any, title: str | None) -> list[str]:
    """The reporters a Chinese story credits in its text (``_REPORTERS``), on a page with a Chinese headline."""
    match = _chinese_credit(tree, title, _REPORTER_TEXT, _REPORTERS)
    if match is None:
        return []
    names = _NAME_SEPARATOR.split(match["names"])
    if len(names) > 1 and match["end"].strip() in ("报道", "報導") and _DISPATCH_PLACE.search(names[-1]):
        names.pop()  # the place it reports from, glued to "报道"
    return [name for name in names if name not in _CREDIT_ROLES]


def _chinese_editors(tree: Any, title: str | None) -> list[str]:
    """The editors credited as "责任编辑", "责编" or "编辑", when the page credits nobody else (a page with a
    Chinese headline)."""
    match = _chinese_credit(tree, title, _EDITOR_TEXT, _EDITORS)
    return _NAME_SEPARATOR.split(match[1]) if match else []


def _fuller(authors: list[str], page_text: Callable[[], str], printed: Callable[[], list[str]], tree: Any) -> list[str]:
    """The printed byline's names where they are ``authors`` and more: the
    metadata credits one writer and the page two ("von Rudolf Fischer, Simon
    Kohler"). A login the byline prints spaced ("arianschlichenmayer" for
    "Arian Schlichenmayer") is the printed name. The byline is read only
    where an author is a login or the page prints a name in a list (reading
    it costs a walk over the whole page). Where every author is an account's
    name the page never shows ("KatieS", "christopherlwood": the WordPress user
    who posted it) and the byline prints whole names, the byline's are the
    authors ("Aoife O'Riordan")."""
    if not authors:
        return authors
    accounts = all(_ACCOUNT.match(name) for name in authors) and not any(
        _TEXT_WITH(tree, word=name, lower=name.lower()) for name in authors
    )
    if not (accounts or any(_LOGIN.match(name) for name in authors) or _listed(authors, page_text())):
        return authors
    names = printed()
    if not names or len(names) > _FULLER_LIMIT:
        return authors
    if accounts and all(len(name.split()) >= 2 for name in names):
        return names
    keys = {fold(name) for name in names} | {fold(name).replace(" ", "") for name in names}
    return (
        names
        if len(names) >= len(authors)
        and all(fold(name) in keys for name in authors)
        and set(map(fold, names)) != set(map(fold, authors))
        else authors
    )


def _listed(authors: list[str], text: str) -> bool:
    """The page's ``text`` prints one of ``authors`` in a list of names: followed by another ("Rudolf Fischer,
    Simon Kohler"), or after another ("Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman")."""
    for name in authors:
        at = text.find(name)
        while at != -1:
            if _ANOTHER_NAME.match(text, at + len(name)) or _NAME_BEFORE.search(text, max(0, at - 40), at):
                return True
            at = text.find(name, at + 1)
    return False


_ANOTHER_NAME = re.compile(r"\s*(?:[,&/;]|\b(?:and|und|y|et|e|og|och)\b)\s*[^\W\d_]")  # after a name: a list goes on
_NAME_BEFORE = re.compile(r"[^\W\d_]\s*(?:[,&/;]|\b(?:and|und|y|et|e|og|och)\b)\s*$")  # before one: a list went on


_LOGIN = re.compile(r"^[a-z]{6,}$")  # "arianschlichenmayer": a login, a name written without its spaces
# An account's name: one word, as a login has it ("andrew.keaveney", "KatieS", "jdoe_77").
_ACCOUNT = re.compile(r"^[\w.-]{3,}$")
_FULLER_LIMIT = 6  # a byline of more names than that is a list of the site's writers


def _other_author(doc: FallbackMeta, meta: PageMeta, site_names: list[str], url: str) -> str:
    """trafilatura's author, unless the structured byline credits only the
    site: trafilatura reads the same tag, splits the site's name at its
    separators ("Noticias de El Salvador; Informate con la verdad") or drops
    its address ("Deutsche Welle" of "Deutsche Welle (www.dw.com)"), and
    those parts no longer read as the site's. The byline printed on the page
    is read next."""
    if credits_only_the_site(meta.authors, site_names, url):
        return ""
    author = doc.author or ""
    if names_an_organisation(meta.authors) and not clean_authors(meta.authors, site_names, url):
        # The author tags name a company, the site's builders or an address, and no person: trafilatura's
        # spelling of the same tags ("AltumNet sp z o o" of "AltumNet sp. z o.o.") names none either. (A slug's
        # or a handle's, "christian.stadtfeld", is the person's name.)
        tags = fold(" ".join(meta.authors))
        if all(fold(part) in tags for part in author.split(";")):
            return ""
    return author


def _site_person(name: str | None) -> list[str]:
    """The person a personal site names as its publisher, when the page
    credits nobody else: the blog's owner ("Helge Fahrnberger" on helge.at).
    Their name is the site's, so it is not dropped as a site name here; a
    handle ("stylegart") is not taken."""
    names = clean_authors([name], [], None) if name else []
    return names if len(names) == 1 and _capitalised(names[0]) else []


# "Daniel Lemire's blog", "Gregory Szorc's Digital Home": a site named as a person's (two or three capitalised words,
# so not "Tom's Hardware" or "Reader's Digest").
_OWNED = re.compile(r"((?:[A-Z][\w.-]+\s+){1,2}[A-Z][\w-]+)['’]s(?:\s+[\w-]+){1,3}")


def _owner(site_names: list[str], html_title: str | None, title: str | None) -> str | None:
    """The person whose site it is, as the site's name says, or the <title>
    beside the headline ("Gregory Szorc's Digital Home | <headline>"; a
    <title> without the headline may be another headline: "Donald Trump's
    tariffs hit ...")."""
    segments = title_segments(html_title or "")
    headline = fold(title or "")
    site = [s for s in segments if fold(s) != headline] if headline in map(fold, segments) else []
    names = [*site_names, *site]
    return next((match[1] for name in names if (match := _OWNED.fullmatch(squash(name)))), None)


def _capitalised(name: str, uncased: bool = True) -> bool:
    """Each word capitalised or a particle; words in scripts without case
    count as capitalised unless ``uncased`` is False."""
    return all(
        word[:1].isupper() or (uncased and not word[:1].islower()) or word in _NAME_PARTICLES for word in name.split()
    )


def _body_bylines(body: str) -> list[str]:
    """Bylines printed as a line of the text itself, among its first and last
    three ("Von Cosima Künzel" under the story, "Written by: Julie Mollins"
    above it): a byline prefix and six words at most, no sentence."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    # Anywhere, the heading of the author's box: "Written by Cassidy Horton", then "Cassidy Horton is a finance
    # writer ..." (a disclaimer may follow the box).
    boxed = [line for line, after in itertools.pairwise(lines) if _heads_a_bio(line, after)]
    return [
        line
        for line in dict.fromkeys([*lines[:3], *lines[-3:], *boxed])  # a short text's lines once
        if is_byline(line)
        and len(without_picture_credit(line).split()) <= 6
        and not line.endswith((".", "!", "?", ":"))
    ]


def _heads_a_bio(line: str, after: str) -> bool:
    """``line`` is a byline ("Written by Cassidy Horton") and ``after`` starts with its name, a sentence about the
    writer."""
    if not has_byline_label(line) or len(line.split()) > 6:
        return False
    names = clean_authors([line], [])
    return len(names) == 1 and after.startswith(f"{names[0]} ")


# A name set in bold as a paragraph of its own: "<p><b><i>Stefan Wasmer</i></b></p>".
_BOLD_LINE = etree.XPath(
    "//body//*[self::b or self::strong][normalize-space(.) = $name]"
    "[normalize-space(ancestor::*[self::p or self::div][1]) = $name]"
)


def _signature(body: str, tree: Any, site_names: list[str], url: str) -> list[str]:
    """The writer's name signed under the story: the text's last line, a
    person's name of two or three words set in bold as a paragraph of its
    own (a match report's "Stefan Wasmer", a review's "Marina Mucha"). Not
    in capitals: a bold line in capitals is a heading ("SOCIAL MEDIA SEITEN")."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    if (
        not (_looks_like_name(last) and 2 <= len(last.split()) <= 3)
        or last.isupper()
        or not _BOLD_LINE(tree, name=last)
    ):
        return []
    names = clean_authors([last], site_names, url)
    return names if names == [last] else []


# Between a name and its date on the line under a headline: a bar, a bullet, a
# spaced dash, or "by" ("Sehernur Karsu | 05.04.2025", "11.12.2019 - Amelie
# Loevenich", "Posted on September 21, 2020 by Adi Tzlil").
_DATELINE_SEP = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+|\s+(?:by|von|par|por)\s+", re.IGNORECASE)
_OPEN_SEP = re.compile(r"[|•·–—-]$")  # a text node that ends in a separator goes on in the next one
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*uhr)?", re.IGNORECASE)
# A person's name as printed: two to four words, each capitalised or a particle ("von", "de").
_PRINTED_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "ibn"})


def _dated_name(header: str, site_names: list[str], url: str) -> list[str]:
    """The person named beside the date on a line under the headline, set
    apart by a bar, a bullet, a dash or "by", when the page marks no byline.
    The name must be two to four capitalised words, kept whole by
    ``clean_authors`` (a section's or site's name is not). A job title may
    stand between them ("Aaron Ricadela | Senior Writer | July 2, 2025")."""
    for line in _separated_lines(header):
        parts = [part.strip(" ,;:") for part in _DATELINE_SEP.split(line)]
        dated = {i for i, part in enumerate(parts) if is_date_line(part) or _CLOCK.fullmatch(part)}
        beside = {i + step for i in dated for step in (-1, 1)}
        beside |= {i + step for i in beside for step in (-1, 1) if 0 <= i < len(parts) and is_job_title(parts[i])}
        for i, part in enumerate(parts):
            if i in dated or i not in beside:
                continue
            names = clean_authors([part], site_names, url)
            # The name alone, after a label, or with a role after it ("Redaktion: Eberhard Fuhr (Pressesprecher des
            # EJW)"): what clean_authors keeps of the part is one name, and the part starts with a label or with it.
            if len(names) == 1 and _looks_like_name(names[0]) and (has_byline_label(part) or part.startswith(names[0])):
                return names
        if dated or find_labelled_date(line) is not None:
            return []  # the story's dateline, without a name: one by a later date is a video's or a teaser's
    return []


def _separated_lines(header: str) -> list[str]:
    """The header's text nodes as lines, a node that ends in a separator
    joined to the next ("Sehernur Karsu |" in one <span>, its date in the next)."""
    lines: list[str] = []
    for text in map(squash, header.splitlines()):
        if text and lines and (_OPEN_SEP.search(lines[-1]) or _OPEN_SEP.match(text[:1])):
            lines[-1] = f"{lines[-1]} {text}"
        elif text:
            lines.append(text)
    return lines


def _looks_like_name(text: str) -> bool:
    """Two to four words, each capitalised or a particle: "Hofheim am Taunus" is a place."""
    return bool(_PRINTED_NAME.match(text)) and _capitalised(text, uncased=False)


def _printed_day(structured: datetime | None, printed: datetime | None) -> datetime | None:
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
        printed
        if has_time and _same_moment(structured, printed) and printed.date() != structured.date()
        else structured
    )


def _same_moment(structured: datetime, printed: datetime) -> bool:
    """A local time printed without a zone can be ``structured`` (UTC) seen
    from some zone: at most 14 hours from it."""
    return abs(printed.replace(tzinfo=None) - structured.replace(tzinfo=None)) <= _ZONE_SPAN


def settings_problem(settings: Any) -> str | None:
    """Why the extraction settings cannot build an extractor, in one line
    ("EXTRACT_REMOVE_PATTERNS: bad regex ..."), else ``None``: the commands
    ask before they start, so a bad setting is not a traceback mid-start."""
    from scrapy.utils.misc import load_object

    path = settings.get("EXTRACT_CLASS")
    try:
        cls = load_object(path)
    except (ImportError, NameError, AttributeError, ValueError) as exc:
        return f"EXTRACT_CLASS: cannot load {path!r} ({exc})"
    try:
        cls.from_settings(settings)
    except ValueError as exc:
        return str(exc)
    return None


def _setting_zone(name: str | None) -> tzinfo:
    try:
        return zone(name)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(f"DEFAULT_TIMEZONE: unknown time zone {name!r}") from None


def _patterns(setting: str, values: list[str]) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(value) for value in values)
    except re.error as exc:
        raise ValueError(f"{setting}: bad regex {exc.pattern!r}: {exc}") from None


def source_extractors(base: Extractor, settings: Any) -> dict[str, Extractor]:
    """One extractor per configured source that overrides extraction options
    (``[source.extract]``) or sets a ``timezone``; none when the sources file
    is unusable (the commands that need sources report that themselves).
    A source's boilerplate lines, remove patterns and prune XPaths add to the
    project's own."""
    try:
        sources = load_sources(settings.get("SOURCES_FILE"))
    except SourcesError:
        return {}
    extractors = {}
    for source in sources:
        options = dict(source.extract)
        changes: dict[str, Any] = {}
        if "boilerplate_lines" in options:
            changes["boilerplate"] = base.boilerplate | boilerplate_keys(options.pop("boilerplate_lines"))
        for name in ("remove_patterns", "prune_xpath"):
            if name in options:
                changes[name] = (*getattr(base, name), *options.pop(name))
        changes.update(options)
        if source.timezone:
            changes["default_tz"] = zone(source.timezone)
        if changes:
            extractors[source.id] = replace(base, **changes)
    return extractors


def _text_after_headline(tree: Any, h1: Any, limit: int = 2000) -> str:
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


def _text_above_headline(h1: Any) -> str:
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


def _without_dangling_label(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the short lines ending in a colon that end them ("Related reads:", "Sources:",
    "Mehr Themen auf VOGUE.de:"): what they introduced, a list of links, is gone."""
    end = len(paragraphs)
    while end > 1 and paragraphs[end - 1].rstrip().endswith((":", "：")) and len(paragraphs[end - 1].split()) <= 8:
        end -= 1
    return paragraphs[:end]


def _looks_like_index(tree: Any, paragraphs: list[str]) -> bool:
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


def _without_teasers(paragraphs: list[str], tree: Any) -> list[str]:
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


def _header_texts(tree: Any) -> list[str]:
    """Text blocks of the article's own <header> (the one holding the <h1>):
    kicker, standfirst, byline. Only the standfirst is article text."""
    blocks = [
        block
        for header in article_headers(tree)
        for block in header.xpath(".//*[self::p or self::div or self::span or self::h2 or self::a]")
    ]
    return [" ".join(b.text_content().split()) for b in blocks]


# An excerpt's link to the story, left at the end of a description ("… behind the wheel and Read More").
_READ_MORE = re.compile(
    r"\s*(?:\[…\]|\[\.\.\.\])?\s*(?:read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|leia mais"
    r"|continua a leggere)\W*$",
    re.IGNORECASE,
)


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


def _lead_image(url: str, image: str | None) -> str | None:
    """``image`` made absolute, when it is one (not a stand-in)."""
    address = absolute_url(url, image)
    return address if address and not _NO_IMAGE.search(address) else None


# A tag's prefix some CMSs write into the value ("tag:bußgelder", "Category: Review").
_TAG_PREFIX = re.compile(r"^(?:tags?|category|categories|kategorie|schlagwort)\s*:\s*", re.IGNORECASE)
_NO_TAG = re.compile(r"^(?:https?://|www\.)|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_LISTED = 4  # parts a value lists before it is a list of tags, not one ("Business, Finance, & Economics")


def _tags(values: list[Any]) -> list[str]:
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
