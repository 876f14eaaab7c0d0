from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from pipelines import months
from pipelines.dates import (
    date_from_url,
    date_of_line,
    find_labelled_date,
    find_worded_date,
    is_date_line,
    is_dated_header_line,
    iso,
    local_midnight,
    parse_machine_date,
    slashed_moments,
)

NOW = datetime(2026, 11, 29, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 فبراير 2022 19:09", "2022-02-14T19:09:00Z"),  # Egyptian/Gulf month name
        ("نشر في ١٤ شباط ٢٠٢٢ - ٠٧:٠٩ م", "2022-02-14T19:09:00Z"),  # Levantine name, Arabic-Indic digits, PM
        ("الأربعاء 3 تشرين الثاني 2021", "2021-11-03T00:00:00Z"),  # two-word month name
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث", "2013-08-28T00:00:00Z"),  # a month by both its names
        ("3 كانون الثاني/يناير 2020 13:05", "2020-01-03T13:05:00Z"),
        ("12 mars 2025 à 10h30", "2025-03-12T10:30:00Z"),
        ("3. März 2024, 08:15 Uhr", "2024-03-03T08:15:00Z"),
        ("5 de mayo de 2023", "2023-05-05T00:00:00Z"),
        ("March 14, 2025 at 9:30 pm", "2025-03-14T21:30:00Z"),
        ("14 марта 2025", "2025-03-14T00:00:00Z"),
        ("Stand: 19.10.2019 07:49 Uhr", "2019-10-19T07:49:00Z"),  # dotted numeric dates are day first
        ("9.087 Feststellungen bis 10.11.2021.", "2021-11-10T00:00:00Z"),  # a count is not a date
        # With hyphens, and short month names in other languages than English.
        ("By: FlowGuard EMEA on 04-ago-2021 5:11:10", "2021-08-04T05:11:00Z"),
        ("Posted 12-Mar-2020", "2020-03-12T00:00:00Z"),
        ("12 déc. 2023", "2023-12-12T00:00:00Z"),
        ("3 Okt 2022", "2022-10-03T00:00:00Z"),
    ],
)
def test_find_worded_date(text: str, expected: str) -> None:
    assert iso(find_worded_date(text, now=NOW)) == expected


def test_worded_date_in_a_zone_is_converted_to_utc() -> None:
    found = find_worded_date("14 فبراير 2022 19:09", ZoneInfo("Asia/Riyadh"), now=NOW)
    assert iso(found) == "2022-02-14T16:09:00Z"


def test_a_pictures_date_in_its_caption_is_not_the_storys() -> None:
    captions = [
        "FILE - In this March 2, 2011 file photo, Apple Inc. Chairman and CEO Steve Jobs waves to his audience.",
        "In this Tuesday, Jan. 8, 2019 photo, commuters wait at the harbour.",
        "Archivbild vom 5. März 2020: Der Rat tagt im Hafen.",
    ]
    for caption in captions:
        assert find_worded_date(caption, now=NOW) is None
    # The story's date after the caption's; a date in the story's words stays.
    assert iso(find_worded_date(f"{captions[0]} August 24, 2011", now=NOW)) == "2011-08-24T00:00:00Z"
    assert iso(find_worded_date("In this city, on March 2, 2011 the council voted.", now=NOW)) == "2011-03-02T00:00:00Z"


def test_future_dates_are_never_returned() -> None:
    assert find_worded_date("1 يناير 2031", now=NOW) is None
    assert parse_machine_date("2031-01-01T00:00:00Z", now=NOW) is None


