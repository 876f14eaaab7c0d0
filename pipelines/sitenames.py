"""A site's names: its host's labels, and where a title names the site (at either end, spelt like the host,
abbreviated by it, glued to a CJK headline), so that titles and bylines can leave it out."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from pipelines.text import WIDE, WORD, compact_key, dominant_script, fold, squash, visual_length

# " | ", " - ", " – ", " — ", " · ", " • ", " » ", " › ", " :: ", " // " separate a headline from a site name;
# " ⋆ " too, one of the separators SEO plugins offer.
_TITLE_SEP = re.compile(r"\s+(?:[|–—·•»›~⋆]|-|::|//)\s+|\s*：\s*")  # "：", the full-width colon, needs no spaces
_LEADING_SEP = re.compile(r"^(?:[|–—·•»›~⋆]|//)\s+")  # "» Headline" left after a "Site // » Headline" split
# "Headline -": a template's separator whose site name is empty ("« quoted »" keeps its closing mark).
_TRAILING_SEP = re.compile(r"\s+(?:[|–—·•~⋆-]|::|//)$")
JAPANESE_LEGAL_FORM = "株式会社|有限会社"  # kabushiki kaisha, yūgen kaisha: before or after the company's name


def host_parts(url: str | None) -> list[str]:
    """The labels of a page's host, without "www": ["konflikty", "wp", "pl"]."""
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    return [label for label in host.split(".") if label]


def host_label(url: str | None) -> str:
    """The distinctive part of a page's host: "spiegel" for www.spiegel.de,
    "bbc" for www.bbc.co.uk. Site names are usually this label spelt out."""
    labels = host_parts(url)
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "news", "online")):
        labels.pop()  # "de", "co", "uk", "com", ...
    return compact_key(labels[-1]) if labels else ""


# What a site's name is followed by in the name of its web or mobile edition.
_EDITIONS = frozenset(
    {"online", "mobile", "mobil", "digital", "plus", "epaper", "e-paper", "app", "모바일", "モバイル", "電子版"}
)


def is_one_of(text: str, site_names: Iterable[str]) -> bool:
    """``text`` is one of ``site_names``, case, punctuation and spacing aside."""
    key, compact = fold(text), compact_key(text)
    return any(fold(name) and (key == fold(name) or compact_key(name) == compact) for name in site_names)


def is_site_name(text: str, site_names: Iterable[str], label: str = "") -> bool:
    """``text`` names the site: a known site name, or the host label spelt
    with spaces, dots or a suffix ("mdr.de", "VnExpress", "n-tv NACHRICHTEN")."""
    key = fold(text)
    if not key:
        return False
    if is_one_of(text, site_names):
        return True
    # The name and its edition ("대전일보 모바일", "Kurier Online"), or the name without the edition it is known by
    # ("日本経済新聞" on "日本経済新聞 電子版").
    for name in filter(None, map(fold, site_names)):
        if any(key in (f"{name} {edition}", name.removesuffix(f" {edition}")) for edition in _EDITIONS):
            return True
    # Up to four words, beginning or ending with the host label: a name, never a sentence.
    return len(label) >= 3 and len(key.split()) <= 4 and _label_at_edge(text, label)


_DOMAIN_ENDINGS = frozenset({"de", "at", "ch", "io", "fm", "tv", "eu", "com", "net", "org", "info", "online", "news"})


def _label_at_edge(text: str, label: str) -> bool:
    """``text`` starts or ends with the host ``label`` as a word of its own
    ("mdr.de", "n-tv NACHRICHTEN", "BILDplus"), not as the start or end of a
    longer word: "Krimiblogger" on krimiblog.de is a person's handle."""
    chars: list[tuple[str, str, bool]] = []  # (character, its folded form, preceded by a separator)
    gap = False
    for char in unicodedata.normalize("NFKC", text):
        if not char.isalnum():
            gap = True
            continue
        chars.append((char, char.casefold(), gap))
        gap = False

    def boundary(index: int) -> bool:  # a word ends before chars[index]
        if index in (0, len(chars)):
            return True
        return chars[index][2] or chars[index - 1][0].isupper() != chars[index][0].isupper()

    folded = [key for _, key, _ in chars]
    for end in range(1, len(chars) + 1):
        if "".join(folded[:end]) == label:
            return boundary(end) or "".join(folded[end:]) in _DOMAIN_ENDINGS  # "Interscenario": interscenar.io
    for start in range(len(chars) - 1, -1, -1):
        if "".join(folded[start:]) == label:
            return boundary(start)
    return False


