"""Whether a byline's part names a person: not an agency, an organisation or company, a placeholder, a job title,
a degree, a phrase, a commenter or the site itself."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.months import is_month_name
from pipelines.sitenames import JAPANESE_LEGAL_FORM, is_site_name
from pipelines.text import fold

# A contributor's credit without the name: "Special to National Post" (the writer is not on the staff).
_CONTRIBUTED = re.compile(r"^(?i:special\s+to)(?!\w)")
# A job title where a name stands ("News Reporter", "Senior Writer", "Politics Correspondent"), by its last word or
# the one before "of", "at" or "for" ("Sr. Director of Operations", "CEO of CaseBasix" once the site's name went);
# also after a name and a comma ("Daniel Kahn Gillmor, Senior Staff Technologist").
JOB_TITLE = re.compile(
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
WEEKDAYS = frozenset(
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
# An institution's name, by the word that ends it or one of its words ("Hanns-Seidel-Stiftung", "Deutscher
# Caritasverband", "Bayerische Landesanstalt für Wald"), and a CMS login with "admin" in it ("wordpressadmin").
INSTITUTION = re.compile(
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
# Where the story was filed, printed where a name stands: "Em São Paulo (SP)", "En Madrid", "Aus Berlin".
_DATELINE_PLACE = re.compile(r"^(?:em|en|desde|in|aus|à)\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE)
DESK = re.compile(r"^\S*(?:redaktion|newsroom|newsdesk)$", re.IGNORECASE)  # "Online-Redaktion": the writer's desk
LIST_SPLIT = re.compile(r"\s*[,;|]\s*")  # a byline's list separators, not its "and"s
NAME_LIST = re.compile(r"\s*(?:/|,|&|\band\b|\bund\b)\s*", re.IGNORECASE)  # "Mathatisi Sebusi/Mohalenyane Phakela"
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
_COMPANY = re.compile(
    rf"\b(?:(?i:gmbh)|AG|KG|Ltd|Ltda|Inc|LLC|PLC|plc|SRL|Corporation|Corp|Copyright|Pvt|PVT|Pty|SpA|SARL)\b"
    rf"|\bS\.A\.|\bS\.r\.l\.|\bs\.r\.o\.|\bB\.V\.|\bN\.V\.|\bS\.p\.A\.|\bS\.L\."
    r"|\b(?i:sp\.?\s?z\s?o\.?\s?o)\b|\sS\.?\s?A\.?$"  # Polish "sp. z o.o."; "INTERIA.PL S.A.", trafilatura's "S A"
    r"|\b(?:ООО|ЗАО|ОАО|ПАО)\b"  # Russian legal forms
    r"|\sCo\.$|\s(?:Interactive|Web Solutions)$"  # "Interline Pro Co.", a web agency: "Pegasus Interactive"
    rf"|{JAPANESE_LEGAL_FORM}"
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
    return any(_COMPANY.search(entry) or ADDRESS_LINE.match(entry) or credits_no_person(entry) for entry in entries)


def credits_no_person(entry: str) -> bool:
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
    items = LIST_SPLIT.split(entry)
    return bool(_WEB_ADDRESS.search(entry)) and sum(1 for item in items if not _WEB_ADDRESS.search(item)) >= 3


# An address given as the author tag's list: its phone or fax line ("Tel : 01243 779777").
ADDRESS_LINE = re.compile(r"^\s*(?:tel|fax|phone|tél|telefon|телефон)\.?\s*:", re.IGNORECASE)


def is_job_title(text: str) -> bool:
    """``text`` is a job title ("Senior Writer", "Head of Marketing")."""
    return bool(JOB_TITLE.search(text))


def is_degree(word: str) -> bool:
    """``word`` is a degree's or a profession's letters as written after a name ("PhD", "M.P.H", "R.D."), or a
    certification's capitals with its registered mark ("CFP®", "CEPF®")."""
    marked = word.rstrip("®™")
    if marked != word and 2 <= len(marked) <= 6 and marked.isalpha() and marked.isupper():
        return True
    return word in _DEGREES or word.replace(".", "") in _DOTLESS_DEGREES


def is_site(name: str, blocked: set[str], label: str) -> bool:
    """``name`` is the site's own (one of its names, or spelt like its host),
    or a company's ("Süddeutsche.de GmbH"); an acronym that starts one of its
    names is its short name ("LBCI" on "LBCI Lebanon")."""
    key = fold(name)
    return (
        key in blocked
        or is_site_name(name, (), label)
        or bool(_COMPANY.search(name))
        # One word that starts one of its names: an acronym, its short name ("LBCI" of "LBCI Lebanon"); a
        # capitalised word before two more, the company its blog or magazine is named after ("Google" of "Google
        # Online Security Blog"; not a handle in lower case, "mady" on "Mady Morrison Yoga Blog": the blog's owner).
        or (
            " " not in key
            and any(
                site.startswith(key + " ") and (name.isupper() or (name[:1].isupper() and len(site.split()) >= 3))
                for site in blocked
            )
        )
        # The site's name and its tagline after an underscore, as its title gives them ("财讯网_提供股票…" where
        # the site is "财讯网_中国专业财经网站"); its account: the host label and a number ("express1" on express.gr).
        or site_tagline(name, blocked)
        or (len(label) >= 3 and key != key.rstrip("0123456789") and key.rstrip("0123456789") == label)
    )


def site_tagline(name: str, blocked: set[str]) -> bool:
    """``name`` is a site's name with a tagline after it, where the site's own name has one after an underscore
    ("财讯网_提供股票…" or trafilatura's "财讯网 提供股票…" where the site is "财讯网_中国专业财经网站")."""
    heads = {site.split("_")[0] for site in blocked if "_" in site}
    return bool(heads) and re.split(r"[_\s]", name.strip(), maxsplit=1)[0].casefold() in heads


def spells_any(name: str, hosts: list[str]) -> bool:
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


def is_person(name: str, blocked: set[str], label: str) -> bool:
    key = fold(name)
    return not (
        not key
        or is_site(name, blocked, label)
        or _AGENCY_DESK.sub("", key.removeprefix("the ")) in AGENCIES  # also "The Associated Press", "Reuters Staff"
        or key in _PICTURE_AGENCIES
        or _OUTLET.search(name)
        or key in _PLACEHOLDERS
        or all(word in _PLACEHOLDERS for word in key.split())  # "Twitter Facebook": an author box's links
        or key in WEEKDAYS
        or is_month_name(key)  # "January", "Dec": a date's first word, cut from it at its figures
        # A credit and the month of the date cut from after it, as trafilatura leaves them ("PTI Jan", "Postmedia
        # News January"); "Kowalski Jan" stays, a person's name before a first name.
        or (
            len(key.split()) > 1
            and is_month_name(name.split()[-1])
            and not is_person(name.rsplit(None, 1)[0], blocked, label)
        )
        or _DATELINE_PLACE.match(name)
        or is_commenter(name)
        or INSTITUTION.search(name)
        or _PICTURE_CREDIT.match(name)
        or _CONTRIBUTED.match(name)
        or (_OUR.match(name) and not _ends_with_desk(name))
        or (_NOT_A_NAME.search(name) and not _HANDLE.match(name))
        or _CJK_NOT_A_NAME.search(name)
        or _HOST_WORDS.search(name)
        or JOB_TITLE.search(name)
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
    return bool(DESK.match(name.split()[-1]))
