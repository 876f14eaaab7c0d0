"""Cleaning of extracted values: headlines, bylines and body paragraphs.

Everything here is a pure function of strings, so it is tested without pages.
"""

from __future__ import annotations

import functools
import html
import html.entities
import re
import unicodedata
from collections.abc import Callable, Iterable
from urllib.parse import unquote, urlsplit

from pipelines.dates import (
    is_date_line,
    is_dated_header_line,
    is_month_name,
    is_time_line,
    is_update_line,
    printed_date_start,
)

# " | ", " - ", " – ", " — ", " · ", " • ", " » ", " › ", " :: ", " // " separate a headline from a site name;
# " ⋆ " too, one of the separators SEO plugins offer.
_TITLE_SEP = re.compile(r"\s+(?:[|–—·•»›~⋆]|-|::|//)\s+|\s*：\s*")  # "：", the full-width colon, needs no spaces
_LEADING_SEP = re.compile(r"^(?:[|–—·•»›~⋆]|//)\s+")  # "» Headline" left after a "Site // » Headline" split
# "Headline -": a template's separator whose site name is empty ("« quoted »" keeps its closing mark).
_TRAILING_SEP = re.compile(r"\s+(?:[|–—·•~⋆-]|::|//)$")
# German gendered forms of "author" ("Autor/in", "Autor*in", "Autor:in", "Autor_in"), a byline's label.
GENDERED_AUTHOR = r"autor(?:/|\*|:|_)in"
_BYLINE_PREFIX = re.compile(
    # German gendered labels first, before "autor" takes their start: "Autor/in: Korinna Hennig", "Autor:in:".
    # After dashes too, before an unambiguous label ("---- by Kenneth Surin"; not dialogue: "— Por supuesto").
    rf"^\s*(?:[-–—]+\s*(?=(?:by|von|autor|autorin|author|written by)\b))?(?:{GENDERED_AUTHOR}(?=\s*:)"
    r"|by|from|written by|posted by|published by|view all posts by|more from|all posts by|author|autor|autorin"
    r"|von|vom|geschrieben von|artikel von|mehr von|alles von|(?:zeige )?alle (?:artikel|beiträge) von"
    r"|(?:zum )?profil von|rezept von|por|par|publié par|publicado por"
    r"|di|door|av|af|автор|авторы|автори|редактор|piše|pisze|napisał|napisała|yazan|yazar|γράφει|skrevet av"
    r"|kirjoittanut|بقلم|كتب|كتبت|إعداد|تقرير|auteur|auteure|autore|autrice|beitrag von|verfasst von"
    r"|pressemitteilung von|escrito por|scritto da|rédigé par"
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
# A contributor's credit without the name: "Special to National Post" (the writer is not on the staff).
_CONTRIBUTED = re.compile(r"^(?i:special\s+to)(?!\w)")
# A reporter's role before the name, alone or ending a compound ("FOCUS-Online-Experte").
_ROLE = re.compile(
    r"^\S*(?:experte|expertin|rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|redakteur|redakteurin"
    r"|korrespondent|korrespondentin|reporter|reporterin|chefredakteur|chefredakteurin)\s+",
    re.IGNORECASE,
)
# A job title where a name stands ("News Reporter", "Senior Writer", "Politics Correspondent"), by its last word or
# the one before "of", "at" or "for" ("Sr. Director of Operations", "CEO of CaseBasix" once the site's name went);
# also after a name and a comma ("Daniel Kahn Gillmor, Senior Staff Technologist").
_JOB_TITLE = re.compile(
    r"(?:^|\s)(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|photographer"
    r"|technologist|analyst|attorney|counsel|scientist|researcher|economist|strategist|spokesperson"
    r"|director|manager|officer|specialist|lecturer|founder|co-founder"
    r"|engineer|developer|programmer|designer|consultant"  # "Linux Engineer's random thoughts": a blog's name
    r"|expert|advisor|adviser|clinician|therapist|dietitian|nutritionist"  # "Mike Marshall, Shipping Expert"
    r"|coordinator|educator"
    r"|president|chairman|chairwoman|chairperson|executive|professor"  # "Jane Smith, Vice President, Example Corp"
    r"|spokesman|spokeswoman|ceo|cto|cfo|coo|head(?=\s+of\s)"  # "Head of Content"; "Edith Head" is a name
    r"|redakteur|redakteurin|korrespondent|korrespondentin|reporterin|journalistin)"
    r"(?:\s+(?:of|at|for)(?:\s.*)?)?$",
    re.IGNORECASE,
)
# A newspaper credited beside its writer, a syndicated story's source: "The Washington Post", "The Local".
_OUTLET = re.compile(
    r"^(?i:the)\s+(?:[\w.'&-]+\s+){0,3}(?i:post|times|news|journal|herald|tribune|gazette|telegraph|chronicle"
    r"|observer|examiner|courier|press|guardian|independent|inquirer|star|sun|globe|mail|express|record|local"
    r"|dispatch|bulletin|register|daily|weekly|magazine|review|economist|atlantic|hill|verge|conversation)$"
    r"|\s(?i:news service|news agency|wire service|wire|newswire)$"  # "Metric Media News Service", "CNN Wire"
    r"|^(?:\S+\s+){1,2}(?i:today)$"  # "USA TODAY"
    r"|^(?:[A-Z][\w-]*\s+){0,3}[A-Z]{2,5}\s+News$"  # a broadcaster's: "ABC News", "Chicago Tribune WGN News"
    # A Chinese outlet's name: "新京报", "环球网", "证券时报网", "参考消息", "新浪科技" (a portal's desk), a
    # newspaper group ("云南日报报业集团"), a journal ("中文学术期刊").
    r"|^[\u4e00-\u9fff]{2,8}(?:网|报|社|台|新闻|消息|日报|晚报|早报|时报|周刊|杂志|期刊|在线|频道|科技|财经|资讯|客户端|集团"
    r"|網|報|臺|新聞|日報|晚報|早報|時報|週刊|雜誌|頻道|財經|資訊|集團)$"  # and in traditional characters: "聯合報"
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
_EXECUTIVE_AFTER = re.compile(r"\s+(?:CEO|CTO|CFO|COO|Founder|Co-Founder)$")  # a role set after a name
# A phrase, not a name: its first word in lower case and no name's particle, a later one capitalised ("deinen
# Hochzeitsbloggern"); "von Trier", "de Souza" and a login, "marc", are names.
_PHRASE = re.compile(
    r"^(?!(?:von|van|de|da|del|der|den|di|du|la|le|bin|ibn|al|el|zu|ten|ter|dos|das|do|des|af|av|mc)\s)"
    r"[a-zß-ÿ][\w'-]*\s+(?:\S+\s+)*[A-ZÀ-Ý]"
    # An English article or determiner first: "the author are personal" ("The views expressed by the author ...").
    r"|^(?:the|a|an|this|that|these|those|my|your|his|her|its|their)\s"
    # A word of a sentence between others, in lower case: "crisis to confidence", "how to meditate".
    r"|^\S+\s+(?:\S+\s+)*?(?:to|the|for|with|from|into|about|is|are|was)\s+\S"
)
# A button's text trafilatura glued to the name beside it.
_BUTTON_AFTER = re.compile(
    r"\s+(?:link copied|copy link|follow|follow on twitter|see full bio|full bio|all articles|more articles"
    r"|join us|sign up|subscribe)$",
    re.IGNORECASE,
)
# "Elena Oberholzer (obe)": the reporter's initials; "Eberhard Fuhr (Pressesprecher des EJW)": a role.
_NEWSROOM_CODE = re.compile(r"\s*\([^()]{1,60}\)$")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)+$")  # "chuck-ross", "edilson.la.rosa": a slug or login
# News agencies are credited in bylines, but they are not authors (they are a
# source, like the site itself). Folded forms.
AGENCIES = frozenset(
    {
        "afp", "ap", "associated press", "reuters", "dpa", "sda", "apa", "ansa", "efe", "europa press", "kyodo",
        "jiji", "xinhua", "tass", "ria novosti", "interfax", "anadolu agency", "anadolu ajansı", "aa", "pa",
        "pa media", "upi", "kna", "epd", "ap dpa", "afp dpa", "dpa afp", "reuters afp", "yonhap", "bernama", "wafa",
        "sana", "mena", "irna", "isna", "qna", "wam", "kuna", "pti", "ians", "aap", "ntb",
        "ritzau", "stt", "ctk", "pap", "mti", "bta", "hina", "tanjug", "belga", "anp", "lusa", "agencia efe",
        "agence france presse", "agenzia nova", "dpa afx", "sp x", "tnn", "sputnik", "bloomberg", "dow jones",
        "postmedia", "canadian press", "the canadian press", "healthday", "bang showbiz", "itar tass", "ukrinform",
        "unian", "sid", "απε", "απε μπε", "αμπε", "итар тасс", "тасс", "риа новости", "интерфакс", "укринформ", "униан",
    }
)  # fmt: skip
# Picture agencies and stock libraries: where a template shows a photo's credit in its author field
# (gazeta.pl's `<span class="author">shutterstock</span>`) they are the picture's, never the story's.
_PICTURE_AGENCIES = frozenset(
    {
        "shutterstock", "getty images", "getty", "istock", "istockphoto", "istock getty images", "adobe stock",
        "depositphotos", "dreamstime", "alamy", "123rf", "pixabay", "unsplash", "pexels", "fotolia", "thinkstock",
        "imago", "imago images", "picture alliance", "keystone", "corbis", "epa", "east news", "agencja gazeta",
    }
)  # fmt: skip
# An agency's desk after its name: "Reuters Staff", "Bloomberg News", "AP Wire".
_AGENCY_DESK = re.compile(r"\s+(?:staff|news|wire|newswire|news service)$")
# CMS defaults, not credits. A collective byline ("Redaktion", "Editorial Board") is what the page credits and stays.
_PLACEHOLDERS = frozenset(
    {
        "no author", "author", "authors", "autor", "autoren", "autorinnen", "name", "admin", "administrator",
        "team", "the team",  # a template's credit of no one ("Our team" goes as the site's own)
        "the author", "guest author", "webmaster", "undefined", "null", "none",  # a template's empty field
        "autor innen",  # "Autor*innen", "Autor:innen": the label's gendered plural, folded
        "editorial", "leitartikel", "éditorial", "editoriale",  # an editorial's label, the paper's voice: no person
        "unknown", "posted", "twitter", "facebook", "instagram", "linkedin", "e mail", "email", "mail", "contact",
        "kontakt", "alle artikel", "alle beiträge", "all posts", "all articles", "unsere autorinnen", "unsere autoren",
        "our authors", "collectif", "follow", "folgen", "suivre", "seguir", "datum", "date", "fecha", "text",
        "texte", "texto", "interview", "nachrichten", "news", "著者一覧", "agencies", "agenturen", "agences",
        "red",  # "red": German newsrooms' short form of "Redaktion", not a name
        "publisher", "user", "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "mehr", "more",
        "username", "user name", "benutzername",  # a login menu's label: "<span class="username">Username</span>"
        # A button's or a label's text where trafilatura looked for a byline.
        "see full bio", "full bio", "link copied", "lesedauer", "lesezeit", "reading time",
        "view", "view all", "view profile", "view more posts", "view posts", "more posts", "mehr zum autor",
        "more stories", "more articles", "all stories",
        "zum autor",
        "guest blogger", "guest post",
        "sign in", "sign up", "log in", "log out", "login", "logout", "join us",  # an account menu's links
        "press release", "pressemitteilung", "pressemeldung", "communiqué de presse",  # a release's label
        "xxx", "xxxx", "xx",  # a template's filler
        "cortesía", "courtesy", "zvg",  # "zur Verfügung gestellt": a picture's credit
        "ceo", "redaktori",
        # Chinese: "unknown", "anonymous", "the web" ("compiled from the web"), "(system) administrator", "the
        # editor" (a site's nickname for its staff), "this site", "original", "reposted".
        "未知", "佚名", "匿名", "网络", "网络整理", "管理员", "系统管理员", "小编", "本站", "原创", "转载",
        # A publication's or update's label left alone where its date was ("Uppdaterad", "Son Güncelleme").
        "updated", "published", "uppdaterad", "publicerad", "oppdatert", "publisert", "opdateret", "udgivet",
        "päivitetty", "julkaistu", "son güncelleme", "güncelleme", "güncellenme", "yayınlanma", "mis à jour",
        "mis à jour à", "mis à jour le", "publié", "publié le", "actualizado", "atualizado", "aggiornato",
        "bijgewerkt", "gepubliceerd", "обновлено", "опубликовано", "zaktualizowano", "opublikowano", "ažurirano",
        "objavljeno", "aktualizováno", "publikováno",
        # A newsroom credited as a whole ("Staff and news service reports", "Staff and wire reports"): no person.
        "staff", "staff reports", "staff report", "staff writer", "staff writers", "news service", "news services",
        "news service reports", "wire reports", "wire services", "wire service reports", "news wire", "wires",
        "letters", "leserbriefe", "leserbrief",  # "Letters To The Editor": readers' letters, not a byline
        # An advertisement's label where a byline would stand ("PAID CONTENT | 12.05.2022").
        "paid content", "paid post", "sponsored", "sponsored content", "sponsored post", "advertorial",
        "partner content", "anzeige", "werbung", "publireportage", "contenu sponsorisé", "contenido patrocinado",
        "materiały prasowe", "materiał partnera", "informacja prasowa",  # Polish "press materials", "partner's"
        # Page controls and menus where a byline was looked for: a feed's link, a hide button, an account menu
        # ("log in", "register", "log out", "settings", "my comments", "my microblog"), a font-size control.
        "rss", "hide this", "top categories", "войти", "вход", "выход", "регистрация", "退出", "点击登录",
        "个人设置", "我的跟贴", "我的微博", "字号", "标签", "標籤",
        "bureau", "correspondent", "our correspondent",  # a desk's credit: "ET Bureau", "Our Correspondent"
        "人氣", "人气",  # a blog's "popularity" counter
        "编制", "職員", "职员",  # "compiled", "staff member"
        "авторские права", "мнения", "по материалам", "page",  # "copyright", "opinions", "after materials of"
        "整理", "编辑整理", "綜合整理", "综合整理",  # Chinese "compiled (by)": a role, split from the name
        "δημοσιεύτηκε", "ενημερώθηκε", "τελευταια ενημερωση", "τελευταία ενημέρωση",  # Greek "published", "updated"
    }
)  # fmt: skip
# The day of the week printed before a byline's date ("Donnerstag, 4. November 2021"), split off as a name.
_WEEKDAYS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
        "segunda feira", "terça feira", "quarta feira", "quinta feira", "sexta feira",
    }
)  # fmt: skip
# An academic or professional title after a name, split off as a name of its own ("Grant Tinsley, PhD",
# "Rachael Link, MS, RD"). As written: "Ma" and "Do" are names.
_DEGREES = frozenset(
    {
        "PhD", "Ph.D.", "Ph.D", "DPhil", "MD", "M.D.", "MS", "M.S.", "MSc", "M.Sc.", "MA", "M.A.", "MBA", "MPH",
        "BSc", "B.Sc.", "RD", "RDN", "RN", "LD", "CDE", "JD", "LL.M.", "Dipl.-Ing.", "FACP",
        "DVM", "VMD", "BSN", "MSN", "DNP", "APRN", "FNP", "PharmD", "DDS", "DMD", "PsyD", "EdD", "MSW", "LCSW",
        "CPA", "CFP", "CFA", "Esq.",
    }
)  # fmt: skip
_DOTLESS_DEGREES = frozenset(degree.replace(".", "") for degree in _DEGREES)  # "M.P.H", "R.D." as "MPH", "RD"
# A picture's credit, not the story's ("Photo by Jane Roe", "Фото из Инстаграма ..."), nor the site's
# template's ("Theme Pirate Rogue von xwolf", "Powered by WordPress").
_PICTURE_CREDIT = re.compile(
    r"^(?:photos?|fotos?|bild|bilder|images?|illustrations?|video|фото|видео)(?:\s+(?:by|von|de|di|из|:)|\s*:|$)"
    r"|^(?:theme|wordpress theme|template|powered)\b"
    r"|^(?:developed|designed|created|built|made|hosted)\s+by\b"  # "Developed By Heba Musa": the site's makers
    r"|\.(?:png|jpe?g|gif|svg|webp)$|^https?$",  # "logo.png", "https": an image's address split up
    re.IGNORECASE,
)
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
# An institution's name, by the word that ends it or one of its words ("Hanns-Seidel-Stiftung", "Deutscher
# Caritasverband", "Bayerische Landesanstalt für Wald"), and a CMS login with "admin" in it ("wordpressadmin").
_INSTITUTION = re.compile(
    r"(?:stiftung|verband|verbandes|landesanstalt|bundesanstalt|ministerium|bundesamt|landesamt|gesellschaft|partei"
    r"|sekretariat"
    r"|foundation|association|institut|institute|universität|university|hochschule|kommission|commission"
    r"|behörde|agentur|departement|department|project|program|programme|initiative|organization|organisation"
    r"|center|centre|zentrum"  # "Center for Drug Evaluation and Research"
    r"|group|gruppe|groupe|grupo|edition|ausgabe"  # "Revised Edition": a book's
    r"|illustrierte|zeitung|zeitschrift|magazin|magazine|verlag"
    r"|company|hospital|newspapers"  # "Ford Motor Company", "Dunedin Hospital", "Independent Newspapers Online"
    r"|агентство|агенция|agencja)(?!\w)"  # a news agency by the word: "Забайкальское Информационное Агентство"
    r"|^ИА\s"  # and by its Russian letters, "ИА «НашБрянск.Ru»" (информационное агентство)
    r"|(?:^|\s)\w*admin\w*$",  # "Q Admin", "adminn"
    re.IGNORECASE,
)
# A comment's author ("Art Edwards says:", "stephangoeldi said, on August 3"): not the story's. The verb in lower
# case, as comment templates print it; capitalised, it is a surname ("Carolyn Said", "Edward Said").
# In lower case only: "By Carolyn Said" names her. Polish and Russian "said", "wrote" are no surnames, and a
# commenter's line title-cased by trafilatura ("Pascalalter Powiedział") is read too.
_COMMENTER = re.compile(
    r"\s(?:says|said|wrote|sagt|schrieb|schreibt|écrit|dice|escribió"
    r"|[Pp]owiedział|[Pp]owiedziała|[Nn]apisał|[Nn]apisała|[Пп]ишет|[Нн]аписал|[Нн]аписала|[Сс]казал|[Сс]казала)$"
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
# Where the story was filed, printed where a name stands: "Em São Paulo (SP)", "En Madrid", "Aus Berlin".
_DATELINE_PLACE = re.compile(r"^(?:em|en|desde|in|aus|à)\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")  # "IFZ", "SID": an institute or agency after a name
_PLACE_AFTER_NAME = re.compile(
    r"^[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-ΩΆ-Ώ][a-zà-ÿā-žа-яёα-ωά-ώ]+$"
)  # one capitalised word: "Berlin", "Кострома"
_DESK = re.compile(r"^\S*(?:redaktion|newsroom|newsdesk)$", re.IGNORECASE)  # "Online-Redaktion": the writer's desk
_LIST_SPLIT = re.compile(r"\s*[,;|]\s*")  # a byline's list separators, not its "and"s
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
# Dates, e-mails, links, captions; the full-width colon and a Chinese page's controls: log in, register, authorise,
# follow, subscribe, download, scan (a QR code), copy, share, save, print: "使用QQ登录", "我已授权", "复制链接".
_NOT_A_NAME = re.compile(
    r"\d|@|https?://|www\.|[():\[\]{}<>=?!：【】]|登录|注册|授权|关注|订阅|下载|扫码|扫一扫|复制|分享|收藏|打印"
    r"|^(?:e-?mail|contact|kontakt)\s"  # a link to write to the author: "Email Greg"
    r"|\b(?:download|скачай|скачать|завантаж\w*)\b",  # an app's prompt: "Скачай наше iPhone приложение"
    re.IGNORECASE,
)
# Chinese credits that are no name, even with figures that would make them a handle: a photographer's ("鄭名娟攝",
# "photographed"), where a report was filed ("嘉義報導"), a list's link ("作者一覽", "list of authors"), a desk and
# its dateline ("大陸新聞組北京17日電": the mainland desk, Beijing, cable of the 17th).
_CJK_NOT_A_NAME = re.compile(r"(?:攝|摄|報導|报道|一覽|一览)$|新聞組|新闻组|\d+日[電电]")
# A blogger's or forum member's handle: one word, letters, then digits ("freeman1984", "Bo2man", "Marianne1").
_HANDLE = re.compile(r"^[^\W\d_]{3,}\w*\d\w*$")
# A host written out as words ("Www Haufe De", "Facebook Com"): trafilatura's
# title-casing of an address, an e-mail's domain; "Emily Co" stays a name.
_HOST_WORDS = re.compile(
    r"^www\b|[\s.](?:com|net|org|de|ch|at|info|pl|fr|it|es|nl|eu|io|uk|cn|ru|ua|gr|jp|kr|tw|hk|br|cz|hu|ro|dk|fi|gov|edu)$",
    re.IGNORECASE,
)
# A company's legal form or a copyright holder: "wegewerk GmbH", "NATURSTROM AG", "Copyright Haufe-Lexware".
_JAPANESE_LEGAL_FORM = "株式会社|有限会社"  # kabushiki kaisha, yūgen kaisha: before or after the company's name
_COMPANY = re.compile(
    rf"\b(?:(?i:gmbh)|AG|KG|Ltd|Ltda|Inc|LLC|PLC|plc|SRL|Corporation|Corp|Copyright|Pvt|PVT|Pty|SpA|SARL)\b"
    rf"|\bS\.A\.|\bS\.r\.l\.|\bs\.r\.o\.|\bB\.V\.|\bN\.V\.|\bS\.p\.A\.|\bS\.L\."
    r"|\b(?i:sp\.?\s?z\s?o\.?\s?o)\b|\sS\.?\s?A\.?$"  # Polish "sp. z o.o."; "INTERIA.PL S.A.", trafilatura's "S A"
    r"|\b(?:ООО|ЗАО|ОАО|ПАО)\b"  # Russian legal forms
    r"|\sCo\.$|\s(?:Interactive|Web Solutions)$"  # "Interline Pro Co.", a web agency: "Pegasus Interactive"
    rf"|{_JAPANESE_LEGAL_FORM}"
)
# A firm's name with an "&", read whole before the "&" splits it: "John Wiley & Sons Ltd", "Smith & Partners".
_FIRM = re.compile(r"&\s*(?:Sons|Co|Partners|Associates|Söhne|Cie)\b")
# The credits of the people who built the site, which old sites give as their author tag ("Web architecture: ...,
# Design: ..., Programming: ..., HTML: ...", "Даниил Кислов - идея, дизайн, контент, программирование - ...").
_SITE_BUILDERS = re.compile(
    r"\b(?:web ?architecture|web ?design|design|programming|html|css|development|hosting"
    r"|дизайн|программирование|верстка|вёрстка|разработка|идея|контент)\b",
    re.IGNORECASE,
)


def names_an_organisation(entries: Iterable[str]) -> bool:
    """One of the author tag's ``entries`` names a company ("AltumNet sp. z o.o.", "John Wiley & Sons Ltd"), the
    site's builders or an address: no person, however its words are spelt."""
    return any(_COMPANY.search(entry) or _ADDRESS_LINE.match(entry) or _credits_no_person(entry) for entry in entries)


def _credits_no_person(entry: str) -> bool:
    """The whole byline ``entry`` credits no person, whatever names it holds: a firm, the site's builders, a
    picture, the site's description."""
    return bool(
        _FIRM.search(entry)
        or _credits_site_builders(entry)
        or _PHOTO_CREDIT.match(entry)
        or _description_with_address(entry)
    )


def _credits_site_builders(entry: str) -> bool:
    """``entry`` credits the site's builders: two of their roles, or one as a label ("Design: Maxim Tkachuk")."""
    matches = list(_SITE_BUILDERS.finditer(entry))
    roles = {match[0].casefold() for match in matches}
    return len(roles) >= 2 or any(re.match(r"\s*[:-]", entry[match.end() :]) for match in matches)


# A picture's credit where the byline stands ("fot. PAP / Leszek Szymański", "Foto: Jane Doe"): the photographer's,
# all of it, not the story's writer's.
_PHOTO_CREDIT = re.compile(
    r"^\s*(?:photos?|fotos?|fot|фото|φωτ(?:ογραφία|ο)?)\s*(?:\.|:|\bby\b|\bvon\b)", re.IGNORECASE
)
_WEB_ADDRESS = re.compile(r"https?://|www\.|@")


def _description_with_address(entry: str) -> bool:
    """A site's description as its author tag: three or more list items and the site's address ("РИА PrimaMedia.
    Последние новости Владивостока, Приморский край, Приморье, Дальний Восток http://primamedia.ru/"); not a
    name with its e-mail and site ("James A. Mathias, admin@1lotus.com, http://www.1lotus.com")."""
    items = _LIST_SPLIT.split(entry)
    return bool(_WEB_ADDRESS.search(entry)) and sum(1 for item in items if not _WEB_ADDRESS.search(item)) >= 3


# An address given as the author tag's list: its phone or fax line ("Tel : 01243 779777").
_ADDRESS_LINE = re.compile(r"^\s*(?:tel|fax|phone|tél|telefon|телефон)\.?\s*:", re.IGNORECASE)
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
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_WIDE = re.compile("[\u3000-\u9fff\uac00-\ud7af]")


def squash(text: str) -> str:
    """Collapse runs of white space into single spaces and strip the ends."""
    return " ".join(text.split())


_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def plain_text(text: str) -> str:
    """A metadata value as plain text: entities a CMS escaped twice or three
    times decoded ("K&amp;uuml;hlt&amp;uuml;rme"), markup it left in removed
    ("&lt;p&gt;Here&amp;#x27;s ...&lt;/p&gt;"), white space collapsed."""
    text = decoded_entities(text)
    return squash(_TAG.sub(" ", text) if "<" in text else text)


def decoded_entities(text: str) -> str:
    """``text`` with its HTML entities decoded, as often as a CMS escaped
    them (up to three times: "And finally&amp;#8230;" is "And finally…")."""
    for _ in range(3):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def visual_length(text: str) -> int:
    """Length with CJK and Hangul characters counted three times: a 60-character
    Japanese paragraph says as much as a 180-character English one."""
    return len(text) + 2 * len(_WIDE.findall(text))


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


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


def _host_parts(url: str | None) -> list[str]:
    """The labels of a page's host, without "www": ["konflikty", "wp", "pl"]."""
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    return [label for label in host.split(".") if label]


def host_label(url: str | None) -> str:
    """The distinctive part of a page's host: "spiegel" for www.spiegel.de,
    "bbc" for www.bbc.co.uk. Site names are usually this label spelt out."""
    labels = _host_parts(url)
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "news", "online")):
        labels.pop()  # "de", "co", "uk", "com", ...
    return _compact(labels[-1]) if labels else ""


