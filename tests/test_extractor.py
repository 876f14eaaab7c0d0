"""The extractor on saved pages written for these tests (tests/data/pages,
expected values in EXPECTED.md there), with the project's own settings."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.settings import Settings

from pipelines.bylines import _not_commenters, _unjoined
from pipelines.dates import iso
from pipelines.extractor import Article, Extractor, NoArticle, source_extractors
from pipelines.htmltree import parse

PAGES = Path(__file__).parent / "data" / "pages"
NOW = datetime(2026, 11, 29, tzinfo=UTC)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    settings = Settings()
    settings.setmodule("config.settings", priority="project")
    return Extractor.from_settings(settings)


def extract(extractor: Extractor, name: str, encoding: str = "utf-8") -> Article:
    html = (PAGES / name).read_bytes().decode(encoding)
    return extractor.extract(html, f"https://news.example/{name}", now=NOW)


def test_arabic_republished_page(extractor: Extractor) -> None:
    article = extract(extractor, "arabic-republished.html")
    paragraphs = article.text.split("\n")
    assert article.title == "وزراء خارجية خمس دول يتفقون على إطار جديد للتعاون الأمني في المنطقة"
    assert article.language == "ar"
    assert iso(article.published_at) == "2022-02-14T19:09:00Z"  # printed time, DEFAULT_TIMEZONE=UTC
    assert article.authors == []
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("اتفق وزراء خارجية خمس دول، في ختام اجتماع استمر يومين في العاصمة،")
    assert paragraphs[-1] == (
        "ومن المقرر أن يعرض الاتفاق على برلمانات الدول الخمس للمصادقة عليه خلال الأشهر الثلاثة المقبلة، "
        "على أن يدخل حيز التنفيذ مطلع العام المقبل في حال إقراره."
    )
    for leftover in ("Source link", "Facebook Comments Box", "RT EN", "موقع الأخبار اليومية", "مقالات ذات صلة"):
        assert leftover not in article.text


def test_arabic_text_is_kept_unaltered(extractor: Extractor) -> None:
    """Every body paragraph is a paragraph of the page, character for character."""
    article = extract(extractor, "arabic-republished.html")
    source = " ".join((PAGES / "arabic-republished.html").read_text(encoding="utf-8").split())
    for paragraph in article.text.split("\n"):
        assert paragraph in source


def test_english_page_with_json_ld(extractor: Extractor) -> None:
    article = extract(extractor, "english-jsonld.html")
    paragraphs = article.text.split("\n")
    assert article.title == "State Lawmakers Pass Bill to Triple Funding for Rural Broadband"
    assert article.authors == ["Jane Doe", "John Smith"]
    assert iso(article.published_at) == "2024-05-02T18:30:00Z"
    assert iso(article.modified_at) == "2024-05-03T12:00:00Z"
    assert article.language == "en"
    assert article.site_name == "The Example Tribune"
    assert article.image == "https://news.example/img/lead.jpg"  # made absolute against the page
    assert article.tags == ["broadband", "rural", "legislature", "internet access"]
    assert len(paragraphs) == 9
    # The standfirst under the headline is article text: the body's first paragraph.
    assert paragraphs[0] == (
        "The measure would put $210 million over three years into internet projects in areas private providers"
        " have long skipped."
    )
    assert paragraphs[1].startswith("State lawmakers on Thursday approved a bill")
    for leftover in ("Share on Facebook", "Most Read", "Advertisement", "By Jane Doe and John Smith", "Subscribe"):
        assert leftover not in article.text


def test_english_page_with_plain_markup(extractor: Extractor) -> None:
    article = extract(extractor, "english-plain.html")
    assert article.title == "Eastside Library Reopens After Two-Year Renovation"
    assert article.authors == ["Alex Kim"]
    assert iso(article.published_at) == "2023-11-20T07:15:00Z"
    assert article.text.split("\n")[0].startswith("The Eastside Public Library reopened its doors")
    assert len(article.text.split("\n")) == 6


def test_windows_1256_page_decoded(extractor: Extractor) -> None:
    article = extract(extractor, "windows-1256.html", encoding="cp1256")
    assert article.title == "افتتاح معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر"
    assert article.authors == ["ليلى حسن"]
    assert iso(article.published_at) == "2023-06-04T18:00:00Z"
    assert "بقلم" not in article.text


def test_section_page_is_not_an_article(extractor: Extractor) -> None:
    with pytest.raises(NoArticle, match="no article text found"):
        extract(extractor, "section.html")


@pytest.mark.parametrize("html", ["", "<html><body><p>Too short.</p></body></html>", "\x00\x01 binary"])
def test_pages_without_text_raise_no_article(extractor: Extractor, html: str) -> None:
    with pytest.raises(NoArticle):
        extractor.extract(html, "https://news.example/empty", now=NOW)


def paragraphs(template: str, count: int = 4) -> str:
    """``count`` paragraphs of ``template`` with its ``{n}`` numbered: a story's body in a test page."""
    return "".join(f"<p>{template.format(n=n)}</p>" for n in range(count))


def story(head: str, byline: str = "", after: str = "") -> str:
    """A council story with ``byline`` under its headline and ``after`` (a page's other parts) after the article."""
    body = paragraphs(
        "Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted."
    )
    return web_page(head, f"<article><h1>Council approves the harbour budget</h1>{byline}{body}</article>{after}")


def article_page(
    headline: str,
    header: str,
    body: str,
    *,
    head: str = "",
    after: str = "",
    outside: str = "",
    lang: str = "en",
    direction: str | None = None,
) -> str:
    """A page whose <article> (written in ``direction``, "rtl" for Arabic and Persian) has ``headline``, then
    ``header`` (byline, dateline, caption), four paragraphs of ``body`` (a ``paragraphs`` template) and ``after``;
    ``outside`` follows the article."""
    opening = f'<article dir="{direction}">' if direction else "<article>"
    article = f"{opening}<h1>{headline}</h1>{header}{paragraphs(body)}{after}</article>{outside}"
    return web_page(head, article, lang=lang)


def authors_of(extractor: Extractor, html: str) -> list[str]:
    """The authors ``extractor`` finds on ``html``, a page of https://news.example/council."""
    return extractor.extract(html, "https://news.example/council", now=NOW).authors


def test_trafilaturas_spelling_of_a_company_author_tag_names_no_one_either(extractor: Extractor) -> None:
    # trafilatura reads the same tag as "AltumNet sp z o o"; the byline printed on the page is read instead.
    head = '<meta name="author" content="AltumNet sp. z o.o.">'
    assert authors_of(extractor, story(head)) == []
    assert authors_of(extractor, story(head, '<p class="byline">By Jane Newsome</p>')) == ["Jane Newsome"]
    # A slug in the tag is the person's name, which trafilatura spells out.
    assert authors_of(extractor, story('<meta name="author" content="christian.stadtfeld">')) == ["Christian Stadtfeld"]


def test_a_site_name_guessed_from_a_title_cut_at_the_wrong_dash_is_its_host_segment(extractor: Extractor) -> None:
    # trafilatura's guess is "Problemy z pamięcią? | Zdrowiutko.info": the site's name is its last segment, so the
    # headline is what stands before it, not the slogan after the dash.
    body = paragraphs("Akapit {n}: pamięć słabnie z wiekiem, ale sen, ruch i dieta pomagają ją zachować na dłużej.")
    html = web_page(
        "<title>Problemy z pamięcią? | Zdrowiutko.info - żyj zdrowo bez chorób!</title>", f"<div>{body}</div>", "pl"
    )
    assert extractor.extract(html, "https://www.zdrowiutko.info/a/1.html", now=NOW).title == "Problemy z pamięcią?"


def test_a_wayback_capture_is_read_as_the_page_it_archived(extractor: Extractor) -> None:
    # The site's name is known from the archived page's host, not from web.archive.org's.
    capture = "https://web.archive.org/web/20090601000000/http://arstechnica.com/2009/05/harbour.ars"
    body = paragraphs(
        "Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted."
    )
    html = web_page("<title>Harbour budget approved - Ars Technica</title>", f"<div>{body}</div>")
    assert extractor.extract(html, capture, now=NOW).title == "Harbour budget approved"
    body = paragraphs("Akapit {n}: pamięć słabnie z wiekiem, ale sen, ruch i dieta pomagają ją zachować na dłużej.")
    html = web_page(
        "<title>Problemy z pamięcią? | Zdrowiutko.info - żyj zdrowo bez chorób!</title>", f"<div>{body}</div>", "pl"
    )
    capture = "https://web.archive.org/web/20140226054445/http://www.zdrowiutko.info/2013/08/07/a.html"
    assert extractor.extract(html, capture, now=NOW).title == "Problemy z pamięcią?"


def test_a_breadcrumb_titles_last_segment_is_the_headline_not_the_site(extractor: Extractor) -> None:
    headline = "Γρ. Σαράντης: Αγορά 1.360 ιδίων μετοχών"
    body = paragraphs("Παράγραφος {n}: η εταιρεία ανακοίνωσε την αγορά ιδίων μετοχών μέσω του χρηματιστηρίου.")
    head = f"<title>Ειδήσεις - Νέα - Υγεία &amp; Business - {headline}</title>"
    html = web_page(head, f"<div><h1>{headline}</h1>{body}</div>", "el")
    assert extractor.extract(html, "https://www.iatronet.gr/a/1.html", now=NOW).title == headline


def web_page(head: str, body: str, lang: str | None = "en") -> str:
    """A whole page: ``head`` and ``body`` are what go inside those elements."""
    opening = f'<html lang="{lang}">' if lang else "<html>"
    return f"{opening}<head>{head}</head><body>{body}</body></html>"


def story_lines(extractor: Extractor, lines: list[str]) -> list[str]:
    """The paragraphs kept of ``lines`` set in a story, each a <p> before its four paragraphs of text."""
    html = story("", "".join(f"<p>{line}</p>" for line in lines))
    paragraphs = extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n")
    return [p for p in paragraphs if not p.startswith("Paragraph")]


def test_short_labels_ending_the_text_with_a_colon_go(extractor: Extractor) -> None:
    # What they introduced, a list of links, is gone; a label inside the text, or a long sentence, stays.
    tail = "<p>Related reads:</p><p>Sources:</p>"
    html = story("", "", after="").replace("</article>", f"{tail}</article>")
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert text.split("\n")[-1].startswith("Paragraph")
    kept = story_lines(extractor, ["The mayor listed three reasons:", "The council agreed."])
    assert kept == ["The mayor listed three reasons:", "The council agreed."]
    long = "<p>The council's statement, issued after midnight, read in full as follows:</p>"
    html = story("", "").replace("</article>", f"{long}</article>")
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert text.endswith("read in full as follows:")


def test_a_day_stored_as_local_midnight_in_utc_keeps_the_sites_day(extractor: Extractor) -> None:
    html = story('<meta property="article:published_time" content="2021-11-04T23:00:00Z">')
    article = extractor.extract(html, "https://news.example.de/council", now=NOW)
    assert article.published_at is not None and article.published_at.isoformat() == "2021-11-05T00:00:00+01:00"
    assert iso(article.published_at) == "2021-11-04T23:00:00Z"  # the same moment


def test_the_dateline_under_an_h2_headline_where_the_h1_is_a_sections_label(extractor: Extractor) -> None:
    # The only <h1> labels the section; the headline is an <h2>, its dateline the text right after it, and that
    # dateline, weeks from the structured date, is the one readers see.
    body = paragraphs("Paragraph {n} of a council story: the members debated the harbour budget for hours.")
    html = web_page(
        '<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">'
        "<title>Council approves the harbour budget</title>",
        f"<h1>Details</h1><div><h2>Council approves the harbour budget</h2> 27.01.2022 {body}</div>",
        lang=None,
    )
    article = extractor.extract(html, "https://news.example/council", now=NOW)
    assert article.published_at is not None and article.published_at.date().isoformat() == "2022-01-27"


def test_url_day_wins_over_a_structured_date_far_from_it(extractor: Extractor) -> None:
    html = story('<meta property="article:published_time" content="2009-04-11T18:06:36+02:00">')
    article = extractor.extract(html, "https://news.example/2019/10/22/council-budget/", now=NOW)
    assert iso(article.published_at) == "2019-10-22T00:00:00Z"
    # Close to the URL's day, the structured value (with its time and zone) is kept.
    html = story('<meta property="article:published_time" content="2019-10-22T23:30:00+02:00">')
    article = extractor.extract(html, "https://news.example/2019/10/22/council-budget/", now=NOW)
    assert article.published_at is not None and article.published_at.isoformat() == "2019-10-22T23:30:00+02:00"
    # Far from it, but printed under the headline: filed on the URL's day, published on the page's.
    html = story(
        '<meta property="article:published_time" content="2019-10-28T06:00:00-05:00">', "<p>28 de octubre de 2019</p>"
    )
    article = extractor.extract(html, "https://news.example/2019/10/22/council-budget/", now=NOW)
    assert article.published_at is not None and article.published_at.isoformat() == "2019-10-28T06:00:00-05:00"


def test_future_structured_date_is_not_used(extractor: Extractor) -> None:
    html = story('<meta property="article:published_time" content="2031-01-01T00:00:00Z">')
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert article.published_at is None


def test_title_entities_decoded_and_kicker_dropped(extractor: Extractor) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Harbour: Council approves the harbour budget", '
        '"author": [{"@type": "Organization", "name": "Example News"}]}</script>'
        '<meta name="author" content="example-news">'
    )
    article = extractor.extract(story(head), "https://news.example/council-budget", now=NOW)
    assert article.title == "Council approves the harbour budget"
    assert article.authors == []


SOURCE_CLEANUP = """
[[source]]
id = "harbour"
feeds = ["https://news.example/rss.xml"]
[source.extract]
remove_patterns = ['^Sponsored:']
prune_xpath = ['//div[@class="promo"]']
"""


def test_source_remove_patterns_and_prune_xpath(extractor: Extractor, tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCE_CLEANUP, encoding="utf-8")
    settings = Settings({"SOURCES_FILE": str(sources)})
    harbour = source_extractors(extractor, settings)["harbour"]
    assert harbour.boilerplate == extractor.boilerplate  # the project's own options are kept
    promo = (
        '<div class="promo"><p>Subscribe to the harbour newsletter today and get every council decision, budget'
        " vote and ferry timetable change delivered to your inbox each morning.</p></div>"
    )
    html = story("", "<p>Sponsored: the harbour master's plan for the next ten years and what it costs.</p>" + promo)
    plain = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert "Sponsored:" in plain.text and "Subscribe to the harbour newsletter" in plain.text
    cleaned = harbour.extract(html, "https://news.example/council-budget", now=NOW)
    assert "Sponsored:" not in cleaned.text and "Subscribe" not in cleaned.text
    assert harbour.remove_patterns[:-1] == extractor.remove_patterns  # the project's patterns, then the source's
    assert cleaned.text.startswith("Paragraph 0 of a council story") and len(cleaned.text.split("\n")) == 4
    # Only whole matching paragraphs go: a sentence mentioning the words elsewhere stays.
    assert "Paragraph 3 of a council story" in cleaned.text


def test_utc_structured_date_on_another_day_than_the_url_gives_the_url_day(extractor: Extractor) -> None:
    html = story('<meta property="article:published_time" content="2020-02-25T02:25:54Z">')
    article = extractor.extract(html, "https://news.example/2020/02/24/council-budget/", now=NOW)
    assert iso(article.published_at) == "2020-02-24T00:00:00Z"


def page_of_lines(lines: list[str], linked: bool) -> str:
    items = "".join(
        f'<p><a href="/story/{n}">{line}</a></p>' if linked else f"<p>{line}</p>" for n, line in enumerate(lines)
    )
    return web_page("<title>Notes</title>", f'<div id="main">{items}</div>')


