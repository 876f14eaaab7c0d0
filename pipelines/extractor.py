"""Turn one HTML page into article fields: trafilatura for the body, the page's
structured data for the metadata, then cleaning.

``Extractor`` holds the options (built once from settings) and is a plain
object, so tests, benchmarks and the pipeline all run this same code.
"""

from __future__ import annotations

import functools
import html as markup
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfoNotFoundError

from lxml import etree
from lxml.etree import ParserError

from config.sources import SourcesError, load_sources
from pipelines.authors import clean_authors, is_dated_byline
from pipelines.bylinemarkup import labelled_bylines, printed_bylines
from pipelines.bylines import (
    body_bylines,
    chinese_editors,
    chinese_reporters,
    dated_name,
    fuller,
    header_bylines,
    lead_signature,
    printed_byline,
    signature,
    site_owner,
    site_person,
    trafilaturas_authors,
    whole_name,
)
from pipelines.chunks import alone, appended_stories, joined, missed_chunks, reads_later, split_story
from pipelines.cleaning import boilerplate_keys, clean_paragraphs, is_leftover
from pipelines.datelines import (
    DATELINE_REACH,
    ZONE_SPAN,
    below_headline,
    copyright_years,
    dated_lines,
    find_dateline,
    h1_is_headline,
    printed_day,
    prints_day,
    same_moment,
    submitted_date,
    text_above_headline,
    text_after_headline,
    update_stamp,
    with_own_offset,
)
from pipelines.dates import (
    date_from_url,
    find_labelled_date,
    find_worded_date,
    local_midnight,
    month_from_url,
    parse_machine_date,
    slashed_moments,
    zone,
)
from pipelines.embedded import as_document, looks_like_html, script_html
from pipelines.headline import ANCHOR_MARK
from pipelines.metadata import PageMeta, read_page_meta
from pipelines.pageparts import (
    LISTICLE_SLIDES_CLASS,
    guessed_site_name,
    header_texts,
    headline_of,
    lead_image,
    looks_like_index,
    page_tags,
    unslide_listicle,
    without_dangling_label,
    without_teasers,
)
from pipelines.reflow import untable_layout, unwrap_source_lines
from pipelines.standfirst import find_standfirst, with_standfirst
from pipelines.text import plain_text, squash, visual_length
from pipelines.titles import best_title
from pipelines.urls import archived_address

if TYPE_CHECKING:
    from pipelines.fallbackmeta import FallbackMeta

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_URL_DATE_SLACK = timedelta(days=2)  # a URL's day is local and midnight; late-night stories drift a day
_DATELINE_SLACK = timedelta(days=1)  # closer, a structured date and the dateline differ by a time zone, not a story


class NoArticle(Exception):
    """The page holds no article text; the message says what was found instead."""