# What a site's name is followed by in the name of its web or mobile edition.
_EDITIONS = frozenset(
    {"online", "mobile", "mobil", "digital", "plus", "epaper", "e-paper", "app", "모바일", "モバイル", "電子版"}
)


def _named(text: str, site_names: Iterable[str]) -> bool:
    """``text`` is one of ``site_names``, case, punctuation and spacing aside."""
    key, compact = fold(text), _compact(text)
    return any(fold(name) and (key == fold(name) or _compact(name) == compact) for name in site_names)


def is_site_name(text: str, site_names: Iterable[str], label: str = "") -> bool:
    """``text`` names the site: a known site name, or the host label spelt
    with spaces, dots or a suffix ("mdr.de", "VnExpress", "n-tv NACHRICHTEN")."""
    key = fold(text)
    if not key:
        return False
    if _named(text, site_names):
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
    return len(words) <= 3 and _script(segment) != _script(rest)


def _spells_initials(segment: str, label: str) -> bool:
    """The words of ``segment`` start with the letters of the host ``label``,
    three or more: the name the site's address abbreviates ("Preußische
    Allgemeine Zeitung" on paz.de, "Neue Zürcher Zeitung" on nzz.ch)."""
    words = _ascii_words(segment)
    return len(label) >= 3 and len(words) == len(label) and "".join(word[0] for word in words) == label


