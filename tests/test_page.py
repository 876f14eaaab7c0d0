"""How a downloaded page's bytes become text."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from pipelines.page import page_text

URL = "http://127.0.0.1/story.html"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body><p>Größe – 𝑥 مرحبا</p></body></html>'
    response = HtmlResponse(URL, body=body.encode("utf-8"), headers={"Content-Type": "text/html; charset=iso-8859-1"})
    assert "Größe – 𝑥 مرحبا" in page_text(response)
    assert "Größe" not in response.text  # what the declaration alone gives


def test_legacy_encodings_follow_the_declaration() -> None:
    body = '<html><head><meta charset="windows-1252"></head><body><p>Größe “zitiert”</p></body></html>'
    assert "Größe “zitiert”" in page_text(HtmlResponse(URL, body=body.encode("cp1252")))
    arabic = '<html><head><meta charset="windows-1256"></head><body><p>مرحبا بالعالم</p></body></html>'
    assert "مرحبا بالعالم" in page_text(HtmlResponse(URL, body=arabic.encode("cp1256")))


def test_seven_bit_and_utf16_declarations_are_followed() -> None:
    japanese = "<html><body><p>日本語の記事</p></body></html>"
    headers = {"Content-Type": "text/html; charset=iso-2022-jp"}
    assert "日本語の記事" in page_text(HtmlResponse(URL, body=japanese.encode("iso2022_jp"), headers=headers))
    headers = {"Content-Type": "text/html; charset=utf-16-le"}
    assert "日本語の記事" in page_text(HtmlResponse(URL, body=japanese.encode("utf-16-le"), headers=headers))


def test_a_byte_order_mark_is_not_kept() -> None:
    body = "\ufeff<html><body><p>Text</p></body></html>".encode()
    assert page_text(HtmlResponse(URL, body=body)).startswith("<html>")
