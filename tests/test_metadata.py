"""Page metadata read from structured data, on small pages written here."""

from __future__ import annotations

from pipelines.metadata import read_page_meta


def page(head: str, body: str = "<h1>Visible headline</h1>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_json_ld_values_are_html_unescaped() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Mexico to fight &#8216;illogical&#8217; tariffs &amp; &quot;quotas&quot;", '
        '"author": {"@type": "Person", "name": "Ana&#239;s Dupont"}}</script>'
    )
    meta, _tree = read_page_meta(html)
    assert meta.headline == 'Mexico to fight ‘illogical’ tariffs & "quotas"'
    assert meta.authors == ["Anaïs Dupont"]


def test_graph_headline_and_og_title_are_kept_apart() -> None:
    html = page(
        '<meta property="og:title" content="Social headline">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},'
        ' {"@type": "ReportageNewsArticle", "headline": "Structured headline", "datePublished": "2024-05-02"}]}'
        "</script>"
    )
    meta, _tree = read_page_meta(html)
    assert meta.headline == "Structured headline"
    assert meta.og_title == "Social headline"
    assert meta.published == "2024-05-02"


def test_malformed_json_ld_is_skipped_and_meta_tags_still_read() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="article:published_time" content="2024-05-02T10:00:00+02:00">'
        '<meta name="author" content="Jane Doe">'
    )
    meta, _tree = read_page_meta(html)
    assert meta.headline is None
    assert meta.published == "2024-05-02T10:00:00+02:00"
    assert meta.authors == ["Jane Doe"]