_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)


def _ascii_words(text: str, spelled: bool = False) -> list[str]:
    """``text``'s words case-folded, accents dropped (``spelled``: German
    umlauts and ß written out first, as "ae" and "ss", as slugs do)."""
    text = text.casefold()
    if spelled:
        text = text.translate(_SPELLINGS)
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(plain)


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug, the headline written into its path
    ("/2014/05/18/alles-neue-mach-der-mai/"); empty when the path has none (an
    id, a query, fewer than three words)."""
    segments = [unquote(s) for s in urlsplit(url or "").path.split("/")]
    slug = next((s for s in reversed(segments) if s.count("-") + s.count("_") >= 2), "")  # the last one in words
    words = [w for w in _ascii_words(_PAGE_SUFFIX.sub("", slug).replace("_", " ")) if not w.isdigit() or len(w) < 5]
    return frozenset(words) if len(words) >= 3 else frozenset()  # long numbers are ids, not words


def _word_forms(text: str) -> set[tuple[str, str]]:
    """``text``'s words, each as written and with umlauts spelt out, as slugs
    and host names may have them ("gewässer": "gewasser", "gewaesser")."""
    return set(zip(_ascii_words(text), _ascii_words(text, spelled=True), strict=False))


def _spells(word: str, slug_word: str) -> bool:
    # A slug may inflect or cut a long word: "tabaksteuermodernisierungsgesetz" for "...gesetzes".
    return word == slug_word or (len(slug_word) >= 6 and word.startswith(slug_word))


def _slug_match(parts: list[str], slug: frozenset[str]) -> float:
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
    scores = {(i, j): _slug_match(parts[i:j], slug) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
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
    return any(_names_host(p, host, site_names, label) for p in parts) and all(
        len(_WORD.findall(p)) <= 5 for p in parts
    )


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
    see ``slug_words``, and ``host`` its host name in ``_ascii_words`` form,
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
        and _WIDE.search(parts[-1])
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
_GLUED_SEP = "|｜ㅣ\\-–—_·"


def _without_glued_names(title: str, names: list[str]) -> str:
    """A CJK or Korean ``title`` without a known site name glued to either end
    by an unspaced separator, nor a short section name glued before a trailing
    one ("-정치"). Latin titles are left alone: "Kiel-Nord" is no site "Nord"."""
    if not _WIDE.search(title):
        return title
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or len(name) >= len(title):
            continue
        end = re.search(
            rf"(?<=\S)(?:[{_GLUED_SEP}][^\s{_GLUED_SEP}]{{1,4}})?[{_GLUED_SEP}]\s*{re.escape(name)}$", title
        )
        if end:
            return title[: end.start()]
        start = re.match(rf"{re.escape(name)}\s*[{_GLUED_SEP}](?=\S)", title)
        if start:
            return title[start.end() :]
    # A Chinese site names itself "…网" ("net"), "…网站" or "…官网" ("website", "official website"), glued after the
    # headline, perhaps after a section: "-新华网", "--时政--人民网". Named nowhere else on the page, it is the site's.
    # A Japanese company's name, glued on the same way: "…マウスを発売。｜サンワサプライ株式会社".
    end = _CHINESE_SITE.search(title) or _JAPANESE_COMPANY.search(title)
    return title[: end.start()] if end else title


_CHINESE_SITE = re.compile(
    rf"(?<=\S)(?:[{_GLUED_SEP}]+[^\s{_GLUED_SEP}]{{1,6}})?[{_GLUED_SEP}]+[\u4e00-\u9fff]{{1,10}}"
    r"(?:[网網](?:资讯|新闻|频道)?|网站|網站|官网|官網)$"  # "_凤凰网资讯", "_中国载人航天官方网站", "--…学会官网"
)
_JAPANESE_COMPANY = re.compile(
    rf"(?<=\S)[{_GLUED_SEP}]+\s*(?:(?:{_JAPANESE_LEGAL_FORM})[^\s{_GLUED_SEP}]{{1,20}}"
    rf"|[^\s{_GLUED_SEP}]{{1,20}}(?:{_JAPANESE_LEGAL_FORM}))$"
)


def _path_sections(url: str | None) -> frozenset[str]:
    """The folded words of the URL's path segments before its last: the sections a story is filed under
    ("district" in /district/343604)."""
    segments = [unquote(s) for s in urlsplit(url or "").path.split("/") if s][:-1]
    return frozenset(fold(s.replace("-", " ").replace("_", " ")) for s in segments if not s.isdigit())


def _without_section(title: str, sections: frozenset[str]) -> str:
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
        bool(_WIDE.search(glued))
        and 2 * len(text) < len(glued)
        and bool(re.search(rf"(?<=\S)[{_GLUED_SEP}]{re.escape(squash(text))}$", glued))
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
    kicker or tail to it, or when there is no JSON-LD headline and
    ``og:title`` words the <h1>'s story differently; else the structured
    title; else the <h1> when the <title> holds it or words it differently;
    else the <title>; else the title ``fallback`` finds
    elsewhere (called only when needed);
    else the <h1>. Whichever is chosen, the <h1>'s spelling wins when the two
    differ only in quotes, dashes and case. An <h1> that names the site (the <title>'s last segment, or
    the host) is a blog's or site's banner."""
    label, slug = host_label(url), slug_words(url)
    host = "".join(_ascii_words(urlsplit(url or "").hostname or ""))
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
        and (headline or og_title or _slug_match([h1], slug) < 0.8)
    ):
        names.append(h1)  # a blog's or site's name set as the <h1> of every page
        h1 = None

    sections = _path_sections(url)

    def clean(text: str | None) -> str:
        text = _MARKDOWN_HEADING.sub("", text.strip()) if text else ""  # "## Hyper-Local ...": Markdown left in
        text = _PHOTO_NOTE.sub("", strip_site_name(text, names, label, slug, host)) if text else ""
        return _without_section(text, sections) if sections and text else text

    if _cut_short(headline, og_title, h1) or _stray(headline, og_title, h1):
        headline = None
    visible = clean(h1)
    # Not the site's name alone ("Robomow" as every page's og:title) where the page has an <h1>.
    structured = [
        t
        for t in (clean(headline), clean(og_title))
        if t and not _URL_SLUG.match(t) and not (visible and _only_site(t, names, label))
    ]
    if visible and structured and (_adds_to(structured[0], visible) or _glued_to_site(structured[0], visible, names)):
        return visible
    if visible and structured and not clean(headline) and _subtitled(structured[0], visible):
        # The <h1> goes on after og:title's words with a subtitle ("House Renovation Costs in the Bay Area:
        # Room-by-Room Breakdown"): the sharing card's short form of the headline readers see.
        return visible
    if visible and structured and not clean(headline) and _reworded(structured[0], visible):
        # og:title, no JSON-LD headline: the sharing card's wording, where
        # readers see the <h1> ("Nachhaltiger leben" for "Nachhaltig leben").
        return visible
    if visible and structured and not clean(headline) and _site_and_slogan(og_title, html_title, names, label, visible):
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
    return _compact(title) == label or _named(title, site_names)