LINES = [
    "The harbour council meets again on Tuesday evening",
    "Ferry timetable changes for the winter season",
    "New cycle lane opens along the river path",
    "School board approves the spring term budget",
    "Library extends its weekend opening hours",
    "Market square works finish ahead of plan",
    "Museum wins a grant for its maritime wing",
]


def test_short_lines_are_an_index_only_when_they_are_links(extractor: Extractor) -> None:
    with pytest.raises(NoArticle, match="an index page"):
        extractor.extract(page_of_lines(LINES, linked=True), "https://news.example/local/", now=NOW)
    # The same short lines unlinked (verse, a code listing, a list of points) are the page's own text.
    article = extractor.extract(page_of_lines(LINES, linked=False), "https://news.example/notes", now=NOW)
    assert article.text.split("\n")[:2] == LINES[:2]


def test_a_plain_text_document_that_links_to_its_own_sections_is_no_index(extractor: Extractor) -> None:
    # An Internet-Draft as the IETF serves it: 72-column lines in a <pre>, its table of contents linking to its
    # own sections. Six of the 48 short lines are links: no list of teasers.
    contents = [f'   <a href="#section-{n}">{n}.  Section number {n} of the draft</a>' for n in range(1, 7)]
    text = [f"   Line {n} of the draft: the protocol lets a client store data on a remote server." for n in range(42)]
    html = web_page("<title>draft-remotestorage-04</title>", "<pre>" + "\n\n".join(contents + text) + "</pre>")
    article = extractor.extract(html, "https://tools.example/html/draft-remotestorage-04", now=NOW)
    assert "Line 41 of the draft: the protocol lets a client store data on a remote server." in article.text


def test_teasers_with_their_date_section_and_byline_lines_are_still_an_index(extractor: Extractor) -> None:
    # Two lines of five per teaser are its own (the linked headline, the summary): still a list of teasers.
    teaser = (
        '<div class="teaser"><h2><a href="/story/{n}">Harbour story {n} makes the news</a></h2>'
        "<p>The council met on Tuesday to discuss item {n} of the harbour budget.</p>"
        "<p>12 March 2021</p><p>Politics</p><p>By Jane Doe</p></div>"
    )
    html = web_page("<title>Harbour</title>", "".join(teaser.format(n=n) for n in range(8)))
    with pytest.raises(NoArticle, match="an index page"):
        extractor.extract(html, "https://news.example/harbour/", now=NOW)


def test_a_hidden_block_of_microdata_is_not_text(extractor: Extractor) -> None:
    # The story's metadata written out for machines in a hidden block: trafilatura's fallback reader, which a
    # short story sends it to, does not know it is hidden.
    microdata = (
        '<div style="display: none;" itemscope itemtype="http://schema.org/NewsArticle">'
        '<h1 itemprop="name">Council approves the harbour budget</h1>'
        '<div itemprop="description"><p>The council approved the budget after a long night...</p></div>'
        '<div itemprop="datePublished">2019-11-19T08:57:40+01:00</div><div itemprop="keywords">harbour,council</div>'
        "</div>"
    )
    sentences = [
        "The harbour council approved its budget on Tuesday after a debate that lasted long into the night.",
        "The ferry pier will be rebuilt next spring, the mayor said, and the works will take two years.",
        "The opposition voted against it.",
    ]
    nav = "".join(f'<a href="/{n}">Section {n}</a>' for n in range(5))
    story = "".join(f"<p>{line}</p>" for line in sentences)
    html = web_page("", f'<nav>{nav}</nav><div class="content"><h1>Council approves</h1>{story}{microdata}</div>')
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n") == sentences


def test_a_short_story_beside_lists_of_other_stories_is_an_article(extractor: Extractor) -> None:
    # A TV station's story: one-sentence paragraphs, none of real length, and many linked headlines around it.
    related = "".join(f'<h3><a href="/news/{n}">Another story number {n} from the station</a></h3>' for n in range(8))
    sentences = [
        "CHICAGO — A spokesman says the president's eldest son has been infected with the coronavirus.",
        "He learned his diagnosis earlier this week, has no symptoms and has been quarantining.",
        "He is the latest member of the family to become infected with the virus.",
        "The president, the first lady and their son have recovered from the virus.",
        "His girlfriend also tested positive for the virus in October.",
    ]
    body = "".join(f"<p>{line}</p>" for line in sentences)
    html = web_page(
        '<meta property="og:type" content="article">',
        f'<article><h1>Son tests positive</h1><div class="body">{body}</div></article><aside>{related}</aside>',
    )
    assert extractor.extract(html, "https://tv.example/news/son-tests-positive/", now=NOW).text.split("\n") == sentences


@pytest.mark.parametrize("says_article", [True, False])
@pytest.mark.parametrize(
    "teaser",
    [
        '<div class="teaser"><h2><a href="/story/{n}">Harbour story {n} makes the news</a></h2><p>{summary}</p></div>',
        '<li><a href="/story/{n}"><h3>Harbour story {n} makes the news</h3></a><p>{summary}</p></li>',
    ],
    ids=["the-heading-holds-the-link", "the-link-holds-the-heading"],
)
def test_a_list_of_teasers_is_an_index_though_its_text_is_their_summaries(
    extractor: Extractor, teaser: str, says_article: bool
) -> None:
    summary = "The council met on Tuesday to discuss item {n} of the harbour budget and the ferry timetable."
    teasers = "".join(teaser.format(n=n, summary=summary.format(n=n)) for n in range(8))
    head = '<meta property="og:type" content="article">' if says_article else ""
    html = web_page(f"{head}<title>Tag: harbour</title>", f"<h1>Tag: harbour</h1><main>{teasers}</main>")
    with pytest.raises(NoArticle, match="an index page"):
        extractor.extract(html, "https://news.example/tag/harbour", now=NOW)


def test_utc_structured_date_a_day_off_the_printed_date_gives_the_printed_day(extractor: Extractor) -> None:
    head = '<meta property="article:published_time" content="2019-10-18T22:04:00Z">'
    html = story(head, "<p>19. Oktober 2019 00:04 Uhr</p>")
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert iso(article.published_at) == "2019-10-19T00:04:00Z"
    # Days away, the printed date is something else (an update): the structured value stays.
    html = story(head, "<p>Aktualisiert: 25.10.2019</p>")
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert iso(article.published_at) == "2019-10-18T22:04:00Z"
    # A printed day without a time, or a time a day away (a live ticker's entry), is not the same moment.
    for printed in ("<p>19.10.2019</p>", "<p>19.10.2019 23:30</p>"):
        article = extractor.extract(story(head, printed), "https://news.example/council-budget", now=NOW)
        assert iso(article.published_at) == "2019-10-18T22:04:00Z"
    # With an offset, the structured value is the page's own local time and stays.
    head = '<meta property="article:published_time" content="2019-10-19T00:04:00+02:00">'
    article = extractor.extract(story(head, "<p>18.10.2019</p>"), "https://news.example/council-budget", now=NOW)
    assert article.published_at is not None and article.published_at.isoformat() == "2019-10-19T00:04:00+02:00"


def test_a_slashed_date_and_time_tells_the_local_day_of_a_utc_value(extractor: Extractor) -> None:
    # "03/05/2022 21:44" in Brasília is 00:44Z on the 4th: read day first, it is the structured moment.
    head = '<meta property="article:published_time" content="2022-05-04T00:44:52.000Z">'
    article = extractor.extract(
        story(head, "<p>Por Rodolfo Costa 03/05/2022 21:44</p>"), "https://news.example/x", now=NOW
    )
    assert iso(article.published_at) == "2022-05-03T21:44:00Z"
    # Month first (a US page), the same rule finds the same day.
    article = extractor.extract(story(head, "<p>05/03/2022 9:44 pm</p>"), "https://news.example/x", now=NOW)
    assert iso(article.published_at) == "2022-05-03T21:44:00Z"
    # Neither reading near the structured moment, or no time printed: the structured value stays.
    for printed in ("<p>03/06/2022 21:44</p>", "<p>03/05/2022</p>"):
        article = extractor.extract(story(head, printed), "https://news.example/x", now=NOW)
        assert iso(article.published_at) == "2022-05-04T00:44:52Z"


def test_printed_byline_when_structured_data_names_only_the_site(extractor: Extractor) -> None:
    body = "<p>" + "Der Rat hat am Abend über den Haushalt beraten und ihn beschlossen. " * 6 + "</p>"
    html = web_page(
        '<meta property="og:site_name" content="MDR"><meta name="author" content="mdr.de">'
        "<title>Haushalt beschlossen | MDR</title>",
        "<article><h1>Haushalt beschlossen</h1>"
        '<p class="author">von <a href="mailto:david.straub@mdr.de">David Straub, MDR THÜRINGEN</a></p>'
        f"{body}</article>",
        lang=None,
    )
    article = extractor.extract(html, "https://www.mdr.de/nachrichten/haushalt-100.html")
    assert article.authors == ["David Straub"]


def test_a_byline_printed_as_a_line_of_the_text_names_the_author(extractor: Extractor) -> None:
    # No structured author and no byline markup: "Von ..." ends the story, "Written by: ..." opens it.
    body = paragraphs("Der Rat hat am Abend über den Haushalt des Hafens beraten, Teil {n}.", 5)
    html = (
        story("", "")
        .replace("</article>", "<p><em>Von Cosima Künzel</em></p></article>")
        .replace("<h1>Council approves the harbour budget</h1>", f"<h1>Haushalt beschlossen</h1>{body}")
    )
    assert extractor.extract(html, "https://news.example/haushalt", now=NOW).authors == ["Cosima Künzel"]
    html = story("", "<p><em>Written by: Julie Mollins</em></p>")
    assert authors_of(extractor, html) == ["Julie Mollins"]
    # A sentence that begins like a byline is text, and an agency is no author.
    html = story("", "<p>Von Anfang an war klar, dass der Rat zustimmen würde.</p>")
    assert authors_of(extractor, html) == []
    html = story("", "<p>Por Agencia EFE</p>")
    assert authors_of(extractor, html) == []
    # The heading of an author's box, its bio after it, a disclaimer after the box.
    box = (
        "<h3>Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer who covers harbour budgets.</p>"
        + paragraphs("Disclaimer {n}: nothing here is financial advice, and loans are made by the harbour bank.", 4)
    )
    assert authors_of(extractor, story("", "").replace("</article>", f"{box}</article>")) == ["Cassidy Horton"]
    # Without the bio, a byline that far down is no byline (a quoted credit, another story's).
    box = box.replace("Cassidy Horton is", "She is")
    assert authors_of(extractor, story("", "").replace("</article>", f"{box}</article>")) == []


def test_trafilatura_metadata_fills_what_structured_data_lacks(extractor: Extractor) -> None:
    # No keywords, no <meta> author: the section comes from trafilatura's
    # JSON-LD reader and the byline from its author search, read after ours
    # (which must leave the tree, JSON-LD scripts included, as parsed).
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"articleSection": "Politik"}</script>'
    )
    byline = '<p class="byline">By <span class="author-name">Maria Keller</span></p>'
    article = extractor.extract(story(head, byline), "https://news.example/council-budget", now=NOW)
    assert article.tags == ["Politik"]
    assert article.authors == ["Maria Keller"]
    assert article.title == "Council approves the harbour budget"


def test_trafilatura_metadata_is_read_from_the_page_as_parsed(extractor: Extractor) -> None:
    # Only the section is missing from our readers' answers, so trafilatura's
    # is read last, after the date search walked the page's text: that walk
    # must leave the JSON-LD scripts in the tree.
    head = (
        '<meta property="og:site_name" content="Harbour News"><meta name="author" content="Maria Keller">'
        '<meta name="description" content="The council voted.">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"articleSection": "Politik"}</script>'
    )
    article = extractor.extract(story(head), "https://news.example/council-budget", now=NOW)
    assert (article.authors, article.tags) == (["Maria Keller"], ["Politik"])


def test_page_inside_a_form_is_extracted_with_plain_element_classes(extractor: Extractor) -> None:
    # ASP.NET wraps the whole page in one <form>: trafilatura keeps it as a
    # container. The parse gives form controls the plain element class too
    # (lxml's lookup in C, not lxml.html's in Python), and that changes nothing.
    from lxml.html import HtmlElement

    from pipelines.htmltree import parse

    html = (
        story("")
        .replace("<body>", '<body><form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">')
        .replace(
            "</body>",
            '<label>Search <input name="q"></label><select name="s"><option>A</option></select></form></body>',
        )
    )
    tree = parse(html)
    assert {type(e) for e in tree.iter("form", "input", "label", "select", "p")} == {HtmlElement}
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert article.text.startswith("Paragraph 0 of a council story")
    assert "Search" not in article.text
    assert article.title == "Council approves the harbour budget"


def test_a_pages_controls_and_prompts_as_lines_of_the_story_are_removed(extractor: Extractor) -> None:
    leftovers = ["Loading Comments...", "Comments are closed.", "Explore further", "Copied", "Voir les contributions"]
    kept = ["Comments from residents are closed until Friday, the council said."]
    assert story_lines(extractor, [*kept, *leftovers]) == kept
    # Sponsored links and related stories in Japanese, Chinese and Korean; WordPress.com's ad label.
    leftovers = ["スポンサード リンク", "関連エントリ", "相关新闻", "관련기사", "Advertisements"]
    kept = ["関連エントリの多いブログは読まれる、と市議会は述べた。"]  # "blogs with many related entries are read"
    assert story_lines(extractor, [*kept, *leftovers]) == kept
    # A Chinese page's controls, breadcrumb, copyright and report lines; a sentence that mentions them stays.
    leftovers = [
        "字号",
        "知道了",
        "相关推荐",
        "微信扫一扫 关注该公众号",
        "您所在的位置：首页 >",
        "现在位置： 首页 >> 东区新闻 >> 正文",
        "举报邮箱：jubao@example.cn",
        "All Rights Reserved 新浪公司 版权所有",
        "The-CNN-Wire™ & © 2020 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.",
    ]
    kept = ["市议会说，当前位置的选择由居民投票决定，版权所有人已经同意。"]
    assert story_lines(extractor, [*kept, *leftovers]) == kept
    # The wire services' longer copyright notice, alone or after the site's; a sentence about it stays.
    leftovers = [
        "Copyright © 2005 The Associated Press. All rights reserved. The information contained in the AP News report "
        "may not be published, broadcast, rewritten or otherwise distributed without the prior written authority of "
        "The Associated Press.",
        "This material may not be published, broadcast, rewritten, or redistributed. © 2008 FOX News Network, LLC. All "
        "rights reserved. All market data delayed 20 minutes.",
    ]
    kept = ["The harbour council said its minutes may not be published before the vote, broadcast or not."]
    assert story_lines(extractor, [*kept, *leftovers]) == kept


def test_a_known_leftover_or_a_dialogs_text_under_the_headline_is_no_standfirst(extractor: Extractor) -> None:
    body = paragraphs("Paragraph {n} of a council story: the members debated the harbour budget for hours.")
    # A known leftover in the story's <header>, where a standfirst would be.
    confirmation = "<p>Thanks for contacting us. We've received your submission.</p>"
    html = web_page(
        "", f"<article><header><h1>Council approves the harbour budget</h1>{confirmation}</header>{body}</article>"
    )
    assert extractor.extract(html, "https://news.example/council", now=NOW).text.startswith("Paragraph 0")
    # A modal dialog's text after the headline, whatever it says.
    modal = (
        "<div class='modal' aria-hidden='true'><div role='dialog'><p>Your message has been sent to the newsroom, "
        "and an editor will get back to you within two working days.</p></div></div>"
    )
    html = web_page(
        "", f"<article><header><h1>Council approves the harbour budget</h1>{modal}</header>{body}</article>"
    )
    assert extractor.extract(html, "https://news.example/council", now=NOW).text.startswith("Paragraph 0")


