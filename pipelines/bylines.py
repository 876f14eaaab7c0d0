"""The story's authors as the page prints them, where its metadata names none or only part of them: a byline
under the headline, a name beside the dateline, a signature, an author box, a Chinese page's reporters and
editors, a personal site's owner; trafilatura's names checked against the page."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lxml import etree

from pipelines.authors import (
    before_date,
    clean_authors,
    credits_only_the_site,
    has_byline_label,
    initials,
    is_byline,
    without_picture_credit,
)
from pipelines.bylinemarkup import is_card, labelled_bylines, printed_bylines
from pipelines.datelines import DATELINE_REACH, text_after_headline
from pipelines.dates import find_labelled_date, is_date_line
from pipelines.metadata import PageMeta
from pipelines.names import NAME_LIST, is_commenter, is_job_title, is_phrase, names_an_organisation
from pipelines.sitenames import host_label, title_segments
from pipelines.standfirst import is_article_header
from pipelines.text import fold, squash

if TYPE_CHECKING:
    from pipelines.fallbackmeta import FallbackMeta


def printed_byline(bylines: list[str], site_names: list[str], url: str, capitalised: bool = False) -> list[str]:
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
_BODY_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]")
_COMMENT = re.compile(r"comment|kommentar|commentaire|comentario", re.IGNORECASE)


def trafilaturas_authors(
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


_LABEL_INSIDE = re.compile(r"^\s*\S+\s+(?P<label>Von|By)\s+(?P<names>\S.*?)\s*$")


def _unjoined(byline: str, tree: Any, page_text: Callable[[], str]) -> str:
    """trafilatura's ``byline`` without the next line of an author box it
    joined to a name: "Kelly Sheridan News" for "<a>Kelly Sheridan</a><br>
    <span>News</span>" (her desk), "Andrea Stone Senior Washington
    Correspondent" (her role). A name of three words or more becomes its
    start (two words or more) where the page prints that start as an
    element's whole text, and the rest as another's or glued to it."""
    parts = []
    for part in byline.split(";"):
        labelled = _LABEL_INSIDE.match(part)
        if labelled and re.search(rf"\b{labelled['label'].lower()}\s+{re.escape(labelled['names'])}", page_text()):
            # A section's or a magazine's name before the label, the label capitalised as trafilatura capitalises
            # it: "Capital Von Jemima Kelly" where stern.de prints "capital" (for screen readers) and "von Jemima
            # Kelly". A name with "Von" in it ("Ursula Von Der Leyen") is printed "von der Leyen" and stays.
            part = labelled["names"]
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


def whole_name(authors: list[str], tree: Any, meta: PageMeta, body: str, site_names: list[str], url: str) -> list[str]:
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
        *text_after_headline(tree, meta.h1_element, DATELINE_REACH * 2).splitlines(),
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


def chinese_reporters(tree: Any, title: str | None) -> list[str]:
    """The reporters a Chinese story credits in its text (``_REPORTERS``), on a page with a Chinese headline."""
    match = _chinese_credit(tree, title, _REPORTER_TEXT, _REPORTERS)
    if match is None:
        return []
    names = _NAME_SEPARATOR.split(match["names"])
    if len(names) > 1 and match["end"].strip() in ("报道", "報導") and _DISPATCH_PLACE.search(names[-1]):
        names.pop()  # the place it reports from, glued to "报道"
    return [name for name in names if name not in _CREDIT_ROLES]


def chinese_editors(tree: Any, title: str | None) -> list[str]:
    """The editors credited as "责任编辑", "责编" or "编辑", when the page credits nobody else (a page with a
    Chinese headline)."""
    match = _chinese_credit(tree, title, _EDITOR_TEXT, _EDITORS)
    return _NAME_SEPARATOR.split(match[1]) if match else []


def fuller(authors: list[str], page_text: Callable[[], str], printed: Callable[[], list[str]], tree: Any) -> list[str]:
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


def site_person(name: str | None) -> list[str]:
    """The person a personal site names as its publisher, when the page
    credits nobody else: the blog's owner ("Helge Fahrnberger" on helge.at).
    Their name is the site's, so it is not dropped as a site name here; a
    handle ("stylegart") is not taken."""
    names = clean_authors([name], [], None) if name else []
    return names if len(names) == 1 and _capitalised(names[0]) else []


# "Daniel Lemire's blog", "Gregory Szorc's Digital Home": a site named as a person's (two or three capitalised words,
# so not "Tom's Hardware" or "Reader's Digest").
_OWNED = re.compile(r"((?:[A-Z][\w.-]+\s+){1,2}[A-Z][\w-]+)['’]s(?:\s+[\w-]+){1,3}")


def site_owner(site_names: list[str], html_title: str | None, title: str | None) -> str | None:
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


def body_bylines(body: str) -> list[str]:
    """Bylines printed as a line of the text itself, among its first and last
    three ("Von Cosima Künzel" under the story, "Written by: Julie Mollins"
    above it): a byline prefix and six words at most, no sentence."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    # Anywhere, the heading of the author's box: "Written by Cassidy Horton", then "Cassidy Horton is a finance
    # writer ..." (a disclaimer may follow the box).
    boxed = [line for line, after in itertools.pairwise(lines) if _heads_a_bio(line, after)]
    return [line for line in dict.fromkeys([*lines[:3], *lines[-3:], *boxed]) if _byline_line(line)]  # each once


