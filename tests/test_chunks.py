"""A story split by its page into several containers of one class."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.settings import Settings

from pipelines.chunks import split_story
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
