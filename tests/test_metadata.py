"""Page metadata read from structured data, on small pages written here."""

from __future__ import annotations

import json

import pytest

from pipelines.bylinemarkup import labelled_bylines, printed_bylines
from pipelines.headline import headline_element
from pipelines.htmltree import parse
from pipelines.metadata import read_page_meta


def page(head: str, body: str = "<h1>Visible headline</h1>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_rdfas_creation_date_dates_a_page_without_a_time_element() -> None:
    created = (
        '<h1>Story</h1><div property="dc:date dc:created" content="2022-11-08T10:47:56-04:00"'
        ' datatype="xsd:dateTime">Written by Rebecca Drew</div>'
    )
    assert read_page_meta(parse(page("", created))).published == "2022-11-08T10:47:56-04:00"
    # A <time> element's comes first (its time of day where the RDFa gives the day only).
    timed = created.replace("</div>", '</div><time datetime="2022-11-08T16:47:56+02:00">8 Nov</time>')
    assert read_page_meta(parse(page("", timed))).published == "2022-11-08T16:47:56+02:00"


def test_json_ld_values_are_html_unescaped() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Mexico to fight &#8216;illogical&#8217; tariffs &amp; &quot;quotas&quot;", '
        '"author": {"@type": "Person", "name": "Ana&#239;s Dupont"}}</script>'
    )
    meta = read_page_meta(parse(html))
    assert meta.headline == 'Mexico to fight ‘illogical’ tariffs & "quotas"'
    assert meta.authors == ["Anaïs Dupont"]


def test_json_ld_values_escaped_twice_are_decoded_whole() -> None:
    html = page(
        '<script type="application/ld+json">'
        '{"@type": "Article", "headline": "And finally&amp;#8230; trouble brewing"}</script>'
    )
    assert read_page_meta(parse(html)).headline == "And finally… trouble brewing"


def _yoast_page(page_type: str, about: str, head: str = "") -> str:
    graph = {
        "@graph": [
            {"@type": "WebSite", "@id": "https://x.com/#website", "url": "https://x.com/"},
            {
                "@type": page_type,
                "@id": about,
                "url": about,
                "datePublished": "2021-01-27T06:00:00+00:00",
                "dateModified": "2021-04-15T00:07:20+00:00",
            },
        ]
    }
    return page(
        '<link rel="canonical" href="https://x.com/home/networks/">'
        f'<script type="application/ld+json">{json.dumps(graph)}</script>{head}'
    )


def test_a_page_without_an_article_object_is_dated_by_its_web_page_object() -> None:
    meta = read_page_meta(parse(_yoast_page("WebPage", "https://x.com/home/networks/")))
    assert (meta.published, meta.modified) == ("2021-01-27T06:00:00+00:00", "2021-04-15T00:07:20+00:00")
    # Its meta tags say more of the story than a description of it as a page.
    tagged = _yoast_page(
        "WebPage",
        "https://x.com/home/networks/",
        '<meta property="article:published_time" content="2021-01-28T09:00:00+01:00">',
    )
    assert read_page_meta(parse(tagged)).published == "2021-01-28T09:00:00+01:00"
    # Not a collection (a section front), nor a web page object about another address.
    assert read_page_meta(parse(_yoast_page("CollectionPage", "https://x.com/home/networks/"))).published is None
    assert read_page_meta(parse(_yoast_page("WebPage", "https://x.com/other/"))).published is None


def test_a_page_without_an_article_object_is_credited_by_its_web_page_objects_writer() -> None:
    # Yoast's post described as a WebPage, its writer a Person of the graph; the theme's author tag credits
    # the site's designers. A theme's canonical link to the home page before the page's own is no address.
    graph = {
        "@graph": [
            {"@type": "WebSite", "@id": "https://x.com/#website", "name": "Piratenpartei"},
            {
                "@type": "WebPage",
                "@id": "https://x.com/volksbegehren/#webpage",
                "url": "https://x.com/volksbegehren/",
                "author": {"@id": "https://x.com/#/schema/person/400e"},
            },
            {"@type": ["Person"], "@id": "https://x.com/#/schema/person/400e", "name": "Harald Bauer"},
        ]
    }
    html = page(
        '<link rel="canonical" href="https://x.com"><link rel="canonical" href="https://x.com/volksbegehren/">'
        '<meta name="author" content="Peter Amende und Fuchsy designed">'
        f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    )
    assert read_page_meta(parse(html)).authors == ["Harald Bauer"]
    # Not the writer of a web page object about another address.
    other = html.replace('href="https://x.com/volksbegehren/"', 'href="https://x.com/other/"')
    assert read_page_meta(parse(other)).authors == ["Peter Amende und Fuchsy designed"]