def _cut_from(title: str, h1: str) -> bool:
    """``title`` is the start of the ``h1`` cut inside a word: "... monitor,
    laptop, and k" for "... laptop, and keyboard (checklist)"."""
    return bool(title) and len(h1) > len(title) and h1.startswith(title) and h1[len(title)].isalnum()


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
    name = _BYLINE_PREFIX.sub("", _BYLINE_LABEL.sub("", part.strip()) + " ").strip(" ,:;-–—|●•·▪■›→【】")
    name = _CREDIT_LABEL.sub("", name)
    name = _MORE_ABOUT.sub("", name)
    name = _NEWSROOM_CODE.sub("", name)
    writer = _FOR_OUTLET.sub("", name)
    name = writer if len(writer.split()) >= 2 else name  # "Organization for Transformative Works" is one name
    for after in (_EXECUTIVE_AFTER, _BUTTON_AFTER, _ARABIC_PLACE_AFTER):
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


def is_job_title(text: str) -> bool:
    """``text`` is a job title ("Senior Writer", "Head of Marketing")."""
    return bool(_JOB_TITLE.search(text))


def is_degree(word: str) -> bool:
    """``word`` is a degree's or a profession's letters as written after a name ("PhD", "M.P.H", "R.D."), or a
    certification's capitals with its registered mark ("CFP®", "CEPF®")."""
    marked = word.rstrip("®™")
    if marked != word and 2 <= len(marked) <= 6 and marked.isalpha() and marked.isupper():
        return True
    return word in _DEGREES or word.replace(".", "") in _DOTLESS_DEGREES


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