def test_read_also_lines_linking_other_stories_are_removed(extractor: Extractor) -> None:
    links = [
        "<p>Read more: Plymouth protests erupt in violence</p>",
        "<p>Les også: Tone Damli røper detaljer om frieriet</p>",
        "<p>Czytaj też: Wyścig zbrojeń ruszył z kopyta</p>",
        "<p>اقرأ أيضا: وزراء الخارجية يجتمعون غدا</p>",
    ]
    sentence = "Read more about the budget in the council's own report, which the members published on Monday."
    html = story("", "".join(links) + f"<p>{sentence}</p>")
    paragraphs = extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n")
    assert paragraphs[0] == sentence  # without its colon, "Read more" is a sentence of the story
    assert not [p for p in paragraphs if p.startswith(("Read more:", "Les også", "Czytaj", "اقرأ"))]
    assert len(paragraphs) == 5


def test_read_also_lines_in_spanish_and_arabic_spellings_and_follow_prompts_are_removed(extractor: Extractor) -> None:
    leftovers = [
        "LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández",
        "PUEDES VER: ¿Qué es la Sunedu y para qué sirve?",
        "Mire: El cantante da positivo",
        "MIRA: Madre se acerca a conocer los motivos de captura de su hijo",
        "Lea: Consejo Permanente aborda este miércoles la confiscación de sus oficinas",
        "إقرأ أيضا: وزراء الخارجية يجتمعون غدا",  # with hamza below, without it, with tanween
        "اقرأ ايضا: وزراء الخارجية يجتمعون غدا",
        "شاهد أيضًا: فيديو الاجتماع",
        "Síguenos en Telegram, Instagram, Facebook y Twitter",
        "Folgen Sie uns auf Twitter",
    ]
    kept = [
        "Mire usted, dijo el presidente del consejo, esto no es así.",
        "Lea el informe completo en la web del ministerio, pidió la concejala.",
        "Follow the money, the prosecutor told the council on Monday.",
        # An interview's answers by people called Lea and Mira.
        "Lea: Ich finde, der Rat hat zu lange gewartet.",
        "Mira: Und wer bezahlt den neuen Hafen?",
    ]
    assert story_lines(extractor, [*kept, *leftovers]) == kept


@pytest.mark.parametrize(
    ("setting", "pattern", "message"),
    [
        ("EXTRACT_REMOVE_PATTERNS", "^Read (more", r"EXTRACT_REMOVE_PATTERNS: bad regex '\^Read \(more'"),
        (
            "EXTRACT_STOP_PATTERNS",
            "^To continue (reading",
            r"EXTRACT_STOP_PATTERNS: bad regex '\^To continue \(reading'",
        ),
    ],
)
def test_a_bad_pattern_setting_is_named(setting: str, pattern: str, message: str) -> None:
    settings = Settings()
    settings.setmodule("config.settings", priority="project")
    settings.set(setting, [pattern])
    with pytest.raises(ValueError, match=message):
        Extractor.from_settings(settings)


def test_advertisement_labels_and_consent_placeholders_are_removed(extractor: Extractor) -> None:
    leftovers = ["Anzeige", "REKLAMA", "Externer Inhalt nicht verfügbar", "Auch interessant", "Article content"]
    sentence = "Die Anzeige wegen Betrugs wurde am Montag von der Polizei in Essen aufgenommen und weitergeleitet."
    html = story("", "".join(f"<p>{line}</p>" for line in leftovers) + f"<p>{sentence}</p>")
    paragraphs = extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n")
    assert paragraphs[0] == sentence  # the word in a sentence is text
    assert not set(leftovers) & set(paragraphs)
    assert len(paragraphs) == 5


def test_the_dateline_under_the_headline_wins_over_a_structured_date_days_away(extractor: Extractor) -> None:
    head = '<meta property="article:published_time" content="2021-12-14T15:41:07+01:00">'
    url = "https://news.example/council-budget"

    def published(head: str, dateline: str) -> str | None:
        return iso(extractor.extract(story(head, dateline), url, now=NOW).published_at)

    # A draft's creation date in the metadata, the publication printed under the headline.
    assert published(head, "<p>04.02.2022</p>") == "2022-02-04T00:00:00Z"
    assert published(head, "<p>Monday, 6 January 2020</p>") == "2020-01-06T00:00:00Z"
    # The last update, said so or confirmed by the page's own dateModified, is not the publication.
    for dateline in ("<p>Updated Feb 4, 2022</p>", "<p>Stand:</p><p>04.02.2022, 07:30 Uhr</p>"):
        assert published(head, dateline) == "2021-12-14T14:41:07Z"
    modified = head + '<meta property="article:modified_time" content="2022-02-04T09:00:00+01:00">'
    assert published(modified, "<p>04.02.2022</p>") == "2021-12-14T14:41:07Z"
    # The update's day printed in the site's zone, the modification given in UTC after midnight.
    late = head + '<meta property="article:modified_time" content="2022-02-05T00:49:54Z">'
    assert published(late, "<p>04.02.2022</p>") == "2021-12-14T14:41:07Z"
    # The structured day printed too, after the update's: the publication, both printed ("2018-08-29 14:15" then
    # "2018-06-22 10:20"); not where its line is labelled as the update.
    assert published(head, "<p>04.02.2022 07:30</p><p>14.12.2021 15:41</p>") == "2021-12-14T14:41:07Z"
    updated = "<p>Updated:</p><p>14.12.2021</p><p>Original:</p><p>04.02.2022</p>"
    assert published(head, updated) == "2022-02-04T00:00:00Z"
    # A day apart is a time zone, not another date; a date in the text further down is the story's subject.
    assert published(head, "<p>15.12.2021</p>") == "2021-12-14T14:41:07Z"
    far_down = "<p>" + "The council met in the harbour hall. " * 10 + "</p><p>04.02.2022</p>"
    assert published(head, far_down) == "2021-12-14T14:41:07Z"
    # A logo set as an empty <h1> before the story's, or the site's name as an <h1> linking home: the
    # headline is the first other <h1> that shows text.
    links = "".join(f'<a href="/section-{n}">Section {n}</a>' for n in range(40))
    for banner in (
        '<h1><a href="/"><img src="/logo.png" alt=""></a></h1>',
        '<h1 class="site-title"><a href="https://news.example/" rel="home">Harbour Gazette</a></h1>',
        '<h1><a href="/">Harbour Gazette</a></h1>',
        # Drupal's front page is /node; the theme names the <h1> the site's logo.
        '<h1 id="website-logo"><a href="/node">Harbour Gazette</a></h1>',
    ):
        html = story(head, "<p>04.02.2022</p>").replace("<body>", f"<body><header>{banner}<nav>{links}</nav></header>")
        article = extractor.extract(html, url, now=NOW)
        assert iso(article.published_at) == "2022-02-04T00:00:00Z"
        assert article.title == "Council approves the harbour budget"


def test_a_dateline_printed_just_above_the_headline_counts(extractor: Extractor) -> None:
    head = '<meta property="article:published_time" content="2021-12-14T15:41:07+01:00">'
    url = "https://news.example/council-budget"

    def published(above: str) -> str | None:
        html = story(head).replace("<article><h1>", f"<article>{above}<h1>")
        return iso(extractor.extract(html, url, now=NOW).published_at)

    assert published('<div class="date">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>') == (
        "2020-02-05T00:00:00Z"
    )
    # Not an update, nor a date further up than the lines just above the headline.
    assert published("<p>Aktualisiert am 05.02.2020</p>") == "2021-12-14T14:41:07Z"
    far_up = "<p>05.02.2020</p><p>" + "Section, Region, Topic and other links to the site's pages. " * 3 + "</p>"
    assert published(far_up) == "2021-12-14T14:41:07Z"
    # A name beside a date there is the byline, when the page marks none.
    html = story("").replace("<article><h1>", "<article><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>")
    assert extractor.extract(html, url, now=NOW).authors == ["Uta Helkenberg"]


def test_without_structured_date_the_dateline_wins_over_a_date_in_the_text(extractor: Extractor) -> None:
    # The press release's date is printed above its headline; its first paragraph names a later date.
    html = web_page(
        "",
        '<div class="news"><span>06.12.2022</span><h1>Bürgerbeteiligung am Windpark</h1>'
        "<p>Die Zeichnungsfrist läuft vom 9.1. bis 10.2.2023, danach beginnt der Bau des Windparks.</p>"
        + paragraphs("Absatz {n}: Der Windpark liefert Strom für viele Haushalte der Stadt.")
        + "</div>",
        lang="de",
    )
    article = extractor.extract(html, "https://energy.example/presse/windpark", now=NOW)
    assert iso(article.published_at) == "2022-12-06T00:00:00Z"


def test_a_persian_page_dated_in_the_solar_hijri_calendar(extractor: Extractor) -> None:
    html = article_page(
        "ورود نقدینگی به بورس در سه ماه",
        "<p>۲ تیر ۱۳۹۹ - ۱۲:۰۹:۰۸ ب.ظ</p>",
        "بند {n}: رییس سازمان بورس اعلام کرد که ورود نقدینگی به بورس در سال گذشته بسیار بوده است.",
        lang="fa",
        direction="rtl",
    )
    article = extractor.extract(html, "https://news.example.ir/News/bourse", now=NOW)
    assert iso(article.published_at) == "2020-06-22T12:09:00Z"
    assert not article.text.startswith("۲ تیر")  # the dateline is the header's, not the story's text


def test_the_headline_takes_nothing_from_the_distance_the_dateline_stands_within(extractor: Extractor) -> None:
    # No structured date; a long picture caption with its own date between the headline and the dateline.
    headline = "Protesters gather at the harbour theatre to confront the mayor over pension reform"
    caption = (
        "FILE PHOTO: The mayor delivers his new year wishes to the harbour workers during a ceremony at the old "
        "ferry terminal near the North Quay, January 16, 2020, after the council approved the budget. Pool via "
        "the Harbour Gazette photo service"
    )
    html = article_page(
        headline,
        f"<figure><figcaption>{caption}</figcaption></figure><p>January 18, 2020</p>",
        "Paragraph {n}: protesters tried to force their way into the theatre where the mayor sat.",
    )
    article = extractor.extract(html, "https://news.example/protesters-gather", now=NOW)
    assert iso(article.published_at) == "2020-01-18T00:00:00Z"


def test_a_dateline_with_a_two_digit_year_wins_over_a_date_in_the_text(extractor: Extractor) -> None:
    html = article_page(
        "Grab-Bote fliegt nach Singapur",
        "<div>Von: Björn Jahner <span>|</span> <span>31.10.23</span></div><p>Ein Video, in dem das behauptet wird, "
        "ist frei erfunden, sagte ein Sprecher am Montag (30. Oktober 2023).</p>",
        "Absatz {n}: Der Lieferdienst prüft das Video und seine Quelle.",
        lang="de",
    )
    article = extractor.extract(html, "https://farang.example/de/pages/grab-bote", now=NOW)
    assert iso(article.published_at) == "2023-10-31T00:00:00Z"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        pytest.param("<p><b><i>Stefan Wasmer</i></b></p>", ["Stefan Wasmer"], id="bold-name-signed-under-the-story"),
        pytest.param('<p class="clearfix"><strong>Marina Mucha</strong></p>', ["Marina Mucha"], id="strong"),
        pytest.param("<p><b>SOCIAL MEDIA SEITEN</b></p>", [], id="a-heading-in-capitals"),
        pytest.param("<p><b>Stefan Wasmer</b> scored twice in the last period.</p>", [], id="a-name-in-a-sentence"),
        pytest.param("<p>Stefan Wasmer</p>", [], id="not-bold"),
        pytest.param("<p><b>Harbour Gazette</b></p>", [], id="the-sites-name"),
    ],
)
def test_a_bold_name_as_the_texts_last_line_is_the_writers_signature(
    extractor: Extractor, last: str, expected: list[str]
) -> None:
    html = article_page(
        "Council approves the harbour budget",
        "",
        "Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted.",
        head='<meta property="og:site_name" content="Harbour Gazette">',
        after=last,
    )
    assert authors_of(extractor, html) == expected


def test_drupals_submitted_line_dates_a_page_without_structured_data(extractor: Extractor) -> None:
    comment = '<div class="comment"><div class="submitted">Gespeichert von gast am 2. August 2017 - 09:10</div></div>'
    html = article_page(
        "FairCoin Hackathon beim Sommercamp",
        "<p>Einige Mitglieder fahren voraussichtlich am 23.-26.8.2017 hin und sind mit dabei.</p>",
        "Absatz {n}: Das Sommercamp hat mehrere Themenschwerpunkte, auch die Technik.",
        after='<div class="meta submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - '
        "18:55</div>",
        outside=comment,
        lang="de",
    )
    article = extractor.extract(html, "https://verein.example/faircoin-hackathon", now=NOW)
    assert iso(article.published_at) == "2017-07-24T18:55:00Z"
    # A structured date wins over it.
    dated = html.replace("<head></head>", '<head><meta property="article:published_time" content="2017-07-20"></head>')
    assert iso(extractor.extract(dated, "https://verein.example/faircoin-hackathon", now=NOW).published_at) == (
        "2017-07-20T00:00:00Z"
    )


def test_a_labelled_dateline_wins_over_a_later_media_items_date_and_name(extractor: Extractor) -> None:
    # The story's dateline is labelled; the audio box under it has its own date and reporter.
    html = article_page(
        "Job-Turbo hilft Geflüchteten",
        "<p>Veröffentlicht am 27.04.24 um 07:39 Uhr</p>"
        '<p class="audio">Audio <span>03:07 Min.</span> <span>|</span> <time>25.04.24</time> '
        "<span>| Roman Warschauer</span></p>",
        "Absatz {n}: Geflüchtete finden mit dem Programm schneller eine Arbeit, sagt das Amt.",
        head='<meta property="article:published_time" content="2024-04-27T07:39:18+02:00">',
        lang="de",
    )
    article = extractor.extract(html, "https://hessen.example/wirtschaft/job-turbo", now=NOW)
    assert iso(article.published_at) == "2024-04-27T05:39:18Z"
    assert article.authors == []


def test_a_labelled_publication_date_under_the_headline_wins_over_a_structured_one_days_away(
    extractor: Extractor,
) -> None:
    standfirst = "Eva Welskop-Deffaa ist von der Delegiertenversammlung zur neuen Präsidentin gewählt worden. " * 4
    html = article_page(
        "Neue Präsidentin gewählt",
        f"<p>{standfirst}</p><dl><dt>Erschienen am:</dt><dd>13.10.2021</dd></dl>",
        "Absatz {n}: Sie wird als erste Frau dieses Amt innehaben, sagte der Verband.",
        head='<meta property="article:published_time" content="2021-10-15">',
        lang="de",
    )
    article = extractor.extract(html, "https://verband.example/presse/praesidentin", now=NOW)
    assert iso(article.published_at) == "2021-10-13T00:00:00Z"


