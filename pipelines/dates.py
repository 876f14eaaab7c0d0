"""Publication dates: machine-readable values and dates written in words.

News pages print dates in the reader's language ("14 فبراير 2022 19:09",
"12 mars 2025", "3. März 2024"); ``pipelines.months`` holds the month names of
some forty languages' news sites. Persian dates in the Solar Hijri calendar and
Thai ones in the Buddhist era are converted to Gregorian ones.
A time printed without a zone is taken in the caller's default zone (the
source's, else ``DEFAULT_TIMEZONE``). Every result is an aware datetime that
keeps the offset the page gave (records store it in UTC, but the day as the
page printed it stays recoverable); a date in the future is never returned.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from pipelines.months import BUDDHIST_ERA, MONTH_FIRST_RE, MONTH_OF, MONTH_RE, THAI_MONTHS

# Arabic-Indic, extended (Persian), Devanagari, Bengali, Thai and full-width digits; Arabic/Persian AM-PM markers.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯๐๑๒๓๔๕๖๗๘๙０１２３４５６７８９", "0123456789" * 6)
_TIME = r"(?:[^\w\n]{0,4}(?:at|um|à|a las|às|alle|om|kl\.|klo|o|u|lúc|в|الساعة|ساعت)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.|ص|م|ق\.ظ|ب\.ظ)?)?"  # noqa: E501
# The Levant writes a month by both its names, "28 آب/اغسطس 2013", "3 كانون الثاني/يناير 2020": the first is read.
# Also with hyphens: "04-Aug-2021", "04-ago-2021"; Catalan's "1 d'agost de 2023".
_DAY_FIRST = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:\.?\s*(?:de\s+|d['’]|of\s+)?|-)(?P<month>{MONTH_RE})(?:\s*/\s*(?:{MONTH_RE}))?"
    rf"(?:\.?,?\s*(?:de\s+)?|-)(?P<year>\d{{4}})(?!\d){_TIME}",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<month>{MONTH_FIRST_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d){_TIME}",
    re.IGNORECASE,
)
# "19.10.2019 07:49 Uhr": the dotted numeric form is day first wherever it is used (German, Russian,
# Polish, Turkish ...); slashed forms are left alone, as "10/11/2021" is read both ways.
_DOTTED = re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})(?!\d)(?!\.\d){_TIME}")
# "31.10.23", "06.11.23 14:05": the dotted form with a two-digit year, read only on a line of its own (a
# dateline), where nothing else is written so; both day and month have two digits, as no version number has.
_DOTTED_SHORT = re.compile(rf"(?<![\d.])(?P<day>\d{{2}})\.(?P<month>\d{{2}})\.(?P<year>\d{{2}})(?![\d.]){_TIME}")
# "2025年1月14日 01時28分", "2024년 5월 3일 오후 8:00": year, month, day in Chinese, Japanese and Korean.
_CJK = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:[^\w\n]{0,3}(?P<ampm>午前|午後|上午|下午|오전|오후)?\s*(?P<hour>\d{1,2})\s*[:時时시]\s*(?P<minute>\d{2}))?"
)
# "Written: 2023-11-07 15:03:30", "2021-10-16 | Botschaft": the ISO form printed for readers (near the start,
# as a dotted date: further down it is more often a file's or a table's).
_ISO_PRINTED = re.compile(
    r"(?<![\d./-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d/-])"
    r"(?!T)(?:\s{1,3}(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?)?"  # a 24-hour clock; "T": a machine's
)
# "2 تیر 1399 - 12:09:08 ب.ظ": the Solar Hijri calendar of Iran and Afghanistan, its months by their Persian
# names (each also with the Arabic letters ي and ك that many sites type), its years 13xx and 14xx.
_SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_SOLAR_MONTH_OF = {
    spelling: number
    for number, name in enumerate(_SOLAR_MONTHS, start=1)
    for spelling in {name, name.replace("ی", "ي").replace("ک", "ك")}
}
_SOLAR_MONTH_RE = "|".join(sorted(_SOLAR_MONTH_OF, key=len, reverse=True))
_SOLAR = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_SOLAR_MONTH_RE})(?!\w)\s*(?P<year>1[34]\d\d)(?!\d){_TIME}"
)
# "2020.08.27 20:27", "2020. 06. 04.": the dotted form year first (Korea, China, Japan, Hungary, Lithuania).
_DOTTED_YEAR_FIRST = re.compile(
    rf"(?<![\d.])(?P<year>(?:19|20)\d\d)\.\s?(?P<month>\d{{1,2}})\.\s?(?P<day>\d{{1,2}})\.?(?![\d.]){_TIME}"
)
# "2023. december 5. 14:30", "2023. dec. 5.": Hungarian writes the year first, each part with a dot.
_YEAR_FIRST = re.compile(
    rf"(?<![\d.])(?P<year>(?:19|20)\d\d)\.\s*(?P<month>{MONTH_RE})\.?\s+(?P<day>\d{{1,2}})\.(?!\d){_TIME}",
    re.IGNORECASE,
)
# "ngày 5 tháng 12 năm 2023", "5 tháng 12, 2023": Vietnamese names a month by its number.
_VIETNAMESE = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\s+tháng\s+(?P<month>\d{{1,2}})(?:\s+năm|,)?\s+(?P<year>\d{{4}})(?!\d){_TIME}",
    re.IGNORECASE,
)
_DATE_FORMS = (
    _DAY_FIRST, _MONTH_FIRST, _DOTTED, _CJK, _ISO_PRINTED, _SOLAR, _DOTTED_YEAR_FIRST, _YEAR_FIRST, _VIETNAMESE
)  # fmt: skip
# "03/05/2022 21:44": day first in most of the world, month first in the US; read only with a time, both ways
# (see ``slashed_moments``).
_SLASHED = re.compile(
    r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\d/])[^\w\n]{0,4}(?:at|um|às|a las|alle)?\s*"
    r"(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)
# "05/12/2020 - 15:10", "12/05/2020": a slashed date, read either way, so only recognised as a line that is a date.
_SLASHED_DAY = re.compile(
    r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])(?:[^\w\n]{0,4}\d{1,2}[:h]\d{2}(?::\d{2})?)?"
)
# A dotted date is the dateline only near the start of the text searched; further down it is more often a
# deadline, a table cell or a comment's date than the story's.
_DOTTED_REACH = 600
# What says a printed date is the page's last update, not its publication ("Updated", "Stand", "Mis à jour").
UPDATE_WORDS = (
    r"(?:updated|update|last modified|aktualisiert|stand|mis à jour|mise à jour|actualizado|actualización|atualizado"
    r"|aggiornato|bijgewerkt|oppdatert|opdateret|uppdaterad|päivitetty|zaktualizowano|обновлено|تحديث|آخر تحديث)"
)
# A publication label right before a date, on its line: "Published On", "Veröffentlicht am", "Publié le", "نشر في".
_PUBLISHED_WORDS = (
    r"(?:published|posted|original|veröffentlicht|publiziert|erschienen|publié|publicado|pubblicato|gepubliceerd|publisert"
    r"|publicerad|udgivet|julkaistu|opublikowano|опубликовано|yayınlanma|yayınlandı|نشر|تاريخ النشر"
    # Chinese "发布时间" (time published), "发表于" (posted on); Japanese "公開日", "投稿日", "掲載日", "配信日" (day
    # published, posted, carried, sent out); Korean "입력" (entered), "등록일" (day registered), "게재" (carried).
    r"|发布时间|发布日期|发表时间|发表日期|发表于|发布于|發布時間|發佈時間|發表於|公開日|投稿日|掲載日|配信日|입력|등록일|게재)"
)
_LABEL_WORDS = r"(?:\s+(?:on|am|le|el|em|il|op|den|в|في|tarihi))?\s*[:：]?\s*"
_PUBLISHED_LABEL = re.compile(rf"\b{_PUBLISHED_WORDS}{_LABEL_WORDS}(?:\w+,\s*)?$", re.IGNORECASE)
# A publication or update label that ends a text, as before the date that follows it.
# Also glued to what comes before it, as a capitalised word: "PTIUpdated: March 3, 2020".
_DATE_LABEL = re.compile(
    rf"(?:\b|(?<=\w)(?=[A-Z]))(?:(?:last|zuletzt)\s+)?(?:{_PUBLISHED_WORDS}|{UPDATE_WORDS}){_LABEL_WORDS}$",
    re.IGNORECASE,
)
_ISO_START = re.compile(r"^\d{4}-\d{1,2}")
# "2023-1-26", "2022-1-26T4:32:06+02:00": a CMS's ISO date without its zeros.
_UNPADDED = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:([T ])(\d{1,2})(?=:))?")
_FUTURE_SLACK = timedelta(days=1)  # pages in zones ahead of UTC may be dated "tomorrow"


def zone(name: str | None) -> tzinfo:
    """The zone called ``name`` (IANA), UTC when empty."""
    return ZoneInfo(name) if name and name.upper() != "UTC" else UTC


def _aware(value: datetime, default_tz: tzinfo) -> datetime:
    return value.replace(tzinfo=default_tz) if value.tzinfo is None else value


def _not_future(value: datetime | None, now: datetime | None) -> datetime | None:
    if value is None:
        return None
    limit = (now or datetime.now(UTC)) + _FUTURE_SLACK
    return value if value <= limit and value.year >= 1990 else None


# ISO 8601's basic format, without the separators: "20200316", "20200316T13:00:00Z", "20200316T130000Z".
_ISO_BASIC = re.compile(
    r"^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?(?=[Z+-]|$)"
)


def _extended(match: re.Match[str]) -> str:
    year, month, day, hour, minute, second = match.groups()
    return f"{year}-{month}-{day}" + (f"T{hour}:{minute}:{second or '00'}" if hour else "")


def _padded(match: re.Match[str]) -> str:
    year, month, day, sep, hour = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}" + (f"{sep}{int(hour):02d}" if sep else "")


def _parse_iso(text: str) -> datetime:
    text = _UNPADDED.sub(_padded, text)
    text = re.sub(r"\s+(Z|[+-]\d{2}:?\d{2})$", r"\1", text)  # "07:15:00 +01:00"
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)  # "+0100" -> "+01:00"
    return datetime.fromisoformat(text.replace(" ", "T", 1))


# The European zones where a country's or a language's sites keep their clocks, for telling a day from a
# moment (``local_midnight``). Elsewhere a language spans many zones (English, Spanish, Arabic, Russian).
_CENTRAL = "Europe/Berlin"
_ZONE_OF_TLD = {
    **dict.fromkeys(
        ("de", "at", "ch", "li", "fr", "it", "nl", "be", "lu", "pl", "cz", "sk", "hu", "se", "dk", "no", "es", "hr",
         "si", "rs", "ba", "me", "mk", "al", "mt", "ad", "mc", "sm", "va"),
        _CENTRAL,
    ),
    **dict.fromkeys(("uk", "ie", "pt", "fo"), "Europe/London"),
    **dict.fromkeys(("fi", "ee", "lv", "lt", "gr", "cy", "ro", "bg", "ua", "md"), "Europe/Helsinki"),
}  # fmt: skip
_ZONE_OF_LANGUAGE = {
    **dict.fromkeys(("de", "nl", "pl", "cs", "sk", "hu", "sv", "da", "no", "nb", "nn", "hr", "sl", "it"), _CENTRAL),
    **dict.fromkeys(("fi", "et", "lv", "lt", "el", "ro", "bg", "uk"), "Europe/Helsinki"),
}


def local_midnight(
    value: datetime | None, host: str, language: str | None, default_tz: tzinfo = UTC
) -> datetime | None:
    """``value`` shown in the site's zone when it is exactly midnight there:
    a day without a time that the site's system stored as its local midnight
    in UTC ("2021-11-04T23:00:00Z" on a German site is 5 November). The same
    moment, with the offset that keeps its day. The site's zone is the
    source's (``default_tz``) when it has one, else its country domain's, else
    its language's where that is spoken in one zone; otherwise, or at any
    other time of day, ``value`` is unchanged."""
    if value is None or value.utcoffset() != timedelta(0) or (value.hour, value.minute) == (0, 0):
        return value
    name = _ZONE_OF_TLD.get(host.rpartition(".")[2]) or _ZONE_OF_LANGUAGE.get((language or "").lower()[:2])
    site = default_tz if default_tz is not UTC else ZoneInfo(name) if name else None
    local = value.astimezone(site) if site else value
    return local if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0) else value


def parse_machine_date(raw: str | None, default_tz: tzinfo = UTC, now: datetime | None = None) -> datetime | None:
    """Parse an ISO 8601 or RFC 2822 value from metadata; ``None`` when unusable."""
    if not raw or not isinstance(raw, str):
        return None
    text = _ISO_BASIC.sub(_extended, raw.strip().translate(_DIGITS))
    try:
        parsed = _parse_iso(text) if _ISO_START.match(text) else parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return _not_future(_aware(parsed, default_tz), now)


def _clock(match: re.Match[str]) -> tuple[int, int]:
    """The hour (24-hour clock) and minute a date match printed, midnight when none."""
    hour = int(match["hour"]) if match["hour"] else 0
    minute = int(match["minute"]) if match["minute"] else 0
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")  # the ISO form has none
    if ampm in ("pm", "م", "بظ", "午後", "下午", "오후") and hour < 12:
        hour += 12
    elif ampm in ("am", "ص", "قظ", "午前", "上午", "오전") and hour == 12:
        hour = 0
    return hour, minute


def _from_match(match: re.Match[str], default_tz: tzinfo) -> datetime | None:
    try:
        if match.re is _SOLAR:
            day = _solar_to_gregorian(int(match["year"]), _SOLAR_MONTH_OF[match["month"]], int(match["day"]))
            return _aware(datetime(day.year, day.month, day.day, *_clock(match)), default_tz)
        month = int(match["month"]) if match["month"].isdigit() else MONTH_OF[match["month"].lower()]
        year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)  # "31.10.23": this century's
        if match["month"] in THAI_MONTHS and year > 2400:
            year -= BUDDHIST_ERA
        local = datetime(year, month, int(match["day"]), *_clock(match))
    except (ValueError, KeyError):
        return None
    return _aware(local, default_tz)


# The years of the Solar Hijri calendar where its 33-year pattern of leap years shifts (Borkowski, "The
# Persian calendar for 3000 years", 1996): the calendar follows the March equinox as seen from Tehran.
_SOLAR_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456)


def _nowruz(year: int) -> date:
    """The Gregorian day of 1 Farvardin, the first day of Solar Hijri ``year``."""
    leaps, start, jump = -14, _SOLAR_BREAKS[0], 0
    for end in _SOLAR_BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        start = end
    into = year - start
    leaps += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leaps += 1
    gregorian = year + 621
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leaps - gregorian_leaps)


def _solar_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one: six months of 31 days, five of 30, then 29 or 30."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} in month {month}")
    days = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    found = _nowruz(year) + timedelta(days=days + day - 1)
    if month == 12 and found >= _nowruz(year + 1):
        raise ValueError("30 Esfand of a common year")
    return found


def _date_matches(text: str) -> list[re.Match[str]]:
    """The dates ``text`` prints; one with a two-digit year ("27.04.24") only right after a publication label."""
    matches = [match for regex in _DATE_FORMS for match in regex.finditer(text)]
    short = [match for match in _DOTTED_SHORT.finditer(text) if _PUBLISHED_LABEL.search(text, 0, match.start())]
    return matches + short


def printed_date_start(text: str) -> int | None:
    """Where the first date ``text`` prints starts ("March 25, 2015", "22 de Abril de 2022"), with its
    publication or update label ("Updated", "Veröffentlicht am"), else ``None``."""
    starts = [match.start() for match in _date_matches(text.translate(_DIGITS))]  # same length: one digit for one
    if not starts:
        return None
    label = _DATE_LABEL.search(text, 0, min(starts))
    return label.start() if label else min(starts)


def find_worded_date(text: str, default_tz: tzinfo = UTC, now: datetime | None = None) -> datetime | None:
    """The first date labelled as the publication ("Published on May 10,
    2022", "Veröffentlicht am 27.04.24 um 07:39 Uhr"), else the first date, written with a month name, or as
    day.month.year near the start, in ``text`` (day-first forms win over
    month-first ones at the same place). An unlabelled date before the
    labelled one is the site's (today's date in its masthead, a teaser's)."""
    text = text.translate(_DIGITS)
    numeric = (_DOTTED, _ISO_PRINTED, _DOTTED_YEAR_FIRST)
    matches = [
        m
        for m in _date_matches(text)
        if (m.re not in numeric or m.start() < _DOTTED_REACH) and not _is_photos_date(text, m.start(), m.end())
    ]
    for match in sorted(matches, key=lambda m: (not _PUBLISHED_LABEL.search(text, 0, m.start()), m.start())):
        found = _not_future(_from_match(match, default_tz), now)
        if found is not None:
            return found
    return None


# A picture's date in its caption: "FILE - In this March 2, 2011 file photo, ...", "In this Tuesday, Jan. 8, 2019
# photo", "Archivbild vom 5. März 2020": the day the photo was taken, not the story's.
_PHOTO_BEFORE = re.compile(r"(?:\bin this|\bphoto taken(?: on)?|\barchiv(?:bild|foto)(?: vom)?)\s+(?:\w+,?\s+)?$", re.I)
_PHOTO_AFTER = re.compile(r",?\s*(?:file\s+)?(?:photo|image|picture)\b", re.IGNORECASE)


def _is_photos_date(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is a picture's, as its caption says."""
    return bool(_PHOTO_BEFORE.search(text, max(0, start - 30), start) or _PHOTO_AFTER.match(text, end))


def find_labelled_date(text: str, default_tz: tzinfo = UTC, now: datetime | None = None) -> datetime | None:
    """The first date in ``text`` labelled as the publication ("Erschienen am: 13.10.2021",
    "Published on May 10, 2022"), else ``None``."""
    text = text.translate(_DIGITS)
    for match in sorted(_date_matches(text), key=lambda m: m.start()):
        if _PUBLISHED_LABEL.search(text, 0, match.start()):
            found = _not_future(_from_match(match, default_tz), now)
            if found is not None:
                return found
    return None


def slashed_moments(text: str, default_tz: tzinfo = UTC, now: datetime | None = None) -> list[datetime]:
    """Both readings, day/month and month/day, of the first date and time
    written with slashes near the start of ``text`` ("03/05/2022 21:44"):
    which one is meant is for the caller to tell, by a structured value for
    the same moment. Empty when there is none; one reading when the other is
    no date (a day over 12) or lies in the future."""
    match = _SLASHED.search(text.translate(_DIGITS)[:_DOTTED_REACH])
    if match is None:
        return []
    first, second = int(match["first"]), int(match["second"])
    found: list[datetime] = []
    for day, month in dict.fromkeys([(first, second), (second, first)]):
        try:
            local = datetime(int(match["year"]), month, day, *_clock(match))
        except ValueError:
            continue
        moment = _not_future(_aware(local, default_tz), now)
        if moment is not None:
            found.append(moment)
    return found


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
# "/2017/7/12/": some CMSs (Squarespace, ...) print month and day without a
# leading zero; only with slashes on every side, so ids are not read as days.
_URL_DATE_SHORT = re.compile(r"/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/")


def date_from_url(url: str, default_tz: tzinfo = UTC, now: datetime | None = None) -> datetime | None:
    """The day in a URL path such as ``/2024/05/02/slug`` or ``/20240502-slug``:
    CMSs file an article under the day it was first published."""
    path = url.split("?")[0]
    match = _URL_DATE.search(path) or _URL_DATE_SHORT.search(path)
    if match is None:
        return None
    try:
        day = datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=default_tz)
    except ValueError:
        return None
    return _not_future(day, now)


def month_from_url(url: str) -> tuple[int, int] | None:
    """The year and month a URL path files a page under (``/2016/12/132377/slug``), when it gives no day."""
    match = _URL_MONTH.search(url.split("?")[0])
    return (int(match[1]), int(match[2])) if match else None


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


# "(1月14日 01時40分更新)", "(updated 15 March)": a bracketed update note is part of a date line.
_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")


def is_date_line(line: str) -> bool:
    """True when a paragraph is nothing but a printed date (and maybe a time)."""
    return _line_date(line) is not None


# A blog's meta line ends its date with the comment count: "4:20PM, 10/28/2010 Comments (0)", "March 3, 2010 | 5
# Comments".
_COMMENT_COUNT = re.compile(r"[\s|·•–—-]*(?:\d+\s+comments?|comments?\s*[:(]?\s*\d+\)?)$", re.IGNORECASE)


def _line_date(line: str, again: bool = True) -> re.Match[str] | None:
    """The date a line prints when it is nothing but that (and maybe a time or a short label), or that date
    twice: as readers see it and as a machine reads it ("09. April 2011 2011-04-09 15:05:38", a template's
    hidden ISO value beside the printed day)."""
    stripped = _BRACKETED.sub("", _COMMENT_COUNT.sub("", line.strip().translate(_DIGITS))).strip()
    for regex in (*_DATE_FORMS, _DOTTED_SHORT, _SLASHED_DAY):
        match = regex.search(stripped)
        # A day that exists: "2020.13.40" is a version number.
        if not match or (regex is not _SLASHED_DAY and _from_match(match, UTC) is None):
            continue
        if len(stripped) - (match.end() - match.start()) <= 12:
            return match
        if again and _line_date(f"{stripped[: match.start()]} {stripped[match.end() :]}", again=False):
            return match  # the rest is a date line of its own: the day printed twice
    return None


# A time of day alone, as a post's header prints it beside or under its date ("- 4:16 pm |", "14:05 Uhr", "9.30am
# EST"): the separators around it are a meta line's.
_TIME_LINE = re.compile(
    r"^[\s|•·–—-]*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+[A-Z]{2,4})?[\s|•·–—-]*$",
    re.IGNORECASE,
)


def is_time_line(line: str) -> bool:
    """True when a paragraph is nothing but a time of day (see ``_TIME_LINE``)."""
    match = _TIME_LINE.match(line) if len(line) <= 30 else None
    return match is not None and int(match["hour"]) <= 24 and int(match["minute"]) < 60


def date_of_line(line: str, default_tz: tzinfo = UTC, now: datetime | None = None) -> datetime | None:
    """The date of a line that is one (see ``is_date_line``): as ``find_worded_date``
    reads it, or in the dotted form with a two-digit year only such a line is read in."""
    found = find_worded_date(line, default_tz, now)
    if found is None and (match := _line_date(line)) is not None and match.re is _DOTTED_SHORT:
        found = _not_future(_from_match(match, default_tz), now)
    return found


# "Stand: 22.04.2024, 06:00 Uhr", "Updated June 13, 2019": when the page was last changed, a line of the page's
# metadata wherever it stands. A publication date printed in a post's text ("Veröffentlicht am ...") stays: blogs
# write it as part of the post; so does "Update vom 3. April 2019", the heading of what a blogger added later.
_LAST_CHANGED = re.compile(
    rf"^(?!update\b)(?:last |zuletzt )?{UPDATE_WORDS}(?: des artikels)?"
    r"(?:\s+(?:on|am|le|el|em|il|op|den|в))?\s*[:：]?\s+(?=\S)",
    re.IGNORECASE,
)


def is_update_line(paragraph: str) -> bool:
    """True when a paragraph only says when the page was last changed."""
    label = _LAST_CHANGED.match(paragraph)
    return label is not None and is_date_line(paragraph[label.end() :].rstrip("."))


# A label of the page's header before a date or time: "Published Nov 18, 2024 9:26pm Updated ...", "Jen Mills
# Published Jul 17, 2024", "Veröffentlicht am 03.02.2022 von ...", "Eingetragen am 3. Januar 2020, aktualisiert ...".
_DATED_LABEL = re.compile(
    rf"(?:\b|(?<=[a-z]))(?:published|posted|veröffentlicht|eingetragen|publié|publicado|pubblicato|{UPDATE_WORDS})"
    r"(?:\s+(?:on|am|le|el|em|il|op|den))?\s*[:：]?\s*(?:\w+,?\s+){0,2}\d",
    re.IGNORECASE,
)
_HEADER_LINE_CHARS = 130


def is_dated_header_line(line: str) -> bool:
    """True when a short line labels a date as the page's publication or last
    update: a line of the header that trafilatura took with the text. Only
    the first lines of a text are tested (a blogger may write "Veröffentlicht
    am ..." into a post)."""
    return len(line) < _HEADER_LINE_CHARS and _DATED_LABEL.search(line) is not None


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a ``Z`` suffix, as records are printed and exported."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