def test_first_valid_date_wins_and_nonsense_is_skipped() -> None:
    assert iso(find_worded_date("31 فبراير 2022 then 2 مارس 2022", now=NOW)) == "2022-03-02T00:00:00Z"
    assert find_worded_date("no date here, just 14 apples", now=NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 11, 2022 Subscribe Crime Published On May 10, 2022 01:52 PM", "2022-05-10T13:52:00Z"),
        ("Sonntag, 13. Januar 2014\nBlog\nVeröffentlicht am Montag, 12. Mai 2012", "2012-05-12T00:00:00Z"),
        ("Home 29 ديسمبر 2023 أخبار\nنشر في 14 فبراير 2022", "2022-02-14T00:00:00Z"),
        # Chinese, Japanese and Korean labels: "time published", "day published", "entered".
        ("今日股市行情分析--2019年8月19日\n发布时间： 2019-09-26 10:09:11", "2019-09-26T10:09:00Z"),
        ("前の記事 2023年11月1日\n公開日：2023年11月7日", "2023-11-07T00:00:00Z"),
        ("2023.11.01 인기기사\n입력 2023.11.07 10:00", "2023-11-07T10:00:00Z"),
        ("11 May 2022 · Most read: 10 May 2022 flood", "2022-05-11T00:00:00Z"),  # no label: the first date
    ],
)
def test_a_date_labelled_as_the_publication_beats_earlier_dates(text: str, expected: str) -> None:
    """The masthead's "today" comes before the story's own labelled date."""
    assert iso(find_worded_date(text, now=NOW)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-02T14:30:00-04:00", "2024-05-02T18:30:00Z"),
        ("2024-05-02T14:30:00-0400", "2024-05-02T18:30:00Z"),
        ("2023-11-20T07:15:00Z", "2023-11-20T07:15:00Z"),
        ("2023-11-20 07:15:00", "2023-11-20T07:15:00Z"),
        ("2023-11-20", "2023-11-20T00:00:00Z"),
        ("Mon, 20 Nov 2023 07:15:00 +0100", "2023-11-20T06:15:00Z"),
        # Without the zeros some CMSs leave out.
        ("2023-1-26", "2023-01-26T00:00:00Z"),
        ("2022-1-26T14:32:06+02:00", "2022-01-26T12:32:06Z"),
        ("2022-05-11T4:10:00", "2022-05-11T04:10:00Z"),
        # ISO 8601's basic format, as some CMSs write JSON-LD and meta dates.
        ("20200316T13:00:00Z", "2020-03-16T13:00:00Z"),
        ("20200316T130000+0100", "2020-03-16T12:00:00Z"),
        ("20200316", "2020-03-16T00:00:00Z"),
    ],
)
def test_parse_machine_date(raw: str, expected: str) -> None:
    assert iso(parse_machine_date(raw, now=NOW)) == expected


@pytest.mark.parametrize("raw", ["", "yesterday", "2023-13-45", "2023-1-45", "2023-5", None, "1584363600", "20201340"])
def test_parse_machine_date_rejects_garbage(raw: str | None) -> None:
    assert parse_machine_date(raw, now=NOW) is None


def test_is_date_line() -> None:
    assert is_date_line("14 فبراير 2022 19:09")
    assert is_date_line("Published March 14, 2025")
    assert not is_date_line("The council met on 14 March 2025 to approve the new budget for the port.")
    assert is_date_line("10.11.2021 | 08:15")
    # The day printed for readers and again as a template's machine value beside it; two dates in a sentence are no
    # date line.
    assert is_date_line("09. April 2011 2011-04-09 15:05:38")
    assert is_date_line("November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm")
    assert not is_date_line("From 14 March 2025 the port opens, and on 2025-04-01 the new ferry sails.")
    # A blog's meta line: the date, then the comment count.
    assert is_date_line("4:20PM, 10/28/2010 Comments (0)")
    assert is_date_line("March 3, 2010 | 5 Comments")
    assert not is_date_line("The 2010 vote drew 5 comments")
    assert find_worded_date("version 1.2.20251 or 10/11/2021", now=NOW) is None
    far = "A long story about the harbour. " * 20 + "Applications close on 31.12.2018."
    assert find_worded_date(far, now=NOW) is None


def test_slashed_moments_reads_both_ways() -> None:
    assert [iso(m) for m in slashed_moments("Brasília | 03/05/2022 21:44 | 0", now=NOW)] == [
        "2022-05-03T21:44:00Z",
        "2022-03-05T21:44:00Z",
    ]
    assert [iso(m) for m in slashed_moments("25/05/2022 - 9:05 pm", now=NOW)] == ["2022-05-25T21:05:00Z"]
    assert [iso(m) for m in slashed_moments("04/04/2022 08:00", now=NOW)] == ["2022-04-04T08:00:00Z"]
    # No time, a path, a future reading, or too far down: nothing (or only the other reading).
    assert slashed_moments("03/05/2022", now=NOW) == []
    assert slashed_moments("/2022/05/03/21:44", now=NOW) == []
    assert [iso(m) for m in slashed_moments("11/12/2026 10:00", now=NOW)] == ["2026-11-12T10:00:00Z"]
    assert slashed_moments("A long story about the harbour. " * 20 + "03/05/2022 21:44", now=NOW) == []