def test_the_h1_that_heads_the_story_is_read_when_the_first_is_the_sites(extractor: Extractor) -> None:
    # The site's name is the first <h1>, not linked home; the story's own <h1> has the dateline under it.
    html = web_page(
        '<meta property="og:title" content="Cold wave alert for Wednesday">',
        "<header><h1>KBS WORLD</h1><p>Search</p></header><article><h1>Cold wave alert for Wednesday</h1>"
        "<p>Written: 2023-11-07 15:03:30</p>"
        + paragraphs("Paragraph {n}: temperatures will drop sharply across the country on Wednesday.")
        + "</article>",
    )
    article = extractor.extract(html, "https://world.example/news_view.htm?seq=181595", now=NOW)
    assert iso(article.published_at) == "2023-11-07T15:03:00Z"
    # A date printed after the site's <h1> and before the story's still counts when the story's has none.
    html = (
        html.replace("<p>Written: 2023-11-07 15:03:30</p>", "")
        .replace("<p>Search</p>", "<p>This article was published on 19 May 2010</p>")
        .replace("<head>", '<head><meta property="og:updated_time" content="2016-01-01T10:00:00">')
    )
    article = extractor.extract(html, "https://world.example/news_view.htm?seq=181595", now=NOW)
    assert iso(article.published_at) == "2010-05-19T00:00:00Z"


def test_a_dateline_on_the_modified_day_wins_when_a_meta_tag_publishes_it_that_day(extractor: Extractor) -> None:
    data = {
        "@type": "NewsArticle",
        "datePublished": "2023-11-03T10:25:56+00:00",
        "dateModified": "2023-11-06T14:26:51Z",
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
    )
    html = story(head, "<p>6. November 2023, 15:25 Uhr</p>")
    article = extractor.extract(html, "https://news.example/kim-kardashian", now=NOW)
    assert iso(article.published_at) == "2023-11-06T14:25:00Z"
    # Without the meta tag, the dateline on the modified day is the last update: the JSON-LD date stays.
    html = story(
        f'<script type="application/ld+json">{json.dumps(data)}</script>', "<p>6. November 2023, 15:25 Uhr</p>"
    )
    article = extractor.extract(html, "https://news.example/kim-kardashian", now=NOW)
    assert iso(article.published_at) == "2023-11-03T10:25:56Z"


def test_no_dateline_under_a_banner_h1(extractor: Extractor) -> None:
    # The first <h1> is the site's name: what follows is its navigation (today's date), not the story's header.
    html = web_page(
        '<meta property="article:published_time" content="2017-05-01T17:05:00+02:00">'
        '<meta property="og:title" content="Council approves the harbour budget">',
        "<header><h1>Harbour Radio</h1><p>26.02.2020</p></header><article>"
        + paragraphs("Paragraph {n}: the members debated the harbour budget for hours and voted.")
        + "</article>",
    )
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert iso(article.published_at) == "2017-05-01T15:05:00Z"


def test_credit_lines_and_newsletter_prompts_are_removed(extractor: Extractor) -> None:
    leftovers = [
        "© dpa-infocom, dpa:230428-99-483045/5",
        "Quelle: ntv.de",
        "With files from The Associated Press",
        "Sign up for our emails",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "(Bild: Dieter Stork)",
        "Lesedauer: 4 Minuten",
        "5 min read",
    ]
    kept = [
        "Copyright infringement is a growing problem for the harbour's music festival, the council heard.",
        "© Nordex (iwr-pressedienst) - " + "The council approved the harbour budget after a long debate. " * 4,
        "Quelle: Die Zahlen stammen aus dem Bericht des Rates, der am Montag im Hafen vorgestellt wurde.",
        "120 Minuten",  # a recipe's time: no reading label
    ]
    assert story_lines(extractor, [*kept, *leftovers]) == [" ".join(k.split()) for k in kept]


def test_marks_without_text_and_asian_and_persian_credit_lines_are_removed(extractor: Extractor) -> None:
    leftovers = [
        # Separators and marks left without any text: a table's rule, a bullet, an ellipsis, a lone quote.
        "| |",
        "|---|---|",
        "-",
        "...",
        "„",
        "* * *",
        # Copyright notices in Korean, Japanese and Chinese; Persian agencies' "end of message".
        "<저작권자ⓒ대전일보사. 무단전재-재배포 금지>",
        "Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지",
        "記事の無断転載を禁じます。",
        "版权所有 未经授权禁止转载",
        "انتهای پیام/ی",
        # Lists of other stories, a slider's controls and counter, source and picture credits, in more languages.
        "i più letti",
        "Lo más leído",
        "ÖncekiSonraki",
        "1 / 22",
        "Bron: 112 Den Haag",
        "Źródło zdjęcia głównego: ELVIS GONZALEZ/PAP/EPA",
    ]
    kept = [
        "1/4",  # a recipe's quantity
        "Bron van de cijfers is het ministerie, dat ze op maandag in Den Haag publiceerde.",
        "The council approved the harbour budget: 12 votes to 3.",
        "}",  # a code listing's brackets are text
        "});",
        "한국일보는 무단 전재 문제를 다룬 기획 기사를 연재하며 언론사들이 저작권을 어떻게 지키는지, "
        "독자들이 어떤 피해를 입는지, 그리고 어떤 제도 개선이 필요한지를 "
        "여러 전문가의 의견과 함께 자세히 살펴본다고 밝혔다.",
    ]
    assert story_lines(extractor, [*kept, *leftovers]) == kept


def test_calls_to_the_reader_paywall_stops_and_credit_lines_are_removed(extractor: Extractor) -> None:
    leftovers = [
        "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        "Never miss the latest news by signing up to our newsletter today!",
        "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
        "Zapraszamy też do subskrypcji tygodnika.",
        "Das Thema könnte dich auch interessieren:",
        "Crédits photos : Bestimage",
        "(Credit: Clayton Aldern / Grist)",
        "Beitragsbild",
        "NOEL CELIS/AFP via Getty Images",
        "Wie hat Ihnen dieser Artikel gefallen?",
        "Suscribete",
        # A video's or broadcast's details; a newsroom's code or an agency alone.
        "02:57 Min.. Verfügbar bis 06.05.2024.",
        "05.09.2024 | 2:03 min",
        "Sendung: Antenne Brandenburg, 24.04.2024, 15:10 Uhr",
        "(dmk)",
        "mit dpa",
        "With AP and Reuters.",
        # Prompts to follow the site or get its app, copyright notices, ad disclosures, a contact box's labels.
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
        "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace.",
        "This article is the copyrighted property of Breaking Belize News.",
        "Written permission must be obtained before reprint in online or print media.",
        "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",
        "Pressekontakt:",
        "Weitere Informationen:",
        # The site's newsletter, login prompts, calls to comment, affiliate footers, more credits and lead-ins.
        "Lust auf mehr? Lass dir die besten Storys jede Woche liefern. Melde dich hier für unseren Newsletter an.",
        "Sie sind aktuell nicht eingeloggt.",
        "Verraten Sie gerne in den Kommentaren: Was bedeutet ein Award für Sie?",
        "Letzte Aktualisierung am 2.02.2022 / Affiliate Links / Bilder von der Amazon Product Advertising API",
        "Titelbild: Geyres Christophe/ABACA/picture-alliance",
        "Fot. Lukasz Nowaczyk / Agencja Gazeta",
        "aja/PAP",
        "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
        "Ten tekst przeczytasz w mniej niż minutę",
        "Auch lesen: Diese 3 Sternzeichen verschenken ihr Herz an den Falschen",
        "Dowiedz się więcej: Kto jak głosował?",
        "(Alle Angaben ohne Gewähr)",
        "Folgst du schon 20 Minuten auf Whatsapp?",
        "This is a breaking news story and will be updated.",
        "Článek",
        "Andrea Verdelli/Getty Images",
        "—Associated Press writer John Leicester in Paris contributed to this report.",
        "Alex Isenstadt contributed to this report.",
        "Mit Agenturmaterial.",
        "• Email: dpaglinawan@postmedia.com",
        "We independently select everything we recommend. Buying through us may earn us a commission.",
        # Affiliate disclosures in the site's voice; a review site's labels; newsletter prompts; a reader appeal.
        "By Ela | 18 Comments. This post may contain affiliate links*. As an Amazon Associate I earn from qualifying"
        " purchases.",
        "DISCLOSURE: If you buy through affiliate links, I may earn a small commission.",
        "SeniorLiving.org is supported by commissions from providers listed on our site.",
        "Products are chosen independently by our editors",
        "Prices were accurate at the time this article was published",
        "Advertiser Disclosure",
        "Join our mailing list",
        "For daily wit & wisdom, sign up for the Almanac newsletter.",
        "Enjoyed the article? Get new content delivered to your inbox.",
        "First Name (optional):",
        "Thanks for subscribing! Look out for your first newsletter in your inbox soon!",
        "🙌 Awesome, you're subscribed!",
        "The best of New York straight to your inbox",
        # Webflow's form messages, a paywall's login prompt, a template's filler text.
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
        "Already have an account? Log in",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
        "Necessary cookies are absolutely essential for the website to function properly. This category only includes"
        " cookies that ensures basic functionalities and security features of the website.",
        "News Flash",
        "Would you like to receive notifications about new posts?",
        # Picture credits in words, an advertisement's skip link, a share label.
        "Featured image from The Standard Stitch",
        "Image used under license from Shutterstock",
        "Photo Courtesy of Noble Desktop",
        "SKIP ADVERTISEMENT",
        "Pinterest image",
        "Share the Blog on:",
        "Published:",
        "Last updated on:",
        "← Back to blog",
        "Posted in Blockchain, Smart Contract, Technologies",
        "Filed under: Khawarij |",
        "If you're enjoying this article, consider supporting our award-winning journalism by subscribing. By"
        " purchasing a subscription you are helping to ensure the future of impactful stories about the discoveries"
        " and ideas shaping our world today.",
        # An appeal with its button's words after it, however long.
        "Gerade jetzt braucht es Zusammenhalt. " * 10 + "Sind Sie dabei? Jetzt unterstützen",
        "Independent journalism costs money, and every reader can help us keep it free. Support us",
    ]
    kept = [  # the story's own sentences
        "Support for the harbour budget came from all parties, the council said.",
        "The mayor's last words were: Jetzt unterstützen wir die Fischer.",
        "Never before had the council approved a budget this large, the mayor said.",
        "Residents who contributed to the harbour fund will be thanked at the opening, the mayor said.",
        "The photos were sold to Getty Images/AFP.",  # a sentence about the agencies
        "Mit dpa-Material allein lässt sich die Lage nicht beschreiben, sagte er.",
        "The clip ran for 2:03 min before the feed was cut, the broadcaster said.",
        "Follow the money, the auditor told the council on Twitter and in the chamber.",
        "Follow these steps shared on Twitter to report a broken quay light, the harbour master said.",
        "Kontakt zur Verwaltung hielt er bis zuletzt, sagte der Bürgermeister.",
        "The council's newsletter reached every household, the clerk said, and our reporter read it.",
        "If you found a wallet on the quay, would you hand it in? The harbour master tested it.",
        "Bloggers who review boats may earn a commission from affiliate links, the harbour master said.",
        "The ferry timetable is delivered to your inbox every Monday, the clerk said, and printed at the quay.",
        "Thanks for subscribing to the harbour fund, the mayor told the donors at the quay.",
        "Necessary repairs to the quay are essential for the ferry to run, the harbour master said.",
        "Would you like to receive notifications of every ferry delay? the council asked residents in its survey.",
        "Photo by photo, the exhibition shows the harbour's history.",
        "Image from the harbour's camera showed the ferry leaving on time.",
        "Published on the council's site, the budget runs to 40 pages.",
        "Back to the harbour, the ferry waited for the storm to pass.",
        "Posted in the harbour office, the notice warned of the storm.",
    ]
    assert story_lines(extractor, [*kept, *leftovers]) == kept


def test_consent_placeholders_cookie_notices_and_script_warnings_are_removed(extractor: Extractor) -> None:
    leftovers = [
        "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte (z.B. Grafiken).",
        "Zur Anzeige aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.",
        "Please accept YouTube cookies to play this video.",
        "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons.",
        "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser.",
    ]
    kept = [  # the story's own sentences about privacy and cookies
        "Facebook changed its privacy settings to display more ads to teenagers, the regulator said.",
        "Open your privacy settings and tap Show to see who can view your posts.",
        "Die Wähler zeigen ihre Zustimmung zur Reform des Datenschutzes, die Cookies verbieten soll.",
    ]
    assert story_lines(extractor, [*kept, *leftovers]) == kept


def test_a_title_ending_with_the_headline_gives_no_site_name(extractor: Extractor) -> None:
    # trafilatura guesses the site's name from the <title>'s last segment; here that is the headline itself.
    headline = "Council approves the harbour budget after a long night of debate in the town hall"
    html = story(f"<title>Harbour Police - News - {headline}</title>").replace(
        "Council approves the harbour budget</h1>", f"{headline}</h1>"
    )
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert article.title == headline


def card(path: str, headline: str, summary: str) -> str:
    """A teaser card: all of it one link to another story."""
    return f'<a href="{path}"><div><h3>{headline}</h3><div class="date">2024-10-14</div><p>{summary}</p></div></a>'


TEASER = "Ferries: the company said that the evening crossings would stop for the winter, to the islanders' anger."


def test_summaries_of_teaser_cards_are_removed(extractor: Extractor) -> None:
    cards = card("/ferries", "Ferries stop", TEASER) + card("/ports", "Ports reopen", "Ports: " + TEASER)
    html = story("").replace("</article>", f"<h2>You might also like</h2>{cards}</article>")
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert TEASER not in text
    assert "Paragraph 3 of a council story" in text


def test_a_lead_a_card_repeats_and_a_story_inside_an_unclosed_link_stay(extractor: Extractor) -> None:
    lead = "The harbour budget passed after midnight: eleven votes to four, with two members absent from the hall."
    html = story("").replace("</h1>", f"</h1><h2>{lead}</h2>")
    html = html.replace("</article>", card("/council-budget?ref=similar", "Council approves", lead) + "</article>")
    assert lead in extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n")
    # A link left open before the story: its paragraphs are all "inside a link".
    unclosed = story("").replace("</h1>", '</h1><a href="/council">')
    text = extractor.extract(unclosed, "https://news.example/council-budget", now=NOW).text
    assert text.count("of a council story") == 4


@pytest.mark.parametrize(
    "stop",
    [
        "Pour lire la suite de cet article, abonnez-vous.",
        "To view the full story, please subscribe to The Times.",
        "Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.",
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.",
    ],
)
def test_a_paywall_stop_ends_the_text(extractor: Extractor, stop: str) -> None:
    offer = [stop, "Offre découverte", "1€ le 1er mois puis 12€ par mois"]
    html = story("").replace("</article>", "".join(f"<p>{line}</p>" for line in offer) + "</article>")
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert text.split("\n") == [
        f"Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted."
        for n in range(4)
    ]
    # As the first paragraph only the line goes: the story may follow it.
    lines = story_lines(extractor, ["この記事は会員限定です。", "The harbour budget passed after midnight."])
    assert lines == ["The harbour budget passed after midnight."]


@pytest.mark.parametrize(
    ("dateline", "authors"),
    [
        # Set apart by a bar, in two <span>s, or by a dash or "by" on one line.
        ("<span>Sehernur Karsu &nbsp;|</span> <span>05.04.2025 - Güncelleme : 05.04.2025</span>", ["Sehernur Karsu"]),
        ("<p>11.12.2019 - Amelie Loevenich</p>", ["Amelie Loevenich"]),
        ("<div>Posted on September 21, 2020 by Adi Tzlil</div>", ["Adi Tzlil"]),
        # After a label, with a role after it.
        ("<p>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</p>", ["Eberhard Fuhr"]),
        ("<p>05.02.2020 - Eberhard Fuhr (Pressesprecher)</p>", ["Eberhard Fuhr"]),
        ("<p>05.02.2020 - Redaktion</p>", []),
        # A job title between the name and the date.
        ("<p>Aaron Ricadela | Senior Writer | July 2, 2025</p>", ["Aaron Ricadela"]),
        ("<p>Amelie Loevenich | Politik | 23.11.2022</p>", []),
        # A place, a section, the site itself: no person.
        ("<p>Hofheim am Taunus | 23.11.2022</p>", []),
        ("<p>Politik | 23.11.2022</p>", []),
        ("<p>Harbour Gazette | 23.11.2022</p>", []),
        # A name with no date beside it is not a byline here.
        ("<p>Amelie Loevenich | Politik</p>", []),
        # An advertisement's label where the byline would stand.
        ("<p>PAID CONTENT | 12.05.2022</p>", []),
    ],
)
def test_a_name_beside_the_date_under_the_headline_is_the_byline(
    extractor: Extractor, dateline: str, authors: list[str]
) -> None:
    html = story('<meta property="og:site_name" content="Harbour Gazette">').replace("</h1>", f"</h1>{dateline}")
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).authors == authors


