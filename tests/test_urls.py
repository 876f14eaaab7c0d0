from __future__ import annotations

import pytest

from pipelines.urls import BadURL, absolute_url, archived_address, article_id, canonical_url, check_url, same_site


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", "empty URL"),
        ("example.org/news/1", "no scheme"),
        ("ftp://example.org/file", "unsupported scheme"),
        ("javascript:alert(1)", "unsupported scheme"),
        ("http:///path-only", "no host name"),
        ("http://exa mple.org/", "white space"),
        ("http://example.org:99999/", "bad host or port"),
    ],
)
def test_check_url_rejects_with_reason(url: str, reason: str) -> None:
    with pytest.raises(BadURL, match=reason):
        check_url(url)


def test_check_url_percent_encodes_non_ascii_paths() -> None:
    assert check_url("https://example.org/أخبار/1") == "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1"


def test_canonical_url_drops_tracking_fragment_default_port_and_sorts_query() -> None:
    url = "HTTPS://WWW.Example.ORG:443/News/Story?b=2&utm_source=x&a=1&fbclid=abc&ref=home#comments"
    assert canonical_url(url) == "https://www.example.org/News/Story?a=1&b=2"


def test_canonical_url_keeps_non_default_port_and_content_parameters() -> None:
    assert canonical_url("http://127.0.0.1:8080/article?id=7") == "http://127.0.0.1:8080/article?id=7"


def test_article_id_is_stable_and_differs_per_url() -> None:
    first = article_id("https://example.org/a")
    assert first == article_id("https://example.org/a")
    assert first != article_id("https://example.org/b")
    assert len(first) == 32


def test_same_site_ignores_www_only() -> None:
    assert same_site("https://www.example.org/a", "https://example.org/b")
    assert not same_site("https://example.org/a", "https://other.org/a")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/media/2024/12/harbour.jpg", "https://news.example/media/2024/12/harbour.jpg"),
        ("img/harbour.jpg", "https://news.example/politics/img/harbour.jpg"),
        ("//cdn.example/harbour.jpg", "https://cdn.example/harbour.jpg"),
        ("https:https://files.example/harbour.jpg", "https://files.example/harbour.jpg"),  # the scheme written twice
        (
            "http://cdn.example/a.jpg?src=https://x.example/b.jpg",
            "http://cdn.example/a.jpg?src=https://x.example/b.jpg",
        ),
        # No address: nothing, a caption, another scheme.
        (None, None),
        ("  ", None),
        ("Airline fleet parked at the taxiway", None),
        ("data:image/png;base64,iVBORw0KGgo=", None),
        ("javascript:void(0)", None),
        ("http://[bad/harbour.jpg", None),  # an invalid IPv6 host: urllib raises on it
        ("//[::1", None),
    ],
)
def test_an_image_address_is_made_absolute_against_the_page(value: str | None, expected: str | None) -> None:
    assert absolute_url("https://news.example/politics/harbour-vote", value) == expected


def test_a_canonical_address_urllib_refuses_leaves_the_fetched_one() -> None:
    from pipelines.record import pick_canonical

    assert pick_canonical("https://news.example/a?utm_source=x", "http://[bad/a") == "https://news.example/a"


def test_a_canonical_address_given_percent_encoded_whole_is_decoded_not_joined() -> None:
    from pipelines.record import pick_canonical

    page = "https://www.siegessaeule.de/magazin/p%C3%A4dophilie-als-machtinstrument/"
    declared = "https%3A%2F%2Fwww.siegessaeule.de%2Fmagazin%2Fp%25C3%25A4dophilie-als-machtinstrument%2F"
    assert pick_canonical(page, declared) == page
    # A relative canonical address is still read against the page.
    assert pick_canonical(page, "/magazin/other/") == "https://www.siegessaeule.de/magazin/other/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://web.archive.org/web/20140226054445/http://www.time4talks.com/2013/08/07/kinos/",
            "http://www.time4talks.com/2013/08/07/kinos/",
        ),
        # The capture's flag after its timestamp, the beta host, the scheme cut to one slash or left out.
        (
            "https://web.archive.org/web/20050409130612id_/https://www.forbes.com/a.html",
            "https://www.forbes.com/a.html",
        ),
        ("https://web-beta.archive.org/web/20050409130612/http:/www.bbc.co.uk/a.stm", "http://www.bbc.co.uk/a.stm"),
        (
            "https://web.archive.org/web/20130307194448/the-pain.net/2008/05/a.html",
            "http://the-pain.net/2008/05/a.html",
        ),
        # Not a capture: the address as it is.
        ("https://web.archive.org/web/*/example.org", "https://web.archive.org/web/*/example.org"),
        ("https://news.example/web/20140226054445/a", "https://news.example/web/20140226054445/a"),
    ],
)
def test_a_wayback_capture_stands_for_the_address_it_archived(url: str, expected: str) -> None:
    assert archived_address(url) == expected