def _without_outlet(name: str, site_names: Iterable[str]) -> str:
    """``name`` without the site's name set after it, with or without a role
    ("Adam Aaronson PhillyVoice Staff" on PhillyVoice), or a news agency's."""
    if len(name.split()) < 3:
        return name  # a name of two words and the site's after it: three at least
    for pattern in (*map(_outlet_after_name, site_names), _AGENCY_AFTER_NAME):
        if cut := pattern.search(name):
            rest = name[: cut.start()].rstrip(" -–—|,:;")
            return rest if len(rest.split()) >= 2 else name
    return name


def _join_entity(match: re.Match[str]) -> str:
    """The accented letter an ``_SPLIT_ENTITY`` match stands for, and the rest of its word."""
    char = html.entities.html5.get(match["name"].lower() + ";")
    return f"{char}{match['rest'].lower()}" if char else match[0]


def _is_site(name: str, blocked: set[str], label: str) -> bool:
    """``name`` is the site's own (one of its names, or spelt like its host),
    or a company's ("Süddeutsche.de GmbH"); an acronym that starts one of its
    names is its short name ("LBCI" on "LBCI Lebanon")."""
    key = fold(name)
    return (
        key in blocked
        or is_site_name(name, (), label)
        or bool(_COMPANY.search(name))
        or (name.isupper() and " " not in name and any(site.startswith(key + " ") for site in blocked))
        # The site's name and its tagline after an underscore, as its title gives them ("财讯网_提供股票…" where
        # the site is "财讯网_中国专业财经网站"); its account: the host label and a number ("express1" on express.gr).
        or _site_tagline(name, blocked)
        or (len(label) >= 3 and key != key.rstrip("0123456789") and key.rstrip("0123456789") == label)
    )