def test_an_unrendered_template_expression_is_no_value() -> None:
    html = (
        '<html><head><meta property="og:description" content="{{ seomatic.helper.extractTextFromField(entry) }}">'
        '<meta name="description" content="FACC profitiert vom Aufschwung der Luftfahrt."></head>'
        "<body><h1>Luftfahrt hebt ab</h1></body></html>"
    )
    assert read_page_meta(parse(html)).description == "FACC profitiert vom Aufschwung der Luftfahrt."


@pytest.mark.parametrize(
    ("site_name", "og_title", "expected"),
    [
        ("https://www.fr.de", "Kim Jong Un ist zurück", "fr.de"),  # an address: its host
        ("Cup-Vorschau: Beim BSV Stans freut man sich auf viele Fans", None, None),  # the headline again
        ("ICON Magazine", "ICON Magazine", "ICON Magazine"),  # a short name is the site's, also as og:title
    ],
)
def test_og_site_name_is_a_name(site_name: str, og_title: str | None, expected: str | None) -> None:
    title = og_title or site_name
    html = (
        f'<html><head><meta property="og:site_name" content="{site_name}">'
        f'<meta property="og:title" content="{title}"></head><body><h1>{title}</h1></body></html>'
    )
    assert read_page_meta(parse(html)).site_name == expected


def test_graph_headline_and_og_title_are_kept_apart() -> None:
    html = page(
        '<meta property="og:title" content="Social headline">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Site"},'
        ' {"@type": "ReportageNewsArticle", "headline": "Structured headline", "datePublished": "2024-05-02"}]}'
        "</script>"
    )
    meta = read_page_meta(parse(html))
    assert meta.headline == "Structured headline"
    assert meta.og_title == "Social headline"
    assert meta.published == "2024-05-02"


@pytest.mark.parametrize(
    ("name", "headline", "h1", "expected"),
    [
        # Wikipedia: the headline is the Wikidata description; the name is the article's title, its <h1>.
        ("Hermitian matrix", "matrix equal to its conjugate-transpose", "Hermitian matrix", "Hermitian matrix"),
        # A shorter headline for search results; readers see the name.
        ("A woman who lost 130 pounds shares 7 changes", "Woman who lost 130lb: 7 changes",
         "A woman who lost 130 pounds shares 7 changes", "A woman who lost 130 pounds shares 7 changes"),
        # The name is the site's (its banner as the <h1>), or not what the <h1> shows: the headline stays.
        ("Rolling Stone", "Donna Kelce calls it her best work", "Rolling Stone", "Donna Kelce calls it her best work"),
        ("Kim talks", "Kim is back", "Kim is back, Trump is glad", "Kim is back"),
    ],
)  # fmt: skip
def test_the_json_ld_name_that_the_h1_shows_wins_over_another_headline(
    name: str, headline: str, h1: str, expected: str
) -> None:
    story = {"@type": "Article", "name": name, "headline": headline, "publisher": {"name": "Rolling Stone"}}
    html = page(f'<script type="application/ld+json">{json.dumps(story)}</script>', f"<h1>{h1}</h1>")
    assert read_page_meta(parse(html)).headline == expected


def ld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{o}</script>' for o in objects)