def header_bylines(header: str, headline: str) -> list[str]:
    """Bylines printed as a line of their own among the first lines of
    ``header``, the text from the headline's <h1> (``headline``: its text) on,
    where no markup marks them and trafilatura leaves them out of the text with
    the rest of the header: "von Andreas Kürten" under a video, "Posted by
    Konstantin" above the post."""
    lines = [line.strip() for line in header.splitlines()]
    lines = [line for line in lines if line and fold(line) != fold(headline)]
    return [line for line in lines[:4] if _byline_line(line)]


def _byline_line(line: str) -> bool:
    """A byline prefix and six words at most, no sentence."""
    return (
        is_byline(line) and len(without_picture_credit(line).split()) <= 6 and not line.endswith((".", "!", "?", ":"))
    )


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


def signature(body: str, tree: Any, site_names: list[str], url: str) -> list[str]:
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


def lead_signature(body: str, tree: Any, site_names: list[str], url: str) -> list[str]:
    """The writers' names set in bold as a paragraph of their own among the
    text's first four, right before a paragraph of the story (150 characters
    or more): Lesotho Times' "Mohloai Mpesi" and "Mathatisi
    Sebusi/Mohalenyane Phakela" over the story. Each name of two to four
    capitalised words, kept whole by ``clean_authors``; not in capitals (a
    heading)."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    for line, after in itertools.pairwise(lines[:5]):  # the headline trafilatura may keep, then three lines
        if len(line) >= _STORY_PARAGRAPH:
            return []  # the story has begun: a bold line after its first paragraph is a subheading
        if len(after) < _STORY_PARAGRAPH or line.isupper() or len(line) > _LEAD_SIGNATURE_CHARS:
            continue
        parts = [part.strip() for part in NAME_LIST.split(line)]
        if not all(
            _looks_like_name(part) and part.split()[0].lower() not in _ARTICLES for part in parts
        ) or not _BOLD_LINE(tree, name=line):
            continue
        names = clean_authors([", ".join(parts)], site_names, url)
        return names if names == parts else []
    return []


_STORY_PARAGRAPH = 150
# A heading's first word, no name's: "Die Hochzeitslocation" set in bold over the story is a heading.
_ARTICLES = frozenset(
    {"the", "a", "an", "die", "der", "das", "le", "la", "les", "el", "los", "las", "il", "het", "een"}
)
_LEAD_SIGNATURE_CHARS = 80


# Between a name and its date on the line under a headline: a bar, a bullet, a
# spaced dash, or "by" ("Sehernur Karsu | 05.04.2025", "11.12.2019 - Amelie
# Loevenich", "Posted on September 21, 2020 by Adi Tzlil").
_DATELINE_SEP = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+|\s+(?:by|von|par|por)\s+", re.IGNORECASE)
_OPEN_SEP = re.compile(r"[|•·–—-]$")  # a text node that ends in a separator goes on in the next one
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*uhr)?", re.IGNORECASE)
# A person's name as printed: two to four words, each capitalised or a particle ("von", "de").
_PRINTED_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}$")
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "ibn"})


def dated_name(header: str, site_names: list[str], url: str) -> list[str]:
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
