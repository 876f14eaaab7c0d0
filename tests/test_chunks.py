"""A story split by its page into several containers of one class."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.settings import Settings

from pipelines.chunks import appended_stories, reads_later, split_story
from pipelines.extractor import Extractor
from pipelines.htmltree import parse

NOW = datetime(2026, 11, 29, tzinfo=UTC)
URL = "https://news.example/ice"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    settings = Settings()
    settings.setmodule("config.settings", priority="project")
    return Extractor.from_settings(settings)


def chunk(number: int, outer: str = "row", inner: str = "col") -> str:
    paragraphs = "".join(
        f"<p>Chunk {number}, paragraph {n}: the expedition measured the glacier's melt on the ridge in spring.</p>"
        for n in range(4)
    )
    return f'<div class="{outer}"><div class="{inner}"><div class="article-body">{paragraphs}</div></div></div>'


def page(body: str) -> str:
    header = "<head><title>Ice</title></head><body><main><h1>A heat shield for the ice</h1>"
    return f"<html>{header}{body}</main></body></html>"


def chunks_in(text: str) -> list[str]:
    return sorted({line[:7] for line in text.split("\n") if line.startswith("Chunk")})


def test_a_story_cut_into_chunks_between_ads_is_read_whole(extractor: Extractor) -> None:
    # trafilatura takes the first "article-body" container and stops there.
    body = (
        chunk(1) + '<div class="ad-slot">Advertisement</div>' + chunk(2) + '<div class="promo">Sign up</div>' + chunk(3)
    )
    article = extractor.extract(page(body), URL, now=NOW)
    assert chunks_in(article.text) == ["Chunk 1", "Chunk 2", "Chunk 3"]
    assert "Advertisement" not in article.text
    # In page order.
    assert [line[:7] for line in article.text.split("\n")][::4] == ["Chunk 1", "Chunk 2", "Chunk 3"]


def test_stories_the_page_loads_as_the_reader_scrolls_stay_apart(extractor: Extractor) -> None:
    # Each in its own <article>: the next stories, not chunks of this one.
    body = "".join(f"<article>{chunk(n)}</article>" for n in (1, 2, 3))
    tree = parse(page(body))
    assert split_story(tree) == []
    assert chunks_in(extractor.extract(page(body), URL, now=NOW).text) == ["Chunk 1"]


def test_lookalike_containers_elsewhere_in_the_page_are_no_chunks() -> None:
    # The same class, but under other ancestors: a box in the sidebar is not the story's second chunk.
    assert split_story(parse(page(chunk(1) + chunk(2, "rail", "box")))) == []
    assert len(split_story(parse(page(chunk(1) + chunk(2))))) == 2
    # Too little text in one of them.
    short = '<div class="row"><div class="col"><div class="article-body"><p>Photo: Reuters</p></div></div></div>'
    assert split_story(parse(page(chunk(1) + short))) == []


def story(number: int, headline: str, inner: str = "", paragraphs: int = 4) -> str:
    text = "".join(
        f"<p>Story {number}, paragraph {n}: the ferry company cancelled the evening crossings for the winter.</p>"
        for n in range(paragraphs)
    )
    return f"<article><h1>{headline}</h1>{inner}<div>{text}</div></article>"


def stories_in(text: str) -> list[str]:
    return sorted({line[:7] for line in text.split("\n") if line.startswith("Story")})


def appended(first: int, second: int) -> str:
    """A page whose story has ``first`` paragraphs and the next one, appended below, ``second``."""
    head = "<head><title>Ferries stop | The Coast News</title></head>"
    under = f'<div class="under-article">{story(2, "Ports reopen", paragraphs=second)}</div>'
    return f"<html>{head}<body><main>{story(1, 'Ferries stop', paragraphs=first)}{under}</main></body></html>"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # trafilatura reads only the appended story, the longer (on dagbladet.no
        # it read both, by way of its comparison with readability's pick).
        (3, 12),
        (4, 10),
    ],
)
def test_the_story_a_page_appended_below_for_scrolling_readers_is_left_out(
    extractor: Extractor, first: int, second: int
) -> None:
    article = extractor.extract(appended(first, second), URL, now=NOW)
    assert stories_in(article.text) == ["Story 1"]
    assert len(article.text.split("\n")) == first
    assert article.title == "Ferries stop"


def test_an_article_inside_the_story_is_part_of_it(extractor: Extractor) -> None:
    # A quoted post or an embed in its own <article>, with its own <h1>, inside the story's.
    html = f"<html><body><main>{story(1, 'Ferries stop', story(2, 'A quoted post'))}</main></body></html>"
    assert appended_stories(parse(html)) == []
    assert stories_in(extractor.extract(html, URL, now=NOW).text) == ["Story 1", "Story 2"]


def test_a_text_that_reads_only_the_first_story_is_kept() -> None:
    stories = appended_stories(parse(appended(4, 4)))
    assert len(stories) == 2
    first = " ".join(f"Story 1, paragraph {n}: the ferry company cancelled the evening crossings." for n in range(4))
    assert not reads_later(first, stories)
    assert reads_later("Story 2, paragraph 0: the ferry company cancelled the evening crossings for", stories)