def test_other_stories_the_page_lists_give_none_of_their_values() -> None:
    story = '{"@type": "NewsArticle", "headline": "Harbour vote", "mainEntityOfPage": "/harbour-vote"}'
    other = (
        '{"@type": "NewsArticle", "headline": "Ferries stop", "mainEntityOfPage": "/ferries",'
        ' "datePublished": "2023-10-13", "author": {"@type": "Person", "name": "Glory Sponsor"}, "description": "Ad"}'
    )
    meta = read_page_meta(parse(page(ld(story, other))))
    assert (meta.headline, meta.published, meta.authors, meta.description) == ("Harbour vote", None, [], None)
    # Listed first, the other story still yields to the one the canonical link names.
    head = '<link rel="canonical" href="https://news.example/harbour-vote/">' + ld(other, story)
    meta = read_page_meta(parse(page(head)))
    assert (meta.headline, meta.published, meta.authors) == ("Harbour vote", None, [])
    # A second object about the same page (its own headline) or with the same headline adds what the first lacks.
    same_page = '{"@type": "Article", "headline": "SEO headline", "url": "http://x.org/harbour-vote#article",'
    first = '{"@type": "NewsArticle", "headline": "Harbour vote", "url": "https://x.org/harbour-vote/"}'
    meta = read_page_meta(parse(page(ld(first, same_page + ' "datePublished": "2024-05-02"}'))))
    assert (meta.headline, meta.published) == ("Harbour vote", "2024-05-02")
    same_headline = '{"@type": "Article", "headline": "Harbour  vote", "author": "Jane Doe"}'
    assert read_page_meta(parse(page(ld(first, same_headline)))).authors == ["Jane Doe"]


def test_references_in_a_graph_are_read_from_the_objects_they_name() -> None:
    graph = {
        "@graph": [
            {"@type": "Article", "@id": "https://x.org/a/#article", "headline": "Harbour vote",
             "author": {"@id": "https://x.org/#/schema/person/1"}, "publisher": {"@id": "https://x.org/#org"},
             "image": {"@id": "https://x.org/a/#primaryimage"}},
            {"@type": "ImageObject", "@id": "https://x.org/a/#primaryimage", "url": "https://x.org/up/harbour.jpg"},
            {"@type": "Person", "@id": "https://x.org/#/schema/person/1", "name": "Jane Doe"},
            {"@type": "Organization", "@id": "https://x.org/#org", "name": "Harbour Gazette"},
        ]
    }  # fmt: skip
    meta = read_page_meta(parse(page(ld(json.dumps(graph)))))
    assert (meta.image, meta.authors, meta.publisher) == (
        "https://x.org/up/harbour.jpg",
        ["Jane Doe"],
        "Harbour Gazette",
    )
    # A reference to nothing on the page is no picture: og:image is.
    graph["@graph"] = graph["@graph"][:1]
    meta = read_page_meta(
        parse(page('<meta property="og:image" content="https://x.org/og.jpg">' + ld(json.dumps(graph))))
    )
    assert (meta.image, meta.authors, meta.publisher) == ("https://x.org/og.jpg", [], None)
    # A blog run by a person: the person is the author, and no site name to drop from the bylines.
    blogger = {"@type": ["Person", "Organization"], "@id": "https://x.org/#/schema/person/1", "name": "Andreas Kalt"}
    graph["@graph"] = [{**graph["@graph"][0], "publisher": {"@id": blogger["@id"]}}, blogger]
    meta = read_page_meta(parse(page(ld(json.dumps(graph)))))
    assert (meta.authors, meta.publisher) == (["Andreas Kalt"], None)


def test_a_caption_given_as_the_image_leaves_og_image() -> None:
    story = '{"@type": "NewsArticle", "headline": "Harbour vote", "image": {"name": "Fleet parked at the taxiway"}}'
    head = '<meta property="og:image" content="/up/harbour.jpg">' + ld(story.replace('"name"', '"url"'))
    assert read_page_meta(parse(page(head))).image == "/up/harbour.jpg"


def test_the_h1_is_its_shown_text_without_inline_styles_and_scripts() -> None:
    body = "<h1><style>.css-umyvef{font-size:16px}</style>Kicker: <span>Head</span>line<script>var x</script></h1>"
    assert read_page_meta(parse(page("", body))).h1 == "Kicker: Headline"


