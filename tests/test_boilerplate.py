"""Boilerplate learning: a source's repeated leftover lines are learned and
removed; lines that belong to articles are never touched."""

from __future__ import annotations

import asyncio
from typing import Any

from pipelines.boilerplate import Boilerplate, Rules, SourceLines
from pipelines.record import content_hash
from tests.conftest import StoreSetup
from tests.test_export import write
from tests.test_stores import make_record, make_store

FOOTER = "Follow us on Telegram for breaking news!"
FOOTER_AR = "تابعونا على تليجرام لآخر الأخبار"
QUOTE = '"We will not give up on the talks," the minister said.'


def story(n: int, *extra: str) -> str:
    body = f"Story {n} begins with a paragraph long enough to be the body of a real news article about topic {n}."
    more = f"A second paragraph of story {n} gives the details, the numbers and the reactions from everyone."
    return "\n".join([body, more, *extra])


def test_a_line_in_most_articles_of_a_source_is_learned_and_removed() -> None:
    lines = SourceLines(Rules(min_text_chars=50))
    for n in range(4):
        assert lines.observe(story(n, FOOTER, FOOTER_AR)) == {}
    learned = lines.observe(story(4, "follow us on telegram — for breaking news", FOOTER_AR))
    assert set(learned) == {"follow us on telegram for breaking news", "تابعونا على تليجرام لآخر الأخبار"}
    assert learned["تابعونا على تليجرام لآخر الأخبار"] == FOOTER_AR
    assert lines.strip(story(5, FOOTER, FOOTER_AR)) == story(5)
    assert lines.strip(story(6, f"{FOOTER} And one more sentence.")) == story(6, f"{FOOTER} And one more sentence.")


def test_a_quote_shared_by_a_few_stories_is_never_learned() -> None:
    other = "«Nous ne céderons pas», a déclaré la ministre."
    for count in (6, 300):  # a new source, and one with a history
        lines = SourceLines(Rules(min_text_chars=50))
        for n in range(count):
            extra = ([QUOTE] if n in (1, 2) else []) + ([other] if n in (2, 3, 4) else [])
            lines.observe(story(n, *extra, FOOTER))
        assert lines.strip(story(1, QUOTE, FOOTER)) == story(1, QUOTE)
        assert lines.strip(story(3, other)) == story(3, other)
        assert lines.learned == {"follow us on telegram for breaking news"}


def test_a_line_rare_across_a_large_source_is_not_learned() -> None:
    lines = SourceLines(Rules(min_text_chars=50))
    for n in range(1000):
        lines.observe(story(n, "Related: the budget debate") if n % 50 == 0 else story(n))  # 2% of articles
    assert not lines.learned


def test_long_paragraphs_are_never_learned() -> None:
    long_line = "This standard paragraph is long. " * 10
    lines = SourceLines(Rules(min_text_chars=50))
    for n in range(20):
        lines.observe(story(n, long_line))
    assert not lines.learned


def test_removal_never_leaves_too_little_text() -> None:
    lines = SourceLines(Rules(min_text_chars=120))
    for n in range(6):
        lines.observe(story(n, FOOTER))
    assert FOOTER in lines.strip(f"Short brief {FOOTER}\n{FOOTER}")
    assert lines.strip("A short brief of one paragraph.\n" + FOOTER) == "A short brief of one paragraph.\n" + FOOTER
    # A CJK character counts three, as in the extractor: a 45-character Chinese brief is long enough to strip.
    brief = "洛阳职业技术学院举办剪窗花活动，大家在红纸中间剪出了两个字，表达了清白做人、踏实做事的决心。"
    assert len(brief) < 120 <= 3 * len(brief)
    assert lines.strip(f"{brief}\n{FOOTER}") == brief


def test_memory_is_bounded_by_tracked_lines() -> None:
    lines = SourceLines(Rules(tracked=100, min_text_chars=50))
    for n in range(1000):
        lines.observe(story(n, f"unique short line {n}"))
    assert len(lines.counts) <= 100 + 3


def _with_boilerplate(setup: StoreSetup, work: Any) -> Any:
    async def run() -> Any:
        store = make_store(setup)
        await store.open()
        try:
            return await work(Boilerplate(store, Rules(min_text_chars=50)))
        finally:
            await store.close()

    return asyncio.run(run())


def _record(n: int, text: str, source: str = "site-a") -> dict[str, Any]:
    return {**make_record(n, text=text), "source": source}


def test_learned_lines_are_kept_in_the_store_for_later_runs(store: StoreSetup) -> None:
    async def first_run(boilerplate: Boilerplate) -> list[bool]:
        return [await boilerplate.clean(_record(n, story(n, FOOTER))) for n in range(6)]

    assert _with_boilerplate(store, first_run) == [False] * 5 + [True]

    async def next_run(boilerplate: Boilerplate) -> dict[str, Any]:
        record = _record(10, story(10, FOOTER))
        await boilerplate.clean(record)
        other = _record(11, story(11, FOOTER), source="site-b")  # learned for site-a only
        await boilerplate.clean(other)
        return {"a": record, "b": other}

    records = _with_boilerplate(store, next_run)
    assert records["a"]["text"] == story(10)
    assert records["a"]["content_hash"] == content_hash(story(10)) and records["a"]["word_count"] == len(
        story(10).replace(".", " ").split()
    )
    assert records["b"]["text"] == story(11, FOOTER)


def test_stored_articles_teach_the_first_run(store: StoreSetup) -> None:
    write(store, [_record(n, story(n, FOOTER_AR)) for n in range(5)])

    async def run(boilerplate: Boilerplate) -> str:
        record = _record(20, story(20, FOOTER_AR))
        await boilerplate.clean(record)
        return str(record["text"])

    assert _with_boilerplate(store, run) == story(20)