def _looks_like_site(segment: str, rest: str, site_names: Iterable[str], label: str = "") -> bool:
    key = fold(segment)
    if not key:
        return True
    for name in site_names:
        name_key = fold(name)
        if name_key and (key == name_key or key in name_key or name_key in key):
            return True
    if is_site_name(segment, (), label) or _spells_initials(segment, label):
        return True
    # "عنوان الخبر – RT EN": a short tail in another script than the headline is a site name.
    words = key.split()
    return len(words) <= 3 and dominant_script(segment) != dominant_script(rest)


def _spells_initials(segment: str, label: str) -> bool:
    """The words of ``segment`` start with the letters of the host ``label``,
    three or more: the name the site's address abbreviates ("Preußische
    Allgemeine Zeitung" on paz.de, "Neue Zürcher Zeitung" on nzz.ch)."""
    words = ascii_words(segment)
    return len(label) >= 3 and len(words) == len(label) and "".join(word[0] for word in words) == label


_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)


def ascii_words(text: str, spelled: bool = False) -> list[str]:
    """``text``'s words case-folded, accents dropped (``spelled``: German
    umlauts and ß written out first, as "ae" and "ss", as slugs do)."""
    text = text.casefold()
    if spelled:
        text = text.translate(_SPELLINGS)
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return WORD.findall(plain)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug, the headline written into its path
    ("/2014/05/18/alles-neue-mach-der-mai/"); empty when the path has none (an
    id, a query, fewer than three words)."""
    segments = [unquote(s) for s in urlsplit(url or "").path.split("/")]
    slug = next((s for s in reversed(segments) if s.count("-") + s.count("_") >= 2), "")  # the last one in words
    words = [w for w in ascii_words(_PAGE_SUFFIX.sub("", slug).replace("_", " ")) if not w.isdigit() or len(w) < 5]
    return frozenset(words) if len(words) >= 3 else frozenset()  # long numbers are ids, not words


def _word_forms(text: str) -> set[tuple[str, str]]:
    """``text``'s words, each as written and with umlauts spelt out, as slugs
    and host names may have them ("gewässer": "gewasser", "gewaesser")."""
    return set(zip(ascii_words(text), ascii_words(text, spelled=True), strict=False))


def _spells(word: str, slug_word: str) -> bool:
    # A slug may inflect or cut a long word: "tabaksteuermodernisierungsgesetz" for "...gesetzes".
    return word == slug_word or (len(slug_word) >= 6 and word.startswith(slug_word))


def slug_match(parts: list[str], slug: frozenset[str]) -> float:
    """How well ``parts`` (title segments) spell the slug: the F1 of their words
    found in the slug and of the slug's words found among theirs."""
    forms = _word_forms(" ".join(parts))
    found = sum(1 for pair in forms if any(_spells(word, w) for word in pair for w in slug))
    covered = sum(1 for w in slug if any(_spells(word, w) for pair in forms for word in pair))
    if not found:
        return 0.0
    precision, recall = found / len(forms), covered / len(slug)
    return 2 * precision * recall / (precision + recall)


def _names_host(segment: str, host: str, site_names: Iterable[str], label: str) -> bool:
    """``segment`` names the site: as ``is_site_name`` says, or by a word of
    four letters or more that is part of the host name ("Der SeglerBlog aus
    Berlin" on seglerblog.de, "Gregory Szorc's Digital Home" on gregoryszorc.com)."""
    return is_site_name(segment, site_names, label) or any(
        len(word) >= 4 and word in host for pair in _word_forms(segment) for word in pair
    )


