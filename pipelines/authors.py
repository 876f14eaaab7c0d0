"""Bylines read as person names (``clean_authors``): labels, dates, roles, outlets and codes dropped, lists
split; and what a byline printed as a line of text looks like."""

from __future__ import annotations

import functools
import html
import html.entities
import re
from collections.abc import Iterable

from pipelines.dates import printed_date_start
from pipelines.names import (
    ADDRESS_LINE,
    AGENCIES,
    DESK,
    INSTITUTION,
    JOB_TITLE,
    LIST_SPLIT,
    WEEKDAYS,
    credits_no_person,
    is_degree,
    is_job_title,
    is_person,
    is_site,
    site_tagline,
    spells_any,
)
from pipelines.sitenames import host_label, host_parts
from pipelines.text import WIDE, compact_key, fold, squash

# German gendered forms of "author" ("Autor/in", "Autor*in", "Autor:in", "Autor_in"), a byline's label.
GENDERED_AUTHOR = r"autor(?:/|\*|:|_)in"
BYLINE_PREFIX = re.compile(
    # German gendered labels first, before "autor" takes their start: "Autor/in: Korinna Hennig", "Autor:in:".
    # After dashes too, before an unambiguous label ("---- by Kenneth Surin"; not dialogue: "— Por supuesto").
    rf"^\s*(?:[-–—]+\s*(?=(?:by|von|autor|autorin|author|written by)\b))?(?:{GENDERED_AUTHOR}(?=\s*:)"
    r"|by|from|written by|posted by|published by|view all posts by|more from|all posts by|author|autor|autorin"
    r"|von|vom|geschrieben von|artikel von|mehr von|alles von|(?:zeige )?alle (?:artikel|beiträge) von"
    r"|(?:zum )?profil von|rezept von|por|par|publié par|publicado por"
    r"|di|door|av|af|автор|авторы|автори|редактор|piše|pisze|napisał|napisała|yazan|yazar|γράφει|skrevet av"
    r"|kirjoittanut|بقلم|كتب|كتبت|إعداد|تقرير|auteur|auteure|autore|autrice|beitrag von|verfasst von"
    r"|pressemitteilung von|escrito por|scritto da|rédigé par"
    r"|eingestellt von|geplaatst door|pubblicato da"  # Blogger's "Posted by" in German, Dutch, Italian
    r"|著者|筆者|執筆者|執筆"  # Japanese: "著者：後藤大地"
    r"|作者|责任编辑|责编"  # Chinese: "作者：郭励弘", the responsible editor's "责任编辑：张申"
    r"|(?:propos\s+)?recueillis?\s+par|entretien réalisé par"  # an interviewer: "Propos recueillis par Jane Doe"
    # What the credit is for, then "by" ("Article by", "Recipe by Eat What Tonight", "Eine Kolumne von", "Un
    # documentaire de Kristen Falchon").
    r"|(?:an?\s+)?(?:article|story|recipe|words|report|column|post|essay|review|analysis|commentary|documentary)\s+by"
    r"|(?:articles|stories|posts|columns)\s+by"  # an author page's link: "Articles by Juliette"
    r"|this\s+(?:post|article|story|piece)\s+(?:was\s+)?(?:written|contributed)\s+by"
    r"|(?:ein|eine)\s+(?:beitrag|kommentar|kolumne|gastbeitrag|analyse|reportage)\s+von"
    r"|(?:un|une)\s+(?:article|documentaire|chronique|reportage|tribune)\s+(?:de|d['’]\s*)"
    r"|(?:un|una)\s+(?:artículo|columna|reportaje|crónica)\s+de)(?:\s*[:：]\s*|\s+)"
    # "Interview: Julia Lauter", not "Interview mit ..."; "Redaktion: Eberhard Fuhr", not the collective "Redaktion".
    r"|^\s*(?:posted\s+|written\s+)?(?-i:[Bb]y)(?=(?-i:[A-Z]))"  # glued to the name: "byMobasir", "BySarah"
    r"|^\s*(?:interview|text|texte|texto|testo|redaktion|текст)\s*[:：]\s*"
    r"|^\s*文\s*[●：:]\s*"  # Japanese "text:", "文● オカモト"
    # The writer credited for the pictures too: "Text & Fotos: Ivan Valetny", "Text und Bilder von", "Text von".
    r"|^\s*(?:text|words)(?:\s*(?:&|und|and|\+)\s*(?:fotos?|bilder|photos?|pictures))?\s*(?:[:：]|von\b|by\b)\s*"
    r"|^\s*(?:authors|autori|autores|auteurs|autoren)(?:\s*[:：]\s*|\s+(?=(?-i:[A-Z])))",  # "Autori:Anna Ūdre",
    # "Authors Julie Weisenhorn"; not "Authors of the study"
    re.IGNORECASE,
)
# What a printed byline says around the names: "Posted on", "Veröffentlicht
# am", "Alle Artikel" (a link to the author's page), a reporter's title.
_BYLINE_LABEL = re.compile(
    r"^(?:post author|posted|published|submitted|updated|veröffentlicht|publiziert|aktualisiert|publié|publicado"
    r"|pubblicato)"
    r"(?:\s+(?:on|am|le|el|il))?\s*[:：]?\s*"
    r"|\s+(?:alle (?:artikel|beiträge)|all (?:posts|articles|stories))(?:\s+(?:kontakt|contact))?$"
    r"|\s+(?:stand|aktualisiert|updated|published|publié le|publié|mis à jour(?: à| le)?|publicado|prije|hace)$"
    # "Sara Zinnecker Stand", "AFP publié le", "P. Mucović prije": the date that followed is gone
    r"|\s+(?:\d+\s+)?(?:kommentare?|comments?|commentaires?|comentarios?)$"  # the link to the comments after it
    r"|\s+(?:on|am)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$"  # "Submitted by Jane Roe on Mon, 2019-01-21"
    # "Interview Julia Lauter", "Текст Венера Ерофеева": the credit, then a name
    r"|^(?:interview|text|texte|texto|текст)\s+(?=(?-i:[A-ZÀ-ÝŁŚŻА-ЯЁ]))"
    r"|\s*(?:기자|記者)$|^记者\s*",
    re.IGNORECASE,
)
# A Korean, Japanese or Chinese byline: the name and the word for reporter after it ("이용민 기자", "박준석 기자 외
# 1명", "홍길동 기자 hong@example.kr"), or "记者" before it.
_CJK_BYLINE = re.compile(
    r"[가-힣]{2,4}\s*(?:기자|특파원|선임기자)(?:\s*외\s*\d+명)?(?:\s+\S+@\S+)?"
    r"|[\u4e00-\u9fff]{2,4}\s*記者|记者\s*[\u4e00-\u9fff]{2,4}"
)
_FOR_OUTLET = re.compile(
    r"\s+(?i:for|special\s+to)\s+(?:(?i:the)\s+)?[A-Z].*$"
)  # "Brendan Carlin for The Mail on Sunday", "For Mailonline", "Jane Doe Special to the Star"
# A reporter's role before the name, alone or ending a compound ("FOCUS-Online-Experte").
_ROLE = re.compile(
    r"^\S*(?:experte|expertin|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|redakteur|redakteurin"
    r"|korrespondent|korrespondentin|reporter|reporterin|chefredakteur|chefredakteurin)\s+",
    re.IGNORECASE,
)
# An address trafilatura took apart: "Sputnik https; Cdnarabic; I; Logo Png" for a logo's URL after the name.
_URL_REMAINS = re.compile(r"\s*\b(?i:https?)\b(?!\S*\.\S).*$")
# A middle dot between names or after a section; not inside a Chinese transcription of a name ("买买提·艾力").
_SEPARATING_DOT = r"(?:(?<![\u4e00-\u9fff])·|·(?![\u4e00-\u9fff]))"
_SECTION_BEFORE = re.compile(rf"^[^\W\d_][\w-]*\s*(?:{_SEPARATING_DOT}|•)\s*(?=\S)")  # "Politik · Jochen Bittner"
# A translator credited after the writer ("作者： Diogo Carleto 翻訳者 中村 真子", "译者：…"): the writer's
# byline ends there.
_TRANSLATOR_AFTER = re.compile(r"\s+(?:翻訳者|翻訳|译者|譯者|翻译|翻譯)(?:\s*[:：]|\s).*$", re.DOTALL)
# The city an Arabic or Persian byline files from, one word after a dash: "حسام أبو العلا - القاهرة" ("... - Cairo").
_ARABIC_PLACE_AFTER = re.compile(r"\s+[-–—]\s+[\u0600-\u06FF]+$")
_TEAM_AFTER = re.compile(r"\s+[-–—]\s+[^-–—]*\b(?:team|desk|staff)$", re.IGNORECASE)  # "… - Chrome Safe Browsing team"
_EXECUTIVE_AFTER = re.compile(r"\s+(?:CEO|CTO|CFO|COO|Founder|Co-Founder)$")  # a role set after a name
# A button's text trafilatura glued to the name beside it.
_BUTTON_AFTER = re.compile(
    r"\s+(?:link copied|copy link|follow|follow on twitter|see full bio|full bio|all articles|more articles"
    r"|join us|sign up|subscribe)$",
    re.IGNORECASE,
)
# A blog post's meta line whose category link trafilatura or the page's text left on the next line: "Posted by
# Nesselsetzer under", "Posted by admin in".
_CATEGORY_AFTER = re.compile(r"\s+(?:filed\s+)?(?:under|in)$")
# "Elena Oberholzer (obe)": the reporter's initials; "Eberhard Fuhr (Pressesprecher des EJW)": a role.
_NEWSROOM_CODE = re.compile(r"\s*\([^()]{1,60}\)$")
# A picture credit after the writer's, in the same byline: "… Fotos: John Smith", "… Illustration von Markus Roost".
_CREDIT_AFTER = re.compile(
    r"[\s,;|]+(?:photos?|fotos?|bilder|illustrations?|illustrationen|grafiken?"
    r"|sendung|kamera|schnitt|quelle|camera|video|source"  # a broadcast's credits after it
    r"|edited|redigiert|bearbeitet|édité|editado)\s*(?:[:：]|von\b|by\b|par\b|por\b)"  # and its editor's
    # A reviewer's, also where the byline names only them: "Shelby Loos, DVM. Reviewed by Molly Price, DVM",
    # "Medically reviewed by Molly Price".
    r"|\s*\b(?:(?:medically|fact[- ]?checked\s+and)\s+)?reviewed\s+by\b|\s*\bfact[- ]?checked\s+by\b",
    re.IGNORECASE,
)
_LEGAL_FORM = re.compile(r"\s+e\.\s?V\.?(?=\s|,|;|$)")  # "Verein e. V.": the "e" is not "and"
_AUTHOR_SPLIT = re.compile(
    # "y" and "e" in lower case, or in a byline set in capitals ("JUAN PÉREZ Y MARÍA LÓPEZ"): "Laura E. Adkins" is one.
    rf"\s*(?:,|;|\||/|／|╱|&|{_SEPARATING_DOT}|•|\band\b|\bund\b|\bet\b"
    r"|(?-i:\by\b|\be\b)|(?-i:(?<=[A-ZÀ-Ý] )[YE](?= [A-ZÀ-Ý]))"
    r"|\bog\b|\boch\b|\bи\b|\sو\s"
    # An interview's byline: "Richard David Precht im Gespräch mit Karin Fischer".
    r"|\bim gespräch mit\b|\bin conversation with\b|\ben conversation avec\b|\ben conversación con\b)\s*",
    re.IGNORECASE,
)
# A Spanish or Portuguese double surname joined by "y" or "e" ("José Ortega y Gasset", "José Volta e Pinto"): one
# name, not two people, when a single capitalised word follows the conjunction and a name of two words or more
# precedes it. The conjunction is held by a letter-like joint the split does not see, then given back its spaces.
_IBERIAN_SURNAME = re.compile(
    r"(\b[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)\s+(y|e)\s+([A-ZÀ-Ý][\w'’-]+)(?=\s*(?:$|[,;|/&]))"
)
_JOINT = "\u02d1"  # MODIFIER LETTER HALF TRIANGULAR COLON: a word character, in no byline
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")  # "IFZ", "SID": an institute or agency after a name
_PLACE_AFTER_NAME = re.compile(
    r"^[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-ΩΆ-Ώ][a-zà-ÿā-žа-яёα-ωά-ώ]+$"
)  # one capitalised word: "Berlin", "Кострома"
# A country ends an address printed as a byline ("Süddeutsche.de GmbH, Munich, Germany"). Folded forms.
_COUNTRIES = frozenset(
    {
        "germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "svizzera", "france",
        "italy", "italia", "spain", "españa", "portugal", "netherlands", "nederland", "belgium", "belgië", "belgique",
        "poland", "polska", "united kingdom", "uk", "england", "ireland", "usa", "u s a", "united states",
        "canada", "australia", "india", "brazil", "brasil", "mexico", "méxico", "argentina", "chile", "colombia",
        "russia", "россия", "turkey", "türkiye", "china", "japan", "sweden", "sverige", "norway", "norge",
        "denmark", "danmark", "finland", "suomi",
    }
)  # fmt: skip
# "Redacci; Oacute; N Diario": trafilatura's split of "Redacci&oacute;n Diario" at its "&" and ";".
_SPLIT_ENTITY = re.compile(
    r";\s*(?P<name>[A-Za-z](?:acute|grave|circ|uml|tilde|cedil|ring|slash|caron)|szlig);\s*(?P<rest>\w)",
    re.IGNORECASE,
)
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[.:/]\d{2}\b")  # "2021", "28.04", "14:05"
# A name of two to four capitalised words, then the first figure of its date ("Javier Urbina 22 de Abril de 2022").
_NAME_BEFORE_DATE = re.compile(r"^\s*((?:[^\W\d_a-z][\w'’.-]*\s+){2,4})(?=\d)")
_HOST_IN_BRACKETS = re.compile(r"\(\s*(?:https?://)?([\w-]+(?:\.[\w-]+)+)/?\s*\)")  # "(www.dw.com)"
# A link, with the brackets around it ("Jane Doe (www.janedoe.example)"): what is left is the name.
_LINK = re.compile(r"\(\s*(?:https?://|www\.)[^\s)]+\s*\)|https?://\S+|www\.\S+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def initials(words: list[str]) -> str:
    """The first letters of ``words``, in capitals: "CM" for "Craig McCarthy"."""
    return "".join(word[0] for word in words).upper()


# An author box's link where trafilatura looked for the name: "Read more about The Upwork Team".
_MORE_ABOUT = re.compile(r"^(?:read|learn)\s+more\s+about\s+", re.IGNORECASE)
# Labels read only in a byline, never in a story's text, where they start sentences: Greek's genitive "Του"/"Της"
# ("Του Στέφανου Τζανάκη", "by Stefanos Tzanakis"), Chinese's reporter glued to the name ("記者陳俐君"), and a
# source's label before an agency ("Źródło: PAP", "Источник: ИТАР-ТАСС").
_CREDIT_LABEL = re.compile(
    r"^(?:(?-i:Του|Της|ΤΟΥ|ΤΗΣ)\s+(?=\w)|(?:本[報报])?[記记]者\s*(?=\w)"
    r"|(?:źródło|quelle|source|fuente|fonte|источник|джерело|πηγή|kaynak|bron|kilde|källa|lähde|zdroj|forrás|sursa)"
    r"\s*[:：]?\s+)",
    re.IGNORECASE,
)


def _author_name(part: str) -> str:
    # A lone "By" too; a bullet or a separator after the name ("Meaghan Weeden ●"), a link's arrow ("more stories ›").
    name = BYLINE_PREFIX.sub("", _BYLINE_LABEL.sub("", part.strip()) + " ").strip(" ,:;-–—|●•·▪■›→【】")
    name = _CREDIT_LABEL.sub("", name)
    name = _MORE_ABOUT.sub("", name)
    name = _CATEGORY_AFTER.sub("", _NEWSROOM_CODE.sub("", name))
    writer = _FOR_OUTLET.sub("", name)
    name = writer if len(writer.split()) >= 2 else name  # "Organization for Transformative Works" is one name
    for after in (_EXECUTIVE_AFTER, _BUTTON_AFTER, _ARABIC_PLACE_AFTER, _TEAM_AFTER):
        if (cut := after.search(name)) and len(name[: cut.start()].split()) >= 2:
            name = name[: cut.start()]  # "Gina Trapani CEO", "Steven Shepard Link Copied", "... - القاهرة"
    role = _ROLE.match(name)
    if role and 2 <= len(name[role.end() :].split()) <= 4:
        name = name[role.end() :]  # "Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe"
    words = name.split()
    if len(words) >= 3 and words[0].isupper() and words[0] == initials(words[1:]):
        words = words[1:]  # "CM Craig McCarthy": the avatar's initials before the name
        name = " ".join(words)
    # "Jane Doe Jane Doe", "N-Land N-Land Redaktion": an avatar's text before the name, which repeats its start; the
    # avatar's copyright mark too ("© Kathrin Führes Kathrin Führes": her photo's credit, then her name).
    credited = name.removeprefix("©").split()
    repeated = next((n for n in range(len(credited) // 2, 0, -1) if credited[:n] == credited[n : 2 * n]), 0)
    if repeated:
        words = credited
        # What follows the repeat is the name, unless it is a sentence: a profile's tagline after the name printed
        # twice ("Ellyn Shook Ellyn Shook Creating the most truly human company").
        name = " ".join(words[repeated:] if len(words) - repeated <= 4 else words[:repeated])
    if name.endswith(".") and len(name.split()[-1]) > 4:  # keep "Jr." and "Joe S."
        name = name[:-1]
    words = name.split()
    kept = len(words)
    while kept > 2 and is_degree(words[kept - 1].rstrip(",")):
        kept -= 1  # "Cara Dumaplin RN", "Elle Penner M.P.H": the letters after the name
    return " ".join(words[:kept]) if kept < len(words) else name


@functools.lru_cache(maxsize=1024)
def _outlet_after_name(site: str) -> re.Pattern[str]:
    """The site's name at the end of a byline, with or without a staff role after it."""
    roles = r"staff|staff writer|staff reporter|reporter|correspondent|contributor|editorial team|team"
    # Also set apart by a dash: "David Jackson - FullStack Editorial Team".
    return re.compile(rf"(?:\s+[-–—|]\s+|\s+){re.escape(site)}(?:\s+(?:{roles}))?$", re.IGNORECASE)


# A news agency's name after the writer's: "ERIC TUCKER Associated Press", "Wilmer Leon. Sputnik International".
# Names of five letters or more only: a short code may end a name ("Ani", "Pap").
_AGENCY_AFTER_NAME = re.compile(
    r"[\s.]+(?:the\s+)?(?:"
    + "|".join(re.escape(agency) for agency in sorted(AGENCIES, key=len, reverse=True) if len(agency) >= 5)
    + r")(?:\s+(?:international|news agency))?$",
    re.IGNORECASE,
)


def _without_outlet(name: str, site_names: Iterable[str], label: str = "") -> str:
    """``name`` without the site's name set after it, with or without a role
    ("Adam Aaronson PhillyVoice Staff" on PhillyVoice), or a news agency's, or
    its host's ``label`` written with capitals inside it ("Ed Hornick CNN" on
    cnn.com; not a surname: "John Paul Smith" on smith.com)."""
    if len(name.split()) < 3:
        return name  # a name of two words and the site's after it: three at least
    last = name.split()[-1]
    if label and compact_key(last) == label and sum(map(str.isupper, last)) >= 2:
        return name[: -len(last)].rstrip(" -–—|,:;")
    for pattern in (*map(_outlet_after_name, site_names), _AGENCY_AFTER_NAME):
        if cut := pattern.search(name):
            rest = name[: cut.start()].rstrip(" -–—|,:;")
            return rest if len(rest.split()) >= 2 else name
    return name


def _join_entity(match: re.Match[str]) -> str:
    """The accented letter an ``_SPLIT_ENTITY`` match stands for, and the rest of its word."""
    char = html.entities.html5.get(match["name"].lower() + ";")
    return f"{char}{match['rest'].lower()}" if char else match[0]


def _unescaped(entry: str) -> str:
    """``entry`` with its entities read, also one escaped twice ("Redacci&oacute;n", whose "&" and ";" would
    split the name) or split by trafilatura ("Redacci; Oacute; N")."""
    entry = html.unescape(entry) if "&" in entry else entry
    entry = _SPLIT_ENTITY.sub(_join_entity, entry) if ";" in entry else entry
    return _mended(entry)


# UTF-8 read as Latin-1 once more, as a template that encodes its author tag twice leaves it: "StanisÅ\x82aw"
# (Stanisław), "JosÃ© PÃ©rez". A lead byte of a two-byte sequence, then a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00df][\u0080-\u00bf]")


def _mended(text: str) -> str:
    """``text`` read back as UTF-8 where it is UTF-8 read as Latin-1 (or Windows-1252); else as it is."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def _stripped(entry: str) -> str:
    """``entry`` without its links, its byline label ("By"), a club's legal
    form ("e. V."), the picture credit after the writer's ("Text: Jane Doe
    Fotos: John Smith", "Text von Christian Seiler Illustration von Markus Roost")
    and the reading time after the names ("By Howard Schneider, Lindsay Dunsmuir 5 Min Read")."""
    entry = _LEGAL_FORM.sub("", BYLINE_PREFIX.sub("", squash(_LINK.sub(" ", entry))))
    return _READING_TIME.sub("", without_picture_credit(entry))


# "5 Min Read", "Lesedauer: 3 Min.", "Lesezeit 4 Minuten", "3 min de lecture": how long the story takes to read;
# its label alone where trafilatura dropped the figures ("José Miguel Wilson Tiempo de lectura").
_READING_LABEL = r"(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura)"
_READING_TIME = re.compile(
    rf"\s*[·•|-]?\s*(?:(?:{_READING_LABEL}\s*:?\s*)?"
    r"\b\d{1,2}\s*(?:min(?:ute)?s?|minuten|min\.)(?:\s+(?:read|lesen|de lecture|de lectura|lectura))?(?!\w).*$"
    rf"|{_READING_LABEL}\s*:?\s*$)",
    re.IGNORECASE,
)


def _credits_site(entry: str, stripped: str, blocked: set[str], label: str) -> bool:
    """The byline ``entry`` (``stripped``: as ``_stripped`` leaves it) credits
    the site itself: its name, whole though it holds an "&" ("Jobs & Hire";
    trafilatura's "Jobs; Hire"); its name with its own address in brackets
    ("Deutsche Welle (www.dw.com)" on dw.com); or its name, then its address
    ("hessenschau.de, Frankfurt, Germany")."""
    if (host := _HOST_IN_BRACKETS.search(entry)) and label and host_label(f"//{host[1]}") == label:
        return True
    head, *address = LIST_SPLIT.split(stripped)
    return (
        fold(stripped) in blocked
        or fold(_without_desk(stripped)) in blocked  # "BR24 Redaktion", "Redaktion hessenschau.de": its newsroom
        or bool(address and is_site(_author_name(head), blocked, label))
        or site_tagline(stripped, blocked)
    )


def _without_desk(byline: str) -> str:
    """The byline without a desk's name before or after the rest ("BR24 Redaktion": "BR24")."""
    words = byline.split()
    if len(words) >= 2 and DESK.match(words[-1]):
        words = words[:-1]
    elif len(words) >= 2 and DESK.match(words[0]):
        words = words[1:]
    return " ".join(words)


def credits_only_the_site(entries: Iterable[str], site_names: Iterable[str], url: str | None = None) -> bool:
    """Every one of the byline ``entries`` credits the site itself (see ``_credits_site``), and there is one."""
    blocked, label = {fold(n) for n in site_names if n}, host_label(url)
    entries = list(entries)
    return bool(entries) and all(
        _credits_site(entry, _stripped(entry), blocked, label) for entry in map(_unescaped, entries)
    )


_BEFORE_A_DATE = frozenset({"on", "am", "le", "el", "il", "op", "at", "um", "den", "vom", "du", "del"})


def before_date(entry: str) -> str:
    """The byline up to the date printed after its names, and the day of the
    week before that date: "By Nathan Willis March 25, 2015", "Joe Wee
    Monday, February 29, 2016 @ 11:10 PM" (a month's or a day's name set
    after a name is no part of it). Not a section's name set apart from its
    date ("Erhverv - 02. januar 2020"), nor words in lower case: the byline
    is returned whole."""
    start = printed_date_start(entry) if _DIGIT.search(entry) else None
    if not start or entry[:start].rstrip().endswith(("|", "·", "•", "-", "–", "—")):
        return entry  # no date, or the date first, or set apart: what comes before the date is read as before
    words = entry[:start].split()
    while words and (fold(words[-1].strip(",")) in WEEKDAYS or words[-1].lower() in _BEFORE_A_DATE):
        words.pop()  # "Joe Wee Monday, February 29", "Nicole Gallucci on December 13, 2016"
    if not words or (len(words) < 2 and not WIDE.search(words[0])) or any(word[:1].islower() for word in words):
        return entry  # "Berlin am 5. März 2021": one word (but Chinese names, unspaced), or words in lower case
    return " ".join(words).rstrip(" ,;")


def clean_authors(raw: Iterable[str], site_names: Iterable[str], url: str | None = None) -> list[str]:
    """Split bylines into person names; drop prefixes ("By", "بقلم"),
    newsroom codes, dates, e-mails, URLs, slugs, the site's own name (also as
    its host: "mdr.de"), news agencies, job titles and a picture credit
    after the writer's."""
    site_names = [n for n in site_names if n]
    blocked = {fold(n) for n in site_names}
    label = host_label(url)
    names: list[str] = []
    seen: set[str] = set()
    hosts = [part for part in host_parts(url)[:-1] if len(part) >= 2]  # not its top-level domain
    raw = list(raw)
    if any(ADDRESS_LINE.match(entry) for entry in raw):
        return names  # a company's address as the author tag's list ("John Wiley & Sons Ltd", "Chichester", "Tel: ...")
    for entry in raw:
        entry = _unescaped(entry)
        stripped = _stripped(entry)
        if _credits_site(entry, stripped, blocked, label) or credits_no_person(entry):
            continue
        entry = _without_job_titles(_URL_REMAINS.sub("", _SECTION_BEFORE.sub("", before_date(stripped))))
        entry = _TRANSLATOR_AFTER.sub("", entry)
        held = _IBERIAN_SURNAME.sub(rf"\1{_JOINT}\2{_JOINT}\3", entry)
        parts = [part.replace(_JOINT, " ") for part in _AUTHOR_SPLIT.split(held)]
        first = _author_name(parts[0])
        if len(parts) > 1 and (is_site(first, blocked, label) or INSTITUTION.search(first)):
            # The site's name holding an "und" ("Kirche und Leben"), or an institution's name split at its "und"
            # ("Bundesministerium für Wirtschaft und Klimaschutz"): no author in this byline.
            continue
        if len(parts) > 1 and _only_a_job(list(map(_author_name, parts))):
            continue  # "Marketing and Event Coordinator": a job title, no name
        for index, part in enumerate(parts):
            dated = _DATE_OR_TIME.search(part)
            if dated and (named := _NAME_BEFORE_DATE.match(part)):
                part = named[1]  # "Javier Urbina 22 de Abril de 2022 - 00:00 HS": the name, then its date
            elif dated or fold(part) in _COUNTRIES:
                break  # what a byline prints after its date is a section or tags; a country ends an address
            name = _without_outlet(_author_name(part), site_names, label)
            if is_degree(name) and (index > 0 or names or name.endswith(("®", "™"))):
                # "Grant Tinsley, PhD", ["Paul Deer", "CFP®"]; a byline of only "MS" or "LD" is a person's initials.
                continue
            if (
                index > 0
                and (_PLACE_AFTER_NAME.match(name) or _ACRONYM.match(name) or DESK.match(name))
                and _after_a_name(_author_name(parts[index - 1]))
                and re.search(rf"[,|;]\s*{re.escape(part)}\s*(?:[,|;]|$)", entry)
            ):
                # "Von Markus Balser, Berlin": the city the reporter files from, after the name and a comma;
                # "Sylvia Grossgasteiger, IFZ": her institute; "Mathilda Trausch, Online-Redaktion": her desk.
                continue
            if names and DESK.match(name) and _after_a_name(names[-1]):
                # A desk after its writer, as a tag of its own (["Michael Rädel", "Redaktion"]) or after "und": the
                # writer's desk, as after a comma above. A desk alone, or first, is the collective byline and stays.
                continue
            if fold(name) not in seen and is_person(name, blocked, label) and not spells_any(name, hosts):
                seen.add(fold(name))
                names.append(name)
            if dated:
                break
    return names


def _only_a_job(parts: list[str]) -> bool:
    """A byline's ``parts`` are one job title split at its "and": "Marketing and Event Coordinator"."""
    titles = [part for part in parts if is_job_title(part)]
    return bool(titles) and all(part in titles or len(part.split()) == 1 for part in parts)


def _without_job_titles(entry: str) -> str:
    """A byline without the job titles listed after its names, and the
    departments after those: "Daniel Burstein, Senior Director, Content &
    Marketing" and "Danielle Padula, Head of Marketing and Community
    Development" credit one person; "Manoj Jain and Jagpreet Chhatwal | Guest
    Columnists" two. A collective byline of its own ("Editors", "The Currency
    editors") stays: it is what the page credits."""
    head, *rest = LIST_SPLIT.split(entry)
    kept, titled = [head], False
    for segment in rest:
        name = _author_name(segment)
        if JOB_TITLE.search(name) or JOB_TITLE.search(name.removesuffix("s")):
            titled = True
        elif not (titled and all(len(part.split()) == 1 for part in _AUTHOR_SPLIT.split(name) if part)):
            kept.append(segment)
    return entry if len(kept) == len(rest) + 1 else ", ".join(kept)


def _after_a_name(previous: str) -> bool:
    """``previous``, the part of a byline before another, is a name of two
    words or more, or the degree or fellowship letters after one ("MD",
    "FOMA" in "Doris Munoz-Mantilla, MD, FOMA, DABOM")."""
    return len(previous.split()) >= 2 or is_degree(previous) or bool(_ACRONYM.match(previous))


def without_picture_credit(line: str) -> str:
    """``line`` up to a picture credit that follows the writer's ("Text von
    Christian Seiler Illustration von Markus Roost": "Text von Christian Seiler")."""
    return _CREDIT_AFTER.split(line, maxsplit=1)[0]


def has_byline_label(text: str) -> bool:
    """``text`` starts with a byline's label ("By", "Von", "Redaktion:", "Text:")."""
    return bool(BYLINE_PREFIX.match(text))


def is_byline(line: str, author_keys: Iterable[str] = ()) -> bool:
    """A short line that credits the authors ("By Jane Doe, The Tribune"), or
    one of the authors' names alone (``author_keys``: folded names), or one
    of them followed by a date ("Patricio Candia | Palma de Mallorca | 08/01/2014")."""
    if len(line) < 120 and (label := BYLINE_PREFIX.match(line)) and not _sentence_after(line, line[label.end() :]):
        return True
    if _CJK_BYLINE.fullmatch(line.strip()):
        return True
    key, keys = fold(line), set(author_keys)
    return key in keys or (
        len(line) < 120 and bool(_DATE_OR_TIME.search(line)) and any(k and key.startswith(k + " ") for k in keys)
    )


def is_dated_byline(line: str, author_keys: Iterable[str] = ()) -> bool:
    """A byline and the date after it: "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m."."""
    named = before_date(line)
    return named != line and is_byline(named, author_keys)


def _sentence_after(line: str, rest: str) -> bool:
    """What follows a byline's label is a sentence, not names: the line ends
    as one, or goes on in lower case, without a date, for more than a handle
    ("By the time the council voted, ...", "Por la mañana, el alcalde ...": a
    story's lede)."""
    if line.rstrip().endswith((".", "!", "?", "…")) and len(rest.split()) > 3:
        return True
    words = rest.split()
    # A handle's byline goes on in lower case too, but with its date ("Posted by admin on March 3").
    return len(words) > 3 and words[0][:1].islower() and words[1][:1].islower() and not _DIGIT.search(rest)