def test_the_page_offset_is_kept_and_utc_is_one_conversion_away() -> None:
    found = parse_machine_date("2019-01-01T00:11:59+01:00", now=NOW)
    assert found is not None and found.date().isoformat() == "2019-01-01"  # the day the page printed
    assert iso(found) == "2018-12-31T23:11:59Z"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/05/02/council-votes/", "2024-05-02T00:00:00Z"),
        ("https://news.example/politics/2019-10-22/slug.html", "2019-10-22T00:00:00Z"),
        ("https://news.example/story/20230114-slug", "2023-01-14T00:00:00Z"),
        ("https://news.example/home/2017/7/12/a-day-in-montauk", "2017-07-12T00:00:00Z"),  # no leading zeros
    ],
)
def test_date_from_url(url: str, expected: str) -> None:
    assert iso(date_from_url(url, now=NOW)) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/2024/05/council-votes/",  # no day
        "https://news.example/2024/13/45/slug",  # no such day
        "https://news.example/2031/01/01/slug",  # in the future
        "https://news.example/article/1234567890123",  # an id, not a date
        "https://news.example/story?d=2024/05/02",  # the query is not the path
        "https://news.example/2017/7/12",  # short forms only between slashes
        "https://news.example/2017/7/123/slug",  # an id after the month
    ],
)
def test_date_from_url_rejects_non_dates(url: str) -> None:
    assert date_from_url(url, now=NOW) is None


def test_chinese_japanese_and_korean_dates() -> None:
    assert iso(find_worded_date("2025年1月14日 01時28分", now=NOW)) == "2025-01-14T01:28:00Z"
    assert iso(find_worded_date("2024년 5월 3일 오후 8:00", now=NOW)) == "2024-05-03T20:00:00Z"
    assert iso(find_worded_date("２０２４年４月２４日", now=NOW)) == "2024-04-24T00:00:00Z"  # full-width digits
    assert find_worded_date("新华社北京4月24日电", now=NOW) is None  # no year: not a date to keep
    # A dateline with its update note in brackets is still only a dateline.
    assert is_date_line("2025年1月14日 01時28分 (1月14日 01時40分更新)")
    assert is_date_line("14 March 2025 (updated 15 March)")
    assert not is_date_line("2025年1月14日、宮崎県で震度5弱の地震があったと気象庁が発表した。")


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm", True),
        ("11:48, Thu, Jul 18, 2024 | UPDATED: 11:50, Thu, Jul 18, 2024", True),
        ("Eingetragen am 3. Januar 2020, aktualisiert am 3. Januar 2020", True),
        ("Veröffentlicht am 03.02.2022 von Sarah Schnieder", True),
        ("Article mis à jour le 7 janvier 2020.", True),
        # A sentence with a label and a number, too long for a header's line; a label without a date.
        (
            "The report, published on 12 March by the council's auditors, found that the harbour budget had "
            "doubled since the last election and the ferry contract was never tendered.",
            False,
        ),
        ("Published by the Harbour Gazette", False),
    ],
)
def test_a_header_line_labels_a_date_as_the_publication_or_the_last_update(line: str, dated: bool) -> None:
    assert is_dated_header_line(line) is dated


def test_year_first_dotted_dates_and_slashed_date_lines() -> None:
    # Korea, China, Japan, Hungary write the dotted date year first; the year makes it unambiguous.
    assert iso(find_worded_date("입력 2020.08.27 20:27", now=NOW)) == "2020-08-27T20:27:00Z"
    assert iso(find_worded_date("2020. 06. 04.", now=NOW)) == "2020-06-04T00:00:00Z"
    assert is_date_line("입력 2020.08.27 20:27")
    # A slashed date is read either way, so it dates nothing, but a line of it is a date line.
    assert is_date_line("05/12/2020 - 15:10") and is_date_line("12/05/2020")
    assert find_worded_date("05/12/2020 - 15:10", now=NOW) is None
    assert not is_date_line("Version 2020.13.40") and not is_date_line("1/2 cup of flour, 3/4 cup of sugar")


