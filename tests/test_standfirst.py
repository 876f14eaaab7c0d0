"""The standfirst (dek) found under the headline and kept as the body's first
paragraph, on small pages written here."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import html as lxml_html

from pipelines.extractor import Extractor
from pipelines.standfirst import find_standfirst, with_standfirst

NOW = datetime(2026, 11, 29, tzinfo=UTC)
DEK = "The plan puts forty million into new ferries and a second pier, the first rise in a decade."
BODY = "".join(
    f"<p>Paragraph {n} of a council story: the members debated the harbour budget for hours and then voted.</p>"
    for n in range(4)
)


def tree(body: str) -> object:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


def header(dek: str = DEK, byline: str = "By Jane Doe, The Harbour Times") -> str:
    return (
        '<header><a href="/local/">Local</a><h1>Council approves the harbour budget</h1>'
        f'<p class="dek">{dek}</p><p class="byline">{byline}</p><p>March 14, 2025 at 10:30</p></header>'
    )


def test_a_sentence_in_the_article_header_is_the_standfirst() -> None:
    found = find_standfirst(tree(f"<article>{header()}{BODY}</article>"), None, ["Jane Doe"])
    assert found == DEK


def test_kicker_byline_date_and_headline_copies_are_not_the_standfirst() -> None:
    long_byline = "By Jane Doe and John Smith, political correspondents of The Harbour Times"
    page = tree(f"<article>{header(dek='Council approves the harbour budget', byline=long_byline)}{BODY}</article>")
    assert find_standfirst(page, None, ["Council approves the harbour budget"]) is None


def test_a_long_dated_line_in_the_header_is_not_the_standfirst() -> None:
    dated = "Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm"
    page = tree(f"<article>{header(dek=dated)}{BODY}</article>")
    assert find_standfirst(page, None, []) is None


def test_outside_a_header_only_the_page_description_is_the_standfirst() -> None:
    page = f"<article><h1>Council approves the harbour budget</h1><h2>{DEK}</h2>{BODY}</article>"
    assert find_standfirst(tree(page), DEK, []) == DEK
    assert find_standfirst(tree(page), DEK[:60] + "…", []) == DEK  # a description cut short by the CMS
    assert find_standfirst(tree(page), "Another summary of the story written for search engines only.", []) is None


def test_a_pictures_caption_is_not_the_standfirst_nor_is_the_box_around_it() -> None:
    # The Telegraph: the lead picture's <figure> in a box of its own, its caption a sentence in the header.
    caption = "The mayor with the harbour master at the pier in an image the Harbour Herald took on Monday"
    figure = f'<figure><img src="/p.jpg"><figcaption><span>{caption}</span></figcaption></figure>'
    lead = f'<div class="lead-asset">{figure}</div>'
    page = f"<article><header><h1>Council approves the harbour budget</h1>{lead}<p>{DEK}</p></header>{BODY}</article>"
    assert find_standfirst(tree(page), None, []) == DEK


def test_with_standfirst_adds_it_first_only_when_the_body_lacks_it() -> None:
    body = ["First paragraph of the story.", "Second paragraph."]
    assert with_standfirst(body, DEK) == [DEK, *body]
    assert with_standfirst([DEK, *body], DEK) == [DEK, *body]
    assert with_standfirst(body, None) == body


def test_the_extractor_keeps_the_standfirst_first_and_drops_the_other_header_lines() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Jane Doe"}}</script>'
    html = f'<html lang="en"><head>{head}</head><body><article>{header()}{BODY}</article></body></html>'
    article = Extractor().extract(html, "https://news.example/council-budget", now=NOW)
    paragraphs = article.text.split("\n")
    assert paragraphs[0] == DEK
    assert paragraphs[1].startswith("Paragraph 0 of a council story")
    assert len(paragraphs) == 5
    for line in ("Council approves the harbour budget", "By Jane Doe", "March 14, 2025", "Local"):
        assert line not in article.text


def test_the_extractor_puts_back_a_standfirst_trafilatura_left_out() -> None:
    html = f'<html lang="en"><body><div class="top">{header()}</div><div class="story-body">{BODY}</div></body></html>'
    article = Extractor().extract(html, "https://news.example/council-budget", now=NOW)
    paragraphs = article.text.split("\n")
    assert paragraphs[0] == DEK and len(paragraphs) == 5


def test_a_header_wrapping_the_whole_story_is_not_the_article_header() -> None:
    """Some themes put the headline and the story in one <header>: its
    paragraphs are the body, never header lines to drop."""
    story = f"<header><nav><a href='/'>Home</a></nav><h1>Council approves the harbour budget</h1>{BODY * 3}</header>"
    assert find_standfirst(tree(story), None, []) is None
    html = f'<html lang="en"><body>{story}</body></html>'
    article = Extractor().extract(html, "https://news.example/council-budget", now=NOW)
    assert len(article.text.split("\n")) == 12
