"""The headline: the best of a page's titles (JSON-LD ``headline``, ``og:title``, the ``<h1>``, the
``<title>``), without the site's name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from pipelines.sitenames import (
    GLUED_SEP,
    ascii_words,
    host_label,
    is_one_of,
    is_site_name,
    path_sections,
    slug_match,
    slug_words,
    strip_site_name,
    title_segments,
    without_section,
)
from pipelines.text import WIDE, compact_key, fold, squash


def _is_section_segment(title: str | None, text: str) -> bool:
    """``text`` is a middle segment of ``title``, after a first segment of more words: the section an <h1> names
    ("Wales News" in "<headline> - Wales News - News - WalesOnline", "National News" on independent.ie)."""
    parts = [fold(part) for part in title_segments(title or "")]
    key = fold(text)
    return len(parts) >= 3 and key in parts[1:-1] and len(parts[0].split()) > max(3, len(key.split()))


def _is_last_segment(title: str | None, text: str, site_names: list[str], label: str) -> bool:
    """``text`` is the last of several separated segments of ``title``, where
    a site names itself ("<headline> | <site>"), and not the longest of them:
    "News - <headline>" ends with the headline, and so does a title whose
    first segment is the site's ("O'Reilly Japan - Head First ..."). In a
    Chinese or Japanese title, also glued on after a bar or an underscore
    ("这个约会软件…_智能_好奇心日报")."""
    segments = title_segments(title or "")
    parts = [fold(p) for p in segments]
    if len(parts) > 1 and fold(text) == parts[-1]:
        return len(parts[-1].split()) <= max(len(p.split()) for p in parts[:-1]) and not is_site_name(
            segments[0], site_names, label
        )
    glued = squash(title or "")
    return (
        bool(WIDE.search(glued))
        and 2 * len(text) < len(glued)
        and bool(re.search(rf"(?<=\S)[{GLUED_SEP}]{re.escape(squash(text))}$", glued))
    )


def _reworded(title: str, visible: str) -> bool:
    """``visible`` is ``title`` worded differently for the page: neither holds
    the other, and a third or more of the visible headline's words (those of
    four letters or more: "und", "the" and "de" say nothing) are in ``title``:
    two at least, or all it has ("Blockhaus 3"), since a site's name set as
    the <h1> may share one word with a headline ("Harbour Radio"). Not all of
    them in a new order, though: that is a kicker set after the headline."""
    outer, inner = fold(title), fold(visible)
    if not outer or not inner or outer in inner or inner in outer:
        return False
    said, shown = _content_words(outer), _content_words(inner)
    shared = len(said & shown)
    return shown != said and 3 * shared >= len(shown) > 0 and (shared >= 2 or shared == len(shown))


def _site_and_slogan(og_title: str | None, html_title: str | None, names: list[str], label: str, visible: str) -> bool:
    """``og:title`` is the site's own title, the same on every page: the
    site's name first, then its slogan ("noticia al dia | Noticias de
    Maracaibo y Sucesos del Zulia ..."), as the <title> has it, and none of
    its words is in the visible headline of four words or more."""
    segments = title_segments(og_title or "")
    if len(segments) < 2 or fold(og_title or "") != fold(html_title or "") or len(visible.split()) < 4:
        return False
    if not is_site_name(segments[0], names, label):
        return False
    slogan = _content_words(fold(" ".join(segments[1:])))
    return bool(slogan) and not slogan & _content_words(fold(visible))


def _content_words(folded: str) -> set[str]:
    return {word for word in folded.split() if len(word) >= 4}


def _adds_to(structured: str, visible: str) -> bool:
    """``structured`` is the visible headline with a kicker or tail added
    ("Covid-19: <headline>", "<headline>: die Erklärung")."""
    outer, inner = fold(structured), fold(visible)
    return len(inner.split()) >= 2 and outer != inner and (outer.startswith(inner) or outer.endswith(inner))


# A newsroom's department: a label above every story of it, not part of a headline ("Chronik: <headline>").
# (_SECTION_NAMES, below, is another list: what a template gives as the whole title of a section's pages.)
_DEPARTMENTS = frozenset(
    {
        "chronik", "politik", "wirtschaft", "sport", "kultur", "panorama", "inland", "ausland", "lokales", "meinung",
        "news", "world", "business", "opinion", "politics", "sports", "culture", "local",
    }
)  # fmt: skip


def _kicker_before(structured: str, visible: str) -> bool:
    """``structured`` is a kicker of four words or fewer, a colon, then the
    visible headline ("Nach Gaetz-Rückzug: Trump-Anwältin soll
    Justizministerin werden" over the <h1>'s "Trump-Anwältin soll ..."), and
    the kicker is no department's name ("Chronik:")."""
    whole, shown = squash(structured), squash(visible)
    kicker = whole[: len(whole) - len(shown)].rstrip() if whole.endswith(shown) else ""
    return kicker.endswith(":") and len(kicker.split()) <= 4 and fold(kicker[:-1]) not in _DEPARTMENTS


def _unkicked(said: str, card: str, visible: str) -> bool:
    """The JSON-LD headline (``said``) is the visible <h1> without its kicker,
    where ``og:title`` (``card``) gives the <h1> whole ("Musik-Stars fordern
    ..." under the <h1> "Nutzerbasierte Abrechnung: Musik-Stars fordern ..."):
    readers and the sharing card see the kicker, so the headline has it. All
    three as ``best_title`` cleans them."""
    return bool(said and visible) and fold(card) == fold(visible) and _kicker_before(visible, said)


def _glued_to_site(structured: str, visible: str, names: list[str]) -> bool:
    """``structured`` is the visible headline and a name the page gives the
    site, set beside it with no separator ("Trails GHORBA" over "Trails")."""
    shown = fold(visible)
    return any(fold(structured) in (f"{shown} {fold(n)}", f"{fold(n)} {shown}") for n in names)


_SUBTITLE = re.compile(r"(?::|\s+[–—-])\s+\S+\s+\S")  # ": Room-by-Room Breakdown", " – My Favorites!"


def _subtitled(structured: str, visible: str) -> bool:
    """``visible`` is ``structured``, a separator, then two words or more: the headline with its subtitle."""
    rest = visible[len(structured) :] if visible.startswith(structured) else ""
    return bool(_SUBTITLE.match(rest))


# A section's or page type's name, folded: what a template puts in og:title or <title> of every page.
_SECTION_NAMES = frozenset(
    {
        "home", "homepage", "startseite", "news", "aktuelles", "aktuell", "neuigkeiten", "nachrichten", "blog",
        "presse", "pressemitteilungen", "pressemitteilung", "medienmitteilungen", "medienmitteilung", "press",
        "press releases", "press release", "about", "about us", "über uns", "willkommen", "welcome", "accueil",
        "actualités", "noticias", "inicio", "notizie", "artikel", "article", "beitrag", "page", "untitled",
        "portada", "notícias", "início", "nieuws", "aktualności", "wiadomości", "главная", "новости", "anasayfa",
        "ana sayfa", "haberler", "الرئيسية", "أخبار", "اخبار", "خانه", "首页", "新闻", "ホーム", "ニュース",
    }
)  # fmt: skip
_PLAIN_MARKS = str.maketrans(
    {**dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟″«»", '"'), **dict.fromkeys("‐‑‒–—―", "-")}
)


def _cut_short(headline: str | None, og_title: str | None, h1: str | None) -> bool:
    """The JSON-LD ``headline`` is the start of the headline that ``og:title``
    and the visible <h1> both give whole: cut to a length limit (Google once
    asked for 110 characters), mid-sentence. Without an <h1> to agree, the
    headline stops at that limit and ``og:title`` goes on past it with more
    words of its sentence, not a separator and the site's name ("... Find
    Solutions (Including" for "... (Including One Universal Trick That 9/10
    Works) - Emily Henderson")."""
    if not (headline and og_title):
        return False
    short, whole = fold(headline), fold(og_title)
    if not short or short == whole or not whole.startswith(short):
        return False
    if h1:
        return whole == fold(h1)
    said, card = squash(headline), squash(og_title)
    rest = card[len(said) :] if card.startswith(said) else ""
    return len(said) <= _HEADLINE_LIMIT < len(card) and rest[:1] == " " and rest[1:2].isalnum()


_HEADLINE_LIMIT = 110  # characters: where SEO plugins cut a JSON-LD headline


# A URL's slug where a title belongs ("adac-kindersitztest-herbst-2018" as og:title): three parts or more, so a
# brand written with a hyphen ("pix-bavaria") is not one.
_URL_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){2,}$")


def _stray(headline: str | None, og_title: str | None, h1: str | None) -> bool:
    """The JSON-LD ``headline`` shares no word with ``og:title`` and the
    visible <h1>, which share words with each other: a CMS's placeholder
    ("escenic") or another item's, not this story's headline; or it is a
    description, sentences where ``og:title`` and the <h1> agree on a headline."""
    if not (headline and og_title and h1):
        return False
    if fold(og_title) == fold(h1) != fold(headline) and _DESCRIPTION.match(headline.strip()):
        return True  # a description given as the headline: "Take a look at the top tools ... fits your needs."
    said, card, shown = _content_words(fold(headline)), _content_words(fold(og_title)), _content_words(fold(h1))
    return bool(said) and not said & (card | shown) and bool(card & shown)


# Sentences, not a headline: more than one, or one of twelve words or more ending with a full stop.
_DESCRIPTION = re.compile(r"^(?:(?:\S+\s+){11,}\S*[^.\s]\.|.+[^.\s][.!?]\s+\S.*[^.\s]\.)$")


# A quotation: its marks on both sides ("«" alone may be a separator before the site's name: "… « SPREEBLICK").
_QUOTED = re.compile(r"""^["“„«‘'][^"“”„«»‘’']+["”“»’']""")


def _whole_of(title: str, others: list[str]) -> str:
    """``title`` as another of the page's titles gives it whole, when it is
    that title cut short: with an ellipsis ("... for Hong Kong leader..."),
    or at a quotation mark the page's markup left unescaped, which ended the
    attribute (``content="... a Biden de "incapacitado""``)."""
    stem = squash(title)
    ellipsis = stem.endswith(("...", "…"))
    stem = stem.rstrip(".…").rstrip() if ellipsis else stem
    for other in map(squash, others):
        if len(other) > len(stem) and other.startswith(stem) and other != squash(title):
            rest = other[len(stem) :].lstrip()
            if ellipsis or _QUOTED.match(rest):
                return other
    return title


def _plain(text: str) -> str:
    """``text`` with typographic quotes, apostrophes and dashes as plain ones,
    case-folded, without a Markdown heading's marks before it ("## Hyper-Local
    ...") or quotation marks around the whole of it (a template's
    ``"headline": "\\"What is Git?\\""``): equal for two spellings of one headline."""
    plain = squash(unicodedata.normalize("NFKC", text).translate(_PLAIN_MARKS).casefold())
    plain = _MARKDOWN_HEADING.sub("", plain)
    quoted = len(plain) > 2 and plain[0] == plain[-1] == '"' and '"' not in plain[1:-1]
    return plain[1:-1].strip() if quoted else plain


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# A Japanese headline's note on its picture: "…トランプ戦術の成否（写真＝ロイター）" ("photo: Reuters").
_PHOTO_NOTE = re.compile(r"\s*[（(]写真[＝=:：は][^（）()]{1,40}[）)]$")


def best_title(
    headline: str | None,
    h1: str | None,
    html_title: str | None,
    fallback: Callable[[], str | None] | None,
    site_names: list[str],
    og_title: str | None = None,
    url: str | None = None,
) -> str | None:
    """The headline, site names removed: the page's visible <h1> when the
    structured title (JSON-LD ``headline``, else ``og:title``) only adds a
    kicker or tail to it (not where the JSON-LD ``headline`` and ``og:title``
    agree on a kicker with a colon before it: the publisher's headline has it;
    and a JSON-LD ``headline`` that leaves out the kicker the <h1> and
    ``og:title`` show gives way), or when there is no JSON-LD headline and
    ``og:title`` words the <h1>'s story differently; else the structured
    title; else the <h1> when the <title> holds it or words it differently;
    else the <title>; else the title ``fallback`` finds
    elsewhere (called only when needed);
    else the <h1>. Whichever is chosen, the <h1>'s spelling wins when the two
    differ only in quotes, dashes and case. An <h1> that names the site (the <title>'s last segment, or
    the host) is a blog's or site's banner."""
    label, slug = host_label(url), slug_words(url)
    host = "".join(ascii_words(urlsplit(url or "").hostname or ""))
    names = [n for n in site_names if n]
    if (
        h1
        and (
            is_site_name(h1, names, label)
            or _is_last_segment(html_title, h1, names, label)
            or _is_section_segment(html_title, h1)
        )
        and not any(fold(h1) == fold(t or "") for t in (headline, og_title))
        # Not where the page has no other title and the URL spells the <h1>: a headline, not the site's banner
        # ("Linux Engineer's random thoughts - awk driven IoT" at /awk-driven-iot.html).
        and (headline or og_title or slug_match([h1], slug) < 0.8)
    ):
        names.append(h1)  # a blog's or site's name set as the <h1> of every page
        h1 = None

    sections = path_sections(url)

    def clean(text: str | None) -> str:
        text = _MARKDOWN_HEADING.sub("", text.strip()) if text else ""  # "## Hyper-Local ...": Markdown left in
        text = _PHOTO_NOTE.sub("", strip_site_name(text, names, label, slug, host)) if text else ""
        return without_section(text, sections) if sections and text else text

    visible, card = clean(h1), clean(og_title)
    if (
        _cut_short(headline, og_title, h1)
        or _stray(headline, og_title, h1)
        or _unkicked(clean(headline), card, visible)
    ):
        headline = None
    said = clean(headline)
    # Not the site's name alone ("Robomow" as every page's og:title) where the page has an <h1>.
    structured = [
        t for t in (said, card) if t and not _URL_SLUG.match(t) and not (visible and _only_site(t, names, label))
    ]
    declared = bool(said) and fold(said) == fold(card)
    if (
        visible
        and structured
        and not (declared and _kicker_before(structured[0], visible))
        and (_adds_to(structured[0], visible) or _glued_to_site(structured[0], visible, names))
    ):
        return visible
    if visible and structured and not said and _subtitled(structured[0], visible):
        # The <h1> goes on after og:title's words with a subtitle ("House Renovation Costs in the Bay Area:
        # Room-by-Room Breakdown"): the sharing card's short form of the headline readers see.
        return visible
    if visible and structured and not said and _reworded(structured[0], visible):
        # og:title, no JSON-LD headline: the sharing card's wording, where
        # readers see the <h1> ("Nachhaltiger leben" for "Nachhaltig leben").
        return visible
    if visible and structured and not said and _site_and_slogan(og_title, html_title, names, label, visible):
        return visible
    candidates = [*structured]
    page_title = clean(html_title)
    if visible and page_title and _only_site(page_title, names, label):
        page_title, html_title = "", None  # the site's name alone ("Integralist"): every page's <title>
    if visible and (
        not html_title
        or fold(visible) in fold(html_title)
        or fold(html_title) in fold(visible)
        or _cut_from(page_title, visible)
        or _reworded(page_title, visible)
    ):
        candidates.append(visible)
    candidates.append(page_title)
    found = next((c for c in candidates if c), None)
    found = _whole_of(found, [visible, page_title]) if found else found
    if found is None and fallback is not None:
        found = clean(fallback()) or None
    if found and fold(found) in _SECTION_NAMES and visible and fold(visible) not in _SECTION_NAMES:
        return visible  # "Pressemitteilungen", "Home": the template's title for every page of a section
    if found and found.isupper():
        # An <h1> typed in capitals ("WEEKEND<br>CODING<br>AGENT") where the metadata spells it in mixed case.
        found = next(
            (t for t in (*structured, page_title) if t and not t.isupper() and _plain(t) == _plain(found)), found
        )
    if found and visible and _plain(found) == _plain(visible) and not (visible.isupper() and not found.isupper()):
        # The same headline: spelt as readers see it, where the metadata often
        # has plain quotes and hyphens for the page's „…“, ’ and –; but not
        # set in capitals where the metadata has it in mixed case.
        return visible
    return found or visible or None


def _only_site(title: str, site_names: list[str], label: str) -> bool:
    """``title`` is the site's name and nothing else: a site name the page
    gives, or the host label ("Integralist" on integralist.co.uk). Not a
    name with more words ("Axios Future", a newsletter's)."""
    return compact_key(title) == label or is_one_of(title, site_names)


def _cut_from(title: str, h1: str) -> bool:
    """``title`` is the start of the ``h1`` cut inside a word: "... monitor,
    laptop, and k" for "... laptop, and keyboard (checklist)"."""
    return bool(title) and len(h1) > len(title) and h1.startswith(title) and h1[len(title)].isalnum()