def test_malformed_json_ld_is_skipped_and_meta_tags_still_read() -> None:
    html = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="article:published_time" content="2024-05-02T10:00:00+02:00">'
        '<meta name="author" content="Jane Doe">'
    )
    meta = read_page_meta(parse(html))
    assert meta.headline is None
    assert meta.published == "2024-05-02T10:00:00+02:00"
    assert meta.authors == ["Jane Doe"]


def test_named_meta_tags_win_over_microdata_of_cited_items() -> None:
    citations = "".join(
        f'<li itemscope itemtype="https://schema.org/ScholarlyArticle"><meta itemprop="author" content="{name}">'
        f'<meta itemprop="datePublished" content="1988"></li>'
        for name in ("A. Grosso", "B. Pinto")
    )
    html = page('<meta name="dc.creator" content="Marwan Adwan">', f"<h1>Review</h1><ol>{citations}</ol>")
    meta = read_page_meta(parse(html))
    assert meta.authors == ["Marwan Adwan"]
    # Microdata alone still counts: it is then the page's only statement.
    meta = read_page_meta(parse(page("", '<h1>Story</h1><meta itemprop="author" content="Jane Doe">')))
    assert meta.authors == ["Jane Doe"]


def test_cxenses_author_tag_names_the_author() -> None:
    # Publishers on cXense tag the writer for it; the byline markup on the page may be another story's card.
    html = page(
        '<meta property="cXenseParse:author" content="Lisa Petrich" />',
        '<h1>Story</h1><ul><li><a href="/other"><span class="media-box__article__autor">Von Clara Müller</span></a>'
        "</li></ul>",
    )
    assert read_page_meta(parse(html)).authors == ["Lisa Petrich"]


