"""Month names as news pages print them, for reading dates written in words: English, Arabic (Egyptian/Gulf,
Levantine and Maghrebi forms), Persian, French, German, Spanish, Portuguese, Italian, Russian and Turkish in one
table, some thirty other languages (``MONTHS_OF_LANGUAGE``: Dutch and Polish to Greek, Hindi, Hebrew and Thai) in
another, each in the grammatical case that language uses in dates; and the regular expressions that find them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "ژانویه", "janvier", "januar", "jänner", "enero",
        "janeiro", "gennaio", "января", "январь", "ocak", "january", "jan"),
    2: ("فبراير", "شباط", "فيفري", "فوریه", "février", "fevrier", "februar", "febrero",
        "fevereiro", "febbraio", "февраля", "февраль", "şubat", "subat", "february", "feb"),
    3: ("مارس", "آذار", "اذار", "mars", "märz", "marz", "marzo", "março", "marco", "марта",
        "март", "mart", "march", "mar"),
    4: ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "آوریل", "avril", "april", "abril",
        "aprile", "апреля", "апрель", "nisan", "apr"),
    5: ("مايو", "أيار", "ايار", "ماي", "مه", "mai", "mayo", "maio", "maggio", "мая", "май",
        "mayıs", "mayis", "may"),
    6: ("يونيو", "يونيه", "حزيران", "جوان", "ژوئن", "juin", "juni", "junio", "junho", "giugno",
        "июня", "июнь", "haziran", "june", "jun"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "ژوئیه", "juillet", "juli", "julio", "julho",
        "luglio", "июля", "июль", "temmuz", "july", "jul"),
    8: ("أغسطس", "اغسطس", "آب", "أوت", "اوت", "août", "aout", "august", "agosto", "августа",
        "август", "ağustos", "agustos", "aug"),
    9: ("سبتمبر", "أيلول", "ايلول", "سپتامبر", "septembre", "september", "septiembre",
        "setembro", "settembre", "сентября", "сентябрь", "eylül", "eylul", "sep", "sept"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "اکتبر", "octobre", "oktober",
         "octubre", "outubro", "ottobre", "октября", "октябрь", "ekim", "october", "oct"),
    11: ("نوفمبر", "تشرين الثاني", "نوامبر", "novembre", "november", "noviembre", "novembro",
         "ноября", "ноябрь", "kasım", "kasim", "nov"),
    12: ("ديسمبر", "كانون الأول", "كانون الاول", "دسامبر", "décembre", "decembre", "dezember",
         "diciembre", "dezembro", "dicembre", "декабря", "декабрь", "aralık", "aralik",
         "december", "dec"),
}  # fmt: skip
# The month names other languages print in a date, January to December, as they print them after a day
# ("3 grudnia 2023", "1. joulukuuta 2023", "5 Δεκεμβρίου 2023"): in the genitive or partitive where the language
# uses one. A name two languages give to different months is left out: "listopada" is November in Polish and
# October in Croatian, and a wrong month is worse than no date.
MONTHS_OF_LANGUAGE: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "et": ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "", "grudnia"),
    "cs": ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"),
    "sk": ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"),
    "hr": ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "",
           "studenoga", "prosinca"),
    "sr": ("januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar",
           "novembar", "decembar"),
    "sr-Cyrl": ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар",
                "новембар", "децембар"),
    "sl": ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"),
    "bg": ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"),
    "mk": ("јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
           "ноември", "декември"),
    "el": ("ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
           "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"),
    "el-nominative": ("ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος",
                      "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"),  # "Δημοσιεύτηκε: Δεκέμβριος 20 2011"
    "sq": ("janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
           "dhjetor"),
    "ca": ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"),
    "id": ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"),
    "ms": ("januari", "februari", "mac", "april", "mei", "jun", "julai", "ogos", "september", "oktober", "november",
           "disember"),
    "sw": ("januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
           "novemba", "desemba"),
    "af": ("januarie", "februarie", "maart", "april", "mei", "junie", "julie", "augustus", "september", "oktober",
           "november", "desember"),
    "hi": ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर",
           "दिसंबर"),
    "hi-alt": ("", "फरवरी", "", "अप्रेल", "", "", "", "", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"),
    "bn-alt": ("জানুয়ারী", "ফেব্রুয়ারী", "", "", "", "", "", "অগাস্ট", "", "", "", ""),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
    # Hebrew writes the month after the preposition "ב" (in): "5 בדצמבר 2023".
    "he": ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
           "דצמבר"),
    # Thai, in full and short; its years are the Buddhist era's, 543 ahead ("5 ธ.ค. 2566" is 2023).
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
           "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
    "th-short": ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."),
}  # fmt: skip
THAI_MONTHS = frozenset(MONTHS_OF_LANGUAGE["th"] + MONTHS_OF_LANGUAGE["th-short"])
BUDDHIST_ERA = 543
# Short forms in other languages than English ("04-ago-2021" on a Spanish HubSpot blog, "12 déc. 2023", "3 Okt 2022");
# not those that are English words ("set", "out", "mag", "gen").
_SHORT_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("ene", "janv"), 2: ("févr", "fevr", "fev"), 3: ("mär",), 4: ("abr", "avr"), 6: ("giu",),
    7: ("juil", "lug"), 8: ("ago",), 10: ("okt", "ott"), 12: ("dic", "dez", "déc"),
}  # fmt: skip
MONTH_OF = {name: number for months in (_MONTHS, _SHORT_MONTHS) for number, names in months.items() for name in names}
# Month first ("March 14, 2025", "Dec. 5, 2023") is read in the languages of these two tables only: the others
# write the day first, and a longer list would be tried at every word of a text.


def _alternation(names: Iterable[str]) -> str:
    """A regular expression's alternatives for ``names``, the longest first (so "januari" wins over "januar")."""
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


MONTH_FIRST_RE = _alternation(MONTH_OF)


def _spellings(language: str, name: str) -> set[str]:
    """How pages spell a month's ``name``: Hindi's फ़ and Bengali's य़ typed as a letter and its dot (as in the
    table) or as one character; Hebrew after the preposition "ב" (in); Greek in capitals, which drop the accent
    but keep the diaeresis ("ΜΑΪΟΥ") or drop both ("ΜΑΙΟΥ"), read here in lower case."""
    spellings = {name, name.replace("\u092b\u093c", "\u095e").replace("\u09af\u09bc", "\u09df")}
    if language == "he":
        spellings.add("ב" + name)
    if language == "el":
        marks = unicodedata.normalize("NFD", name)
        spellings.add(unicodedata.normalize("NFC", marks.replace("\u0301", "")))
        spellings.add("".join(char for char in marks if not unicodedata.combining(char)))
    return spellings


for _language, _names in MONTHS_OF_LANGUAGE.items():
    for _number, _name in enumerate(_names, start=1):
        if _name:
            MONTH_OF.update(dict.fromkeys(_spellings(_language, _name), _number))
MONTH_RE = _alternation(MONTH_OF)


def is_month_name(word: str) -> bool:
    """``word`` names a month, in full or short ("January", "Dec", "März")."""
    return word.lower().rstrip(".") in MONTH_OF  # not casefold(): it spells Greek final ς as σ