def _slug_segments(parts: list[str], slug: frozenset[str], host: str, site_names: list[str], label: str) -> list[str]:
    """The run of title segments the URL's slug spells ("Site | <headline>"
    with "/headline-in-words/"), when it spells them clearly better than the
    whole title, without the segments on either side only when they are the
    site's (``_site_side``): a slug is often a shortened headline, and what it
    leaves out may be the headline's own second half or kicker."""
    if len(parts) < 2 or not slug:
        return parts
    scores = {(i, j): slug_match(parts[i:j], slug) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
    whole = scores.pop((0, len(parts)))
    (i, j), best = max(scores.items(), key=lambda item: item[1])
    if best < 0.6 or best <= whole + 0.02:
        return parts
    if not _site_side(parts[:i], host, site_names, label):
        i = 0
    if not _site_side(parts[j:], host, site_names, label):
        j = len(parts)
    return parts[i:j]


def _site_side(parts: list[str], host: str, site_names: list[str], label: str) -> bool:
    """``parts``, what the slug leaves out on one side of the headline, are
    the site's: one names the host, and each is a name (five words at most:
    a site, a section, "Zoll online - Fachmeldungen"), not a sentence."""
    return any(_names_host(p, host, site_names, label) for p in parts) and all(len(WORD.findall(p)) <= 5 for p in parts)


# Which page of a story or thread this is ("<headline> - Page 3 - <forum>", "Seite 2 von 4").
_PAGE_NUMBER = re.compile(
    r"(?:page|seite|página|pagina|strona|sayfa|страница|pag\.|p\.)\s*\d+(?:\s*(?:of|von|de|di|/)\s*\d+)?",
    re.IGNORECASE,
)
_DAY_ONLY = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}")  # "23.01.2022", "2022-01-23"


_BRACKETED_TAIL = re.compile(r"\s*\[([^\[\]]{2,60})\]$")  # "<headline> [LWN.net]": what may be the site's name


def _names_the_site(text: str, site_names: list[str], label: str) -> bool:
    """``text`` is one of the site's names, or part of one ("Archive of Our Own" of "Archive of Our Own beta"),
    or its host spelt out."""
    key = fold(text)
    return is_site_name(text, site_names, label) or any(key and key in fold(name) for name in site_names)


# A byline as a title's segment: "By", then a name of one to four capitalised words.
_TITLE_BYLINE = re.compile(r"^(?i:by|von|par|por)\s+(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,4}$")


def strip_site_name(
    title: str, site_names: Iterable[str], label: str = "", slug: frozenset[str] = frozenset(), host: str = ""
) -> str:
    """Remove site-name prefixes and suffixes around a headline (``label``:
    the page's host label, see ``host_label``; ``slug``: the URL's slug words,
    see ``slug_words``, and ``host`` its host name in ``ascii_words`` form,
    which tell the headline's segments from the site's)."""
    names = _with_short_forms([n for n in site_names if n])
    title = _without_named_segments(_without_glued_names(squash(title), names), names)
    title = _without_address_before(title, names)
    tail = _BRACKETED_TAIL.search(title)
    if tail and tail.start() > 0 and _names_the_site(tail[1], names, label):
        title = title[: tail.start()]  # the site's name in brackets: "<headline> [Archive of Our Own]"
    parts = _slug_segments(_TITLE_SEP.split(title), slug, host, names, label)
    if len(parts) > 1 and _DAY_ONLY.fullmatch(parts[0]):
        parts.pop(0)  # the day the story ran ("23.01.2022 - <headline>")
    # The site's name as a middle segment: what follows it is its slogan or section ("<headline> - chadim.net -
    # Webdesign").
    middle = next((i for i in range(1, len(parts) - 1) if is_site_name(parts[i], names, label)), None)
    parts = parts[:middle] if middle is not None else parts
    segments = len(parts)
    while len(parts) > 1 and (
        _looks_like_site(parts[-1], " ".join(parts[:-1]), names, label) or _PAGE_NUMBER.fullmatch(parts[-1])
    ):
        parts.pop()
    if len({fold(p) for p in parts}) == 1:
        parts = parts[:1]  # the site and its page both named so ("Spring Boot :: Spring Boot")
    # The section names a CJK site sets between the headline and its name ("<headline> | 兩岸焦點 | 兩岸 | 經濟日報"),
    # once the name went: short segments after a headline many times longer.
    while (
        len(parts) < segments
        and len(parts) > 1
        and WIDE.search(parts[-1])
        and visual_length(parts[-1]) <= 12 < visual_length(parts[0]) // 2
    ):
        parts.pop()
    while len(parts) > 1 and is_site_name(parts[0], names, label):
        parts.pop(0)
    if len(parts) > 1 and _TITLE_BYLINE.match(parts[-1]):
        parts.pop()  # the writer's byline, set after the headline: "Life Is A Highway – By Lorraine Weightman"
    # Re-join with the original separators: take the matching span of the input.
    joined = squash(title)
    first, last = parts[0], parts[-1]
    start = joined.find(first)
    end = joined.rfind(last) + len(last) if len(parts) > 1 else start + len(first)
    kept = joined[start:end] if start >= 0 and end > start else " ".join(parts)
    return _without_blog_after_at(_TRAILING_SEP.sub("", _LEADING_SEP.sub("", kept)), names)