def _site_tagline(name: str, blocked: set[str]) -> bool:
    """``name`` is a site's name with a tagline after it, where the site's own name has one after an underscore
    ("财讯网_提供股票…" or trafilatura's "财讯网 提供股票…" where the site is "财讯网_中国专业财经网站")."""
    heads = {site.split("_")[0] for site in blocked if "_" in site}
    return bool(heads) and re.split(r"[_\s]", name.strip(), maxsplit=1)[0].casefold() in heads


def _spells_any(name: str, hosts: list[str]) -> bool:
    """``name`` spells one of the host's labels (see ``_spells_host``)."""
    words = fold(name).split()
    return len(words) >= 2 and any(_spells_host(words, host) for host in hosts)


def _spells_host(words: list[str], label: str, initials_used: int = 0) -> bool:
    """The host ``label`` is these words, each written whole or by its
    initial, with two initials at least: "Los Angeles Times" on latimes.com,
    "New York Daily News" on nydailynews.com, "Wirtualna Polska" on wp.pl.
    A name written whole ("Jane Smith" on janesmith.com) is the site's owner's."""
    if not words:
        return not label and initials_used >= 2
    if not label or len(words) > 6:
        return False
    word = words[0]
    return (
        len(word) > 1 and label.startswith(word) and _spells_host(words[1:], label[len(word) :], initials_used)
    ) or (label[0] == word[0] and _spells_host(words[1:], label[1:], initials_used + 1))