def test_a_dated_line_of_the_header_is_dropped_from_the_top_only(extractor: Extractor) -> None:
    dated = "Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm"
    later = "Veröffentlicht am 03.02.2022: so begann der Blog, und so geht er weiter, schrieb sie damals."
    assert story_lines(extractor, [dated, "The vote was close.", later]) == ["The vote was close.", later]


def test_a_story_a_broken_theme_puts_inside_the_sidebar_is_read(extractor: Extractor) -> None:
    """A sidebar <aside> left open before the story holds it: trafilatura's
    default reading drops asides and keeps the site's motto; the recall
    reading finds the story."""
    motto = '<header><div class="header-text">Your most important touchpoint for the trade.</div></header>'
    html = story("").replace("<body>", f'<body>{motto}<aside class="sidebar"><div class="menu">')
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert text.count("of a council story") == 4
    assert "touchpoint" not in text


@pytest.mark.parametrize(
    ("labelled", "authors"),
    [
        # A label in an element of its own, the names in the text after it.
        ("<div><h5>Autor: </h5>Peter Maahn/SP-X</div>", ["Peter Maahn"]),  # SP-X: an agency
        ("<div><b>Von:</b><br><br>Götz Warnke</div>", ["Götz Warnke"]),
        ('<div><h4>Autor</h4><p><a href="/profil/huke">Nikolai Huke</a>, </p></div>', ["Nikolai Huke"]),
        ("<dl><dt>Autor</dt><dd>Konstantin Furrer</dd><dt>Rubrik</dt><dd>Politik</dd></dl>", ["Konstantin Furrer"]),
        ("<div><b>Von:</b><br>Götz <!-- name -->Warnke<br>Pressesprecher</div>", ["Götz Warnke"]),
        ('<div><span>By</span> <a href="/staff">J.R. Stone</a></div>', ["J.R. Stone"]),
        ("<ul><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>", ["Roman Goncharenko"]),
        ("<p><b>Autor*in:</b> Jan Koch</p>", ["Jan Koch"]),
        ("<div><strong>Contributors:</strong> Janet Loughrey</div>", ["Janet Loughrey"]),
        # The label and the names in one line of their own, a role after them.
        ("<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>", ["Uta Staschewski"]),
        ("<div><p>Auteur : Kossivi Tiassou </p> <p>Edition : M-A. Pioerron</p></div>", ["Kossivi Tiassou"]),
        (
            '<p><span>Geschrieben von</span> <a href="/profil">Anna Trechsel</a> und Monika Bolliger</p>',
            ["Anna Trechsel", "Monika Bolliger"],
        ),
        # A form's field, the next field's label, a rating, words that are no name: no byline.
        ('<form><span>Von:</span><input type="date" name="from"><button>Suche</button></form>', []),
        ("<label><span>Autor</span></label><div>Filter</div>", []),
        ("<div><div>Auteur :</div><div>Auteur(s) : Les membres</div></div>", []),
        ("<div><span>von</span> <span>5,0</span></div>", []),
        ("<div><strong>author</strong>, release date and image size are in there.</div>", []),
        # The label ends its block and the next text is in another, far from it.
        ("<section><div><div><span>Autor</span></div></div></section><section><p>Hafen Rat</p></section>", []),
    ],
)
def test_a_label_before_the_names_is_the_byline(extractor: Extractor, labelled: str, authors: list[str]) -> None:
    html = story("").replace("</h1>", f"</h1>{labelled}")
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).authors == authors


@pytest.mark.parametrize(
    "excerpt",
    [
        "The council approved the harbour budget after midnight … Read More »",
        "The council approved the harbour budget after midnight … weiterlesen →",
        "The council approved the harbour budget after midnight …Weiterlesen",
    ],
)
def test_an_excerpts_read_more_link_leaves_the_description(extractor: Extractor, excerpt: str) -> None:
    html = story(f'<meta name="description" content="{excerpt}">')
    description = extractor.extract(html, "https://news.example/council-budget", now=NOW).description
    assert description == "The council approved the harbour budget after midnight …"


def personal_site(owner: str, byline: str = "") -> str:
    graph = {
        "@graph": [
            {"@type": ["Person", "Organization"], "@id": "https://blog.example/#owner", "name": owner},
            {"@type": "WebSite", "@id": "https://blog.example/#website", "name": owner,
             "publisher": {"@id": "https://blog.example/#owner"}},
        ]
    }  # fmt: skip
    data = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    return story(f'<meta property="og:site_name" content="{owner}">{data}', byline)


def test_a_commenter_trafilatura_reads_as_the_byline_is_no_author(extractor: Extractor) -> None:
    comments = (
        "<div class='borde_bottom'><div class='sf_comment' id='sf_comment_1'><div class='titulo_post'>"
        "<p class='sf_comment_info'><span class='sf_comment_author'>Alcalino</span><br><span>Hace 28 minutos</span>"
        "</p></div></div><div class='sf_comment_text'><p>Vaya tela con la infanta.</p></div></div>"
    )
    html = story("", after=comments)
    assert authors_of(extractor, html) == []
    # The same name in the story's byline as well: the author.
    html = story("", "<p>Alcalino</p>", after=comments)
    assert authors_of(extractor, html) == ["Alcalino"]


def test_a_comments_said_line_is_no_author_though_said_is_a_surname(extractor: Extractor) -> None:
    # trafilatura reads the comment's line and capitalises it, "Stephangoeldi Said"; "Carolyn Said" is a name.
    comment = (
        "<ol class='commentlist'><li class='comment'><div class='comment-author vcard'><strong class='fn'>"
        "<a href='https://stephangoeldi.example/' class='url'>stephangoeldi</a></strong> said, on August 3, 2019"
        "</div><p>Great post, thanks.</p></li></ol>"
    )
    assert authors_of(extractor, story("", after=comment)) == []
    assert authors_of(extractor, story("", "<p class='byline'>By Carolyn Said</p>", after=comment)) == ["Carolyn Said"]


def test_a_commenter_in_a_recent_comments_widget_is_no_author(extractor: Extractor) -> None:
    # trafilatura capitalises the commenter's name ("Flappy Bird"); the page prints it in lower case.
    widget = (
        "<div class='box'><h3>Recent Comments</h3><ul id='recentcomments'><li class='recentcomments'>"
        "<span class='comment-author-link'><a href='https://spam.example' class='url'>flappy bird</a></span> on "
        "<a href='https://news.example/older'>An older story</a></li></ul></div>"
    )
    html = story("", after=widget)
    assert authors_of(extractor, html) == []


def test_the_author_of_a_related_storys_card_is_no_author(extractor: Extractor) -> None:
    # trafilatura reads the first card's byline; the card is another <article> than the story's.
    cards = "".join(
        f"<article class='card'><h3><a href='/older-{n}'>An older story {n}</a></h3>"
        f"<span class='e-byline__author' itemprop='name'>{name}</span></article>"
        for n, name in enumerate(["Poppie Platt", "Ann Other"])
    )
    assert authors_of(extractor, story("", after=f"<section>{cards}</section>")) == []
    # A card's writer who also wrote the story.
    html = story("", "<p class='byline'>By Ann Other</p>", after=f"<section>{cards}</section>")
    assert authors_of(extractor, html) == ["Ann Other"]


def test_the_line_under_the_name_in_an_author_box_is_no_part_of_it(extractor: Extractor) -> None:
    # trafilatura joins the box's lines, "Kelly Sheridan News"; the page prints the name as a link of its own.
    box = (
        "<div class='author-info-block'><span class='smaller'><a href='/author-bio.asp?author_id=837'>"
        "Kelly Sheridan</a><br></span><span class='smaller gray'>News</span></div>"
    )
    assert authors_of(extractor, story("", after=box)) == ["Kelly Sheridan"]
    # Her role in an element of its own after her name: trafilatura reads "Andrea Stone Senior Washington
    # Correspondent", a job title, no name.
    box = (
        "<div class='writerProfile'><p class='author vcard'><a href='/team/andrea-stone/'><b class='fn'>Andrea Stone"
        "</b></a>\n<span class='blogtitle'>Senior Washington Correspondent</span></p></div>"
    )
    assert authors_of(extractor, story("", after=box)) == ["Andrea Stone"]
    # His name as the page prints it, not as his handle, which the page prints too.
    box = (
        "<div class='author'><a class='author-link' href='/author/ben-silverman'>Ben Silverman</a>"
        "<div class='author-title'>Games Editor</div></div>"
    )
    handle = "<p>Ben Silverman is on Twitter at <a href='https://x.example/ben_silverman'>ben_silverman</a>.</p>"
    assert authors_of(extractor, story("", box, after=handle)) == ["Ben Silverman"]


def test_a_role_trafilatura_cut_at_its_slash_is_no_part_of_the_name() -> None:
    # "Full-Stack Drupal/PHP Developer": trafilatura gives "Daniel Rodriguez Full-Stack Drupal; PHP Developer".
    box = "<div class='author'><span>Daniel Rodriguez</span>\n<span>Full-Stack Drupal/PHP Developer</span></div>"
    joined = "Daniel Rodriguez Full-Stack Drupal; PHP Developer"
    tree = parse(story("", box))
    assert _unjoined(joined, tree, lambda: str(tree.xpath("string(//body)"))) == "Daniel Rodriguez; PHP Developer"
    # Without the slash, the element's text is another phrase: the name stays as trafilatura gave it.
    other = parse(story("", box.replace("Drupal/PHP", "Drupal PHP")))
    assert _unjoined(joined, other, lambda: str(other.xpath("string(//body)"))) == joined


def test_a_class_of_the_pages_body_that_mentions_comments_makes_no_text_a_comment() -> None:
    byline = "<p class='entry-author'>von <a href='https://news.example/author/jd'>Jane Doe</a></p>"
    html = story("", byline).replace("<body>", "<body class='single front_hidecomments'>")
    assert _not_commenters(["Jane Doe"], parse(html), None) == ["Jane Doe"]


def test_a_row_of_share_buttons_under_the_headline_is_no_standfirst(extractor: Extractor) -> None:
    buttons = "<div>Facebook X Pinterest Linked in Tumblr Reddit Facebook Messenger Copy URL</div>"
    html = story("").replace(
        "<h1>Council approves the harbour budget</h1>",
        f"<header><h1>Council approves the harbour budget</h1>{buttons}</header>",
    )
    text = extractor.extract(html, "https://news.example/council", now=NOW).text
    assert text.startswith("Paragraph 0")


def test_tags_listed_in_one_value_are_split_and_ids_dropped(extractor: Extractor) -> None:
    head = (
        '<meta property="article:tag" content="Mobilfunk, Rabattaktion, Lte, Vodafone">'
        '<meta property="article:tag" content="Business, Finance, & Economics">'
        '<meta property="article:tag" content="Category: Review">'
        '<meta property="article:tag" content="26157981-b4f7-4929-adc1-e860c6f03636">'
        '<meta property="article:tag" content="\'Vodafone\'">'
    )
    article = extractor.extract(story(head), "https://news.example/council", now=NOW)
    assert article.tags == [
        "Mobilfunk",
        "Rabattaktion",
        "Lte",
        "Vodafone",
        "Business, Finance, & Economics",  # three parts: one category's name
        "Review",
    ]


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ("https://s0.wp.com/i/blank.jpg", None),  # WordPress.com's stand-in for a post without a picture
        ("/images/social_placeholder.png", None),
        ("https://cdn.example/Img/apple-touch-icon@2.png?v=0523", None),
        ("https://news.example/favicon-96.ico", None),
        ("https://secure.gravatar.com/blavatar/13afe5d0?s=200", None),
        ("/media/2024/05/harbour-blank-wall.jpg", "https://news.example/media/2024/05/harbour-blank-wall.jpg"),
    ],
)
def test_a_placeholder_or_an_icon_is_no_lead_image(extractor: Extractor, image: str, expected: str | None) -> None:
    html = story(f'<meta property="og:image" content="{image}">')
    assert extractor.extract(html, "https://news.example/council", now=NOW).image == expected


def test_initials_keep_the_dots_the_page_prints(extractor: Extractor) -> None:
    # trafilatura reads this byline (no structured author) and drops the dots: "T V Raman".
    footer = (
        "<div class='post-footer'>Posted by <span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<a class='g-profile' href='https://profiles.example/1' rel='author'><span itemprop='name'>T. V. Raman</span>"
        "</a></span></div>"
    )
    html = story("", after=footer)
    assert authors_of(extractor, html) == ["T. V. Raman"]


def test_a_copyright_notices_year_is_no_publication_date(extractor: Extractor) -> None:
    # htmldate's last resort reads "© 1998–2025" as 1 January 2025: no date is better than a made-up one.
    html = story(
        "", after="<footer><p class='copyright'>© 1998–2025 Harbour Desktop. All rights reserved.</p></footer>"
    )
    assert extractor.extract(html, "https://news.example/learn/harbour", now=NOW).published_at is None


def test_a_gallery_articles_items_are_read(extractor: Extractor) -> None:
    # Hearst's magazines set each item of a gallery article in "listicle-slides"; trafilatura drops a "slide".
    intro = paragraphs(
        "Paragraph {n} of the guide: online design services plan a room for a fraction of the cost, and a designer"
        " answers within days.",
        6,
    )
    items = "".join(
        f"<section id='slide-{n}'><div class='listicle-slides css-8binen'><h2>Service {n}</h2>"
        + paragraphs(
            f"Service {n} starts you off with a style quiz, then a designer sends three ideas for the room.", 2
        )
        + "</div></section>"
        for n in range(3)
    )
    html = web_page("", f"<main><h1>The best online design services</h1>{intro}{items}</main>")
    text = extractor.extract(html, "https://news.example/g46066075/online-design/", now=NOW).text
    assert "Service 2 starts you off with a style quiz, then a designer sends three ideas for the room." in text


def test_a_story_printed_after_the_documents_end_is_read(extractor: Extractor) -> None:
    # A theme's header closes the document; the post's template prints the story after it, as browsers show it.
    teasers = "".join(f"<li><a href='/blog/{n}'>Another post number {n} of the blog...</a></li>" for n in range(4))
    header = f"<header><nav><a href='/'>Home</a><a href='/contact-us/'>Contact Us</a></nav><ul>{teasers}</ul></header>"
    story_html = paragraphs("Paragraph {n} of the outsourcing guide: a company may hand its payroll to a partner.")
    html = (
        f"<html><head><title>HR outsourcing</title></head><body>{header}</body></html>"
        f"<div class='blog-detail-page'><article><h1>HR outsourcing</h1>{story_html}</article></div>"
    )
    text = extractor.extract(html, "https://news.example/blog/hr-outsourcing", now=NOW).text
    assert text.split("\n") == [
        f"Paragraph {n} of the outsourcing guide: a company may hand its payroll to a partner." for n in range(4)
    ]