def _with_short_forms(names: list[str]) -> list[str]:
    """``names`` and the first part of each that holds a bar: the site's name before its slogan ("au Webポータル" of
    og:site_name "au Webポータル|最新のニュースをお届け！")."""
    short = [part for name in names if len(part := re.split(r"\s*[|｜]\s*", name)[0].strip()) >= 2 and part != name]
    return [*names, *short]


def _without_blog_after_at(title: str, names: list[str]) -> str:
    """``title`` without " @ " and a known site name after it, as a blog platform sets the blog's name
    ("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天" on PIXNET)."""
    head, at, blog = title.rpartition(" @ ")
    return head if at and head and blog in names else title


# A separator between a <title>'s segments, a spaced colon too ("<headline> : <site> | <slogan>").
_SEGMENT_SEP = r"\s+(?:[|–—·•»›~⋆:]|-|::|//)\s+"
_SEGMENT_SEPS = re.compile(_SEGMENT_SEP)


_HOST_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)  # a site named by its address


def _without_address_before(title: str, names: list[str]) -> str:
    """``title`` without a site's name written as its address before the
    headline, with no separator ("davidbau.com Vibe Coding"): a space, then
    two words or more. With a separator ("gipfelbuch.ch - Outdoornews - ...")
    the segments decide."""
    for name in filter(_HOST_NAME.match, names):
        rest = title[len(name) + 1 :] if title[: len(name) + 1].casefold() == f"{name} ".casefold() else ""
        if rest[:1].isalnum() and len(rest.split()) >= 2:
            return rest
    return title


def _without_named_segments(title: str, names: list[str]) -> str:
    """``title`` without a known site name that is a whole segment of it,
    nor what follows that name (its slogans: "<headline> : Krimiblog-Archiv |
    Ermittlungen zum Verfall eines Genres | Gegründet 2005"), nor a site name
    containing separators that starts it ("deutsche zocker schinken e.V. -
    Neuigkeiten » <headline>")."""
    if len(_SEGMENT_SEPS.findall(title)) < 2:
        return title  # a name between two segments, or one holding a separator before the headline: two at least
    folded = title.casefold()
    for name in sorted((n for n in names if len(n) >= 4 and squash(n).casefold() in folded), key=len, reverse=True):
        start, inner = _named_segment(squash(name))
        opening = start.match(title) if start is not None else None
        if opening and len(title[opening.end() :].split()) >= 2:
            title = title[opening.end() :]  # a name holding a separator, which the segments would cut apart
        middle = inner.search(title)
        if middle and len(title[: middle.start()].split()) >= 2:
            title = title[: middle.start()]  # the name, then its slogans (a name at the end is left to the segments)
    return title


