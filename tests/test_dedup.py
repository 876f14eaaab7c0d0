"""Deduplication: canonical URLs, syndicated copies across two local sites (in
English and in Arabic), different stories on one subject, two crawler
processes writing copies at once, and versions. Real servers, real stores."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.fingerprints import containment, fingerprint, shingles
from tests.conftest import ROOT, StoreSetup, run_scrapy, scrapy_env
from tests.fixturesite import FixtureSite, serve

PAGES = Path(__file__).parent / "data" / "pages"
TEMPLATE = """<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>{title} - {site}</title><meta property="og:type" content="article">{canonical}</head><body>
<header><nav><a href="/">{site}</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<main><article><h1>{title}</h1><div class="meta">{site} staff</div>
<div class="entry-content">{body}</div></article>
<aside><h3>Popular</h3><ul><li><a href="/a.html">Weather warning for the coast</a></li></ul></aside></main>
<footer>© {site}</footer></body></html>"""
AD_EN = "Advertisement: subscribe to our newsletter for the best deals of the week."
AD_AR = "إعلان: اشترك الآن في نشرتنا البريدية لتصلك أهم العروض."


def paragraphs(name: str, encoding: str = "utf-8") -> tuple[str, list[str]]:
    """Headline and body paragraphs of a saved page (its <h1> and <p> in the article container)."""
    page = (PAGES / name).read_bytes().decode(encoding)
    title = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1))).strip()  # type: ignore[union-attr]
    found = [html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", page, re.S)]
    return title.split(" – ")[0], [p for p in found if len(p) > 120]


def page(title: str, body: list[str], site: str, lang: str = "en", canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return TEMPLATE.format(
        lang=lang, dir="rtl" if lang == "ar" else "ltr", title=html.escape(title), site=site, canonical=link,
        body="".join(f"<p>{html.escape(p)}</p>" for p in body),
    )  # fmt: skip


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[FixtureSite, FixtureSite]]:
    """Two news sites: A publishes the originals, B republishes them."""
    en_title, en = paragraphs("english-jsonld.html")
    ar_title, ar = paragraphs("arabic-republished.html")
    root_a, root_b = tmp_path / "a", tmp_path / "b"
    for root in (root_a, root_b):
        root.mkdir()
    (root_a / "broadband.html").write_text(page(en_title, en, "The Example Tribune"), encoding="utf-8")
    (root_a / "security.html").write_text(page(ar_title, ar, "وكالة الأنباء", "ar"), encoding="utf-8")
    # B: another template, a changed headline, an inserted ad line, the last paragraph dropped, a footer.
    copy_en = [*en[:3], AD_EN, *en[3:-1], "Source link"]
    copy_ar = [*ar[:2], AD_AR, *ar[2:-1], "Source link", "Facebook Comments Box"]
    (root_b / "republished-broadband.html").write_text(
        page("Lawmakers triple rural internet money", copy_en, "Daily Wire Digest"), encoding="utf-8"
    )
    (root_b / "republished-security.html").write_text(
        page(ar_title + " – RT EN", copy_ar, "موقع الأخبار اليومية", "ar"), encoding="utf-8"
    )
    # A different story on the same subject: the same senator, the same programme, the same phrases.
    other = [
        "Sen. Linda Moreno, one of the sponsors of the rural broadband bill, spent Saturday touring the northern "
        "counties, where she said internet access remains a basic utility rather than a luxury for most families.",
        "At a town hall in the county seat, residents described waiting years for a connection. Moreno promised that "
        "the state broadband office would publish maps of the addresses served and report connection speeds.",
        "Sen. Carl Jennings, who opposed the bill, held his own meeting across town and repeated his call for stricter "
        "oversight, saying earlier rounds of funding had served a handful of homes at a very high cost per connection.",
        "Both senators said they expect the first round of applications to open in the fall, and both urged local "
        "governments and electric cooperatives to prepare their proposals before the summer recess ends.",
    ]
    (root_b / "moreno-tour.html").write_text(
        page("Moreno takes broadband message on the road", other, "Daily Wire Digest"), encoding="utf-8"
    )
    with serve(root_a) as site_a, serve(root_b) as site_b:
        yield site_a, site_b


def by_url(store: StoreSetup) -> dict[str, dict[str, object]]:
    return {str(r["url"]): r for r in store.records()}


def test_syndicated_copies_link_to_originals_and_other_stories_never_do(
    sites: tuple[FixtureSite, FixtureSite], store: StoreSetup
) -> None:
    a, b = sites
    originals = [a.url("/broadband.html"), a.url("/security.html")]
    copies = [b.url("/republished-broadband.html"), b.url("/republished-security.html")]
    first = run_scrapy("article", *originals, *store.args())
    assert first.code == 0, first.stderr
    second = run_scrapy("article", *copies, b.url("/moreno-tour.html"), *store.args())
    assert second.code == 0, second.stderr
    records = by_url(store)
    for original, copy in zip(originals, copies, strict=True):
        assert records[original]["duplicate_of"] is None
        assert records[copy]["duplicate_of"] == records[original]["_id"]
        assert records[copy]["cluster_id"] == records[original]["_id"] == records[original]["cluster_id"]
    other = records[b.url("/moreno-tour.html")]
    assert other["duplicate_of"] is None and other["cluster_id"] == other["_id"]
    # The printed records carry the same decision.
    assert [r["duplicate_of"] for r in second.records[:2]] == [records[o]["_id"] for o in originals]


def test_exact_copy_under_another_url_and_a_chain_collapse_to_the_root(
    sites: tuple[FixtureSite, FixtureSite], store: StoreSetup
) -> None:
    a, b = sites
    republished = (b.root / "republished-broadband.html").read_text(encoding="utf-8")
    (b.root / "mirror.html").write_text(republished, encoding="utf-8")  # B's copy, mirrored: same content_hash
    for url in (a.url("/broadband.html"), b.url("/republished-broadband.html"), b.url("/mirror.html")):
        run = run_scrapy("article", url, *store.args())  # one at a time: a known order of first sight
        assert run.code == 0, run.stderr
    records = by_url(store)
    root = records[a.url("/broadband.html")]["_id"]
    assert records[b.url("/republished-broadband.html")]["duplicate_of"] == root
    assert records[b.url("/mirror.html")]["duplicate_of"] == root  # not the copy it is identical to
    assert {r["cluster_id"] for r in records.values() if "broadband" in str(r["url"]) or "mirror" in str(r["url"])} == {
        root
    }


def test_tracking_and_amp_variants_are_one_record(sites: tuple[FixtureSite, FixtureSite], store: StoreSetup) -> None:
    a, _b = sites
    title, body = paragraphs("english-plain.html")
    (a.root / "library.html").write_text(page(title, body, "City Gazette"), encoding="utf-8")
    (a.root / "amp").mkdir()
    amp = page(title, body, "City Gazette", canonical=a.url("/library.html"))
    (a.root / "amp" / "library.html").write_text(amp, encoding="utf-8")
    urls = [
        a.url("/library.html"),
        a.url("/library.html?utm_source=newsletter&utm_medium=email"),
        a.url("/library.html?amp=1"),
        a.url("/amp/library.html"),
    ]
    run = run_scrapy("article", *urls, *store.args())
    assert run.code == 0, run.stderr
    assert {r["canonical_url"] for r in run.records} == {a.url("/library.html")}
    assert len(store.records()) == 1


def test_two_crawler_processes_writing_copies_at_once_leave_one_original(
    sites: tuple[FixtureSite, FixtureSite], mongo_uri: str, tmp_path: Path
) -> None:
    a, b = sites
    _title, body = paragraphs("english-jsonld.html")
    urls: dict[FixtureSite, list[str]] = {a: [], b: []}
    for n in range(8):  # eight slightly different copies of one story, four on each site
        site = a if n % 2 else b
        variant = [f"Copy {n} of this report.", *body[: len(body) - n % 3]]
        (site.root / f"copy-{n}.html").write_text(page(f"Broadband copy {n}", variant, f"Site {n}"), encoding="utf-8")
        urls[site].append(site.url(f"/copy-{n}.html"))
    settings = ["-s", f"MONGODB_URI={mongo_uri}", "-s", f"SPILL_DIR={tmp_path / 'spill'}"]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "scrapy", "article", *site_urls, *settings],
            cwd=ROOT,
            env=scrapy_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for site_urls in urls.values()
    ]
    for process in runs:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    from pymongo import MongoClient

    with MongoClient(mongo_uri) as client:
        records = list(client.get_default_database()["articles"].find())
    assert len(records) == 8
    originals = [r for r in records if r["duplicate_of"] is None]
    assert len(originals) == 1
    root = originals[0]["_id"]
    assert all(r["cluster_id"] == root for r in records)
    assert all(r["duplicate_of"] == root for r in records if r["_id"] != root)


def test_an_updated_article_becomes_version_2_and_keeps_version_1(
    sites: tuple[FixtureSite, FixtureSite], store: StoreSetup
) -> None:
    a, _b = sites
    url = a.url("/broadband.html")
    assert run_scrapy("article", url, *store.args()).code == 0
    file = a.root / "broadband.html"
    file.write_text(file.read_text(encoding="utf-8").replace("nearly triple", "more than double"), encoding="utf-8")
    again = run_scrapy("article", url, *store.args())
    assert again.code == 0, again.stderr
    (record,) = store.records()
    assert record["version"] == 2 and "more than double" in str(record["text"])
    assert record["duplicate_of"] is None  # a new version of itself is not a copy
    (old,) = store.read("article_versions")
    assert old["version"] == 1 and "nearly triple" in old["text"] and old["article_id"] == record["_id"]


def test_fingerprints_match_copies_not_neighbours() -> None:
    _title, body = paragraphs("arabic-republished.html")
    original = "\n".join(body)
    copy = "\n".join([*body[:2], AD_AR, *body[2:-1], "Source link"])
    respelled = original.replace("أ", "ا").replace("ة", "ه")  # another site's orthography
    assert containment(fingerprint(original), fingerprint(copy)) > 0.8
    assert containment(fingerprint(original), fingerprint(respelled)) == 1.0
    _title, english = paragraphs("english-jsonld.html")
    assert containment(fingerprint(original), fingerprint("\n".join(english))) < 0.1


def test_scripts_without_spaces_get_character_shingles() -> None:
    assert "東 京 都" in shingles("東京都の知事は")
    assert "bonjour le monde" in shingles("Bonjour le monde")


def test_an_amp_twin_seen_once_is_never_fetched_again(
    sites: tuple[FixtureSite, FixtureSite], store: StoreSetup, tmp_path: Path
) -> None:
    a, _b = sites
    title, body = paragraphs("english-plain.html")
    (a.root / "news" / "story" / "amp").mkdir(parents=True)
    (a.root / "news" / "story.html").write_text(page(title, body, "City Gazette"), encoding="utf-8")
    twin = page(title, body, "City Gazette", canonical=a.url("/news/story.html"))
    (a.root / "news" / "story" / "amp" / "index.html").write_text(twin, encoding="utf-8")
    listing = '<html><body><h1>News</h1><a href="/news/story.html">Story</a> <a href="/news/story/amp/">AMP</a>'
    (a.root / "index.html").write_text(listing + "</body></html>", encoding="utf-8")
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nid = "gazette"\nstart_urls = ["{a.base}/"]\narticle_url_patterns = ["/news/"]\n',
        encoding="utf-8",
    )
    crawl = ["crawl", "news", "-a", "source=gazette", "-s", f"SOURCES_FILE={sources}", "-s", "AUTOTHROTTLE_ENABLED=0"]
    assert run_scrapy(*crawl, *store.args()).code == 0
    assert "/news/story/amp/" in a.requests
    assert [r["canonical_url"] for r in store.records()] == [a.url("/news/story.html")]
    a.reset_logs()
    (a.root / "index.html").write_text(listing + "<p>updated</p></body></html>", encoding="utf-8")
    assert run_scrapy(*crawl, *store.args()).code == 0
    assert "/" in a.requests  # the listing was parsed again ...
    assert not [p for p in a.requests if p.startswith("/news/")]  # ... and neither twin was fetched


def test_copies_matched_at_the_same_moment_in_one_process_leave_one_original(store: StoreSetup) -> None:
    """Many records in flight at once (SQLite commits their claims together):
    each story still gets exactly one original, and every copy points to it."""
    import asyncio

    from pipelines.dedup import Deduplicator
    from pipelines.record import content_hash
    from tests.test_stores import make_store

    stories = [
        " ".join(f"{topic} word{i} of story {topic} told at length" for i in range(60)) for topic in ("rain", "vote")
    ]
    records = []
    for n in range(40):
        text = stories[n % 2] + ("" if n < 2 else f"\nAdvertisement number {n}")
        records.append({"_id": f"{n:032x}", "text": text, "content_hash": content_hash(text)})

    async def run() -> None:
        target = make_store(store)
        await target.open()
        try:
            deduplicator = Deduplicator(target, 0.5, 30)
            await asyncio.gather(*(deduplicator.assign(record) for record in records))
        finally:
            await target.close()

    asyncio.run(run())
    for story in (0, 1):
        group = [r for n, r in enumerate(records) if n % 2 == story]
        originals = [r for r in group if r["duplicate_of"] is None]
        assert len(originals) == 1
        assert {r["cluster_id"] for r in group} == {originals[0]["_id"]}
        assert all(r["duplicate_of"] == originals[0]["_id"] for r in group if r is not originals[0])