def test_a_page_with_a_script_before_its_html_tag_is_read(extractor: Extractor) -> None:
    # An old portal's page: a script, then <html>, and an element libxml2 does not know in the head. Read as
    # sent, libxml2 sets the whole page in <head>; a browser shows the story.
    story_html = paragraphs("Paragraph {n} of the motor show story: the carmaker showed thirty new models.")
    html = (
        "\n\n<script>function check() { return true; }</script>\n"
        "<html><head><title>Motor show</title><cms_include:style><link href='/ui.css' rel='stylesheet'>"
        "<style>h1 { font-size: 24px; }</style></head>"
        f"<body><div id='nav'><a href='/'>Home</a></div><article><h1>Motor show</h1>{story_html}</article></body>"
        "</html>"
    )
    article = extractor.extract(html, "https://news.example/auto/motor-show.shtml", now=NOW)
    assert article.title == "Motor show"
    assert article.text.split("\n") == [
        f"Paragraph {n} of the motor show story: the carmaker showed thirty new models." for n in range(4)
    ]


def test_a_short_chinese_brief_is_an_article(extractor: Extractor) -> None:
    # 109 characters, under EXTRACT_MIN_TEXT_CHARS as characters; a CJK character counts three, as in a reader's
    # eyes it says as much as three Latin ones. As many Latin characters are still too few.
    brief = (
        "1月20日，洛阳职业技术学院文化与旅游学院党总支举办剪廉洁窗花活动。",
        "大家认认真真在红纸中间剪出了廉洁两字，在红纸四周剪出了清白做人踏实做事，倡树廉洁家风，过一个平安祥和的新春佳节。",
    )
    html = web_page("", f"<article><h1>剪廉洁窗花 过廉洁之年</h1><p>{brief[0]}</p><p>{brief[1]}</p></article>", "zh")
    assert sum(map(len, brief)) < 200
    assert extractor.extract(html, "https://news.example/luoyang/brief", now=NOW).text.split("\n") == list(brief)
    latin = ("x" * 40 + " ") * 2
    with pytest.raises(NoArticle, match=r"only \d+ characters of body text"):
        extractor.extract(
            web_page("", f"<article><h1>Brief</h1><p>{latin}</p><p>{latin}</p></article>"),
            "https://news.example/brief",
            now=NOW,
        )


def test_an_account_name_the_page_never_shows_gives_way_to_the_printed_byline(extractor: Extractor) -> None:
    # Yoast names the WordPress user who posted the story; the page prints its writer.
    head = (
        '<script type="application/ld+json">'
        '{"@type": "Article", "author": {"@type": "Person", "name": "KatieS"}}</script>'
    )
    byline = "<div class='byline'>By <a href='https://news.example/author/aoife'>Aoife O'Riordan</a></div>"
    assert authors_of(extractor, story(head, byline)) == ["Aoife O'Riordan"]
    # An account the page shows is the page's credit.
    shown = "<div class='byline'>Posted by <a href='https://news.example/author/katies'>KatieS</a></div>"
    assert authors_of(extractor, story(head, shown)) == ["KatieS"]


def test_an_avatars_initials_give_way_to_the_name_printed_after_them(extractor: Extractor) -> None:
    # As a recipe site prints it: trafilatura reads the box's heading, "The Author".
    byline = (
        "<div class='decorator'><p class='subhead author'>The Author</p> <span class='avatar author-avatar'>"
        "<span>NB</span></span> <div class='author-meta'><span class='author-meta--name'>Nicole Burke</span>"
        "</div></div>"
    )
    assert authors_of(extractor, story("", byline)) == ["Nicole Burke"]


@pytest.mark.parametrize("handle", ["Herr_Rein", "Bo2man", "happyface313", "isabella.dibiase"])
def test_a_handle_is_kept_as_the_page_prints_it(extractor: Extractor, handle: str) -> None:
    # trafilatura reads this byline and respells the handle: "Herr Rein", "Bo", "Happyface", "Isabella Dibiase".
    footer = (
        f"<div class='post-footer'>Posted by <a href='https://news.example/author/1' rel='author'>{handle}</a></div>"
    )
    html = story("", after=footer)
    assert authors_of(extractor, html) == [handle]


def test_a_name_printed_as_it_is_is_not_respelt_as_an_address(extractor: Extractor) -> None:
    footer = (
        "<div class='post-footer'>Posted by <a href='https://news.example/author/1' rel='author'>Matthias Weber</a>"
        "</div><p>Write to matthias.weber [at] news.example, or to maria.keller@news.example.</p>"
    )
    html = story("", after=footer)
    assert authors_of(extractor, html) == ["Matthias Weber"]


def test_a_personal_sites_owner_is_the_author_when_the_page_names_nobody(extractor: Extractor) -> None:
    url = "https://blog.example/2014/03/council-budget/"
    assert extractor.extract(personal_site("Helge Fahrnberger"), url, now=NOW).authors == ["Helge Fahrnberger"]
    # A guest's byline wins; a handle is no name.
    guest = personal_site("Helge Fahrnberger", '<p class="byline">By Daniel Weinmann</p>')
    assert extractor.extract(guest, url, now=NOW).authors == ["Daniel Weinmann"]
    assert extractor.extract(personal_site("stylegart"), url, now=NOW).authors == []


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        ("<p><strong>By</strong></p><p class='full-name'>Todd Bates</p>", ["Todd Bates"]),
        ("<p><strong>Eine Kolumne von Todd Bates</strong></p>", ["Todd Bates"]),
        # Another person, or the first name in a sentence: the structured name stays.
        ("<p>By Jane Roe</p>", ["Todd"]),
        ("<p>Todd and the council met on Monday to discuss the harbour budget.</p>", ["Todd"]),
    ],
)
def test_a_first_name_in_the_data_takes_the_whole_name_the_page_prints(
    extractor: Extractor, printed: str, authors: list[str]
) -> None:
    author = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Todd"}}
    data = f'<script type="application/ld+json">{json.dumps(author)}</script>'
    html = story(data).replace("</h1>", f"</h1>{printed}")
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).authors == authors


@pytest.mark.parametrize(
    ("head", "page", "url", "authors"),
    [
        ('<meta property="og:site_name" content="Dr. Todd Bates">', "", "https://news.example/a", ["Todd Bates"]),
        (
            "",
            "<div class='author-box'><div>Todd</div><div>Todd Bates - reporter at the harbour desk since 2002.</div>"
            "</div>",
            "https://news.example/a",
            ["Todd Bates"],
        ),
        (
            "",
            "<figure><figcaption>Photo: Todd Bates</figcaption></figure>",
            "https://www.bates.org/a",
            ["Todd Bates"],
        ),
        # The host's name next to the first name only where two elements meet: not a name the page prints.
        ("", "<p><a href='/'>Todd</a> <span>bates</span></p>", "https://www.bates.org/a", ["Todd"]),
    ],
)
def test_a_first_name_takes_the_whole_name_from_the_persons_own_site_or_author_box(
    extractor: Extractor, head: str, page: str, url: str, authors: list[str]
) -> None:
    author = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Todd"}}
    data = f'<script type="application/ld+json">{json.dumps(author)}</script>'
    html = story(head + data).replace("</article>", f"</article>{page}")
    assert extractor.extract(html, url, now=NOW).authors == authors


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ('<meta property="og:site_name" content="Daniel Lemire\'s blog">', ["Daniel Lemire"]),
        ("<title>Council approves the harbour budget | Gregory Szorc's Digital Home</title>", ["Gregory Szorc"]),
        # The <title> beside another headline, or a one-word owner: nobody's site.
        ("<title>Donald Trump's Tariffs Hit Harbours | Harbour News</title>", []),
        ('<meta property="og:site_name" content="Tom\'s Hardware">', []),
    ],
)
def test_a_site_named_as_a_persons_credits_them_when_the_page_credits_nobody(
    extractor: Extractor, head: str, authors: list[str]
) -> None:
    assert extractor.extract(story(head), "https://blog.example/council", now=NOW).authors == authors
    # A byline wins.
    byline = story(head, "<p class='byline'>By Jane Roe</p>")
    assert extractor.extract(byline, "https://blog.example/council", now=NOW).authors == ["Jane Roe"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("<div class='edit cf'>(责编：牛镛、岳弘彬)</div>", ["牛镛", "岳弘彬"]),
        ("<span>责任编辑： \n焦鹏 \n</span>", ["焦鹏"]),
        ("<p>来源：新闻晨报 编辑：山石</p>", ["山石"]),  # an editor credited so
        ("<p>本文责任编辑部分内容</p>", []),  # no label's colon: words of the text
        ("<ul><li>编辑推荐</li></ul>", []),  # "the editors' picks"
    ],
)
def test_the_editors_a_chinese_page_credits_are_its_authors_when_nobody_else_is(
    extractor: Extractor, credit: str, authors: list[str]
) -> None:
    chinese = "市议会批准港口预算"  # a Chinese headline: the credit is read on Chinese pages only
    html = (
        story("").replace("Council approves the harbour budget", chinese).replace("</article>", f"</article>{credit}")
    )
    assert extractor.extract(html, "https://news.example.cn/council", now=NOW).authors == authors
    byline = story("", "<p class='byline'>By Jane Roe</p>").replace("Council approves the harbour budget", chinese)
    byline = byline.replace("</article>", f"</article>{credit}")
    assert extractor.extract(byline, "https://news.example.cn/council", now=NOW).authors == ["Jane Roe"]
    # The same credit on a page with an English headline is not read.
    english = story("").replace("</article>", f"</article>{credit}")
    assert extractor.extract(english, "https://news.example.cn/council", now=NOW).authors == []


def test_an_outlet_as_a_chinese_pages_author_gives_way_to_its_reporter(extractor: Extractor) -> None:
    head = '<meta name="author" content="新京报">'
    html = story(head).replace("Council approves the harbour budget", "市议会批准港口预算")
    html = html.replace("</article>", "<p>新京报快讯（记者 裴剑飞）</p></article>")
    assert extractor.extract(html, "https://news.example.cn/council", now=NOW).authors == ["裴剑飞"]
    # The portal itself as the author, named by its copyright notice ("NetEase, all rights reserved").
    head = '<meta name="author" content="网易"><meta name="Copyright" content="网易版权所有">'
    html = story(head).replace("Council approves the harbour budget", "市议会批准港口预算")
    html = html.replace("</article>", "<p>新京报讯（记者 陆一夫）</p></article>")
    assert extractor.extract(html, "https://news.example.cn/council", now=NOW).authors == ["陆一夫"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("<p>（记者 胡晓蓉）</p>", ["胡晓蓉"]),
        (
            "<p>□ 本报记者 葛灵丹</p><div class='edit cf'>(责编：萧潇、张妍)</div>",
            ["葛灵丹"],
        ),  # the reporter, not the editors
        ("<p>光明日报记者 王建宏 张文攀</p>", ["王建宏", "张文攀"]),
        ("<p>本报记者罗科苏盈发自北京</p>", ["罗科苏盈"]),
        ("<p>新京报记者 彭冲 山东冠县报道</p>", ["彭冲"]),  # the place it reports from is no name
        ("<td>記者林宸誼／即時報導</td>", ["林宸誼"]),
        ("<td>时间：2004年10月21日14:18 作者：郭励弘</td>", ["郭励弘"]),
        ("<p>据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅获悉</p>", ["格桑边觉"]),
        ("<p>记者近日从西藏自治区农业农村厅获悉，全区新建了厕所。</p>", []),  # "the reporter learned": a sentence
        ("<ul><li><a href='/blog'>记者博客</a></li><li><a href='/survey'>记者调查</a></li></ul>", []),  # the menu
        ("<p>长江网10月4日讯（记者陈智 整合）</p>", ["陈智"]),  # "compiled": what the reporter did, no name
        ("<p>记者 张三 通讯员 李四</p>", ["张三", "李四"]),  # a correspondent's label between the names
    ],
)
def test_the_reporters_a_chinese_story_credits_are_its_authors(
    extractor: Extractor, credit: str, authors: list[str]
) -> None:
    chinese = "市议会批准港口预算"
    html = (
        story("").replace("Council approves the harbour budget", chinese).replace("</article>", f"{credit}</article>")
    )
    assert extractor.extract(html, "https://news.example.cn/council", now=NOW).authors == authors
    # The same credit on a page with an English headline is not read.
    english = story("").replace("</article>", f"{credit}</article>")
    assert extractor.extract(english, "https://news.example.cn/council", now=NOW).authors == []


def test_addresses_urllib_refuses_cost_the_page_nothing(extractor: Extractor) -> None:
    """An invalid IPv6 host ("http://[bad") in a link, the image, the canonical
    link or a JSON-LD address: urllib raises on it; the story is still read."""
    data = [
        {"@type": "NewsArticle", "headline": "Council approves the harbour budget", "url": "http://[bad/a"},
        {"@type": "NewsArticle", "headline": "Ferries stop", "url": "http://[bad/b", "author": "Glory Sponsor"},
    ]
    head = (
        '<link rel="canonical" href="http://[bad/x"><meta property="og:image" content="http://[bad/i.jpg">'
        f'<script type="application/ld+json">{json.dumps(data)}</script>'
    )
    html = story(head).replace("<body>", '<body><h1><a href="http://[bad">Harbour Gazette</a></h1>')
    article = extractor.extract(html, "https://news.example/council-budget", now=NOW)
    assert (article.title, article.image, article.authors) == ("Council approves the harbour budget", None, [])
    assert article.text.count("of a council story") == 4


def test_a_byline_that_credits_only_the_site_leaves_the_printed_byline_to_name_the_authors(
    extractor: Extractor,
) -> None:
    # trafilatura reads the same tag and splits the site's name at its separators into two "names".
    site = "Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad"
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{site}">'
    html = story(head, '<p class="byline">Por Laura Jordán</p>')
    assert authors_of(extractor, html) == ["Laura Jordán"]
    # A site's name that holds an "&" is still the site's.
    head = '<meta property="og:site_name" content="Jobs &amp; Hire"><meta name="author" content="Jobs &amp; Hire">'
    html = story(head, '<p class="byline">By Jose de la Cruz</p>')
    assert authors_of(extractor, html) == ["Jose de la Cruz"]


def test_a_byline_of_the_sites_name_and_address_leaves_the_labelled_byline_to_name_the_author(
    extractor: Extractor,
) -> None:
    # trafilatura reads "Deutsche Welle" out of the tag, which no longer reads as the site's (DW.COM).
    head = '<meta property="og:site_name" content="DW.COM"><meta name="author" content="Deutsche Welle (www.dw.com)">'
    facts = (
        "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>"
    )
    html = story(head).replace("</article>", facts + "</article>")
    assert extractor.extract(html, "https://www.dw.com/de/council/a-1", now=NOW).authors == ["Roman Goncharenko"]


def test_a_byline_line_with_the_illustrators_credit_after_it_names_the_writer(extractor: Extractor) -> None:
    html = story("", "<p>Text von Christian Seiler Illustration von Markus Roost</p>")
    assert authors_of(extractor, html) == ["Christian Seiler"]


def test_a_title_that_starts_with_the_sites_name_keeps_the_headlines_last_segment(extractor: Extractor) -> None:
    # trafilatura guesses the site's name from the <title>'s last segment; here the site's name comes first.
    headline = "[Rezi] Love is War - Sehnsucht von R. K. Lilley"
    head = f"<title>Weinlachgummis Naschtüte: {headline}</title><meta property='og:title' content='{headline}'>"
    body = paragraphs("Absatz {n} der Rezension: die Geschichte geht weiter, und die Figuren wachsen mit ihr mit.")
    html = web_page(head, f"<div class='post'><h3 class='post-title'>{headline}</h3>{body}</div>", lang="de")
    assert extractor.extract(html, "https://blog.example/2017/09/rezi.html", now=NOW).title == headline


