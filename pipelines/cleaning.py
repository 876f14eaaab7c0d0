"""Cleaning of extracted body paragraphs: the header's lines at the top, known leftovers, share bars and the
paragraphs after a paywall's stop.

Everything here is a pure function of strings, so it is tested without pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.authors import BYLINE_PREFIX, before_date, is_byline, is_dated_byline
from pipelines.dates import is_date_line, is_dated_header_line, is_time_line, is_update_line
from pipelines.names import NAME_LIST
from pipelines.text import fold, squash


def _is_heading_copy(key: str, headings: set[str], line: str = "") -> bool:
    """The paragraph (``line``, folded ``key``) repeats the headline, perhaps
    with a site-name tail; not a lede that starts with the headline's words and
    goes on as a sentence ("Council approves the harbour budget after a long night.")."""
    if key in headings:
        return True
    sentence = line.rstrip().endswith((".", "!", "?"))
    return any(
        h and key.startswith(h) and len(key) - len(h) < 25 and not (sentence and len(key[len(h) :].split()) >= 2)
        for h in headings
    )


# Share buttons' networks and the other words of their row ("Facebook X Pinterest Linked in Tumblr Reddit Copy URL"),
# folded.
_NETWORKS = frozenset(
    {
        "facebook", "twitter", "pinterest", "linkedin", "tumblr", "reddit", "whatsapp", "telegram", "xing",
        "flipboard", "weibo", "wechat", "kakaotalk", "naver", "bluesky", "mastodon",
    }
)  # fmt: skip
_SHARE_BAR_WORDS = _NETWORKS | {
    "x", "linked", "in", "messenger", "threads", "pocket", "vk", "kakao", "line", "band", "email", "e", "mail",
    "copy", "url", "link", "share", "teilen", "partager", "compartir", "condividi", "print", "drucken", "imprimer",
    "imprimir", "sms", "more", "mehr",
}  # fmt: skip


def is_share_bar(line: str) -> bool:
    """``line`` is a row of share buttons: only their words, two networks or more."""
    if len(line) > 200:  # a row of buttons is short; most paragraphs are not read further
        return False
    words = fold(line).split()
    return all(word in _SHARE_BAR_WORDS for word in words) and len(_NETWORKS.intersection(words)) >= 2


# A letter or a digit, in any script, or a bracket or operator of a code listing ("}", "});", ">>>"): what a
# paragraph holds unless it is separators and marks left without text ("| |", "|---|---|", "-", "...", "„").
_SAYS_SOMETHING = re.compile(r"[^\W_]|[{}()\[\];<>=]")


def clean_paragraphs(
    text: str,
    headings: Iterable[str | None],
    boilerplate: frozenset[str],
    authors: Iterable[str] = (),
    remove: Iterable[re.Pattern[str]] = (),
    stop: Iterable[re.Pattern[str]] = (),
) -> list[str]:
    """Body paragraphs without the repeated headline, date and byline lines at
    the top, without whole-paragraph boilerplate ("Source link", ...), without
    paragraphs matching one of ``remove`` (a source's own patterns), and
    without the first paragraph matching one of ``stop`` and all after it (a
    paywall's "To continue reading, subscribe" and the offer below it; as
    the first paragraph, only the line goes: what follows may be the story)."""
    heading_keys = {fold(h) for h in headings if h}
    author_keys = {fold(a) for a in authors}
    patterns = tuple(remove)
    paragraphs = _without_closing_link_list(
        [_one_cells_text(squash(line)) for line in text.splitlines()], boilerplate, patterns
    )
    paragraphs = [
        p
        for p in paragraphs
        if p
        and _SAYS_SOMETHING.search(p)
        and not is_leftover(p, boilerplate, patterns)
        and not is_update_line(p)
        and not is_share_bar(p)
    ]
    # Only the first lines can be the page header trafilatura picked up with the
    # body; the last paragraph stays: a body that is all "header" (a brief whose
    # one paragraph is also its standfirst) is still the article.
    # A section's label or a kicker, then the headline: twice where a topic's label and the headline follow again
    # ("World", <headline>, "Topic: ...", <headline>).
    while labels := _labels_before_headline(paragraphs, heading_keys):
        del paragraphs[:labels]
    while len(paragraphs) > 1:
        head = paragraphs[0]
        key = fold(head)
        if (
            _is_heading_copy(key, heading_keys, head)
            or is_byline(head, author_keys)
            or is_dated_byline(head, author_keys)
            or is_date_line(head)
            or is_time_line(head)
            or is_dated_header_line(head)
            or _is_taxonomy(head)
        ):
            paragraphs.pop(0)
            continue
        break
    # The post's tags or categories, printed after the story ("Tags: gender diversity, VC"), are the footer's.
    while len(paragraphs) > 1 and _is_taxonomy(paragraphs[-1]):
        paragraphs.pop()
    # Under a kicker or a teaser the header's byline and date may follow: the second and third lines go when they
    # are a byline that names the story's author ("Von Anna Sleegers, Frankfurt" under the teaser), or a date alone
    # under a kicker ("Gas", "US-Dream-Team wird immer besser"); under a sentence, a date is the story's.
    kicker = bool(paragraphs) and not paragraphs[0].rstrip().endswith((".", "!", "?", "…"))
    paragraphs = (
        paragraphs[:1]
        + [
            p
            for p in paragraphs[1:3]
            if not (
                (kicker and is_date_line(p)) or _credits_an_author(p, author_keys) or _names_the_authors(p, author_keys)
            )
        ]
        + paragraphs[3:]
    )
    return _until_stop(_with_datelines_joined(without_repeated_runs(paragraphs)), tuple(stop))


# The post's categories or tags, as the header prints them above the story ("Kategorie: News", "- Categories: Data,
# Science") or the footer after it; only there: a story may list its own ("Kategorie: Kinderbuch" in a list of
# awards).
_TAXONOMY = re.compile(
    r"^[-•·*\s]*(?:categor(?:y|ies)|tags?|tagged|filed under|posted in|kategorien?|schlagw[öo]rter|catégories?"
    r"|categorías?|etiquetas|rubriek|rubrik)\s*:",
    re.IGNORECASE,
)
_TAXONOMY_CHARS = 150


def _is_taxonomy(line: str) -> bool:
    """``line`` is a short line of the post's categories or tags (see ``_TAXONOMY``)."""
    return len(line) <= _TAXONOMY_CHARS and _TAXONOMY.match(line) is not None


_LABEL_CHARS = 50
_LABELS_BEFORE = 2  # a section's name and a kicker; three short lines are a summary's points


def _labels_before_headline(paragraphs: list[str], heading_keys: set[str]) -> int:
    """How many of the first ``paragraphs`` are the header's: short labels (a section's name, a kicker, a topic:
    "World", "MIDDLE EAST CRISIS", "Topic: Global consequences of Japanese quake") and then the headline's copy;
    0 unless the copy follows such labels within the first lines and a paragraph follows it. The copy must be
    exact: under a label, a line that starts with the headline's words may be a section's heading ("蔡健雅早年经历",
    "Cai Jianya's early years", in an encyclopedia's article on her)."""
    for index, line in enumerate(paragraphs[: _LABELS_BEFORE + 1]):
        if index and index < len(paragraphs) - 1 and fold(line) in heading_keys:
            return index + 1
        if len(line) > _LABEL_CHARS or line.rstrip().endswith((".", "!", "?", "…", ",", ";")):
            return 0
    return 0


_CELL_BAR = re.compile(r"(?<!\\)\|")  # trafilatura escapes a bar in a cell's text ("\\|")


def _one_cells_text(line: str) -> str:
    """A table's row (trafilatura's "| a | b |") with a single cell that says something, as that cell's text: a
    layout table's box ("| | Beate und Norbert Olschewski ... | |", "| Image: Thinkstock |") is no data."""
    if not (line.startswith("|") and line.endswith("|")) or len(line) < 3:
        return line
    cells = [cell.strip() for cell in _CELL_BAR.split(line[1:-1])]
    filled = [cell for cell in cells if cell]
    return filled[0].replace("\\|", "|") if len(filled) == 1 else line


def _credits_an_author(line: str, author_keys: set[str]) -> bool:
    """``line`` is a byline's label and one of the story's authors, perhaps with a place or a date after a comma."""
    label = BYLINE_PREFIX.match(line)
    if not label or len(line) > 120:
        return False
    named = fold(before_date(line[label.end() :]).split(",")[0])
    return any(named == key or named.startswith(f"{key} ") for key in author_keys if key)


def _names_the_authors(line: str, author_keys: set[str]) -> bool:
    """``line`` is the story's authors' names and nothing else ("Mathatisi Sebusi/Mohalenyane Phakela")."""
    return bool(author_keys) and len(line) <= 120 and {fold(part) for part in NAME_LIST.split(line)} == author_keys


# A dateline the page set apart from the paragraph it opens: a capitalised place and a dash ("WASHINGTON —",
# "Bergisch Gladbach -").
_DATELINE_ALONE = re.compile(r"^[A-ZÀ-Ý][\w .'’-]{1,30}\s+[-–—]$")


def _with_datelines_joined(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with a dateline set apart joined to the paragraph after it, as readers see it: "WASHINGTON —
    The Senate voted ..."."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _DATELINE_ALONE.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


# A run of paragraphs printed again later in the text is a second copy (business-standard.com and chron.com printed
# their stories twice): a run of three paragraphs at least, long, and of prose (100 characters a paragraph on
# average). Not a song's refrain, nor the short lines a list repeats from one part of the story to the next (the
# same meals in each of a meal plan's menus).
_REPEATED_RUN_PARAGRAPHS = 3
_REPEATED_RUN_CHARS = 400
_REPEATED_RUN_PARAGRAPH_CHARS = 100


def without_repeated_runs(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the later copies of a run of them printed twice (see ``_REPEATED_RUN_PARAGRAPHS``):
    the first copy stays where it was."""
    first: dict[str, int] = {}
    kept: list[str] = []
    index = 0
    while index < len(paragraphs):
        start = first.get(paragraphs[index])
        length = 0
        if start is not None:
            while (
                index + length < len(paragraphs)
                and start + length < index
                and paragraphs[start + length] == paragraphs[index + length]
            ):
                length += 1
        run = paragraphs[index : index + length]
        chars = sum(map(len, run))
        if (
            length >= _REPEATED_RUN_PARAGRAPHS
            and chars >= _REPEATED_RUN_CHARS
            and chars >= _REPEATED_RUN_PARAGRAPH_CHARS * length
        ):
            index += length
            continue
        first.setdefault(paragraphs[index], index)
        kept.append(paragraphs[index])
        index += 1
    return kept


# The heading of a list of other stories ("Recommended for You", "You might also like", "Most read"), beside the
# leftover lines and "read also" lead-ins a source or the settings name.
_LINK_LIST_HEADING = re.compile(
    r"(?i)^(?:recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy)"
    r"|more (?:stories|news|articles|headlines)(?: from .{1,40})?|most (?:read|popular|viewed|shared)"
    r"|popular (?:stories|posts|articles)|trending(?: now| stories)?|top stories|latest (?:news|stories))\W*$"
)
_LIST_ITEM = re.compile(r"^[-•·*]\s")
_LINK_LIST_HEADING_CHARS = 60


def _without_closing_link_list(
    paragraphs: list[str], boilerplate: frozenset[str], patterns: tuple[re.Pattern[str], ...]
) -> list[str]:
    """``paragraphs`` without the list of other stories that ends them: a short heading (a leftover, a "read also"
    lead-in or ``_LINK_LIST_HEADING``) followed, to the end, by list items only, two at least ("Recommended for
    You" and twenty teasers under a Yahoo News story). A list after any other line is the story's."""
    items = 0
    for index in range(len(paragraphs) - 1, -1, -1):
        paragraph = paragraphs[index]
        if not paragraph:
            continue
        if _LIST_ITEM.match(paragraph):
            items += 1
            continue
        heading = len(paragraph) <= _LINK_LIST_HEADING_CHARS and (
            bool(_LINK_LIST_HEADING.match(paragraph)) or is_leftover(paragraph, boilerplate, patterns)
        )
        return paragraphs[:index] if heading and items >= 2 else paragraphs
    return paragraphs


def is_leftover(paragraph: str, boilerplate: frozenset[str], patterns: Iterable[re.Pattern[str]]) -> bool:
    """``paragraph`` is a known leftover (``boilerplate_keys``) or matches one of the ``patterns`` to remove."""
    return fold(paragraph) in boilerplate or any(pattern.search(paragraph) for pattern in patterns)


def _until_stop(paragraphs: list[str], stop: tuple[re.Pattern[str], ...]) -> list[str]:
    for index, paragraph in enumerate(paragraphs):
        if any(pattern.search(paragraph) for pattern in stop):
            return paragraphs[:index] if index else paragraphs[1:]
    return paragraphs


def boilerplate_keys(lines: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(line) for line in lines if fold(line))