def test_the_twitter_cards_labelled_author_field_names_the_author() -> None:
    # A WordPress SEO plugin: the JSON-LD names the author only by an @id it never defines.
    graph = '{"@graph": [{"@type": "Article", "headline": "Ein wenig lost", "author": {"@id": "/author/k/#author"}}]}'
    card = (
        '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">'
        '<meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">'
    )
    meta = read_page_meta(parse(page(f'<script type="application/ld+json">{graph}</script>{card}')))
    assert meta.authors == ["Karoline Herr"]
    # Another labelled field (a reading time) is no author, nor is a card field without a label.
    reading = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'
    assert read_page_meta(parse(page(reading))).authors == []
    assert read_page_meta(parse(page('<meta name="twitter:data1" content="Karoline Herr">'))).authors == []
    # The author meta tag, where there is one, comes first.
    named = '<meta name="author" content="Jane Doe">'
    assert read_page_meta(parse(page(named + card))).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "<h1>Story</h1>"
            '<p class="article__author">Von Seb Dumitru, Lille</p>'
            '<p>von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p>'
            '<aside><span class="author">Someone Else</span></aside>'
            '<ol class="comment-list"><li><span class="comment-author">A Commenter</span></li></ol>'
            '<div class="related"><span class="byline">Another Writer</span></div>',
            ["Von Seb Dumitru, Lille", "Dr. Max Kolter"],
            id="document-order-without-comments-and-related-stories",
        ),
        pytest.param(
            "<h1>Daten von Rheinmetall gehackt</h1>"
            '<div class="bildautor">Bild: SN/APA/KEYSTONE/CYRIL ZINGARO</div>'
            '<p class="autorenzeile small">Von Volkmar Kabisch und Jan Lukas Strozyk, NDR</p>'
            '<span class="auteur">Didier Roy</span>',
            ["Von Volkmar Kabisch und Jan Lukas Strozyk, NDR", "Didier Roy"],
            id="other-languages-classes-but-not-picture-credits",
        ),
        pytest.param(
            "<h1>Office 365</h1>"
            '<div class="meta">Posted in Datenschutz by damianduchamps on August 3, 2019</div>'
            '<p class="poster">Erstellt von kidogo</p>'
            '<span class="entry-meta">by Jean-Pierre Dupont - 3 comments</span>'
            '<ol class="commentlist"><li><div class="comment-meta">Posted by A Commenter at 12:53</div></li></ol>'
            '<div class="post-meta">Share this post</div>',
            ["damianduchamps", "kidogo", "Jean-Pierre Dupont"],
            id="names-after-by-in-a-post-meta-line-when-no-byline-is-marked",
        ),
        pytest.param(
            '<h1>Eintracht</h1><span class="itemPoster">Geschrieben von <a href="/u/6">Cooper</a></span>'
            '<span class="itemPostDate">am 25.08.2015 22:30</span>',
            ["Cooper"],
            id="meta-and-poster-classes-in-any-case",
        ),
        pytest.param(
            '<h1>Story</h1><span class="author">Jane Doe</span><div class="meta">Posted by Someone Else</div>',
            ["Jane Doe"],
            id="a-marked-byline-wins-over-the-meta-line",
        ),
        pytest.param(
            "<h1>Börse</h1><p>Quelle: dpa-AFX</p><byline>Von David Hutzler, dpa</byline><p>Niedrige Zinsen</p>",
            ["Von David Hutzler, dpa"],
            id="an-nitf-byline-element",
        ),
        pytest.param(
            '<h1>Story</h1><div class="article_details_author_container">'
            '<a href="/news/category/29/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/ar"><span>منوعات</span></a></div>'
            '<div class="author-box"><a href="/tag/harbour">Harbour</a> <a href="/author/jane-doe">Jane Doe</a></div>',
            ["Harbour Jane Doe", "Jane Doe"],
            id="an-author-container-holding-only-the-section-link-is-no-byline",
        ),
        pytest.param(
            '<h1>Story</h1><div class="author"><a href="/actualidad/internacional">'
            '<span class="assigned-section">Internacional</span></a></div>'
            '<div class="author-container"><a href="/autor/ap"><strong>Jane Doe</strong></a></div>',
            ["Jane Doe"],
            id="an-author-container-holding-only-an-element-named-for-the-section-is-no-byline",
        ),
        pytest.param(
            '<h1>Story</h1><figure><img src="/a.jpg"><div class="author">Jenny Smith</div></figure>'
            '<div class="quote"><p>My quote here</p><p class="quote-author"><span>—</span> Jenny Smith</p></div>'
            '<blockquote><p>Our work is the commons.</p><a href="/author/ryan/">Ryan Merkley, CEO</a></blockquote>'
            '<p class="byline">Von Jane Doe</p>',
            ["Von Jane Doe"],
            id="a-pictures-credit-and-a-quotations-source-are-no-byline",
        ),
        pytest.param(
            '<h1>Story</h1><p class="text__byline">Redaktion: Roman Warschauer und <a href="/r/ms">Marcel Sommer</a>'
            "<br/><br/>Sendung: hr-INFO</p>",
            ["Redaktion: Roman Warschauer und Marcel Sommer Sendung: hr-INFO"],
            id="a-line-break-parts-words",
        ),
        pytest.param(
            '<ul class="nav"><li class="dropdown menu-dropdown"><a href="/author-dashboard">Write</a></li></ul>'
            '<h1>Story</h1><p class="byline">By <a href="/authors/sleyca">Sleyca</a></p>',
            ["By Sleyca", "Sleyca"],
            id="a-menus-link-to-the-authors-dashboard-is-no-byline",
        ),
        pytest.param(
            '<ul class="nav-tabs"><li><ul class="nav-sub-links"><li><a href="/blogs/author/andy-serwer/">Andy Serwer'
            '</a></li></ul></li></ul><h1>Story</h1><div class="author"><a href="/author/ben">Ben Silverman</a></div>'
            '<div class="YDC-MainCanvas"><p class="byline">By Ben Silverman</p></div>',
            ["Ben Silverman", "By Ben Silverman"],
            id="a-navigation-bars-columnist-is-no-byline",
        ),
        pytest.param(
            '<h1>Story</h1><p class="css-4anu6l"><span class="byline-prefix">By </span><span itemprop="name">'
            '<a href="/by/marc-santora">Marc Santora</a>, </span><span itemprop="name"><a href="/by/al-baker">'
            'Al Baker</a></span> and <span class="last-byline" itemprop="name"><a href="/by/adam-goldman">'
            "Adam Goldman</a></span></p>",
            ["By Marc Santora, Al Baker and Adam Goldman", "Adam Goldman"],
            id="a-bylines-label-alone-is-read-with-the-names-after-it",
        ),
        pytest.param(
            '<h1>Story</h1><div itemprop="author" itemscope itemtype="http://schema.org/Organization">'
            '<div itemprop="name">Sputnik</div><div itemprop="logo"><div itemprop="url">https://cdn.example/logo.png'
            '</div></div></div><p class="byline">Von Jane Doe</p>',
            ["Von Jane Doe"],
            id="microdatas-organisation-as-author-is-no-byline",
        ),
        pytest.param(
            '<div class="heading"><h1>Story</h1></div><div class="content-main-sidebar"><div class="byline">By'
            " <address>Heather Leah</address>, Gazette producer</div><p>The story.</p></div>",
            ["By Heather Leah, Gazette producer"],
            id="a-layout-of-content-and-sidebar-is-no-sidebar",
        ),
        pytest.param(
            '<h1>Story</h1><div class="article-byline"><strong>Written by</strong><br><a href="/authors/adrien-r">'
            "Adrien Ramirez</a>, 4+ years covering computer hardware, software, and science, reviews and more<br>"
            '<a href="/authors/joanna-n">Joanna Nelius</a>, senior editor with 5+ years testing laptops.</div>',
            ["Adrien Ramirez, Joanna Nelius"],
            id="co-authors-links-in-one-byline-box-are-one-byline",
        ),
        pytest.param(
            '<div class="main-sidebar"><div class="byline">By Jane Doe</div></div><h1>Story</h1>',
            [],
            id="a-main-sidebar-is-a-sidebar",
        ),
        pytest.param(
            '<div class="widget Blog"><h3 class="post-title">Story</h3><div class="post-body">'
            '<span class="byline-author">Posted by Jane Doe</span><p>The story.</p></div></div>'
            '<div class="widget HTML"><span class="byline-author">Posted by Someone Else</span></div>',
            ["Posted by Jane Doe"],
            id="bloggers-post-widget-is-no-sidebar-its-other-widgets-are",
        ),
    ],
)
def test_printed_bylines(body: str, expected: list[str]) -> None:
    assert printed_bylines(parse(page("", body))) == expected


