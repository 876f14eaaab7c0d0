"""Pages rendered in the reader's browser: the story is in their data, not their HTML."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from scrapy.settings import Settings

from pipelines.embedded import script_html
from pipelines.extractor import Extractor, NoArticle
from pipelines.htmltree import parse

NOW = datetime(2026, 11, 29, tzinfo=UTC)
URL = "https://news.example/harbour-vote"
PARAGRAPHS = [
    f"Paragraph {n}: the council debated the harbour budget for hours, then voted to dredge the channel."
    for n in range(4)
]
TEASER = (
    "<main><p>The harbour vote: after a long debate the council agreed to dredge the channel this winter.</p></main>"
)
STORY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    settings = Settings()
    settings.setmodule("config.settings", priority="project")
    return Extractor.from_settings(settings)


def shell(scripts: str, body: str = '<div id="root"></div>') -> str:
    """An app's page: a title, an empty mount point, the scripts that fill it."""
    head = "<head><title>Harbour vote | Example News</title></head>"
    return f"<html>{head}<body>{body}{scripts}</body></html>"


def script(code: str, kind: str = "") -> str:
    return f"<script{kind}>{code}</script>"


def test_a_next_js_payload_chunk_holding_the_story_is_read(extractor: Extractor) -> None:
    # The app router streams its payload as JSON strings, markup escaped as \u003c.
    payload = json.dumps([1, f'<div class="caption"><p>A dredger.</p></div>{STORY_HTML}']).replace("<", "\\u003c")
    html = shell(script('self.__next_f.push([1,"0:{\\"P\\":null}"])') + script(f"self.__next_f.push({payload})"))
    article = extractor.extract(html, URL, now=NOW)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text.split("\n")
    assert article.title == "Harbour vote"


def test_the_state_field_with_the_most_paragraphs_is_the_story(extractor: Extractor) -> None:
    state = {
        "teaser": {"html": "<p>Read our other story.</p><p>And this one.</p>" + "x" * 200},
        "article": {"contentHtml": STORY_HTML},
    }
    html = shell(script(f"window.__NEXT_DATA__ = {json.dumps(state)};"))
    text = extractor.extract(html, URL, now=NOW).text
    assert text.split("\n") == PARAGRAPHS


def test_structured_article_body_is_read_when_the_html_has_too_little_text(extractor: Extractor) -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour vote",
            "articleBody": "\n".join(PARAGRAPHS).replace("channel", "channel &amp; port")}  # fmt: skip
    html = shell(script(json.dumps(data), ' type="application/ld+json"'), TEASER)
    # trafilatura reads articleBody itself when it finds little text, as one
    # line, but not when it favours precision; the extractor does, in lines,
    # whatever the mode.
    for favor in ("precision", "balanced", "recall"):
        article = replace(extractor, favor=favor).extract(html, URL, now=NOW)
        assert article.text.split("\n") == [p.replace("channel", "channel & port") for p in PARAGRAPHS], favor


def test_the_html_wins_where_it_holds_the_story(extractor: Extractor) -> None:
    # The scripts carry another text (a preview, a different draft): readers see the HTML.
    other = "".join(
        f"<p>Draft {n}: an older version of the story that readers never see on the page.</p>" for n in range(6)
    )
    html = shell(script(f"window.state = {json.dumps({'contentHtml': other})};"), f"<article>{STORY_HTML}</article>")
    text = extractor.extract(html, URL, now=NOW).text
    assert text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "scripts",
    [
        # One paragraph: a caption or a teaser, not a story.
        script(f"var caption = {json.dumps('<p>' + 'A dredger in the harbour at dawn. ' * 10 + '</p>')};"),
        # Not JSON: a broken escape inside the literal.
        script('var html = "' + STORY_HTML.replace("<p>", "<p>\\x") + '";'),
        # An external script: its address, no code.
        '<script src="/static/app.js"></script>',
    ],
)
def test_scripts_without_a_story_give_no_article(extractor: Extractor, scripts: str) -> None:
    with pytest.raises(NoArticle, match="no article text found"):
        extractor.extract(shell(scripts), URL, now=NOW)


def test_script_html_ignores_structured_data() -> None:
    data = {"@type": "NewsArticle", "articleBody": STORY_HTML}
    tree = parse(shell(script(json.dumps(data), ' type="application/ld+json"')))
    assert script_html(tree) is None