def _is_person(name: str, blocked: set[str], label: str) -> bool:
    key = fold(name)
    return not (
        not key
        or _is_site(name, blocked, label)
        or _AGENCY_DESK.sub("", key.removeprefix("the ")) in AGENCIES  # also "The Associated Press", "Reuters Staff"
        or key in _PICTURE_AGENCIES
        or _OUTLET.search(name)
        or key in _PLACEHOLDERS
        or all(word in _PLACEHOLDERS for word in key.split())  # "Twitter Facebook": an author box's links
        or key in _WEEKDAYS
        or is_month_name(key)  # "January", "Dec": a date's first word, cut from it at its figures
        # A credit and the month of the date cut from after it, as trafilatura leaves them ("PTI Jan", "Postmedia
        # News January"); "Kowalski Jan" stays, a person's name before a first name.
        or (
            len(key.split()) > 1
            and is_month_name(name.split()[-1])
            and not _is_person(name.rsplit(None, 1)[0], blocked, label)
        )
        or _DATELINE_PLACE.match(name)
        or is_commenter(name)
        or _INSTITUTION.search(name)
        or _PICTURE_CREDIT.match(name)
        or _CONTRIBUTED.match(name)
        or (_OUR.match(name) and not _ends_with_desk(name))
        or (_NOT_A_NAME.search(name) and not _HANDLE.match(name))
        or _CJK_NOT_A_NAME.search(name)
        or _HOST_WORDS.search(name)
        or _JOB_TITLE.search(name)
        or _SLUG.match(name)
        or len(key.split()) > 5
        or not name[:1].isalpha()  # ". Tanaka": the rest of a split initial
        or is_phrase(name)
        or _lower_case_phrase(name)
        or key.split()[-1] in _AUTHOR_WORDS
        or len(key.replace(" ", "")) < 2
    )


# "Page Head Extra Author", a template's variable ("page.head.extra.author") trafilatura capitalised; "Guest Author".
_AUTHOR_WORDS = frozenset({"author", "authors", "autor", "autoren", "auteur"})


def _lower_case_phrase(name: str) -> bool:
    """``name`` is a phrase (see ``_LOWER_WORD``); a collective byline of its own ("The Currency editors",
    "Online-Redaktion") stays."""
    return bool(_LOWER_WORD.search(name)) and not _ends_with_desk(name) and not name.endswith(" editors")