def test_a_credit_line_ends_before_its_dates_month() -> None:
    body = (
        '<h1>Story</h1><p class="meta"><span>By <a href="/p/sofia">Sofia Gonzalez</a></span>'
        " <span>December 2, 2025</span></p>"
    )
    assert printed_bylines(parse(page("", body))) == ["Sofia Gonzalez"]


def test_scholarly_citation_authors_are_read_first_name_first() -> None:
    head = (
        '<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Kaufman, Jeff T.">'
    )
    assert read_page_meta(parse(page(head))).authors == ["Aniruddha Roy", "Jeff T. Kaufman"]
    # A page's own author tag comes first.
    head += '<meta name="author" content="Jeff Kaufman">'
    assert read_page_meta(parse(page(head))).authors == ["Jeff Kaufman"]


def test_printed_bylines_ignore_the_classes_that_describe_the_page_layout() -> None:
    # WordPress names the template and layout in the <body>'s classes, and
    # themes wrap the whole page in "one-sidebar": the byline is still the post's.
    byline = '<span class="author vcard"><a href="/author/marc/" rel="author">marc</a></span>'
    html = (
        '<html><body class="single-post two-column content-sidebar"><div class="one-sidebar">'
        f"<article><h1>Barcamp Graz</h1><p>by {byline}</p><p>Text.</p></article>"
        '<div class="sidebar"><span class="author">Widget Writer</span></div></div></body></html>'
    )
    assert printed_bylines(parse(html)) == ["marc"]