@pytest.mark.parametrize(
    ("info", "authors"),
    [
        # Joomla's article details; a WordPress theme's post info, its category after "under".
        (
            "<dl class='article-info'><dt>Detalles</dt><dd class='published'>Publicado: Jueves, 21 Abril 2022 04:45"
            "</dd><dd class='createdby'>Escrito por Jose Pablo Segura Vargas</dd></dl>",
            ["Jose Pablo Segura Vargas"],
        ),
        (
            "<div class='post-info'>Posted by Anna Berg under <a href='/category/fun'>Just For Fun</a></div>",
            ["Anna Berg"],
        ),
    ],
)
def test_a_credit_in_the_posts_info_line_is_the_byline(extractor: Extractor, info: str, authors: list[str]) -> None:
    html = story("").replace("</h1>", f"</h1>{info}")
    assert authors_of(extractor, html) == authors


@pytest.mark.parametrize(
    ("credited", "byline", "authors"),
    [
        # The metadata credits one writer, the page two.
        ("Rudolf Fischer", "von Rudolf Fischer, Simon Kohler", ["Rudolf Fischer", "Simon Kohler"]),
        # The metadata's login, the page's name.
        ("arianschlichenmayer", "von Arian Schlichenmayer", ["Arian Schlichenmayer"]),
        # The page names the same writer: the metadata's spelling stays.
        ("Rudolf Fischer", "von Rudolf Fischer", ["Rudolf Fischer"]),
    ],
)
def test_the_printed_byline_completes_the_metadatas(
    extractor: Extractor, credited: str, byline: str, authors: list[str]
) -> None:
    html = story(f'<meta name="author" content="{credited}">', f'<p class="byline">{byline}</p>')
    assert authors_of(extractor, html) == authors


@pytest.mark.parametrize(
    ("stand", "published"),
    [
        # Updated before it was published: the structured value is no publication.
        ("Stand: 28.04.2020 18:00 Uhr", "2020-04-28T18:00:00+00:00"),
        # Updated after it: the publication stays.
        ("Stand: 30.04.2020 09:00 Uhr", "2020-04-29T11:52:23+00:00"),
    ],
)
def test_a_publication_after_the_printed_update_gives_way_to_it(
    extractor: Extractor, stand: str, published: str
) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-04-29T11:52:23"}</script>'
    )
    html = story(head).replace("</h1>", f"</h1><p>{stand}</p>")
    article = extractor.extract(html, "https://news.example/council", now=NOW)
    assert article.published_at is not None and article.published_at.isoformat() == published


@pytest.mark.parametrize(
    "lede",
    [
        "By the time the council voted, the harbour budget had grown.",
        "Por la mañana, el alcalde anunció el plan del puerto.",
        "From the start, the members disagreed",
        # The headline's words, then the sentence goes on.
        "Council approves the harbour budget after a long night.",
    ],
)
def test_a_short_lede_that_starts_like_a_byline_or_the_headline_stays(extractor: Extractor, lede: str) -> None:
    assert story_lines(extractor, [lede]) == [lede]
    # The headline repeated, with the site's name after it, still goes.
    assert story_lines(extractor, ["Council approves the harbour budget - Harbour Daily", lede]) == [lede]
    # A byline opening the story still goes, a handle's with its date too.
    assert story_lines(extractor, ["By Jane Doe, The Tribune", "Posted by admin on March 3", lede]) == [lede]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By <b>Nathan Willis</b><br/>March 25, 2015", ["Nathan Willis"]),
        ("By Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", ["Joe Wee"]),
        ("By <b>Theresa May</b><br/>May 12, 2019", ["Theresa May"]),  # a name that ends in a month's is kept
    ],
)
def test_the_start_of_the_date_after_a_byline_is_no_part_of_the_name(
    extractor: Extractor, byline: str, expected: list[str]
) -> None:
    html = article_page(
        "Arduino trademark fight",
        f'<div class="FeatureByline">{byline}</div>',
        "Paragraph {n}: the Arduino trademark dispute between the two companies went to court in Italy and the US.",
    )
    assert authors_of(extractor, html) == expected


def test_trafilaturas_last_name_of_a_printed_list_gives_way_to_the_whole_list(extractor: Extractor) -> None:
    # The New York Times: trafilatura reads only the last of four names; the byline prints them all.
    names = ["Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"]
    linked = [f'<span itemprop="name"><a href="/by/{n.lower().replace(" ", "-")}">{n}</a></span>' for n in names]
    last = linked[3].replace("<span ", '<span class="last-byline" ')
    byline = f'<p class="e1jsehar1"><span class="byline-prefix">By </span>{", ".join(linked[:3])} and {last}</p>'
    html = article_page(
        "Man arrested in bombings",
        byline,
        "Paragraph {n}: the police arrested a man after the bombings in Manhattan and New Jersey on Monday.",
    )
    assert authors_of(extractor, html) == names


def test_a_byline_in_the_storys_header_is_no_commenters_whatever_its_box_is_called(extractor: Extractor) -> None:
    # Observer: the byline's box beside the comment count is "entry-meta nyo-social-comments"; no comment is
    # in the story's header. A name printed only in the comments below is still a commenter's.
    header = (
        '<header class="entry-header"><h1>Archaeologists find a temple</h1><div class="entry-meta social-comments">'
        '<span class="author"><a class="url fn n" href="/author/sage-lazzaro/">Sage Lazzaro</a></span></div></header>'
    )
    body = "".join(
        f"<p>Paragraph {n}: archaeologists found a temple of 2,500 years near the river and dated it by its coins.</p>"
        for n in range(4)
    )
    html = web_page("", f'<article>{header}<div class="entry-content">{body}</div></article>')
    assert authors_of(extractor, html) == ["Sage Lazzaro"]


def test_a_guessed_day_outside_the_month_the_url_files_the_story_under_is_no_date(extractor: Extractor) -> None:
    # No structured date, no dateline: htmldate's guess from the footer ("January 2022") is the page's only date.
    body = paragraphs("Paragraph {n}: graphic tees were everywhere this year, and parties need conversation starters.")
    footer = "<footer>Last updated January 2022.</footer>"
    html = web_page("<title>Tees</title>", f"<article><h1>Let us get behind the tee</h1>{body}</article>{footer}")
    guessed = extractor.extract(html, "https://news.example/graphic-tees", now=NOW).published_at
    assert guessed is not None and guessed.year == 2022
    assert extractor.extract(html, "https://news.example/2016/12/132377/graphic-tees", now=NOW).published_at is None


def test_the_original_date_under_the_headline_wins_over_a_structured_update(extractor: Extractor) -> None:
    # Opposing Views: "Updated: Mar 6, 2018 / Original: Dec 21, 2016"; the structured date is the update.
    head = '<meta property="article:published_time" content="2018-03-06T19:49:32-05:00">'
    header = "<p>Author: Lauren Briggs</p><p>Updated: Mar 6, 2018</p><p>Original: Dec 21, 2016</p>"
    html = article_page(
        "Investor to advise the president",
        header,
        "Paragraph {n}: the transition team announced that the investor will advise on deregulation.",
        head=head,
    )
    published = extractor.extract(html, "https://news.example/politics/investor-advises", now=NOW).published_at
    assert published is not None and published.date().isoformat() == "2016-12-21"


def test_a_utc_publication_date_takes_the_sites_own_offset_from_another_tag(extractor: Extractor) -> None:
    # Fandom: JSON-LD gives the moment in UTC, article:published_time the same moment in the site's zone.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves the harbour budget",'
        ' "datePublished": "2017-02-24T01:18:13Z"}</script>'
        '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    published = extractor.extract(story(head), "https://news.example/council-budget", now=NOW).published_at
    assert published is not None and published.isoformat() == "2017-02-23T17:18:13-08:00"
    # Another moment is another date: the structured one stays.
    other = head.replace("17:18:13-08:00", "19:18:13-08:00")
    published = extractor.extract(story(other), "https://news.example/council-budget", now=NOW).published_at
    assert published is not None and published.isoformat() == "2017-02-24T01:18:13+00:00"


def test_trafilaturas_capitalised_phrase_from_the_author_tag_is_no_author(extractor: Extractor) -> None:
    # rent-a-pastor.com: <meta name="author" content="deinen Hochzeitsbloggern"> ("your wedding bloggers"), which
    # trafilatura gives as "Deinen Hochzeitsbloggern"; the page's labelled byline names the writer.
    head = '<meta name="author" content="deinen Hochzeitsbloggern">'
    byline = "<p><strong>Autor: Samuel Diekmann</strong></p>"
    html = article_page(
        "Neue Hochzeitstrends",
        "",
        "Paragraph {n}: the wedding season starts early this year, and couples plan their ceremonies outdoors.",
        head=head,
        after=byline,
    )
    assert authors_of(extractor, html) == ["Samuel Diekmann"]


def test_a_headings_link_to_itself_is_no_text(extractor: Extractor) -> None:
    # Sphinx and MkDocs put "¶" after every heading, VitePress a zero-width space it shows an icon for.
    mark = '<a class="headerlink" href="#{id}" title="Link to this heading">{mark}</a>'
    html = article_page(
        "Monitoring and Management Guide" + mark.format(id="guide", mark="¶"),
        "",
        "Paragraph {n}: the workers report their state to the monitor, which keeps the last hour of events.",
        after="<h2>Workers" + mark.format(id="workers", mark="\u200b") + "</h2><p>Start them with the command.</p>",
    )
    article = extractor.extract(html, "https://docs.example/userguide/monitoring.html", now=NOW)
    assert article.title == "Monitoring and Management Guide"
    assert "Workers" in article.text.split("\n")
    assert "¶" not in article.text and "\u200b" not in article.text
    # A link whose text says more is the page's text.
    html = html.replace(mark.format(id="workers", mark="\u200b"), '<a href="#workers">§ 4</a>')
    assert "Workers§ 4" in extractor.extract(html, "https://docs.example/guide", now=NOW).text


@pytest.mark.parametrize(
    ("leftovers", "kept"),
    [
        pytest.param(
            [
                "Written by Cassidy Horton",
                "Written by",
                "Join Medium for free to get updates from this writer.",
                "PIN FOR LATER",
                "Advertisement: New AI Book!",
                "This story is funded by readers like you",
                "Did you make one of my recipes? Please take a moment to leave a star rating. Also, if you"
                " are on Pinterest,"
                " please feel free to leave a comment there!",
                "Disclosure: As an Affiliate Marketer, I earn from qualifying purchases. If you click a"
                " product affiliate link"
                " on A Farmgirl's Kitchen and make a purchase, I may receive a commission at no additional"
                " cost to you! I own"
                " every cooking product I recommend and love how they perform.",
                "Join us on our WhatsApp Channel, follow us on Instagram, and receive browser alerts for"
                " the latest news.",
            ],
            [
                "The council met on Tuesday.",
                "Written by the mayor himself, the letter asked for a new vote on the harbour budget.",
                "This work was supported by the National Research Foundation of Korea.",
                "Did you make the deadline? Residents had until Friday to comment on the plan.",
                "Disclosure: the reporter's brother sits on the harbour board.",
                "Fans may follow us on Instagram, the club's captain joked.",
            ],
            id="author-box-and-appeals",
        ),
        pytest.param(
            [
                "記事保存",
                "有料会員の方のみご利用になれます。保存した記事はスマホやタブレットでもご覧いただけます。",
                "＞ 新規会員登録",
                "＞ ログイン",
                "完了しました",
                "カテゴリーをフォローする",
                "【初トクキャンペーン】有料記事読み放題！スタンダードコースが今なら2カ月間月額100円！詳しくはこちら",
            ],
            [
                "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮委員長の金正恩ばかりではなかった。",
                "会談は完了しました。",
            ],
            id="japanese-sites",
        ),
        pytest.param(
            [
                "- Advertisement 1Story continues below",
                "$$ARTICLEAD$$",
                "Most read in Football",
                "MORE: Trump camp accuses Biden of trying to start World War 3 before he takes office",
                "FUNDA OLUNYE UDABA LAPHA | Kuboshwe abahlanu besolwa ngokugwaza umfundi",
                "CLICK HERE TO GET THE FOX NEWS APP",
                "Newsletter: Sport inside",
                "Got a story? Get in touch with our news team by emailing us at webnews@metro.example.",
                "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an:"
                " briefe@zeitung.example",
                "Join our commenting forum",
                "You must confirm your public display name before commenting",
                "Would you like to comment on this article?",
            ],
            [
                "The council met on Tuesday.",
                "More: the mayor said the vote would come in May.",
                "Residents can email the council at clerk@council.example with questions about the budget.",
                "Most read in the city's libraries were books about the harbour.",
            ],
            id="comment-prompts-and-tips",
        ),
        pytest.param(
            [
                "Tu suscripción se está usando en otro dispositivo",
                "¿Quieres añadir otro usuario a tu suscripción?",
                "En el caso de no saber quién está usando tu cuenta, te recomendamos cambiar tu contraseña aquí.",
                "Flecha",
                "Passer la publicité",
                "À lire aussi La natalité russe menacée d’effondrement",
                "Ähnliche Artikel",
                "Du musst dich EINLOGGEN um einen Kommentar abzugeben.",
                "기사 URL이 복사되었습니다.",
            ],
            [
                "The council met on Tuesday.",
                "À lire aussi les rapports du conseil, le maire a publié trois documents sur le budget du port.",
            ],
            id="subscription-notices-elsewhere",
        ),
        pytest.param(
            [
                "Baca juga: Jokowi resmikan pelabuhan baru di Makassar",
                "Lees ook:",
                "Läs mer: Hamnens budget fördubblas",
                "Přečtěte si také: Rada přístavu schválila rozpočet",
                "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Το λιμάνι και ο προϋπολογισμός",
                "Читайте також: Рада порту затвердила бюджет",
                "यह भी पढ़ें: बंदरगाह का बजट दोगुना हुआ",
                "আরও পড়ুন",
                "קראו גם: תקציב הנמל הוכפל",
                "Xem thêm: Ngân sách cảng tăng gấp đôi",
                "延伸阅读：港口预算翻倍",
            ],
            [
                "The council met on Tuesday.",
                "Baca juga laporan dewan kota, yang memuat tiga dokumen tentang anggaran pelabuhan tahun ini.",
                "Lees meer over het plan in de krant van morgen, schreef de burgemeester aan de raad.",
            ],
            id="read-also-in-other-languages",
        ),
        pytest.param(
            [
                "| Kommentare insgesamt: 0 | |",
                "Comments (0)",
                "Letzte Änderung 14.02.2019",
                "Letzte Änderungen: Aktuelles (Einreise); redaktionelle Änderungen",
                "Veröffentlichung: 04.02.2022",
                "January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments",
                "Keine Kommentare / Trackbacks",
                "Image illustrative : Lots of Lego Minifigures by Ninja Brick,en licence Creative Commons by",
                "Mehr zum Thema auf UEPO.de",
                "À lire aussi » Ballonnements, lourdeurs...Quel est votre profil digestif ?",
                "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
                "CNN will soon launch Royal News, a weekly newsletter bringing you the inside track. Sign up here.",
                "Uppdaterad 15.59 | Publicerad 14.14",
                "Publicerad 23 okt 2025 kl 10.23Uppdaterad kl 12.17",
                "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.",
            ],
            [
                "The council met on Tuesday.",
                "Die Veröffentlichung des Berichts ist für den 4. Februar geplant.",
                "Publicerad i tidningen den 23 oktober 2025, där kommunen förklarade beslutet om hamnens budget.",
                # A link's line may be the post's own: an event's "Hier geht’s zur Facebook Veranstaltung".
                "Hier geht’s zur Facebook Veranstaltung",
                "Residents who want to speak at the meeting must sign up at the town hall.",
            ],
            id="counts-labels-and-sign-up",
        ),
        pytest.param(
            [
                "Weitere Beiträge aus der Kolumne:",
                "Mehr Artikel aus dieser Rubrik gibt's hier: Wirtschaft",
                "Lesen Sie auch die folgenden Beiträge:",
                "Top-Themen bei FIT FOR FUN",
                "Auch auf gofeminin.de",
                "PC Gamer Newsletter",
                "ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:",
                "© 2022, BreakingBelize.example. This article is the copyrighted property of Breaking"
                " Belize News. Written"
                " permission must be obtained before reprint in online or print media. REPRINTING CONTENT"
                " WITHOUT PERMISSION"
                " AND/OR CREDIT IS ILLEGAL.",
            ],
            [
                "The council met on Tuesday.",
                "Weitere Beiträge zum Haushalt sollen im Mai folgen, sagte der Bürgermeister.",
                "The newsletter",
                "Readers of the council's newsletter asked for a second vote on the harbour budget.",
            ],
            id="story-list-headings",
        ),
    ],
)
def test_page_controls_and_prompts_in_many_languages_as_lines_of_the_story_are_removed(
    extractor: Extractor, leftovers: list[str], kept: list[str]
) -> None:
    # An author box's heading, appeals and disclosures; Japanese sites' controls; comment prompts, links to other
    # stories and calls for tips; subscription notices; comment counts, change labels and sign-up calls; headings
    # of story lists: each line is what a page prints, and the story's own sentences beside them stay.
    assert story_lines(extractor, [*kept, *leftovers]) == kept