# Three words or more, a capitalised one first, then one in lower case that is no name's particle: a phrase
# ("Extension horticulture educators", "Content marketing manager"), not a name ("Ludwig van Beethoven", "Oscar
# de la Hoya", "Abu al-Hassan"). Two words may be a name typed so ("Mobasir hassan").
_LOWER_WORD = re.compile(
    r"^(?=\S+\s+\S+\s+\S)[A-ZÀ-Ý]\S*\s+(?:\S+\s+)*?"
    r"(?!(?:von|vom|van|de|da|del|della|dei|degli|der|den|des|di|du|la|le|lo|bin|binti|bint|ibn|ben|al|el|zu|zum|zur"
    r"|ten|ter|te|dos|das|do|af|av|y|e|i|op|na|ni|mc|ap|ab|und|and)\s)(?![dl]['’])[a-zß-ÿ]{2,}(?:\s|$)"
)


# "Our Product Research Team": a site's team credited as its own, no person ("unserer Redaktion", the desk's
# collective byline, stays).
_OUR = re.compile(r"^(?:our|unser|unsere|unserer|notre|nos|nuestro|nuestra|nuestros|nostro|nostra)\s", re.IGNORECASE)


def is_commenter(name: str) -> bool:
    """``name`` is a comment's author line ("Art Edwards says", see ``_COMMENTER``)."""
    return bool(_COMMENTER.search(name))


def is_phrase(name: str) -> bool:
    """``name`` is a phrase, not a name: "deinen Hochzeitsbloggern" (see ``_PHRASE``); "unserer Redaktion" is the
    desk's collective byline."""
    return bool(_PHRASE.match(name)) and not _ends_with_desk(name)


def _ends_with_desk(name: str) -> bool:
    """``name``'s last word is a desk ("unserer Redaktion", "Our Newsroom"): a collective byline."""
    return bool(_DESK.match(name.split()[-1]))


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
    entry = _LEGAL_FORM.sub("", _BYLINE_PREFIX.sub("", squash(_LINK.sub(" ", entry))))
    return _READING_TIME.sub("", without_picture_credit(entry))


# "5 Min Read", "Lesedauer: 3 Min.", "Lesezeit 4 Minuten", "3 min de lecture": how long the story takes to read.
_READING_TIME = re.compile(
    r"\s*[·•|-]?\s*(?:(?:lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura)\s*:?\s*)?"
    r"\b\d{1,2}\s*(?:min(?:ute)?s?|minuten|min\.)(?:\s+(?:read|lesen|de lecture|de lectura|lectura))?(?!\w).*$",
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
    head, *address = _LIST_SPLIT.split(stripped)
    return (
        fold(stripped) in blocked
        or bool(address and _is_site(_author_name(head), blocked, label))
        or _site_tagline(stripped, blocked)
    )


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
    while words and (fold(words[-1].strip(",")) in _WEEKDAYS or words[-1].lower() in _BEFORE_A_DATE):
        words.pop()  # "Joe Wee Monday, February 29", "Nicole Gallucci on December 13, 2016"
    if not words or (len(words) < 2 and not _WIDE.search(words[0])) or any(word[:1].islower() for word in words):
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
    hosts = [part for part in _host_parts(url)[:-1] if len(part) >= 2]  # not its top-level domain
    raw = list(raw)
    if any(_ADDRESS_LINE.match(entry) for entry in raw):
        return names  # a company's address as the author tag's list ("John Wiley & Sons Ltd", "Chichester", "Tel: ...")
    for entry in raw:
        entry = _unescaped(entry)
        stripped = _stripped(entry)
        if _credits_site(entry, stripped, blocked, label) or _credits_no_person(entry):
            continue
        entry = _without_job_titles(_URL_REMAINS.sub("", _SECTION_BEFORE.sub("", before_date(stripped))))
        entry = _TRANSLATOR_AFTER.sub("", entry)
        held = _IBERIAN_SURNAME.sub(rf"\1{_JOINT}\2{_JOINT}\3", entry)
        parts = [part.replace(_JOINT, " ") for part in _AUTHOR_SPLIT.split(held)]
        first = _author_name(parts[0])
        if len(parts) > 1 and (_is_site(first, blocked, label) or _INSTITUTION.search(first)):
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
            name = _without_outlet(_author_name(part), site_names)
            if is_degree(name) and (index > 0 or names or name.endswith(("®", "™"))):
                # "Grant Tinsley, PhD", ["Paul Deer", "CFP®"]; a byline of only "MS" or "LD" is a person's initials.
                continue
            if (
                index > 0
                and (_PLACE_AFTER_NAME.match(name) or _ACRONYM.match(name) or _DESK.match(name))
                and _after_a_name(_author_name(parts[index - 1]))
                and re.search(rf"[,|;]\s*{re.escape(part)}\s*(?:[,|;]|$)", entry)
            ):
                # "Von Markus Balser, Berlin": the city the reporter files from, after the name and a comma;
                # "Sylvia Grossgasteiger, IFZ": her institute; "Mathilda Trausch, Online-Redaktion": her desk.
                continue
            if fold(name) not in seen and _is_person(name, blocked, label) and not _spells_any(name, hosts):
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
    head, *rest = _LIST_SPLIT.split(entry)
    kept, titled = [head], False
    for segment in rest:
        name = _author_name(segment)
        if _JOB_TITLE.search(name) or _JOB_TITLE.search(name.removesuffix("s")):
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
    return bool(_BYLINE_PREFIX.match(text))


def is_byline(line: str, author_keys: Iterable[str] = ()) -> bool:
    """A short line that credits the authors ("By Jane Doe, The Tribune"), or
    one of the authors' names alone (``author_keys``: folded names), or one
    of them followed by a date ("Patricio Candia | Palma de Mallorca | 08/01/2014")."""
    if len(line) < 120 and (label := _BYLINE_PREFIX.match(line)) and not _sentence_after(line, line[label.end() :]):
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
    paragraphs = [_one_cells_text(squash(line)) for line in text.splitlines()]
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
        + [p for p in paragraphs[1:3] if not ((kicker and is_date_line(p)) or _credits_an_author(p, author_keys))]
        + paragraphs[3:]
    )
    return _until_stop(_with_datelines_joined(paragraphs), tuple(stop))


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
    label = _BYLINE_PREFIX.match(line)
    if not label or len(line) > 120:
        return False
    named = fold(before_date(line[label.end() :]).split(",")[0])
    return any(named == key or named.startswith(f"{key} ") for key in author_keys if key)


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