@functools.lru_cache(maxsize=256)
def _named_segment(name: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """The patterns for ``name`` opening a <title> (only a name that holds a
    separator) and for ``name`` as a middle segment; compiled once per site."""
    escaped = re.escape(name)
    start = re.compile(rf"{escaped}{_SEGMENT_SEP}(?=\S)", re.IGNORECASE) if re.search(_SEGMENT_SEP, name) else None
    return start, re.compile(rf"{_SEGMENT_SEP}{escaped}(?={_SEGMENT_SEP})", re.IGNORECASE)


# A bar or dash set without spaces, as Chinese, Japanese and Korean titles join their parts ("…커졌다-정치ㅣ한국일보",
# the Hangul letter ㅣ standing for a bar; "NEWS WEB EASY|子ども…").
GLUED_SEP = "|｜ㅣ\\-–—_·"


def _without_glued_names(title: str, names: list[str]) -> str:
    """A CJK or Korean ``title`` without a known site name glued to either end
    by an unspaced separator, nor a short section name glued before a trailing
    one ("-정치"). Latin titles are left alone: "Kiel-Nord" is no site "Nord"."""
    if not WIDE.search(title):
        return title
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or len(name) >= len(title):
            continue
        end = re.search(rf"(?<=\S)(?:[{GLUED_SEP}][^\s{GLUED_SEP}]{{1,4}})?[{GLUED_SEP}]\s*{re.escape(name)}$", title)
        if end:
            return title[: end.start()]
        start = re.match(rf"{re.escape(name)}\s*[{GLUED_SEP}](?=\S)", title)
        if start:
            return title[start.end() :]
    # A Chinese site names itself "…网" ("net"), "…网站" or "…官网" ("website", "official website"), glued after the
    # headline, perhaps after a section: "-新华网", "--时政--人民网". Named nowhere else on the page, it is the site's.
    # A Japanese company's name, glued on the same way: "…マウスを発売。｜サンワサプライ株式会社".
    end = _CHINESE_SITE.search(title) or _JAPANESE_COMPANY.search(title)
    return title[: end.start()] if end else title


_CHINESE_SITE = re.compile(
    rf"(?<=\S)(?:[{GLUED_SEP}]+[^\s{GLUED_SEP}]{{1,6}})?[{GLUED_SEP}]+[\u4e00-\u9fff]{{1,10}}"
    r"(?:[网網](?:资讯|新闻|频道)?|网站|網站|官网|官網)$"  # "_凤凰网资讯", "_中国载人航天官方网站", "--…学会官网"
)
_JAPANESE_COMPANY = re.compile(
    rf"(?<=\S)[{GLUED_SEP}]+\s*(?:(?:{JAPANESE_LEGAL_FORM})[^\s{GLUED_SEP}]{{1,20}}"
    rf"|[^\s{GLUED_SEP}]{{1,20}}(?:{JAPANESE_LEGAL_FORM}))$"
)


def path_sections(url: str | None) -> frozenset[str]:
    """The folded words of the URL's path segments before its last: the sections a story is filed under
    ("district" in /district/343604)."""
    segments = [unquote(s) for s in urlsplit(url or "").path.split("/") if s][:-1]
    return frozenset(fold(s.replace("-", " ").replace("_", " ")) for s in segments if not s.isdigit())


def without_section(title: str, sections: frozenset[str]) -> str:
    """``title`` without a last segment that names the section the URL files the story under ("<headline> |
    District" at /district/343604); one or two words, after a headline of more."""
    segments = title_segments(title)
    last = segments[-1] if len(segments) > 1 else ""
    if not last or fold(last) not in sections or len(last.split()) > 2:
        return title
    joined = squash(title)  # as the segments were split from it
    kept = _TRAILING_SEP.sub("", joined[: joined.rfind(last)].rstrip())
    return kept if len(kept.split()) > 2 else title


def title_segments(title: str) -> list[str]:
    """The parts of a <title> its separators set apart ("<headline> | <site>")."""
    return [part for part in _TITLE_SEP.split(squash(title)) if part]