def test_a_two_digit_year_is_read_on_a_date_line_or_after_a_publication_label_only() -> None:
    assert is_date_line("31.10.23")
    assert iso(date_of_line("31.10.23", now=NOW)) == "2023-10-31T00:00:00Z"
    assert iso(date_of_line("06.11.23 14:05", now=NOW)) == "2023-11-06T14:05:00Z"
    assert iso(date_of_line("4. Mai 2023", now=NOW)) == "2023-05-04T00:00:00Z"  # the other forms as before
    labelled = "Veröffentlicht am 27.04.24 um 07:39 Uhr"
    assert iso(find_labelled_date(labelled, now=NOW)) == "2024-04-27T07:39:00Z"
    assert iso(find_worded_date(labelled, now=NOW)) == "2024-04-27T07:39:00Z"
    # In running text, a file name or a version number it is no date; nor is a line of one-digit parts.
    assert find_worded_date("Die Sitzung vom 31.10.23 wurde vertagt.", now=NOW) is None
    assert find_worded_date("Foto: WhatsApp-Image-2024-12-23-at-15.09.28.jpg", now=NOW) is None
    assert not is_date_line("4.9.13") and not is_date_line("Version 3.0.12")
    assert date_of_line("31.02.23", now=NOW) is None  # no such day
    assert date_of_line("12.12.27", now=NOW) is None  # in the future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22T12:09:00Z"),  # Arabic ي, as many Persian sites type it
        ("سه‌شنبه ۲ تیر ۱۳۹۹ ساعت ۱۸:۳۰", "2020-06-22T18:30:00Z"),  # Persian digits and ی
        ("۱ فروردین ۱۴۰۳", "2024-03-20T00:00:00Z"),  # Nowruz after a leap year
        ("1 فروردین 1404", "2025-03-21T00:00:00Z"),
        ("30 اسفند 1403", "2025-03-20T00:00:00Z"),  # 1403 is a leap year
        ("22 بهمن 1397", "2019-02-11T00:00:00Z"),  # the revolution's anniversary
        ("12 دی 1398", "2020-01-02T00:00:00Z"),
    ],
)
def test_solar_hijri_dates_are_read_as_gregorian(text: str, expected: str) -> None:
    assert iso(find_worded_date(text, now=NOW)) == expected
    assert is_date_line(text)


def test_a_solar_hijri_day_that_does_not_exist_is_no_date() -> None:
    assert find_worded_date("30 اسفند 1402", now=NOW) is None  # 1402 is a common year
    assert find_worded_date("31 مهر 1399", now=NOW) is None  # the seventh month has 30 days
    assert find_worded_date("5 تیر 1410", now=NOW) is None  # 2031: in the future


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gepubliceerd op 12 maart 2024 om 14:05", "2024-03-12T14:05:00Z"),  # Dutch
        ("Publicerad 3 maj 2023 kl. 08.30", "2023-05-03T08:30:00Z"),  # Swedish
        ("Julkaistu 1. joulukuuta 2023", "2023-12-01T00:00:00Z"),  # Finnish, the partitive
        ("Opublikowano: 3 grudnia 2023, 10:15", "2023-12-03T10:15:00Z"),  # Polish, the genitive
        ("5. června 2024 12:00", "2024-06-05T12:00:00Z"),  # Czech
        ("Objavljeno: 7. ožujka 2022.", "2022-03-07T00:00:00Z"),  # Croatian
        ("5 грудня 2023, 18:40", "2023-12-05T18:40:00Z"),  # Ukrainian
        ("5 декември 2023", "2023-12-05T00:00:00Z"),  # Bulgarian
        ("Τρίτη, 5 Δεκεμβρίου 2023 - 09:12", "2023-12-05T09:12:00Z"),  # Greek
        ("5 ΜΑΪΟΥ 2023", "2023-05-05T00:00:00Z"),  # Greek capitals
        ("Actualitzat el 1 d'agost de 2023", "2023-08-01T00:00:00Z"),  # Catalan
        ("Publicat: 14 decembrie 2022", "2022-12-14T00:00:00Z"),  # Romanian
        ("Jumat, 01 Desember 2023 10:30 WIB", "2023-12-01T10:30:00Z"),  # Indonesian
        ("2023. december 5. 14:30", "2023-12-05T14:30:00Z"),  # Hungarian, year first
        ("Thứ sáu, ngày 1 tháng 12 năm 2023", "2023-12-01T00:00:00Z"),  # Vietnamese, the month by number
        ("५ दिसंबर २०२३", "2023-12-05T00:00:00Z"),  # Hindi, Devanagari digits
        ("2 \u095eरवरी 2023", "2023-02-02T00:00:00Z"),  # Hindi's फ़ as one character
        ("৫ ডিসেম্বর ২০২৩", "2023-12-05T00:00:00Z"),  # Bengali, Bengali digits
        ("5 دسمبر 2023", "2023-12-05T00:00:00Z"),  # Urdu
        ("פורסם ב-5 בדצמבר 2023", "2023-12-05T00:00:00Z"),  # Hebrew, the month after "ב" (in)
        ("5 ธ.ค. 2566 10:30 น.", "2023-12-05T10:30:00Z"),  # Thai: the Buddhist era, 543 years ahead
        ("๑ มกราคม ๒๕๖๗", "2024-01-01T00:00:00Z"),  # Thai digits
    ],
)
def test_dates_in_words_in_other_languages(text: str, expected: str) -> None:
    assert iso(find_worded_date(text, now=NOW)) == expected