# A hidden block of schema.org microdata, the story's metadata written out for machines
# ("<div style="display:none" itemscope itemtype=".../NewsArticle">": its headline, dates, image addresses): never
# shown, never text. Other hidden blocks stay: a story cut behind a "Read more" button is hidden until clicked.
_HIDDEN_METADATA = "//*[@itemscope][contains(translate(@style, ' ', ''), 'display:none') or @hidden]"
# The Wayback Machine's toolbar on an archived page (the capture's dates, "COLLECTED BY", the collection's
# description): the archive's, never the story's.
_WAYBACK_TOOLBAR = "//div[@id='wm-ipp-base' or @id='wm-ipp']"
# A photo gallery set between two paragraphs of the story (The Independent's 43-picture galleries of 2017, inside
# the articleBody), or after three of them at least (USA Today's "companion" gallery of another story): its counters
# and captions are about other pictures, and where they outweigh the story, trafilatura's fallback returned only
# them. A gallery after an introduction of a paragraph or two, and nothing after it, may be the story.
_INLINE_GALLERY = (  # the class tested first: the cheapest filter of every element on the page
    "//*[contains(@class, 'allery') or contains(@class, 'ALLERY')]"
    "[self::div or self::section or self::figure or self::ul or self::aside]"
    "[preceding-sibling::p and following-sibling::p or preceding-sibling::p[3]]"
)
# A "mega menu": the navigation that opens onto each section's latest stories, teaser paragraphs (timeslive.co.za);
# where the story is short, trafilatura read them as the page's text. Not the element that holds the story (a
# theme classes the <body> "has-megamenu"), nor one with the headline or an <article> inside.
_MEGA_MENU = (
    "//*[contains(@class, 'enu') or contains(@class, 'ENU')]"
    "[contains(translate(@class, 'MEGANU_-', 'meganu'), 'megamenu')]"
    "[not(self::body or self::html or self::main or self::article)][not(.//h1)][not(.//article)]"
)
# From every page: hidden metadata, headings' "¶" links, the Wayback Machine's toolbar, inline galleries, mega menus.
_ALWAYS_PRUNED = (_HIDDEN_METADATA, f"//{ANCHOR_MARK}", _WAYBACK_TOOLBAR, _INLINE_GALLERY, _MEGA_MENU)
_BODY_STRING = etree.XPath("string(//body)")
# An excerpt's link to the story, left at the end of a description ("… behind the wheel and Read More").
_READ_MORE = re.compile(
    r"\s*(?:\[…\]|\[\.\.\.\])?\s*(?:read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|leia mais"
    r"|continua a leggere)\W*$",
    re.IGNORECASE,
)


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
            if LISTICLE_SLIDES_CLASS in html:
                unslide_listicle(tree)
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
        return self._assemble(meta, tree, body, FallbackMeta(tree, archived_address(url)), url, now)

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
        # The site's names, sections and the story's day are read from the address of the page itself: a Wayback
        # Machine capture's is the address it archived. Images stay where the capture serves them.
        page_url, url = url, archived_address(url)
        # trafilatura's site name (the <title>'s tail, else the host) only when
        # the page names none: where it does, trafilatura reads the same tags.
        site_names = [n for n in (meta.site_name, meta.publisher) if n] or guessed_site_name(
            doc.sitename, meta, url, lambda: doc.title
        )
        title = best_title(meta.headline, meta.h1, meta.html_title, lambda: doc.title, site_names, meta.og_title, url)
        first_h1, first_element = meta.h1, meta.h1_element
        meta = headline_of(meta, tree, title)
        # Structured bylines first; trafilatura's when they hold no person (an
        # organisation, a slug, a placeholder); then the byline printed on the page.
        # Each read once, when needed: the printed byline's names (a walk over the page) and the page's text.
        printed = functools.cache(lambda: printed_byline(printed_bylines(tree, meta.h1_element), site_names, url))
        page_text = functools.cache(lambda: str(_BODY_STRING(tree)))
        headed = h1_is_headline(meta.h1, title)  # what follows the <h1> is the story's header
        header = functools.cache(lambda: text_after_headline(tree, meta.h1_element, DATELINE_REACH * 2))
        authors = (
            fuller(clean_authors(meta.authors, site_names, url), page_text, printed, tree)
            or fuller(trafilaturas_authors(doc, meta, tree, site_names, url, page_text), page_text, printed, tree)
            or printed()
            or printed_byline(body_bylines(body), site_names, url)
            or (printed_byline(header_bylines(header(), meta.h1 or ""), site_names, url) if headed else [])
            or printed_byline(labelled_bylines(tree, meta.h1_element), site_names, url, capitalised=True)
            or dated_name(header(), site_names, url)
            or dated_name(text_above_headline(meta.h1_element), site_names, url)
            or signature(body, tree, site_names, url)
            or lead_signature(body, tree, site_names, url)
            or clean_authors(chinese_reporters(tree, title), site_names, url)
            or clean_authors(chinese_editors(tree, title), site_names, url)
            or site_person(meta.site_person)
            or site_person(site_owner(site_names, meta.html_title, title))
        )
        if len(authors) == 1 and len(authors[0].split()) == 1:
            # A display name ("Todd", "Nils"): the page may print the whole name.
            authors = whole_name(authors, tree, meta, body, site_names, url)
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
        headings = [title, meta.h1, first_h1, meta.headline, standfirst, *header_texts(tree)]
        paragraphs = clean_paragraphs(
            body, headings, self.boilerplate, authors, self.remove_patterns, self.stop_patterns
        )
        paragraphs = with_standfirst(without_dangling_label(without_teasers(paragraphs, tree)), standfirst)
        text = "\n".join(paragraphs)
        if visual_length(text) < self.min_text_chars:  # CJK counts three times: 160 characters are a Chinese brief
            raise NoArticle(f"no article text found (only {len(text)} characters of body text)")
        if looks_like_index(tree, paragraphs):
            raise NoArticle("no article text found (an index page: a list of teasers)")
        return Article(
            title=title,
            authors=authors,
            published_at=self._published(meta, tree, doc, url, now, page_text, title, first_element),
            modified_at=parse_machine_date(meta.modified, self.default_tz, now),
            language=_identify(meta.language, text),
            text=text,
            description=_READ_MORE.sub("", plain_text(meta.description or doc.description or "")) or None,
            image=lead_image(page_url, meta.image) or lead_image(page_url, doc.image),  # doc's: read only if needed
            tags=page_tags(meta.tags or list(doc.tags or []) or list(doc.categories or [])),
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
        found = parse_machine_date(meta.published, self.default_tz, now) or submitted_date(tree, self.default_tz, now)
        found = with_own_offset(found, meta.published_elsewhere, self.default_tz, now)
        found = local_midnight(found, urlsplit(url).hostname or "", meta.language, self.default_tz)
        from_url = date_from_url(url, self.default_tz, now)
        if from_url is not None and (found is None or abs(found - from_url) > _URL_DATE_SLACK):
            if found is not None and prints_day(tree, meta.h1_element, found, self.default_tz, now):
                return found  # the page shows readers the structured day: the URL keeps the day it was first filed
            return from_url
        # A value given in UTC may fall on the next or previous day; the URL's
        # day is the newsroom's local day, the one the page printed.
        if from_url is not None and found is not None and found.utcoffset() == timedelta(0):
            return from_url if found.date() != from_url.date() else found
        # What follows the first <h1> is the story's header when that <h1> is the headline (here, a page
        # without a structured date has no day in its URL either: that returned above).
        headed = from_url is None and h1_is_headline(meta.h1, title)
        reads_printed = found is None or found.utcoffset() == timedelta(0)
        header = text_after_headline(tree, meta.h1_element) if headed or reads_printed else ""
        below = below_headline(header, meta.h1)  # where the dateline stands: its distance counts from here
        if headed and found is not None:
            shown = self._shown_dateline(below, meta.h1_element, now) or find_labelled_date(
                header, self.default_tz, now
            )
            if (
                shown is not None
                and abs(shown.date() - found.date()) > _DATELINE_SLACK
                and found.date() not in dated_lines(below, self.default_tz, now)  # printed too, after the update
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
                printed = find_worded_date(text_after_headline(tree, first_element), self.default_tz, now)
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
                    (m for m in slashed_moments(header, self.default_tz, now) if same_moment(found, m)), None
                )
            found = printed_day(found, printed)
        stamp = update_stamp(below, self.default_tz, now) if below and found is not None else None
        if found is not None and stamp is not None and found - stamp > ZONE_SPAN:
            # Updated ("Stand: 28.04.2020 18:00 Uhr") before it was published: the structured value is no
            # publication (a re-index, a copy's date); the story was out by the update's day at the latest.
            found = stamp
        if found is None:
            found = parse_machine_date(doc.date, self.default_tz, now)
            filed = month_from_url(url)
            if found is not None and filed is not None and (found.year, found.month) != filed:
                found = None  # htmldate's guess, outside the month the URL files the story under ("/2016/12/")
            if found is not None and (found.month, found.day) == (1, 1) and found.year in copyright_years(page_text()):
                found = None  # htmldate's last resort: the year of the page's "© 1998–2025 Noble Desktop", as 1 January
        return found

    def _shown_dateline(self, header: str, h1: Any, now: datetime | None) -> datetime | None:
        """The dateline under the headline (``header``: the text after it), else just above it."""
        return find_dateline(header, self.default_tz, now) or find_dateline(
            text_above_headline(h1), self.default_tz, now
        )


def _identify(declared: str | None, text: str) -> str | None:
    from pipelines import language  # py3langid and numpy: in the workers only (see ``Extractor.extract``)

    return language.identify(declared, text)


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