def test_a_byline_and_its_date_as_the_description_is_no_standfirst(extractor: Extractor) -> None:
    line = "By Jane Roe , John Poe on Monday, March 3rd, 2025 at 11:08 a.m."
    head = f'<meta name="description" content="{line}">'
    html = article_page(
        "Council approves the harbour budget",
        f"<p>{line}</p>",
        "Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted.",
        head=head,
    )
    text = extractor.extract(html, "https://news.example/council-budget", now=NOW).text
    assert text.split("\n")[0].startswith("Paragraph 0")
    # Without its date the line is the byline, which the header's lines already drop; a lede stays.
    lede = "By the time the council met on Monday, March 3, 2025, the vote was done."
    html = article_page(
        "Council approves the harbour budget",
        f"<p>{lede}</p>",
        "Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted.",
    )
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n")[0] == lede


def test_a_paragraph_wrapped_in_the_source_is_one_line_though_it_holds_code_or_a_br(extractor: Extractor) -> None:
    # Static site generators keep a paragraph's source lines; trafilatura keeps them as written when the paragraph
    # holds inline code or a <br>. A browser joins them, and so does the text; the code's own text and a <pre>
    # listing keep their lines (the text's lines are trimmed).
    wrapped = (
        "<p>Mercurial 5.2 was released on November 5, 2019, the first version\nthat supports Python 3, after"
        " the\nwork to remove the two-argument <code>raise</code> statement\nlanded in 2013.</p>"
        "<blockquote>The porting effort took\nfour years<br>and several releases.</blockquote>"
        "<h2>Porting with\n<code>2to3</code> and by hand</h2>"
        "<pre>def main():\n    return 1</pre>"
    )
    html = article_page(
        "Mercurial's journey to Python 3",
        wrapped,
        "Paragraph {n} of the story: the port took years of work by many contributors to the project.",
    )
    lines = extractor.extract(html, "https://blog.example/mercurial-python-3", now=NOW).text.split("\n")
    assert lines[:6] == [
        "Mercurial 5.2 was released on November 5, 2019, the first version that supports Python 3, after the work"
        " to remove the two-argument raise statement landed in 2013.",
        "The porting effort took four years",
        "and several releases.",
        "Porting with 2to3 and by hand",
        "def main():",
        "return 1",
    ]


def test_a_layout_table_is_read_as_blocks_and_a_data_table_stays_a_table(extractor: Extractor) -> None:
    # An old site's grid: the story's paragraphs in one cell of a table beside its menu. Read as a table, the whole
    # story would be one line between "|"s; a table with header cells is data and keeps its rows.
    story_cell = "".join(
        f"<p>Paragraph {n} of the club's history: the members founded it in 1990 in a living room in Unna.</p>"
        for n in range(4)
    )
    data = "<table><tr><th>Year</th><th>Members</th></tr><tr><td>1990</td><td>12</td></tr></table>"
    layout = (
        f"<table><tr><td><a href='/'>Home</a><br><a href='/club'>Club</a></td><td>{story_cell}{data}</td></tr></table>"
    )
    html = web_page("<title>Our club</title>", f"<h1>Our club</h1>{layout}")
    text = extractor.extract(html, "https://club.example/history", now=NOW).text
    lines = text.split("\n")
    assert lines[:4] == [
        f"Paragraph {n} of the club's history: the members founded it in 1990 in a living room in Unna."
        for n in range(4)
    ]
    assert "| Year | Members |" in lines
    assert "| 1990 | 12 |" in lines
    assert not any(line.startswith("| |") for line in lines)
    # The same with the first paragraph written without a <p>, or every paragraph as loose text between blank lines
    # (<br><br>): trafilatura may leave loose text in a block out, so each run of it is set in a paragraph.
    first = "The club was founded in 1990 in a living room in Unna, by <a href='/founders'>two dog owners</a>."
    loose = f"{first}{story_cell}"
    blank_lines = "<font>" + "<br><br>".join(
        f"Paragraph {n} of the club's history: the members founded it in 1990 in a living room in Unna."
        for n in range(4)
    )
    # And the paragraphs inside an old page's <font>, a loose first line before them: each its own line.
    in_font = f"<font face='verdana'>{first}{story_cell}</font>"
    for cell in (loose, blank_lines + "</font>", in_font):
        layout = f"<table><tr><td><a href='/'>Home</a><br><a href='/club'>Club</a></td><td>{cell}</td></tr></table>"
        html = web_page("<title>Our club</title>", f"<h1>Our club</h1>{layout}")
        lines = extractor.extract(html, "https://club.example/history", now=NOW).text.split("\n")
        expected = [
            f"Paragraph {n} of the club's history: the members founded it in 1990 in a living room in Unna."
            for n in range(4)
        ]
        lede = "The club was founded in 1990 in a living room in Unna, by two dog owners."
        assert lines == ([] if cell.startswith("<font>") else [lede]) + expected


def test_the_wayback_machines_toolbar_on_an_archived_page_is_not_text(extractor: Extractor) -> None:
    # web.archive.org inserts its toolbar into every capture it serves: the capture's dates and, under
    # "COLLECTED BY", the collection's description, which may be longer than a brief's text.
    toolbar = (
        '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp">'
        '<div id="wm-capinfo"><a class="wm-selector" href="javascript:void(0)">COLLECTED BY</a>'
        "<div>Organization: <a href='https://archive.org/details/webwidecrawl'>Internet Archive</a>"
        "<div>The Internet Archive discovers and captures web pages through many different web crawls. At any "
        "given time several distinct crawls are running, some for months, and some every day or longer.</div>"
        "<div>Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing "
        "in every day, these data are added to the Wayback Machine after an embargo period.</div></div>"
        "</div></div></div>"
    )
    sentences = [
        "The harbour council approved its budget on Tuesday after a debate that lasted long into the cold night.",
        "The ferry pier will be rebuilt next spring, the mayor said, and the works on it will take two years.",
    ]
    cell = "".join(f"<p>{line}</p>" for line in sentences)
    html = web_page("", f"{toolbar}<table><tr><td><h1>Council approves</h1>{cell}</td></tr></table>")
    url = "https://web.archive.org/web/20131031173728/http://news.example/council-budget"
    assert extractor.extract(html, url, now=NOW).text.split("\n") == sentences


def test_a_photo_gallery_set_between_the_storys_paragraphs_is_not_text(extractor: Extractor) -> None:
    # The Independent (2017) set a 43-picture gallery in the middle of its stories, between two paragraphs: with its
    # counters and captions the text was mostly about other pictures, and on one page only about them.
    captions = "".join(
        f'<li><h2><span class="counter">{n}/16</span></h2><p>Picture {n}: the {name}-{n * 3} robot gestures during '
        f"a demo at a stall of the machine tools fair, where engineers of {n * 7} firms showed their designs.</p>"
        "<p class='credits'>Getty Images</p></li>"
        for n, name in enumerate("ABCDEFGHIJKLMNOP", 1)
    )
    gallery = f'<div class="dnd-widget-wrapper type-gallery"><ul class="legends">{captions}</ul></div>'
    sentences = [
        f"Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted."
        for n in range(4)
    ]
    paragraphs = [f"<p>{line}</p>" for line in sentences]
    body = f'<div itemprop="articleBody">{"".join(paragraphs[:2])}{gallery}{"".join(paragraphs[2:])}</div>'
    html = web_page("", f"<article><h1>Council approves the harbour budget</h1>{body}</article>")
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n") == sentences
    # After the story, the gallery of another (USA Today's "companion" galleries) goes too.
    html = web_page(
        "", f"<article><h1>Council approves the harbour budget</h1>{''.join(paragraphs)}{gallery}</article>"
    )
    assert extractor.extract(html, "https://news.example/council-budget", now=NOW).text.split("\n") == sentences
    # A gallery that is the story, after an introduction and nothing after it, stays.
    html = web_page("", f"<article><h1>Robots at the fair</h1>{paragraphs[0]}{gallery}</article>")
    assert "Picture 3: the C-9 robot" in extractor.extract(html, "https://news.example/robots", now=NOW).text


def test_a_mega_menus_teasers_are_not_the_story(extractor: Extractor) -> None:
    # timeslive.co.za's navigation opened onto the latest stories of each section, each a teaser paragraph: where the
    # page's own story is a brief, trafilatura took the teasers for it.
    teasers = "".join(
        f'<li><div class="blurb"><div><p>Teaser {n}: more than {n * 9000} people crossed the border in the first '
        "three months of the year, the agency said.</p></div></div></li>"
        for n in range(1, 4)
    )
    menu = f'<div id="navigation"><ul class="megamenu"><li class="news"><ul>{teasers}</ul></li></ul></div>'
    brief = (
        "The council approved the harbour budget on Tuesday after a debate that lasted long into the night, and the "
        "mayor said the ferry pier will be rebuilt next spring. The works will take two years."
    )
    story = (
        f'<div id="content"><div id="article"><h1>Council approves the harbour budget</h1><p>{brief}</p></div></div>'
    )
    briefs = replace(extractor, min_text_chars=100)
    assert briefs.extract(web_page("", menu + story), "https://news.example/council", now=NOW).text == brief
    # A page whose <body> is classed "megamenu" (a theme's flag) is read, with or without a headline.
    html = web_page("", story.replace("<h1>Council approves the harbour budget</h1>", ""))
    html = html.replace("<body>", '<body class="single-post has-megamenu">')
    assert briefs.extract(html, "https://news.example/council", now=NOW).text == brief


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # A broadcaster's video story: the byline is the caption's first line, in no byline markup.
        (
            "<div class='video'><div class='caption'><span class='teaser-cat'> von Andreas Kürten </span>"
            "<p class='item-description'>Ein Überblick über die Lage.</p></div></div>",
            ["Andreas Kürten"],
        ),
        # A blog theme's meta line, in no byline markup: the categories linked after "under".
        (
            "<div>Posted by Nesselsetzer under <a href='/c/fun' rel='category tag'>Just For Fun</a>, "
            "<a href='/c/misc' rel='category tag'>Misc</a></div>",
            ["Nesselsetzer"],
        ),
    ],
)
def test_a_byline_printed_as_a_line_under_the_headline_without_markup_is_read(
    extractor: Extractor, header: str, authors: list[str]
) -> None:
    assert authors_of(extractor, story("", header)) == authors
    # Not a line further down, after the header's first four.
    far = "".join(f"<p>Zeile {n}</p>" for n in range(5))
    assert authors_of(extractor, story("", far + header)) == []


def test_the_sites_newsroom_as_the_author_credits_no_person(extractor: Extractor) -> None:
    # br.de's JSON-LD credits "BR24 Redaktion"; trafilatura reads it as "BR", which the page prints as "BR24".
    graph = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves the harbour budget",
    }
    for author in ("BR24 Redaktion", "Redaktion BR24"):
        ld = json.dumps({**graph, "author": [{"@type": "Person", "name": author}]})
        head = f'<meta property="og:site_name" content="BR24"><script type="application/ld+json">{ld}</script>'
        assert authors_of(extractor, story(head, "<p>Ein Bericht von BR24</p>")) == []
    # A person of the newsroom stays.
    ld = json.dumps({**graph, "author": [{"@type": "Person", "name": "Anna Berg, BR24 Redaktion"}]})
    head = f'<meta property="og:site_name" content="BR24"><script type="application/ld+json">{ld}</script>'
    assert authors_of(extractor, story(head)) == ["Anna Berg"]


def test_a_name_before_a_label_trafilatura_capitalised_is_no_part_of_the_byline(extractor: Extractor) -> None:
    # stern.de: its magazine's name for screen readers, then "von Jemima Kelly"; trafilatura reads "Capital Von
    # Jemima Kelly".
    hidden = '<span class="brand"><span class="u-visually-hidden">capital</span></span>'
    byline = (
        f'<div class="authors">{hidden}<ul><li><span> von </span><span class="b">Jemima Kelly</span></li></ul></div>'
    )
    assert authors_of(extractor, story("", byline)) == ["Jemima Kelly"]
    # A "Von" the page prints capitalised is part of the name.
    assert authors_of(extractor, story("", '<div class="author">Hans Von Trotha</div>')) == ["Hans Von Trotha"]


def test_a_label_indented_by_its_template_is_still_a_label(extractor: Extractor) -> None:
    # AFP's fact checks: "Von:" and the template's tabs as the item's text, the writers' links after it.
    tabs = "\n" + "\t" * 40
    info = (
        f'<ul class="list-informations"><li class="information-item">Von:{tabs}<span class="person-link">'
        '<a href="/bill-mccarthy">Bill MCCARTHY</a>, </span> <span class="person-link">'
        '<a href="/marisha-goldhamer">Marisha GOLDHAMER</a></span></li></ul>'
    )
    assert authors_of(extractor, story("", info)) == ["Bill MCCARTHY", "Marisha GOLDHAMER"]


def test_the_writers_names_in_bold_over_the_story_are_its_byline(extractor: Extractor) -> None:
    # Lesotho Times: the names as a bold paragraph of their own, then the story (its first letter in bold too).
    story_text = paragraphs(
        "Paragraph {n}: a Chinese-owned crusher and quarry company has come under heavy criticism from five villages "
        "who claim that its blasting operations are destroying their homes and their livelihoods.",
    )
    url = "https://news.example/mining-blasts"

    def page(lead: str) -> str:
        return web_page("", f"<article><h1>Mining blasts shatter homes</h1>{lead}{story_text}</article>")

    article = extractor.extract(page("<p><strong>Mohloai Mpesi</strong></p>"), url, now=NOW)
    assert article.authors == ["Mohloai Mpesi"]
    assert not article.text.startswith("Mohloai")
    standfirst = "<p><em>…as communities cry foul</em></p><p><em>…accuse chiefs of taking bribes</em></p>"
    article = extractor.extract(page(f"{standfirst}<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>"), url)
    assert article.authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]
    assert "Mathatisi" not in article.text
    # A heading in bold, or a bold line after the story's first paragraph (a subheading), is no byline.
    assert extractor.extract(page("<p><strong>Die Hochzeitslocation</strong></p>"), url).authors == []
    later = story_text.replace("</p>", "</p><p><strong>Climate Change</strong></p>", 1)
    html = web_page("", f"<article><h1>Mining blasts shatter homes</h1>{later}</article>")
    assert extractor.extract(html, url).authors == []