def test_a_month_name_two_languages_give_to_different_months_dates_nothing() -> None:
    # "listopada": November in Polish, October in Croatian.
    assert find_worded_date("3 listopada 2023", now=NOW) is None
    assert find_worded_date("3 listopadu 2023", now=NOW) is not None  # Czech's own November
    # Every language's months are read as that language's: no other table took a name over.
    for language, names in months.MONTHS_OF_LANGUAGE.items():
        for number, name in enumerate(names, start=1):
            assert not name or months.MONTH_OF[name] == number, (language, name)


def test_find_labelled_date_takes_only_a_date_labelled_as_the_publication() -> None:
    text = "Die Frist läuft bis 10.2.2023.\nErschienen am:\n 13.10.2021\nPublished on May 10, 2022"
    assert iso(find_labelled_date(text, now=NOW)) == "2021-10-13T00:00:00Z"
    assert find_labelled_date("Die Frist läuft bis 10.2.2023.", now=NOW) is None


def test_an_iso_date_printed_for_readers_is_read_but_not_a_machine_timestamp() -> None:
    assert iso(find_worded_date("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", now=NOW)) == (
        "2023-11-07T15:03:00Z"
    )
    assert iso(find_worded_date("2021-10-16 | Botschaft", now=NOW)) == "2021-10-16T00:00:00Z"
    assert find_worded_date("MoritzMeyer 2019-01-07T17:27:31+02:00", now=NOW) is None
    assert find_worded_date("Artikel 12345-2019-01-07-99", now=NOW) is None


@pytest.mark.parametrize(
    ("value", "host", "language", "expected"),
    [
        # Midnight in the site's zone: a day stored as local midnight in UTC keeps the site's offset.
        ("2021-11-04T23:00:00+00:00", "www.kas.de", None, "2021-11-05T00:00:00+01:00"),
        ("2022-07-06T22:00:00+00:00", "news.example.com", "de", "2022-07-07T00:00:00+02:00"),
        ("2022-07-06T23:00:00+00:00", "www.news.co.uk", "en", "2022-07-07T00:00:00+01:00"),
        ("2022-01-14T22:00:00+00:00", "yle.fi", None, "2022-01-15T00:00:00+02:00"),
        # Any other time, another offset, or a site whose zone nothing tells: unchanged.
        ("2021-11-04T23:10:00+00:00", "www.kas.de", None, "2021-11-04T23:10:00+00:00"),
        ("2021-11-04T23:00:00+00:00", "news.example.com", "en", "2021-11-04T23:00:00+00:00"),
        ("2021-11-04T23:00:00+00:00", "news.example.com", None, "2021-11-04T23:00:00+00:00"),
        ("2021-11-04T23:00:00-05:00", "www.kas.de", None, "2021-11-04T23:00:00-05:00"),
        ("2021-11-04T00:00:00+00:00", "www.kas.de", None, "2021-11-04T00:00:00+00:00"),
    ],
)
def test_a_day_stored_as_the_sites_local_midnight_keeps_its_day(
    value: str, host: str, language: str | None, expected: str
) -> None:
    found = local_midnight(datetime.fromisoformat(value), host, language)
    assert found is not None and found.isoformat() == expected


def test_the_sources_own_zone_tells_its_midnight() -> None:
    value = datetime.fromisoformat("2021-11-04T15:00:00+00:00")
    found = local_midnight(value, "news.example.com", "en", ZoneInfo("Pacific/Auckland"))
    assert found is not None and found.isoformat() == "2021-11-04T15:00:00+00:00"  # 04:00 there
    value = datetime.fromisoformat("2021-11-04T11:00:00+00:00")
    found = local_midnight(value, "news.example.com", "en", ZoneInfo("Pacific/Auckland"))
    assert found is not None and found.isoformat() == "2021-11-05T00:00:00+13:00"
    assert local_midnight(None, "www.kas.de", "de") is None