def test_the_storys_own_footer_holds_its_byline_the_sites_does_not() -> None:
    # Twenty Fifteen's <footer class="entry-footer">, with hidden labels before each field, and a
    # box named for the article's footer: the story's. The site's <footer> and "site-footer" are not.
    entry = (
        '<footer class="entry-footer"><span class="byline"><span class="author vcard">'
        '<span class="screen-reader-text">Author </span><a class="url fn n" href="/author/dl/">Daniel Lemire</a>'
        '</span></span><span class="cat-links"><span class="screen-reader-text">Categories </span>'
        '<a href="/category/software/">Software</a></span></footer>'
    )
    box = '<div class="article-footer-box"><p><strong>Autoren</strong><br/><span>Joachim Hamberger</span></p></div>'
    site = (
        '<footer><span class="author">Site Owner</span></footer><div class="site-footer"><p>Autor: Web Team</p></div>'
    )
    tree = parse(f"<html><body><article><h1>Holzhandel</h1><p>Text.</p>{entry}{box}</article>{site}</body></html>")
    assert printed_bylines(tree) == ["Author Daniel Lemire", "Daniel Lemire"]
    assert labelled_bylines(tree) == ["Daniel Lemire", "Joachim Hamberger"]


def test_printed_bylines_read_no_class_of_the_containers_that_hold_the_headline() -> None:
    # Twenty Twenty's header is a "header-footer-group"; a post's categories
    # become classes of its <article> ("category-no-newsletter-rss"). Below the
    # headline's containers, a comment and a sidebar's teaser still do not count.
    html = (
        '<html><body><main class="with-sidebar"><article class="post category-no-newsletter-rss">'
        '<header class="entry-header header-footer-group"><h1>Zitronenkuchen vom Blech</h1>'
        '<span class="author">von Kathrin</span></header><p>Text.</p>'
        '<ol class="comment-list"><li><span class="comment-author">Franzi</span></li></ol></article>'
        '<div class="sidebar"><div class="teaser-box author">Johanna Kropfitsch Alle Artikel</div></div>'
        "</main></body></html>"
    )
    assert printed_bylines(parse(html)) == ["von Kathrin"]


def test_a_breadcrumb_h1_that_leads_in_to_the_headline_is_not_it() -> None:
    body = (
        '<h1><a href="../">Erik Demaine</a>\'s <a href="../folding/">Folding and Unfolding</a>:</h1>'
        "<h1>The Fold-and-Cut Problem</h1><p>What shapes can result from folding and one cut?</p>"
    )
    assert read_page_meta(parse(page("", body))).h1 == "The Fold-and-Cut Problem"
    # A headline that ends with a colon, in its own words, stays; so does a lone <h1>.
    body = "<h1>Three things to know:</h1><h1>Related stories</h1>"
    assert read_page_meta(parse(page("", body))).h1 == "Three things to know:"
    assert headline_element(parse(page("", '<h1><a href="/a">Section</a>:</h1>'))) is not None


def test_an_h1_line_broken_between_inline_elements_is_two_words() -> None:
    body = '<h1><a href="/"><span>Remote</span><br><span>Full Stack Programming Jobs</span></a></h1>'
    assert read_page_meta(parse(page("", body))).h1 == "Remote Full Stack Programming Jobs"
    # Inline elements side by side are one word.
    assert read_page_meta(parse(page("", "<h1><b>Head</b><i>line</i></h1>"))).h1 == "Headline"


def test_a_meta_lines_list_of_author_links_is_one_byline_and_a_later_credit_is_not() -> None:
    names = (
        '<p class="meta">By <a href="/autor/yaima/">Yaima Puig Meneses</a>, <a href="/autor/alina/">Alina Perera'
        ' Robbio</a> y <a href="/autor/rene/">René Tamayo</a></p>'
    )
    tree = parse(page("", f"<article><h1>Sesiona el Consejo</h1>{names}<p>Texto.</p></article>"))
    assert printed_bylines(tree)[0] == "Yaima Puig Meneses, Alina Perera Robbio, René Tamayo"
    credit = (
        '<div>By <a href="/author/2280/">Matthew Frankel</a> – Updated Mar 5, 2026 | Fact-checked by'
        ' <a href="/author/20449/">Frank Bass</a></div>'
    )
    tree = parse(page("", f"<article><h1>Index funds</h1>{credit}<p>Text.</p></article>"))
    assert printed_bylines(tree)[0] == "Matthew Frankel"
