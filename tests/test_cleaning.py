from __future__ import annotations

import re

import pytest

from pipelines.authors import clean_authors, is_byline
from pipelines.cleaning import boilerplate_keys, clean_paragraphs
from pipelines.sitenames import host_label, is_site_name, slug_words, strip_site_name
from pipelines.text import plain_text
from pipelines.titles import best_title

BOILERPLATE = boilerplate_keys(["Source link", "Facebook Comments Box", "Share this:"])


def test_strip_site_name_suffix_in_another_script() -> None:
    title = "هناك دائمًا فرصة للاتفاق على ضمانات أمنية – RT EN"
    assert strip_site_name(title, []) == "هناك دائمًا فرصة للاتفاق على ضمانات أمنية"


def test_strip_site_name_drops_a_byline_set_after_the_headline() -> None:
    title = "Life Is A Highway - By Lorraine Weightman - Consett Magazine"
    assert strip_site_name(title, ["Consett Magazine"]) == "Life Is A Highway"
    assert strip_site_name("Life Is A Highway – By Lorraine Weightman", []) == "Life Is A Highway"
    # Not a headline's own words: a sentence after "by".
    assert strip_site_name("Stand by Me - by the river tonight", []) == "Stand by Me - by the river tonight"


def test_strip_site_name_drops_the_sites_name_in_brackets() -> None:
    assert strip_site_name("LWN.net Weekly Edition for March 26, 2015 [LWN.net]", [], "lwn") == (
        "LWN.net Weekly Edition for March 26, 2015"
    )
    title = "Conversations with a Cryptid - Chapter 1 [Archive of Our Own]"
    assert strip_site_name(title, [], "archiveofourown") == "Conversations with a Cryptid - Chapter 1"
    # Brackets that are the headline's own.
    assert (
        strip_site_name("Council votes on the harbour [updated]", [], "news")
        == "Council votes on the harbour [updated]"
    )


def test_strip_site_name_knows_the_name_the_sites_address_abbreviates() -> None:
    title = "Wettstreit der Scheinlösungen - Preußische Allgemeine Zeitung"
    assert strip_site_name(title, ["paz.de"], "paz") == "Wettstreit der Scheinlösungen"
    # Three letters at least, and a word for each: not a headline's last words on a two-letter host.
    assert strip_site_name("Harbour council votes - Kurier Online", [], "ko") == "Harbour council votes - Kurier Online"
    assert strip_site_name("Harbour talks - New Zealand Herald", [], "nz") == "Harbour talks - New Zealand Herald"


def test_strip_site_name_drops_the_sites_edition_but_not_a_headline_that_starts_with_its_name() -> None:
    assert (
        strip_site_name("대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다", ["대전일보"])
        == "코로나19 극복 성금 기탁 줄 잇는다"
    )
    assert strip_site_name("Harbour council votes | Kurier Online", ["Kurier"]) == "Harbour council votes"
    # Japanese titles set the site's name after a full-width colon; the site names itself with its edition.
    assert (
        strip_site_name("習氏に挑むトランプ戦術の成否 ：日本経済新聞", ["日本経済新聞 電子版"])
        == "習氏に挑むトランプ戦術の成否"
    )
    assert strip_site_name("速報：東京で震度4の地震", ["日本経済新聞 電子版"]) == "速報：東京で震度4の地震"
    # A Chinese site's sections between the headline and its name go with the name; not without the name.
    title = "索尼、鎧俠業績遭波及 已向美申請供貨華為 | 兩岸焦點 | 兩岸 | 經濟日報"
    assert strip_site_name(title, ["經濟日報"]) == "索尼、鎧俠業績遭波及 已向美申請供貨華為"
    assert strip_site_name(title, []) == title
    # A site that calls itself "Welpen": "Welpen kaufen" is the headline's start, not an edition.
    title = "Welpen kaufen – Tipps zu jeder Hunderasse"
    assert strip_site_name(title, ["Welpen"]) == title


def test_an_og_title_of_the_sites_name_and_slogan_gives_way_to_the_headline() -> None:
    site = "noticia al dia | Noticias de Maracaibo y Sucesos del Zulia las 24 horas al dia en Venezuela"
    h1 = "LVL: «Esta pandemia le ha permitido a Maduro rescatar la imagen del control territorial»"
    assert best_title(None, h1, site, None, ["noticia al dia"], site) == h1
    # The site's name first, then the headline: that is the story's title.
    story = "Harbour Gazette | Council approves the harbour budget after a long night"
    headline = "Council approves the harbour budget after a long night"
    assert best_title(None, headline, story, None, ["Harbour Gazette"], story) == headline


def test_strip_site_name_drops_the_day_before_the_headline() -> None:
    assert strip_site_name("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", []) == (
        "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln"
    )
    # The headline's last segment stays when the day goes first.
    assert strip_site_name("2022-01-23 | Headline here", []) == "Headline here"


def test_strip_site_name_drops_a_known_name_with_its_slogans_and_a_name_holding_a_separator() -> None:
    title = (
        "Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall | Gegründet 2005"
    )
    assert strip_site_name(title, ["Krimiblog-Archiv"]) == "Das vermutlich schwulste Musikvideo der Welt"
    title = "deutsche zocker schinken e.V. - Neuigkeiten » Die Events der letzten Zeit"
    assert strip_site_name(title, ["deutsche zocker schinken e.V. - Neuigkeiten"]) == "Die Events der letzten Zeit"
    # The host's name as a middle segment, then a slogan.
    assert strip_site_name("der Schreibstil - chadim.net - Webdesign", [], "chadim") == "der Schreibstil"
    # A spaced colon in a headline is no separator unless the site's name follows it.
    assert strip_site_name("Covid : le gouvernement annonce un plan | Le Site", ["Le Site"]) == (
        "Covid : le gouvernement annonce un plan"
    )


def test_strip_site_name_known_names_on_both_ends() -> None:
    assert strip_site_name("Headline of the day | The Example Tribune", ["The Example Tribune"]) == (
        "Headline of the day"
    )
    assert strip_site_name("Tribune - Headline of the day", ["Tribune"]) == "Headline of the day"


def test_strip_site_name_keeps_a_dash_that_belongs_to_the_headline() -> None:
    title = "Brexit - what the new deal means for farmers"
    assert strip_site_name(title, ["Daily Paper"]) == title


def test_best_title_prefers_structured_headline_then_confirmed_h1() -> None:
    assert best_title("From JSON-LD", "H1 text", "H1 text | Site", None, ["Site"]) == "From JSON-LD"
    assert best_title(None, "H1 text here", "H1 text here | Site", None, ["Site"]) == "H1 text here"
    assert best_title(None, None, "Only a title - Site", None, ["Site"]) == "Only a title"
    assert best_title(None, None, None, None, []) is None


def test_an_interviews_byline_names_both_and_a_role_in_parentheses_goes() -> None:
    assert clean_authors(["Richard David Precht im Gespräch mit Karin Fischer"], []) == [
        "Richard David Precht",
        "Karin Fischer",
    ]
    assert clean_authors(["Eberhard Fuhr (Pressesprecher des EJW)", "Elena Oberholzer (obe)"], []) == [
        "Eberhard Fuhr",
        "Elena Oberholzer",
    ]


def test_an_address_printed_as_a_byline_gives_no_author() -> None:
    url = "https://www.kirche-und-leben.de/artikel/x"
    assert clean_authors(["Kirche und Leben, Münster, Germany"], ["kirche-und-leben.de"], url) == []
    assert clean_authors(["Sebastian Held, Daniel Hentschel ebrosia, Germany"], ["ebrosia"]) == [
        "Sebastian Held",
        "Daniel Hentschel",
    ]
    assert clean_authors(["publisher", "User", "anónimo", "Zvg", "Cortesía", "Ryan Merkley, CEO"], []) == [
        "Ryan Merkley"
    ]


def test_the_city_a_reporter_files_from_is_no_author() -> None:
    assert clean_authors(["Von Markus Balser, Berlin"], []) == ["Markus Balser"]
    assert clean_authors(["Markus M. Haefliger, London, Beat Bumbacher"], []) == [
        "Markus M. Haefliger",
        "Beat Bumbacher",
    ]
    # An Arabic byline's city after a dash ("... - Cairo").
    assert clean_authors(["حسام أبو العلا - القاهرة", "كتب: محمد علي – بيروت"], []) == ["حسام أبو العلا", "محمد علي"]
    # A one-word name first, after another one-word name or after "and", is a name.
    assert clean_authors(["Tiberius, Cortyn"], []) == ["Tiberius", "Cortyn"]
    assert clean_authors(["Jane Doe and Cortyn"], []) == ["Jane Doe", "Cortyn"]


def test_the_sites_name_after_an_authors_goes() -> None:
    assert clean_authors(["By Adam Aaronson PhillyVoice Staff"], ["PhillyVoice"]) == ["Adam Aaronson"]
    # A one-word desk code before the site's name is no name of its own: the byline stays as it is.
    assert clean_authors(["GESE - La Estrella de Panamá"], ["La Estrella de Panamá"]) == [
        "GESE - La Estrella de Panamá"
    ]
    # The host's name, when the page gives no site name: written in capitals, as a site writes its name, not a surname.
    cnn = "http://www.cnn.com/2009/POLITICS/09/18/afghan.outposts/index.html"
    assert clean_authors(["Ed Hornick CNN"], [], cnn) == ["Ed Hornick"]
    assert clean_authors(["Ed Hornick CNN"], [], "https://news.example/a") == ["Ed Hornick CNN"]
    assert "Mary Anne" not in clean_authors(["Mary Anne Hale"], [], "https://www.hale.co.uk/column")


def test_an_acronym_that_starts_the_sites_name_is_the_site() -> None:
    assert clean_authors(["LBCI"], ["LBCIV7", "LBCI Lebanon"]) == []
    assert clean_authors(["WILD und HUND aktiv"], ["WILD UND HUND"]) == []
    # Not a name in capitals, nor an acronym the site's name does not start with.
    assert clean_authors(["JANE DOE", "TKS"], ["Jane Doe's Harbour Blog", "TK News"]) == ["JANE DOE", "TKS"]
    assert clean_authors(["LBCI"], ["Lebanon LBCI"]) == ["LBCI"]


def test_a_degree_after_a_name_is_no_author() -> None:
    assert clean_authors(["Grant Tinsley, PhD"], []) == ["Grant Tinsley"]
    assert clean_authors(["Rachael Link, MS, RD"], []) == ["Rachael Link"]
    # A fellowship's or a board's letters after the degrees too.
    assert clean_authors(["Doris Munoz-Mantilla, MD, FOMA, DABOM"], []) == ["Doris Munoz-Mantilla"]
    # Alone, the same letters are a person's initials; not after a name given as its own entry, nor with a mark.
    assert clean_authors(["LD"], []) == ["LD"]
    assert clean_authors(["Paul Deer", "CFP®"], []) == ["Paul Deer"]
    assert clean_authors(["Rebecca Lake, CEPF®"], []) == ["Rebecca Lake"]
    assert clean_authors(["Grant Tinsley", "PhD"], []) == ["Grant Tinsley"]


def test_an_institution_or_an_admin_login_is_no_author() -> None:
    assert clean_authors(["Hanns-Seidel-Stiftung", "Deutscher Caritasverband", "wordpressadmin"], []) == []
    # A party and its secretariat.
    assert clean_authors(["Sekretariat Partei Mensch Umwelt Tierschutz", "Piratenpartei"], []) == []
    # The whole name goes, not its tail after an "und".
    assert clean_authors(["Bundesministerium für Wirtschaft und Klimaschutz"], []) == []
    # Nor what trafilatura keeps of a center's name, split at its "for" and "and".
    assert clean_authors(["Center for Drug Evaluation and Research", "Center; Research"], []) == []
    assert clean_authors(["Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF"], []) == []
    assert clean_authors(["Anna Stiftinger und Bernd Verbandt"], []) == ["Anna Stiftinger", "Bernd Verbandt"]


def test_what_a_credit_is_for_goes_and_a_picture_credit_is_no_author() -> None:
    raw = ["Article by", "Un documentaire de Kristen Falchon", "Eine Kolumne von Nils Pickert", "Story by: Ana Ruiz"]
    assert clean_authors(raw, []) == ["Kristen Falchon", "Nils Pickert", "Ana Ruiz"]
    assert clean_authors(["Photo by Jane Roe", "Foto: Max Muster", "Фото из Инстаграма Лукаша Подольски"], []) == []
    assert clean_authors(["Bildung Meier"], []) == ["Bildung Meier"]
    assert clean_authors(["Theme Pirate Rogue von xwolf", "Zespół wPolityce pl"], []) == []


def test_a_plural_authors_label_opens_a_byline_only_with_its_colon() -> None:
    text = "Autori:Anna Ūdre(LTV Ziņu dienesta redaktore)\nNorvēģijas glābšanas komanda strādā.\nOtrā rindkopa."
    assert clean_paragraphs(text, [], frozenset()) == ["Norvēģijas glābšanas komanda strādā.", "Otrā rindkopa."]
    text = "Authors of the study said the data were clear.\nThe second paragraph."
    assert clean_paragraphs(text, [], frozenset()) == text.split("\n")
    assert clean_authors(["Autoren: Jana Roe, Max Muster"], []) == ["Jana Roe", "Max Muster"]


def test_a_drupal_submitted_line_gives_its_name_only() -> None:
    assert clean_authors(["Submitted on Mon, 2019-01-21 13:49"], []) == []
    assert clean_authors(["Submitted by Jane Roe on Mon, 2019-01-21 13:49"], []) == ["Jane Roe"]
    assert clean_authors(["Glen Owen for The Mail on Sunday"], []) == ["Glen Owen"]


def test_clean_authors_splits_bylines_and_drops_noise() -> None:
    raw = ["By Jane Doe and John Smith, The Example Tribune", "jane doe", "2024-05-02", "news@example.org"]
    assert clean_authors(raw, ["The Example Tribune"]) == ["Jane Doe", "John Smith"]
    assert clean_authors(["بقلم: ليلى حسن"], []) == ["ليلى حسن"]


def test_clean_paragraphs_removes_header_lines_and_boilerplate_only() -> None:
    text = "\n".join(
        [
            "Headline of the day – RT EN",
            "14 فبراير 2022 19:09",
            "First paragraph of the story.",
            "Share this:",
            "A quote that says Source link in the middle stays.",
            "Source link",
            "Facebook Comments Box",
        ]
    )
    assert clean_paragraphs(text, ["Headline of the day"], BOILERPLATE) == [
        "First paragraph of the story.",
        "A quote that says Source link in the middle stays.",
    ]


def test_a_row_of_share_buttons_is_no_paragraph() -> None:
    text = "Facebook X Pinterest Linked in Tumblr Reddit Facebook Messenger Copy URL\nSEOUL, Aug. 20 -- The story."
    assert clean_paragraphs(text, [], frozenset()) == ["SEOUL, Aug. 20 -- The story."]
    # Words of the story, not only the buttons' words: it stays.
    text = "The minister posted on Facebook and Twitter.\nFacebook Twitter"
    assert clean_paragraphs(text, [], frozenset()) == ["The minister posted on Facebook and Twitter."]


def test_an_authors_name_with_a_date_at_the_top_is_the_byline() -> None:
    text = "Patricio Candia | Palma de Mallorca | 08/01/2014\nEl fiscal Pedro Horrach está pensando si recurre.\nOtro."
    assert clean_paragraphs(text, [], frozenset(), ["Patricio Candia"]) == [
        "El fiscal Pedro Horrach está pensando si recurre.",
        "Otro.",
    ]
    # Without a date, or starting with another name, the line is text.
    text = "Patricio Candia dijo que el fiscal recurre.\nOtro."
    assert clean_paragraphs(text, [], frozenset(), ["Patricio Candia"]) == text.split("\n")


def test_a_sections_label_and_a_kicker_before_the_headlines_copy_are_the_headers() -> None:
    headline = "Japanese rally against nuclear power industry"
    story = ["About 15,000 people took to the streets in Tokyo on Sunday.", "They chanted against nuclear power."]
    text = "\n".join(["World", headline, "Topic: Global consequences of Japanese quake", headline, *story])
    assert clean_paragraphs(text, [headline], frozenset()) == story
    text = "\n".join(["MIDDLE EAST CRISIS", "Analysis", headline, *story])
    assert clean_paragraphs(text, [headline], frozenset()) == story
    # Three short lines are a summary's points, and a sentence is the story's: both stay, with the headline's copy.
    points = ["Treated too late, left disabled", "Studied to become a lawyer", "Elected after two campaigns"]
    assert clean_paragraphs("\n".join([*points, headline, *story]), [headline], frozenset()) == [
        *points,
        headline,
        *story,
    ]
    lede = ["The rally was the largest since March.", headline, *story]
    assert clean_paragraphs("\n".join(lede), [headline], frozenset()) == lede
    # Under a label, a heading that starts with the headline's words is a section's ("Cai Jianya's early years").
    section = ["Biography", f"{headline}: the early years", *story]
    assert clean_paragraphs("\n".join(section), [headline], frozenset()) == section


def test_a_tables_row_with_one_filled_cell_is_that_cells_text() -> None:
    # A layout table's box, as trafilatura writes a row: its one cell's text, which the checks of a line then read
    # (a source's boilerplate: "Source link"). A row of data keeps its cells.
    text = "\n".join(
        [
            "| | The club was founded in 1990 in a living room in Unna. | |",
            "| Source link |",
            "| Year | Members |",
            "| Home \\| Club \\| Contact |",
        ]
    )
    assert clean_paragraphs(text, [], BOILERPLATE) == [
        "The club was founded in 1990 in a living room in Unna.",
        "| Year | Members |",
        "Home | Club | Contact",
    ]


def test_the_posts_categories_above_or_after_the_story_go_and_a_storys_own_list_stays() -> None:
    story = [
        "The Austrian boat show in Tulln is called off.",
        "Kategorie: Kinderbuch, the jury's second prize.",  # inside the story: its own list
        "The fair returns in 2023.",
    ]
    for label in ("Kategorie: News", "- Categories: Data, Science", "Tags: boats, fairs"):
        assert clean_paragraphs("\n".join([label, *story]), [], frozenset()) == story
        assert clean_paragraphs("\n".join([*story, label]), [], frozenset()) == story  # the footer's, after it


def test_a_time_of_day_alone_at_the_top_is_the_headers() -> None:
    # A post's meta line split by trafilatura: its time alone, with the separators around it ("- 4:16 pm |").
    for time in ("- 4:16 pm |", "14:05 Uhr", "9.30am EST"):
        text = f"{time}\nOn November 25, 1980, two welterweights met at 4:16 pm.\nThe rematch went eight rounds."
        assert clean_paragraphs(text, [], frozenset()) == text.split("\n")[1:]
    # A figure that is no time of day ("3.75"), and a time in a sentence, stay.
    for line in ("3.75", "At 4:16 pm the bell rang."):
        text = f"{line}\nThe rematch went eight rounds."
        assert clean_paragraphs(text, [], frozenset()) == text.split("\n")


def test_clean_paragraphs_keeps_a_date_line_inside_the_body() -> None:
    text = "First paragraph.\n14 فبراير 2022\nLast paragraph."
    assert clean_paragraphs(text, [], BOILERPLATE) == ["First paragraph.", "14 فبراير 2022", "Last paragraph."]


def test_visible_headline_wins_when_the_structured_one_only_adds_a_kicker() -> None:
    assert best_title("Covid-19: Can the spread be controlled?", "Can the spread be controlled?", None, None, []) == (
        "Can the spread be controlled?"
    )
    # A different structured headline is not a kicker: structured data wins.
    assert best_title("SEO headline here", "Visible headline here", None, None, []) == "SEO headline here"


def test_a_kicker_both_structured_titles_give_is_the_publishers_headline() -> None:
    h1 = "Trump-Anwältin soll Justizministerin werden"
    kicked = f"Nach Gaetz-Rückzug: {h1}"
    assert best_title(kicked, h1, f"{kicked} - news.ORF.at", None, ["news.ORF.at"], kicked) == kicked
    # Only one of them gives it: the visible headline, as before.
    assert best_title(kicked, h1, None, None, [], h1) == h1
    assert best_title(None, h1, None, None, [], kicked) == h1
    # The <h1> and og:title have it, the JSON-LD headline leaves it out: readers see it.
    assert best_title(h1, kicked, None, None, [], kicked) == kicked
    # A department's name is no kicker, and neither is a label without a colon.
    assert best_title(f"Chronik: {h1}", h1, None, None, [], f"Chronik: {h1}") == h1
    assert best_title(f"SARS-2/COVID-19 {h1}", h1, None, None, [], f"SARS-2/COVID-19 {h1}") == h1


def test_the_visible_headline_wins_over_a_reworded_og_title() -> None:
    og, h1 = "Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?", "Firmenwagen: Leasing oder Finanzierung?"
    assert best_title(None, h1, f"{og} | Site", None, ["Site"], og) == h1
    # The same with only a <title>: it names the story the <h1> heads.
    h1 = "Banane, Bananen, Banana (Musa paradisica)"
    assert best_title(None, h1, "Banane (Musa paradisica) | Lexikon", None, ["Lexikon"]) == h1
    # A JSON-LD headline is the publisher's own choice: it stays.
    assert best_title("Starmer suggests he will keep the gifts", "Starmer defiant over gifts", None, None, [], og) == (
        "Starmer suggests he will keep the gifts"
    )
    # An <h1> that shares only small words, less than a third of its words or only one of
    # several is another heading (a site's name set as its <h1>).
    assert best_title(None, "Navigation und Service", None, None, [], "Energiewende und Wirtschaft") == (
        "Energiewende und Wirtschaft"
    )
    assert best_title(None, "Verein für arbeitende Kinder und Jugendliche", "Kinder und Arbeit", None, []) == (
        "Kinder und Arbeit"
    )
    assert best_title(None, "Harbour Radio", None, None, [], "Council approves the harbour budget") == (
        "Council approves the harbour budget"
    )
    # The same words in another order: a kicker set after the headline, which og:title puts first.
    assert best_title(
        None, "Interne Unterlagen im Netz Daten gehackt", None, None, [], "Daten gehackt - Interne Unterlagen im Netz"
    ) == ("Daten gehackt - Interne Unterlagen im Netz")


def test_a_json_ld_headline_that_names_another_thing_gives_way() -> None:
    # "escenic": the CMS's name where the headline belongs; og:title and the <h1> agree on the story.
    og = "Plumber jailed after boiler killed millionaire's daughter"
    assert best_title("escenic", og, None, None, [], og) == og
    # A URL's slug as og:title is no title; the <title> is.
    assert best_title(None, None, "ADAC Kindersitz-Test 2018 | ADAC", None, ["ADAC"], "adac-kindersitztest-2018") == (
        "ADAC Kindersitz-Test 2018"
    )
    assert best_title(None, None, "pix-bavaria", None, [], "pix-bavaria") == "pix-bavaria"
    # A description given as the JSON-LD headline, where og:title and the <h1> agree on the headline.
    h1 = "Top 24 tools for data analysis and how to decide between them"
    said = "Take a look at the top tools for data analysis and learn how to choose one that fits your needs."
    assert best_title(said, h1, None, None, [], h1) == h1
    # A JSON-LD headline that shares a word with them is the publisher's wording and stays.
    assert best_title("Boiler death: plumber jailed", og, None, None, [], og) == "Boiler death: plumber jailed"


def test_a_json_ld_headline_cut_short_gives_way_to_the_whole_one() -> None:
    whole = (
        "Sanna Marin tapasi Angela Merkelin: Myös Saksa haluaa pitää kiinni maataloustuista"
        " - ”Meidän näkemyksiämme ei ole otettu huomioon”"
    )
    cut = whole[:100]
    assert best_title(cut, whole, None, None, [], whole) == whole
    # Without the <h1> to confirm it, a longer og:title may be the headline
    # with a tail added: the JSON-LD headline stays.
    assert best_title(cut, "Another visible headline", None, None, [], whole) == cut
    assert (
        best_title("Covid-19", "Covid-19: what we know", None, None, [], "Covid-19: what we know tonight") == "Covid-19"
    )
    # No <h1>: a headline stopped at the 110 characters SEO plugins allow, where og:title goes on with the sentence.
    long = (
        "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions"
        " (Including One Universal Trick That 9/10 Works)"
    )
    og, short = f"{long} - Emily Henderson", long[: long.rindex(" ", 0, 110)]  # "... (Including"
    assert best_title(short, None, og, None, ["Emily Henderson"], og) == long
    # og:title adding only a separator and the site's name past the limit: the headline stays.
    assert best_title(short, None, None, None, [], f"{short} - A Site Named At Length") == short


def test_the_visible_headline_spelling_wins_when_the_words_are_the_same() -> None:
    og = "A Paris-8, un peu de tension, beaucoup d'actions - Bondy Blog"
    h1 = "A Paris-8, un peu de tension, beaucoup d’actions"
    assert best_title(None, h1, og, None, ["Bondy Blog"], og) == h1
    assert best_title('"Welches Europa wir wollen"', "„Welches Europa wir wollen“", None, None, []) == (
        "„Welches Europa wir wollen“"
    )
    # Capitals are the page's styling: the metadata's mixed case is kept.
    assert best_title("Europas Topathleten fit für München", "EUROPAS TOPATHLETEN FIT FÜR MÜNCHEN", None, None, []) == (
        "Europas Topathleten fit für München"
    )
    # So where the <h1> is typed in capitals and the <title> has the mixed case.
    title = "Weekend Coding Agent | TheFocus.AI Labs"
    assert best_title(None, "WEEKEND CODING AGENT", title, None, ["TheFocus.AI Labs"]) == "Weekend Coding Agent"
    # A template's Markdown heading marks, or its quotation marks around the whole headline, are not the headline's.
    h1 = "Hyper-Local Regolith Binding Agent Optimization"
    assert best_title(f"## {h1}", h1, None, None, []) == h1
    assert best_title(f"## {h1}", None, None, None, []) == h1
    assert best_title('"What is Git?"', "What is Git?", None, None, []) == "What is Git?"
    # Other words: the structured headline stays, as above.
    assert best_title("Welches Europa wir wollen", "Welches Europa wir jetzt wollen", None, None, []) == (
        "Welches Europa wir wollen"
    )


def test_the_urls_slug_tells_the_headline_from_the_site_name() -> None:
    # Only a <title>, with the site's name on either side, unknown to the page's metadata.
    url = "http://www.bibliothek2null.de/2014/05/18/alles-neue-mach-der-mai/"
    assert best_title(None, None, "Alles Neue mach der Mai… | Bibliothek 2.0 und mehr", None, [], None, url) == (
        "Alles Neue mach der Mai…"
    )
    url = "https://gregoryszorc.com/blog/2020/01/13/mercurial%27s-journey-to-and-reflections-on-python-3.html"
    title = "Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3"
    assert best_title(None, None, title, None, [], None, url) == "Mercurial's Journey to and Reflections on Python 3"
    # Umlauts written out, a word cut or inflected, the segments of the headline itself kept together.
    url = "https://www.gv-bayern.de/standard/artikel/der-genossenschaftsverband-bayern-im-portraet"
    title = "Der Genossenschaftsverband Bayern im Porträt | Genossenschaftsverband Bayern (GVB)"
    assert best_title(None, None, title, None, [], None, url) == "Der Genossenschaftsverband Bayern im Porträt"
    url = "https://www.zoll.de/SharedDocs/2021/vst_verkuendung_tabaksteuermodernisierungsgesetz.html"
    title = "Zoll online - Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes"
    assert best_title(None, None, title, None, [], None, url) == "Verkündung des Tabaksteuermodernisierungsgesetzes"
    # The forum's name goes; "Patch Notes", a section that names nothing of the host, stays.
    url = "https://villagersandheroes.com/forums/threads/patchnotes-4-47-4-tagundnachtgleiche-bugfix-build.3771/"
    title = "Patch Notes - Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build | Villagers & Heroes Forums"
    assert best_title(None, None, title, None, [], None, url) == (
        "Patch Notes - Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build"
    )


def test_a_shortened_slug_leaves_the_headlines_other_half_and_kicker_in_place() -> None:
    url = "https://www.dailystar.co.uk/news/latest-news/epstein-raped-girl-model-same-37041208"
    title = "Epstein raped girl and model in same bed - then ‘asked to meet her 11-year-old sister’"
    assert best_title(None, None, title, None, [], None, url) == title
    # The slug spells "TV-TIPP" only; what follows is the headline, a sentence, then the site's name.
    url = "https://ostbelgiendirekt.be/tv-tipp-loriot-100-367167"
    title = 'TV-TIPP - ARD-Doku "Loriot 100": Eine Hommage an Vicco von Bülow - Ostbelgien Direkt'
    assert (
        best_title(None, None, title, None, [], None, url)
        == 'TV-TIPP - ARD-Doku "Loriot 100": Eine Hommage an Vicco von Bülow'
    )
    url = "https://www.drk.de/presse/meldung/drk-immer-mehr-menschen-wegen-klimawandel-auf-hilfe-angewiesen/"
    title = "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen wegen Klimawandel auf Hilfe angewiesen"
    assert best_title(None, None, title, None, [], None, url) == title


def test_a_headline_with_separators_stays_whole_when_the_slug_spells_all_of_it() -> None:
    url = "https://example.org/news/kim-jong-un-der-diktator-ist-zurueck-donald-trump-ist-gluecklich"
    title = "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“"
    assert best_title(None, None, title, None, [], None, url) == title
    # No slug (an id, a query, a short path): the title as before.
    for url in ("https://example.org/?p=2895", "https://example.org/news/12345678", "https://example.org/a/b"):
        assert slug_words(url) == frozenset()
        assert best_title(None, None, "Eine Schlagzeile hier - Der Blog", None, [], None, url) == (
            "Eine Schlagzeile hier - Der Blog"
        )


def test_a_blog_name_in_the_h1_is_not_the_headline() -> None:
    title = "Podcasts in Plex einbinden | Kleines Technikblog"
    assert best_title(None, "Kleines Technikblog", title, None, []) == "Podcasts in Plex einbinden"
    # The <h1> is the first segment: it is the headline.
    assert best_title(None, "Der Lange und die alte Dame", "Der Lange und die alte Dame | Blog", None, []) == (
        "Der Lange und die alte Dame"
    )
    # The last segment, but longer than the section before it: "News - <headline>".
    h1 = "Elder: Aus dem Ghetto nach Augusta"
    assert best_title(None, h1, f"News - {h1}", None, []) == h1
    # The last segment after the site's own name (the host's label): the headline.
    h1 = "Head First はじめてのプログラミング"
    assert best_title(None, h1, f"O'Reilly Japan - {h1}", None, [], url="https://www.oreilly.co.jp/books/1/") == h1
    # The last and shorter segment, but the URL spells it and the page has no other title: the headline.
    title = "Linux Engineer's random thoughts - awk driven IoT"
    url = "https://anisse.astier.eu/awk-driven-iot.html"
    assert best_title(None, "awk driven IoT", title, None, [], url=url) == "awk driven IoT"
    # A Chinese site's name glued on after an underscore, as the <h1> of every page; a section between them goes.
    title = "这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报"
    assert best_title(None, "好奇心日报", title, None, []) == "这个约会软件，想用你和对方的相似好恶来帮你找对象"


def test_a_section_name_as_the_title_gives_way_to_the_h1() -> None:
    h1 = "Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen"
    assert best_title(None, h1, "BDZV: " + h1, None, [], "Pressemitteilungen") == h1
    assert best_title(None, "Time to say goodbye.", "Home", None, []) == "Time to say goodbye."
    assert best_title(None, "تحديد موعد جديد للانتخابات", "الرئيسية", None, []) == "تحديد موعد جديد للانتخابات"
    # Both are section names: the structured one stays.
    assert best_title(None, "News", "Home", None, []) == "Home"


def test_an_h1_that_names_the_section_the_title_files_the_story_under_gives_way_to_the_title() -> None:
    headline = "Organ transplant travel centre has no key staff"
    url = "https://www.independent.ie/national-news/x"
    assert best_title(None, "National News", f"{headline} - National News - Independent.ie", None, [], None, url) == (
        headline
    )
    # A middle segment longer than the first is the story's own: "News - <headline> - Site".
    story = "Council approves the harbour budget after a long night"
    assert best_title(None, story, f"News - {story} - Harbour Times", None, []) == story


def test_a_separator_left_without_its_site_name_goes() -> None:
    assert strip_site_name("Pferdesport definitiv bei Olympia 2028 dabei -", []) == (
        "Pferdesport definitiv bei Olympia 2028 dabei"
    )
    quoted = "« Les privatisations sont au profit d'intérêts privés »"  # a closing guillemet is no separator
    assert strip_site_name(quoted, []) == quoted


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("mdr.de", "mdr", True),
        ("n-tv NACHRICHTEN", "ntv", True),
        ("VnExpress", "vnexpress", True),
        ("BILDplus", "bild", True),  # the label ends where the case changes
        ("Interscenario", "interscenar", True),  # interscenar.io, its ending written on
        ("Spektrum der Wissenschaft", "spektrum", True),
        ("Krimiblogger", "krimiblog", False),  # a person's handle made from the site's name
        ("Limespacer", "limespace", False),
        ("Anna Spektrumova", "spektrum", False),
    ],
)
def test_a_site_name_spells_the_host_label_as_a_word_of_its_own(text: str, label: str, expected: bool) -> None:
    assert is_site_name(text, [], label) is expected


def test_site_name_spelt_as_the_host() -> None:
    url = "https://www.spektrum.de/news/x"
    assert host_label(url) == "spektrum"
    assert host_label("https://www.bbc.co.uk/news/x") == "bbc"
    assert strip_site_name("Headline of the day - Spektrum der Wissenschaft", [], "spektrum") == "Headline of the day"
    assert strip_site_name("spektrum.de // » Headline of the day", [], "spektrum") == "Headline of the day"
    assert best_title(None, None, "Headline › Nordish by Nature", None, [], None, "https://nordish-by-nature.de") == (
        "Headline"
    )
    # A site named by its address, then the headline with no separator; with one, the segments decide.
    assert strip_site_name("davidbau.com Vibe Coding", ["davidbau.com"]) == "Vibe Coding"
    assert (
        strip_site_name("gipfelbuch.ch - Outdoornews - Schneekarten", ["gipfelbuch.ch"])
        != "- Outdoornews - Schneekarten"
    )
    assert strip_site_name("Reuters Poll shows a lead", ["Reuters"]) == "Reuters Poll shows a lead"


def test_clean_authors_drops_codes_agencies_slugs_placeholders_and_the_site() -> None:
    raw = ["Elena Oberholzer (obe), Oliver Maksan (oma)", "dpa", "AFP", "chuck-ross", "No Author", "mdr.de"]
    assert clean_authors(raw, [], "https://www.mdr.de/news/x") == ["Elena Oberholzer", "Oliver Maksan"]
    assert clean_authors(["Autor: Monika Bolliger", "Perry Bacon Jr."], []) == ["Monika Bolliger", "Perry Bacon Jr."]
    assert clean_authors(["VnExpress"], [], "https://vnexpress.net/x") == []
    # A newsroom credited as a whole names no person; a person beside it stays.
    assert clean_authors(["Staff and news service reports", "By Staff Writer"], []) == []
    assert clean_authors(["Jane Doe and wire reports"], []) == ["Jane Doe"]


def test_clean_authors_reads_printed_bylines() -> None:
    # Labels around the names, a reporter's title, Nordic "and", an avatar's
    # text repeating the name, the links of an author box.
    assert clean_authors(["Posted on marc"], []) == ["marc"]
    assert clean_authors(["Veröffentlicht am"], []) == []
    assert clean_authors(["Jil Schuller Alle Artikel Kontakt"], []) == ["Jil Schuller"]
    assert clean_authors(["Zeige alle Beiträge von Petra Ruland"], []) == ["Petra Ruland"]
    assert clean_authors(["Rezept von Zum Profil von jesusfreak jesusfreak"], []) == ["jesusfreak"]
    assert clean_authors(["신현주 기자"], []) == ["신현주"]
    assert clean_authors(["Trine Juncher Jørgensen og Tôrtia Reimer-Johansen"], []) == [
        "Trine Juncher Jørgensen",
        "Tôrtia Reimer-Johansen",
    ]
    assert clean_authors(["Anna Berg och Erik Lund"], []) == ["Anna Berg", "Erik Lund"]
    # A label after a dash or two.
    assert clean_authors(["---- by Kenneth Surin", "— von Anna Berg"], []) == ["Kenneth Surin", "Anna Berg"]
    # Not a line of dialogue after its dash.
    assert not is_byline("— Por supuesto, dijo la alcaldesa.")
    # German gendered labels.
    assert clean_authors(["Autor/in: Korinna Hennig", "Autor*in: Jan Koch", "Autor:in: Eva Li"], []) == [
        "Korinna Hennig",
        "Jan Koch",
        "Eva Li",
    ]
    assert clean_authors(["Twitter", "Facebook", "Autoren", "Unsere Autorinnen"], []) == []
    # The avatar's text may repeat only the name's start: "N-Land" (the site), then "N-Land Redaktion".
    assert clean_authors(["Anna Anna Berg", "Jane Doe Jane Doe"], []) == ["Anna Berg", "Jane Doe"]


def test_a_link_after_a_name_goes_and_the_name_stays() -> None:
    raw = ["Jane Doe (www.janedoe.example)", "Max Mo (https://max.example/)", "Frank Bueltge - http://bueltge.example"]
    assert clean_authors(raw, []) == ["Jane Doe", "Max Mo", "Frank Bueltge"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Byline labels in more languages: Russian, Bulgarian, Bosnian (with "ago" left where the time was).
        (["Авторы Дмитрий Попов"], ["Дмитрий Попов"]),
        (["Редактор Елин Димитров"], ["Елин Димитров"]),
        (["Piše P. Mucović prije"], ["P. Mucović"]),
        # Russian and Japanese credits for the text: "Текст" ("text"), "著者" ("author"), "文●" ("text by").
        (["Текст Венера Ерофеева", "Текст: Лида Буслаева"], ["Венера Ерофеева", "Лида Буслаева"]),
        (["著者：後藤大地", "文● オカモト"], ["後藤大地", "オカモト"]),
        # Chinese "作者" ("author"); a translator credited after the writer ("翻訳者", "译者") is not the writer.
        (["作者：郭励弘"], ["郭励弘"]),
        (["作者： Diogo Carleto 翻訳者 中村 真子"], ["Diogo Carleto"]),
        (["作者：王五 译者：李四"], ["王五"]),
        # The responsible editor's label; a Chinese outlet, a newspaper group or a journal, a placeholder ("unknown",
        # "compiled from the web", "system administrator") and a page's controls ("log in with QQ", "copy the link")
        # are no names.
        (["责任编辑：张申"], ["张申"]),
        (["新京报", "环球网", "证券时报网", "参考消息", "云南日报报业集团", "中文学术期刊", "汉斯出版社"], []),
        (["未知", "网络整理", "系统管理员", "使用QQ登录", "当代商报 复制链接", "版权声明 来源：当代商报 时间："], []),
        (["王小明", "欧阳娜娜", "买买提·艾力"], ["王小明", "欧阳娜娜", "买买提·艾力"]),
        # A publication's or update's label where a name stands, its date gone.
        (["Son Güncelleme"], []),
        (["Uppdaterad"], []),
        (["AFP publié le", "Mis À Jour À"], []),
        (["Mark Hicks", "The Detroit News Published"], ["Mark Hicks"]),
        # The outlet written for, capitalised; the link to the comments; the site's makers; an image's file.
        (["Amitai Winehouse For Mailonline"], ["Amitai Winehouse"]),
        (["Britta Schultejans", "dpa Kommentare"], ["Britta Schultejans"]),
        (["Developed By Heba Musa", "Created by the W-Team"], []),
        (["logo.png", "https"], []),
        (["redaktori"], []),  # Albanian: "the editor"
        # Where the story was filed, where a name stands; names that start like the prepositions stay.
        (
            ["Em São Paulo (SP)", "En Madrid", "Aus Berlin", "Inga Hoeltmann", "Enrique Pérez"],
            ["Inga Hoeltmann", "Enrique Pérez"],
        ),
    ],
)
def test_bylines_in_many_languages_lose_their_labels(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw, ["The Detroit News"]) == expected


def test_korean_japanese_and_chinese_bylines_name_the_reporter_after_or_before_the_word_for_it() -> None:
    for line in ("이용민 기자", "박준석 기자 외 1명", "홍길동 기자 hong@example.kr", "中沢克二 記者", "记者 张樵苏"):
        assert is_byline(line), line
    assert not is_byline("기자회견에서 시장은 항구 예산을 발표했다.")  # "at the press conference, the mayor ..."
    assert clean_authors(["이용민 기자"], []) == ["이용민"]


def test_a_spanish_or_portuguese_double_surname_is_one_name() -> None:
    assert clean_authors(["José Volta e Pinto", "Por José Ortega y Gasset"], []) == [
        "José Volta e Pinto",
        "José Ortega y Gasset",
    ]
    # Two people, each with a whole name, are still two.
    raw = ["Ana Silva e João Costa", "Isabel Caro, Rocío Latorre y José Miguel Wilson"]
    assert clean_authors(raw, []) == ["Ana Silva", "João Costa", "Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]


def test_a_picture_credit_after_the_writers_is_no_author() -> None:
    raw = ["Text: Jane Doe Fotos: John Smith", "Text von Christian Seiler Illustration von Markus Roost"]
    assert clean_authors(raw, []) == ["Jane Doe", "Christian Seiler"]
    # The writer credited for the pictures too; a picture credit alone.
    assert clean_authors(["Text & Fotos: Ivan Valetny", "Foto: Michael Bönte"], []) == ["Ivan Valetny"]
    # A broadcast's credits after the names: the programme, the camera.
    raw = ["Redaktion: Roman Warschauer und Marcel Sommer Sendung: hr-INFO, 25.04.2024", "Von Jane Doe, Kamera: Jo Roe"]
    assert clean_authors(raw, []) == ["Roman Warschauer", "Marcel Sommer", "Jane Doe"]


def test_an_acronym_after_a_name_is_an_institute_or_agency() -> None:
    raw = ["Sylvia Grossgasteiger, IFZ, Oktober 2008", "Volkmar Kabisch, Benedikt Strunz, NDR"]
    assert clean_authors(raw, []) == ["Sylvia Grossgasteiger", "Volkmar Kabisch", "Benedikt Strunz"]


def test_an_author_boxs_links_labels_and_template_variables_are_no_author() -> None:
    url = "https://example.com/story"
    for entry in (
        "View Profile Follow", "View all posts", "View more posts", "Mehr zum Autor", "Author Guest blogger",
        "Press Release", "Page Head Extra Author", "the author are personal.", "Sign In", "Sign In Join Us",
        "crisis to confidence", "Ask the Doctors", "more stories ›",
    ):  # fmt: skip
        assert clean_authors([entry], [], url) == [], entry
    assert clean_authors(["Read more about Jane Doe"], [], url) == ["Jane Doe"]
    assert clean_authors(["Meaghan Weeden ●"], [], url) == ["Meaghan Weeden"]
    assert clean_authors(["Meaghan Weeden ›"], [], url) == ["Meaghan Weeden"]  # her page's link, an arrow after it
    assert clean_authors(["Jane Doe Subscribe"], [], url) == ["Jane Doe"]
    assert clean_authors(["Maria de la Cruz"], [], url) == ["Maria de la Cruz"]
    # The label without its colon before a capitalised name; not "Authors of the study".
    assert clean_authors(["Authors Julie Weisenhorn; Natalie Hoidal"], [], url) == [
        "Julie Weisenhorn",
        "Natalie Hoidal",
    ]
    assert clean_authors(["Authors of the study"], [], url) == []
    # "by" glued to the name; "Byron" is a name.
    assert clean_authors(["byMobasir hassan"], [], url) == ["Mobasir hassan"]
    assert clean_authors(["Posted byDamien Walter"], [], url) == ["Damien Walter"]
    assert clean_authors(["BySarah Jones"], [], url) == ["Sarah Jones"]
    assert clean_authors(["Byron Smith"], [], url) == ["Byron Smith"]
    assert clean_authors(["Byung Kim"], [], url) == ["Byung Kim"]
    # A blog's meta line cut before its category links: "Posted by admin in", "... filed under".
    assert clean_authors(["Posted by Nesselsetzer under"], [], url) == ["Nesselsetzer"]
    assert clean_authors(["Posted by Jane Doe filed under"], [], url) == ["Jane Doe"]
    assert clean_authors(["Jane Doe in"], [], url) == ["Jane Doe"]
    # Blogger's "Posted by" in German, its placeholder for a profile without a name.
    assert clean_authors(["Eingestellt von Unknown"], [], url) == []
    assert clean_authors(["Eingestellt von Anna Berg"], [], url) == ["Anna Berg"]
    # A team after the last name of a list.
    assert clean_authors(["Eric Mill and Kiran C Nair - Chrome Safe Browsing team"], [], url) == [
        "Eric Mill",
        "Kiran C Nair",
    ]
    # The company that names its blog; not a handle in lower case that starts a personal blog's name.
    assert clean_authors(["Google"], ["Google Online Security Blog"], url) == []
    assert clean_authors(["mady"], ["Mady Morrison Yoga Blog"], url) == ["mady"]


def test_a_reviewer_degrees_and_a_job_split_at_its_and_are_no_author() -> None:
    url = "https://example.com/story"
    assert clean_authors(["By Shelby Loos, DVM. Reviewed by Molly Price, DVM"], [], url) == ["Shelby Loos"]
    assert clean_authors(["Medically reviewed by Molly Price, DVM"], [], url) == []
    assert clean_authors(["Article by Cara Dumaplin RN; BSN; Certified Pediatric Sleep Consultant"], [], url) == [
        "Cara Dumaplin"
    ]
    assert clean_authors(["Elle Penner M.P.H., R.D."], [], url) == ["Elle Penner"]
    assert clean_authors(["Marketing and Event Coordinator"], [], url) == []
    assert clean_authors(["Extension horticulture educators"], [], url) == []
    # Names with a particle in lower case, or typed in lower case, and a collective byline stay.
    for name in ("Ludwig van Beethoven", "Oscar de la Hoya", "Mobasir hassan", "The Currency editors"):
        assert clean_authors([name], [], url) == [name]


def test_a_job_title_or_a_letters_page_is_no_author() -> None:
    raw = ["Jon King, News Reporter", "Guardian staff reporter", "Letters To The Editor", "Senior Writer"]
    assert clean_authors(raw, []) == ["Jon King"]
    # A title "of" something, and the department after a title.
    byline = "Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Moving Industry"
    assert clean_authors([byline], []) == ["Benjamin Johnson"]
    assert clean_authors(["Mayank Gupta, CEO of CaseBasix"], ["CaseBasix"]) == ["Mayank Gupta"]
    byline = "Daniel Burstein, Senior Director, Content & Marketing"
    assert clean_authors([byline], []) == ["Daniel Burstein"]
    byline = "This post was written by Danielle Padula, Head of Marketing and Community Development"
    assert clean_authors([byline], []) == ["Danielle Padula"]
    assert clean_authors(["Mike Marshall, Shipping Expert", "Staff Clinician"], []) == ["Mike Marshall"]
    assert clean_authors(["Jane Smith, Vice President"], []) == ["Jane Smith"]
    assert clean_authors(["Jon King", "Chief Executive", "Associate Professor"], []) == ["Jon King"]
    # A role in the plural after the names it describes; not a name.
    assert clean_authors(["Manoj Jain and Jagpreet Chhatwal | Guest Columnists"], []) == [
        "Manoj Jain",
        "Jagpreet Chhatwal",
    ]
    assert clean_authors(["Edith Head"], []) == ["Edith Head"]
    # Two writers, each with a title, stay two; a collective byline of its own stays.
    assert clean_authors(["Jane Doe, Staff Writer; John Roe, Staff Writer"], []) == ["Jane Doe", "John Roe"]
    assert clean_authors(["The Currency editors"], []) == ["The Currency editors"]


def test_template_fillers_and_a_sites_own_team_are_no_authors() -> None:
    raw = ["undefined", "The Author", "Webmaster", "Q Admin", "Our Product Research Team", "Our Foreign Staff", "team"]
    assert clean_authors(raw, []) == []
    assert clean_authors(["unserer Redaktion"], []) == ["unserer Redaktion"]  # the desk's collective byline
    # The desk as a tag of its own beside the writer's: the writer's desk.
    assert clean_authors(["Michael Rädel", "Redaktion"], []) == ["Michael Rädel"]
    assert clean_authors(["Redaktion"], []) == ["Redaktion"]
    # The reading time's label, its figures gone (trafilatura's reading of La Tercera's byline).
    assert clean_authors(["Isabel Caro; Rocío Latorre y José Miguel Wilson Tiempo de lectura"], []) == [
        "Isabel Caro",
        "Rocío Latorre",
        "José Miguel Wilson",
    ]


def test_the_sites_team_after_a_dash_is_no_part_of_the_name() -> None:
    assert clean_authors(["David Jackson - FullStack Editorial Team"], ["FullStack"]) == ["David Jackson"]


def test_an_avatars_initials_and_an_author_pages_label_are_no_part_of_the_name() -> None:
    assert clean_authors(["CM Craig McCarthy"], []) == ["Craig McCarthy"]
    # Her avatar's photo credit, then her name: the name; a credit alone is a picture's, no byline.
    assert clean_authors(["© Kathrin Führes Kathrin Führes"], []) == ["Kathrin Führes"]
    assert clean_authors(["© Kathrin Führes"], []) == []
    assert clean_authors(["Articles by Juliette"], []) == ["Juliette"]
    assert clean_authors(["AB Smith"], []) == ["AB Smith"]  # initials of no name after them


def test_clean_authors_rejects_garbage() -> None:
    garbage = ["", "   ", "(Image: Getty Images", "https://news.example/authors/jane", "12.03.2024", "@jane"]
    assert clean_authors(garbage, []) == []
    assert clean_authors(["By", " — ", "A very long string that is a sentence and not a person name at all"], []) == []


def test_clean_authors_drops_labels_weekdays_buttons_and_commenters() -> None:
    # French and Italian "author", a German post's "Beitrag von", an interviewer's credit.
    raw = ["Auteur Anna Kubišta", "Autore: Marco Rossi", "Beitrag von Georg Greve", "Interview: Julia Lauter"]
    assert clean_authors(raw, []) == ["Anna Kubišta", "Marco Rossi", "Georg Greve", "Julia Lauter"]
    # The weekday of a printed date, a label, a follow button, a comment's author.
    junk = ["Donnerstag, 4. November 2021", "Datum:", "Follow", "Art Edwards says", "stephangoeldi said"]
    assert clean_authors(junk, []) == []
    # Capitalised, the verb is a surname.
    assert clean_authors(["By Carolyn Said"], ["San Francisco Chronicle"]) == ["Carolyn Said"]
    # After a byline's date come its section and tags, not more names; the name printed before the date stays.
    assert clean_authors(["Leszek Jażdżewski 28 kwietnia 2021 Polityka, lewica, PiS"], []) == ["Leszek Jażdżewski"]
    assert clean_authors(["Por Laura Jordán / Javier Urbina 22 de Abril de 2022 - 00:00 HS"], []) == [
        "Laura Jordán",
        "Javier Urbina",
    ]
    # The month's or weekday's name and the label that start the date are no part of the name before it.
    dated = [
        "By Nathan Willis March 25, 2015",
        "Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC",
        "Nicole Gallucci on December 13, 2016",
    ]
    assert clean_authors(dated, []) == ["Nathan Willis", "Joe Wee", "Nicole Gallucci"]
    assert (
        clean_authors(["Reuters Updated March 25, 2015", "PTIUpdated: March 3, 2020", "Last Updated: Jan 7, 2025"], [])
        == []
    )
    # Nor is a section's name set apart from its date; nor the writer's desk after her name.
    assert clean_authors(["Erhverv - 02. januar 2020 kl. 10:21 Af Ritzau"], []) == []
    assert clean_authors(["Mathilda Trausch, Online-Redaktion"], []) == ["Mathilda Trausch"]
    assert clean_authors(["Theresa May"], []) == ["Theresa May"]
    # A job title or an organisation after the name and a comma; an organisation alone; a login menu's label.
    assert clean_authors(["Jane Roe, Senior Policy Analyst", "Technology Project", "Username"], []) == ["Jane Roe"]
    assert clean_authors(["Linux Engineer", "Jane Roe, Software Developer"], []) == ["Jane Roe"]
    # An interviewer's credit in French; an editorial's label, a gendered label alone, a company, a release's wire.
    raw = ["Propos recueillis par Jeanne Dupont", "Recueilli par Patrick ANGEVIN"]
    assert clean_authors(raw, []) == ["Jeanne Dupont", "Patrick ANGEVIN"]
    raw = ["Editorial", "Autor*innen", "ZUHYX International Monetary Corporation", "Media OutReach Newswire"]
    assert clean_authors(raw, []) == []
    assert clean_authors(["Organization for Transformative Works", "Brendan Carlin for The Mail on Sunday"], []) == [
        "Brendan Carlin"
    ]
    # A news agency's name after the writer's.
    assert clean_authors(["ERIC TUCKER Associated Press", "Wilmer Leon. Sputnik International"], []) == [
        "ERIC TUCKER",
        "Wilmer Leon",
    ]
    # A wire's name with its desk, on a site that runs its story: no person.
    assert clean_authors(["Bloomberg News", "Reuters Staff", "AP Wire", "Jane Newsome"], []) == ["Jane Newsome"]
    # A picture agency a template shows in its author field: the photo's credit, not the story's.
    assert clean_authors(["shutterstock", "Getty Images", "iStock/Getty Images", "Anita Boharewicz"], []) == [
        "Anita Boharewicz"
    ]
    # A contributor's credit, after the name or alone.
    assert clean_authors(["Brett Belchetz, Special to National Post", "Special to the Star"], ["National Post"]) == [
        "Brett Belchetz"
    ]
    # The reading time after the names; a role after a name; a month or a button where trafilatura saw a byline.
    assert clean_authors(["By Howard Schneider, Lindsay Dunsmuir 5 Min Read", "Gina Trapani CEO"], []) == [
        "Howard Schneider",
        "Lindsay Dunsmuir",
        "Gina Trapani",
    ]
    assert clean_authors(["January", "Dec", "See full bio", "Lesedauer"], []) == []
    assert clean_authors(["Steven Shepard Link Copied"], []) == ["Steven Shepard"]  # a button's text glued on
    # A middle dot sets the site's name apart; an initial "E." is no Portuguese "e" (and), but "e" is.
    assert clean_authors(["Pete Evans · CBC News"], ["CBC News"]) == ["Pete Evans"]
    assert clean_authors(["Laura E. Adkins", "Ana e Maria Silva"], []) == ["Laura E. Adkins", "Ana", "Maria Silva"]
    assert clean_authors(["JUAN PÉREZ Y MARÍA LÓPEZ", "LAURA E. ADKINS"], []) == [
        "JUAN PÉREZ",
        "MARÍA LÓPEZ",
        "LAURA E. ADKINS",
    ]
    # A profile's name printed twice and its tagline; a section before a middle dot; a Japanese company; a
    # newsroom's wire (the Times of India's "TNN"); a template's filler.
    raw = ["Ellyn Shook Ellyn Shook Creating the most truly human company", "Politik · Jochen Bittner", "株式会社LIXIL"]
    assert clean_authors(raw, []) == ["Ellyn Shook", "Jochen Bittner"]
    assert clean_authors(["Saibal Dasgupta, TNN", "Xxx"], []) == ["Saibal Dasgupta"]
    # An agency with its article, a newspaper credited beside its writer (a syndicated story); not a person.
    raw = ["Spencer S. Hsu, The Washington Post", "Colleen Barry, The Associated Press", "The Rev. John Smith"]
    assert clean_authors(raw, []) == ["Spencer S. Hsu", "Colleen Barry", "The Rev. John Smith"]
    assert clean_authors(["Metric Media News Service", "CNN Wire", "Arya Group"], []) == []  # wire services, a company
    assert clean_authors(["Auto Illustrierte", "Stuttgarter Zeitung"], []) == []  # a magazine, a newspaper
    # A newspaper by its "Today"; what trafilatura left of a logo's address after an agency's name.
    assert clean_authors(["USA TODAY", "Sputnik https; Cdnarabic; I; Logo Png"], []) == []
    # A phrase where a name stands ("by your wedding bloggers"); a desk, a name's particle and a login stay.
    raw = ["deinen Hochzeitsbloggern", "unserer Redaktion", "de Souza", "marc"]
    assert clean_authors(raw, []) == ["unserer Redaktion", "de Souza", "marc"]
    # The editor credited after the writer; a book's edition where its author stands.
    assert clean_authors(
        ["Written by Rob Ewaschuk Edited by Betsy Beyer", "Revised Edition Edited by Adrian Parr"], []
    ) == ["Rob Ewaschuk"]
    # A date after one word, or after words in lower case, has no name before it.
    assert clean_authors(["Donnerstag 4. November 2021", "Berlin am 5. März 2021", "Posted on March 5, 2020"], []) == []
    assert clean_authors(["Bündnis 90/Die Grünen", "Pressemitteilung von Katja Kipping"], []) == [
        "Die Grünen",
        "Katja Kipping",
    ]
    # An entity escaped twice is one name, not three; "Text & Interview" credits no one by itself.
    assert clean_authors(["Redacci&oacute;n Central"], []) == ["Redacción Central"]
    assert clean_authors(["Text & Interview: Harald Willenbrock"], []) == ["Harald Willenbrock"]
    # The site's own name first, then its address; an author box's links; a Japanese "list of authors".
    assert clean_authors(["hessenschau.de, Frankfurt, Germany"], [], "https://www.hessenschau.de/x") == []
    assert clean_authors(["Twitter Facebook", "Nachrichten", "著者一覧"], []) == []
    assert clean_authors(["Jane Doe, Example Tribune"], ["Example Tribune"]) == ["Jane Doe"]
    # A credit without its colon before a name, a "Stand" left of a removed date, a question, a wire label.
    raw = ["Interview Julia Lauter", "Sara Zinnecker Stand", "AUTORENWer schreibt für Ökonomenstimme?", "Agencies"]
    assert clean_authors(raw, []) == ["Julia Lauter", "Sara Zinnecker"]
    # Without its colon "Interview" is the start of a line of text, not a credit.
    assert not is_byline("Interview mit dem Bürgermeister")
    assert is_byline("Text: Anna Berg")


def test_clean_authors_drops_addresses_companies_and_split_entities() -> None:
    # An address title-cased into words, a company by its legal form, a copyright holder.
    raw = ["Www Haufe De", "Facebook Com", "Ciphacipha Net", "wegewerk GmbH", "Wegewerk Gmbh", "NATURSTROM AG"]
    assert clean_authors([*raw, "Copyright Haufe-Lexware GmbH & Co KG", "Emily Co"], []) == ["Emily Co"]
    # A company first, then its address: no names follow.
    assert clean_authors(["Süddeutsche.de GmbH, Munich, Germany"], []) == []
    # trafilatura's split of "M&uuml;ller" is put back together; "Ang" is a name, not an entity.
    assert clean_authors(["M; Uuml; Ller; Anna Berg"], []) == ["Müller", "Anna Berg"]
    assert clean_authors(["Kim; Ang; Lee"], []) == ["Kim", "Ang", "Lee"]


def test_clean_authors_drops_firms_site_builders_and_descriptions_in_the_author_tag() -> None:
    # Legal forms in other languages, a firm whose "&" would split it, a web agency.
    firms = ["AltumNet sp. z o.o.", "INTERIA.PL S.A.", "INTERIA PL S A", "Lankacom PVT LTD", "Interline Pro Co."]
    assert clean_authors([*firms, "e-go.gr , Pegasus Interactive", "BDigital Web Solutions"], []) == []
    assert clean_authors(["John Wiley & Sons Ltd"], []) == []
    # A company's address as the tag's list: none of its lines is a name.
    address = ["John Wiley & Sons Ltd", "The Atrium, Southern Gate", "Chichester", "PO19 8SQ", "Tel : 01243 779777"]
    assert clean_authors(address, []) == []
    # The site's builders, by their roles; one role after a name is a job title and the name stays.
    builders = "Web architecture: Volkova Dasha, Design: Maxim Tkachuk. Programming: Ivan Eidemiller. HTML: N. M."
    assert clean_authors([builders, "Даниил Кислов - идея, дизайн, контент, программирование - Alex S"], []) == []
    assert clean_authors(["Jane Doe, Head of Product Development"], []) == ["Jane Doe"]
    # A description with the site's address; a name with the author's e-mail and site stays.
    primamedia = (
        "РИА PrimaMedia. Последние новости Владивостока, Приморский край, Приморье, Дальний Восток http://x.ru/"
    )
    assert clean_authors([primamedia], []) == []
    assert clean_authors(["James A. Mathias, admin@1lotus.com, http://www.1lotus.com"], []) == ["James A. Mathias"]


def test_clean_authors_drops_the_site_under_other_spellings() -> None:
    # Its name spelt by initials and words as its host ("LA" + "Times"), or only by initials.
    assert clean_authors(["Eryn Brown", "Los Angeles Times"], [], "https://www.latimes.com/news/x") == ["Eryn Brown"]
    assert clean_authors(["NEW YORK DAILY NEWS"], [], "https://www.nydailynews.com/x") == []
    assert clean_authors(["Wirtualna Polska"], [], "https://konflikty.wp.pl/x") == []
    # A person's name written whole as the host is the owner's site and stays for the owner rule to judge.
    assert clean_authors(["Jane Smith"], [], "https://news.example/x") == ["Jane Smith"]
    # The site's account, its name and a number; its name with a tagline, spelt as its title spells it.
    assert clean_authors(["express1"], ["Express.gr"], "https://www.express.gr/x") == []
    assert clean_authors(["freeman1984"], [], "https://www.express.gr/x") == ["freeman1984"]
    tagline = ["财讯网_提供股票、基金、期货与外汇市场的金融资讯", "财讯网 提供股票、基金、期货与外汇市场的金融资讯"]
    assert clean_authors(tagline, ["财讯网_中国专业财经网站"]) == []
    assert clean_authors(["Gb Cri Cn", "Primamedia Ru"], []) == []  # a host title-cased into words


def test_clean_authors_drops_other_credits_and_page_controls_in_many_languages() -> None:
    # An agency or a desk and the month of the date cut after it; a source's label; a picture's credit.
    assert clean_authors(["PTI Jan", "ET Bureau Jan", "Postmedia News January", "Kowalski Jan"], []) == ["Kowalski Jan"]
    assert clean_authors(["Źródło: PAP", "Источник: ИТАР-ТАСС", "Δημοσιεύτηκε Δεκέμβριος"], []) == []
    assert clean_authors(["fot. PAP / Leszek Szymański", "Foto: Jane Doe"], []) == []
    assert clean_authors(["shutterstock", "Materiały prasowe", "BANG Showbiz", "HealthDay"], []) == []
    # Account menus, feed links, buttons, a font-size control.
    controls = ["Войти", "Вход", "Регистрация", "个人设置", "我的跟贴", "我的微博", "退出", "字号", "Rss", "Hide this"]
    assert clean_authors([*controls, "Email Greg", "Top Categories", "Pascalalter Powiedział"], []) == []
    # Chinese credits: a photographer's, a filing place's, a list's link, a desk and its dateline.
    assert clean_authors(["鄭名娟攝", "嘉義報導", "•作者一覽", "大陸新聞組北京17日電"], []) == []
    assert clean_authors(["【聯合報╱記者陳俐君／即時報導】"], []) == ["陳俐君"]
    # Greek's "Του" (by) before the name, as printed; a place after a Russian name.
    assert clean_authors(["Του Στέφανου Τζανάκη"], []) == ["Στέφανου Τζανάκη"]
    assert clean_authors(["Элина Труханова, Кострома"], []) == ["Элина Труханова"]


def test_clean_authors_drops_agencies_institutions_and_prompts_by_their_words_and_mends_mojibake() -> None:
    named = ["Забайкальское Информационное Агентство", "ИА «НашБрянск.Ru»", "Ford Motor Company", "Dunedin Hospital"]
    assert clean_authors([*named, "Independent Newspapers Online", "ABC News", "Chicago Tribune WGN News"], []) == []
    assert (
        clean_authors(["Авторские права", "ПО МАТЕРИАЛАМ", "Скачай наше iPhone приложение", "Page", "编制"], []) == []
    )
    # A tag encoded twice: UTF-8 read as Latin-1 is read back; a name that only looks so stays as it is.
    assert clean_authors(["StanisÅ\x82aw S. Nicieja", "JosÃ© PÃ©rez", "Weiß Müller"], []) == [
        "Stanisław S. Nicieja",
        "José Pérez",
        "Weiß Müller",
    ]


def test_a_handle_with_digits_is_a_name_and_other_digits_are_not() -> None:
    assert clean_authors(["von freeman1984", "Marianne1"], []) == ["freeman1984", "Marianne1"]
    assert clean_authors(["12.03.2024", "AB12", "Sommer 2021", "1984freeman"], []) == []


def test_red_is_the_newsrooms_short_credit_not_a_name() -> None:
    assert clean_authors(["Red", "red.", "Red Auerbach"], []) == ["Red Auerbach"]


def test_an_update_line_goes_wherever_it_stands_and_a_sentence_stays() -> None:
    text = "\n".join(
        [
            "The council approved the harbour budget on Monday.",
            "Stand: 22.04.2024, 06:00 Uhr",
            "Updated June 13, 2019",
            "Updated guidance says masks are optional from 13 July 2020.",
            "Veröffentlicht am 16.08.2019",
            "Mis à jour le 3 mars 2024 à 10h30",
            "Update vom 3. April 2019",
        ]
    )
    assert clean_paragraphs(text, [], frozenset()) == [
        "The council approved the harbour budget on Monday.",
        "Updated guidance says masks are optional from 13 July 2020.",
        "Veröffentlicht am 16.08.2019",
        "Update vom 3. April 2019",  # the heading of what the blogger added later
    ]


def test_clean_paragraphs_removes_paragraphs_matching_a_source_pattern() -> None:
    text = "اقرأ أيضا: عنوان آخر\nالنص الأول للخبر.\nRead more: other story\nThe body says read more: here."
    patterns = [re.compile(r"^اقرأ أيضا"), re.compile(r"^Read more:")]
    kept = clean_paragraphs(text, [], frozenset(), remove=patterns)
    assert kept == ["النص الأول للخبر.", "The body says read more: here."]
    assert clean_paragraphs(text, [], frozenset(), remove=[]) == text.split("\n")


def test_clean_authors_keeps_collective_bylines_and_drops_split_leftovers() -> None:
    raw = ["Redaktion", "Freundeskreis Nord e.V.", "edilson.la.rosa", ". Tanaka", "J", "Ana e Pedro"]
    assert clean_authors(raw, []) == ["Redaktion", "Freundeskreis Nord", "Ana", "Pedro"]
    assert clean_authors(["محمد علي و أحمد حسن", "Ирина Петрова"], []) == ["محمد علي", "أحمد حسن", "Ирина Петрова"]


def test_a_body_that_is_all_header_keeps_its_last_paragraph() -> None:
    brief = "Frankfurt (dpa) - The prize went to a novel about the old republic, the jury said on Monday."
    assert clean_paragraphs(brief, [brief], frozenset()) == [brief]
    assert clean_paragraphs(f"Headline\n{brief}", ["Headline", brief], frozenset()) == [brief]


def test_clean_authors_drops_the_outlet_a_byline_writes_for() -> None:
    raw = ["Glen Owen and Brendan Carlin for The Mail on Sunday", "Ana Ruiz for Harbour Times"]
    assert clean_authors(raw, []) == ["Glen Owen", "Brendan Carlin", "Ana Ruiz"]


def test_clean_authors_drops_a_reporters_role_before_the_name() -> None:
    raw = ["Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe", "Korrespondentin Ana Ruiz"]
    assert clean_authors(raw, []) == ["Sebastian Einbock", "Robin Tschöpe", "Ana Ruiz"]
    # A role word alone, or with one more word, is not cut into a name.
    assert clean_authors(["Reporter Jones"], []) == ["Reporter Jones"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Die Sprengung der K&amp;uuml;hlt&amp;uuml;rme", "Die Sprengung der Kühltürme"),  # escaped twice
        ("&lt;p&gt;Here&amp;#x27;s what we know &lt;/p&gt;", "Here's what we know"),  # markup, escaped
        ("<p><span>17 kwietnia</span> na konferencji</p>", "17 kwietnia na konferencji"),
        ("Science &amp; Technology", "Science & Technology"),
        ("Tom & Jerry < Popeye", "Tom & Jerry < Popeye"),  # a plain ampersand and comparison stay
        ("  Harbour\n vote  ", "Harbour vote"),
    ],
)
def test_metadata_values_are_plain_text(value: str, expected: str) -> None:
    assert plain_text(value) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        # Korean and Japanese titles glue the site's name (and a section) with no spaces, ㅣ standing for a bar.
        ("장동혁, 한동훈 제명했지만 부담 커졌다-정치ㅣ한국일보", "한국일보", "장동혁, 한동훈 제명했지만 부담 커졌다"),
        ("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", "子どもへの体罰を禁止する法律ができる"),
        # A Chinese site's name ("…网") glued on, though the page names it nowhere else.
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "", "武汉的声音：有英勇的你，才有英雄的城！"),
        ("促进航天技术更好惠及人民--时政--人民网", "", "促进航天技术更好惠及人民"),
        ("中国互联网络发展状况统计报告发布", "", "中国互联网络发展状况统计报告发布"),
        # ... or "…网站", "…官网" ("website", "official website"), or "…网资讯" (the site's news desk) before it.
        (
            "天宫一号与神舟九号载人交会对接任务第二场新闻发布会_中国载人航天官方网站",
            "",
            "天宫一号与神舟九号载人交会对接任务第二场新闻发布会",
        ),
        ("他放弃百万年薪来到这里 唯一的要求竟是……_凤凰网资讯_凤凰网", "", "他放弃百万年薪来到这里 唯一的要求竟是……"),
        ("建设一流学会官网", "", "建设一流学会官网"),  # a headline about a website, no separator
        # A Japanese company's name ("…株式会社", "株式会社…") glued on; the word alone in a headline stays.
        ("マウスを発売｜サンワサプライ株式会社", "", "マウスを発売"),
        ("新製品を発売｜株式会社サンワ", "", "新製品を発売"),
        ("株式会社の未来を語る", "", "株式会社の未来を語る"),
        # A Latin title's hyphenated word that ends like the site is the headline's.
        ("Neue Buslinie für Kiel-Nord", "Nord", "Neue Buslinie für Kiel-Nord"),
    ],
)
def test_a_site_name_glued_to_a_cjk_title_goes(title: str, site: str, expected: str) -> None:
    assert strip_site_name(title, [site]) == expected


def test_a_title_of_the_sites_name_alone_gives_way_to_the_h1() -> None:
    h1 = "Which robotic lawnmower is suitable for which lawn size?"
    # og:title the site's name on every page; the <title> the host's label alone.
    assert best_title(None, h1, f"{h1} | Robomow", None, ["Robomow"], og_title="Robomow") == h1
    url = "https://www.integralist.co.uk/posts/rust-ownership/"
    rust = "Rust Ownership, Borrowing, and Lifetimes"
    assert best_title(None, rust, "Integralist", None, [], url=url) == rust
    # A name with more words is the page's title ("Axios Future", a newsletter's); without an <h1>, the site's name
    # is all the page gives.
    assert best_title(None, "Sections", "Axios Future", None, [], url="https://www.axios.com/newsletters/future") == (
        "Axios Future"
    )
    assert best_title(None, None, "Robomow", None, ["Robomow"], og_title="Robomow") == "Robomow"
    # A separator SEO plugins offer, its site name left empty.
    gym = "Top Home Gym Must Haves For Every Budget And Fitness Level"
    assert best_title(None, None, f"{gym} ⋆", None, [], og_title=f"{gym} ⋆") == gym


def test_a_last_segment_naming_the_urls_section_goes() -> None:
    story = "Homestead gardening makes rural communities more self-reliant in Rajshahi"
    url = "https://www.bssnews.net/district/343604"
    assert best_title(None, None, f"{story} | District", None, ["BSS"], url=url) == story
    # Spaces doubled inside the section's name.
    sport = "https://news.example/local-sport/1234"
    assert best_title(None, None, f"{story} | Local  Sport", None, [], url=sport) == story
    opinion = "https://www.commercialappeal.com/story/opinion/contributors/2025/12/19/meditation/123/"
    assert best_title(None, None, "How meditation rewires brains | Opinion", None, [], url=opinion) == (
        "How meditation rewires brains"
    )
    # Not a segment the path does not name, nor one that leaves two words or fewer.
    assert best_title(None, None, f"{story} | Sport", None, [], url=url) == f"{story} | Sport"
    assert best_title(None, None, "Flood warning | District", None, [], url=url) == "Flood warning | District"


def test_an_h1_with_a_subtitle_after_og_titles_words_is_the_headline() -> None:
    short = "House Renovation Costs in the Bay Area"
    h1 = f"{short}: Room-by-Room Breakdown"
    assert best_title(None, h1, short, None, [], og_title=short) == h1
    cake = "Saftiger Zitronenkuchen vom Blech"
    assert best_title(None, f"{cake} – einfach köstlich!", cake, None, [], og_title=cake) == (
        f"{cake} – einfach köstlich!"
    )
    # A JSON-LD headline is the publisher's choice and stays; one more word is no subtitle.
    assert best_title(short, h1, short, None, [], og_title=short) == short
    assert best_title(None, f"{short}: Update", short, None, [], og_title=short) == short


def test_a_page_title_cut_inside_a_word_gives_way_to_the_h1() -> None:
    whole = "Ergonomic desk step by step: how to set up your monitor, laptop, and keyboard (checklist)"
    cut = "Ergonomic desk step by step: how to set up your monitor, laptop, and k | Oakywood.shop"
    assert best_title(None, whole, cut, None, [], url="https://oakywood.shop/blogs/news/ergonomic-desk") == whole
    # The <title>'s whole headline and the <h1> with a byline after it: the <title>'s.
    said = "»Haltet unsere Gewässer sauber!«"
    h1 = f"{said} Veröffentlicht von SeglerBlog am 23. Februar 2020"
    assert best_title(None, h1, f"{said} | SeglerBlog", None, ["SeglerBlog"]) == said


def test_a_title_cut_short_is_taken_whole_from_another_of_the_pages_titles() -> None:
    # JSON-LD's headline cut with an ellipsis; the <h1> gives it whole.
    whole = "Tsai Ing-wen's playbook should be essential reading for Hong Kong leader Carrie Lam"
    assert best_title(whole[:-11] + "...", whole, f"{whole} | SCMP", None, ["SCMP"]) == whole
    # og:title cut at a quotation mark its markup left unescaped; the <title> gives it whole.
    said = 'Senador republicano califica a Biden de "incapacitado"'
    cut = "Senador republicano califica a Biden de"
    assert best_title(None, None, said, None, [], og_title=cut) == said
    # A title that goes on past the same words without a quotation is another title: the structured one stays.
    assert best_title(
        None, None, "Habeck macht die Stahnke « SPREEBLICK", None, [], og_title="Habeck macht die Stahnke"
    ) == ("Habeck macht die Stahnke")
    assert best_title(None, None, "Council votes on the harbour budget again", None, [], og_title="Council votes") == (
        "Council votes"
    )


def test_a_site_name_set_beside_the_h1_without_a_separator_goes() -> None:
    assert best_title(None, "Trails", "Trails GHORBA", None, ["GHORBA"], og_title="Trails GHORBA") == "Trails"
    # Not a name the page does not give: "GHORBA" may be a word of the headline.
    assert best_title(None, "Trails", "Trails GHORBA", None, [], og_title="Trails GHORBA") == "Trails GHORBA"


def test_a_page_number_segment_and_a_repeated_segment_go() -> None:
    title = "Starting a Brackish Aquarium! - Page 3 - The Puffer Forum"
    assert strip_site_name(title, ["The Puffer Forum"]) == "Starting a Brackish Aquarium!"
    assert strip_site_name("Die Wahl in Kiel | Seite 2 von 4", []) == "Die Wahl in Kiel"
    assert strip_site_name("Spring Boot :: Spring Boot", []) == "Spring Boot"
    # One segment kept, the first: not cut where a later one repeats its words.
    names = ["GEICO", "Flight and Travel Insurance Quotes"]
    assert strip_site_name("Travel Insurance - Flight and Travel Insurance Quotes | GEICO", names) == "Travel Insurance"


def test_a_site_name_before_its_slogan_and_a_blog_after_an_at_sign_go() -> None:
    # og:site_name holds the name and its slogan; the <title> glues on the name alone.
    title = "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに|au Webポータル"
    assert strip_site_name(title, ["au Webポータル|最新のニュースをお届け！"]) == (
        "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに"
    )
    # A blog platform's "<headline> @ <blog> :: <platform> ::".
    title = "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::"
    assert strip_site_name(title, ["史蒂文的家_藍天"]) == "新竹尖石_美樹營地賞楓 (2)"
    # Not an at sign before another name, nor a headline that is all the name.
    assert strip_site_name("Meet us @ Harbour Days", ["Harbour Gazette"]) == "Meet us @ Harbour Days"


def test_a_japanese_headlines_note_on_its_picture_goes() -> None:
    title = "米朝首脳直通電話　習氏に挑むトランプ戦術の成否　（写真＝ロイター）　：日本経済新聞"
    og = "米朝首脳直通電話　習氏に挑むトランプ戦術の成否（写真＝ロイター）"
    assert (
        best_title(None, None, title, None, ["日本経済新聞"], og_title=og)
        == "米朝首脳直通電話 習氏に挑むトランプ戦術の成否"
    )
    # Brackets that are the headline's own stay.
    assert best_title(None, None, "阪神新監督に藤川氏（４４）", None, []) == "阪神新監督に藤川氏（４４）"


def test_a_dateline_set_apart_opens_the_paragraph_after_it() -> None:
    text = (
        "The storm reached the coast on Monday.\nWASHINGTON —\nThe Senate voted on Tuesday.\n"
        "Bergisch Gladbach -\nDie Stadt plant neu."
    )
    assert clean_paragraphs(text, [], frozenset()) == [
        "The storm reached the coast on Monday.",
        "WASHINGTON — The Senate voted on Tuesday.",
        "Bergisch Gladbach - Die Stadt plant neu.",
    ]
    # Not a sentence that ends with a dash, nor a long line.
    text = "The mayor said the vote was close and then -\nHe left the hall."
    assert clean_paragraphs(text, [], frozenset()) == text.split("\n")


def test_the_byline_and_date_under_a_teaser_go() -> None:
    teaser = "Kreditgenossen wickeln erfolgreich Transaktionen mit Onlinebanken ab."
    text = f"{teaser}\nVon Anna Sleegers, Frankfurt\nDer erste Absatz der Geschichte."
    assert clean_paragraphs(text, [], frozenset(), ["Anna Sleegers"]) == [teaser, "Der erste Absatz der Geschichte."]
    kicker = "US-Dream-Team wird immer besser"
    text = f"{kicker}\n05.08.2024, 20:59 Uhr\nDer erste Absatz der Geschichte."
    assert clean_paragraphs(text, [], frozenset()) == [kicker, "Der erste Absatz der Geschichte."]
    # A subtitle that starts like a byline stays: it names no author of the story; so does a date under a sentence
    # or further down.
    subtitle = "Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»"
    text = f"{teaser}\n{subtitle}\n05.08.2024\nDer erste Absatz.\nZweiter Absatz.\n05.08.2024"
    assert clean_paragraphs(text, [], frozenset(), ["Birgit Kelle"]) == text.split("\n")


def test_a_story_printed_twice_keeps_its_first_copy() -> None:
    story = [
        f"Paragraph {n}: Xiaomi makes a phone every second in its two Indian factories, its managing director said."
        for n in range(4)
    ]
    # business-standard.com printed its story again after the first copy, the headline between them.
    text = "\n".join(["Xiaomi makes 1 phone every second in India", *story, "With two factories in place", *story])
    assert clean_paragraphs(text, [], frozenset()) == [
        "Xiaomi makes 1 phone every second in India",
        *story,
        "With two factories in place",
    ]
    # What the story itself repeats stays: a quote given again (one paragraph), a refrain, the same meals in each
    # menu of a meal plan (short lines).
    quote = "“We have been able to create employment for more than 5,000 people,” the managing director told reporters."
    lines = [quote, *story[:2], quote, *story[2:]]
    assert clean_paragraphs("\n".join(lines), [], frozenset()) == lines
    refrain = ["Oh la la, the harbour lights are shining bright", "Oh la la, the boats come home tonight"] * 2
    lines = ["Verse one of the song, as the band sang it.", *refrain, "Verse two of the song.", *refrain]
    assert clean_paragraphs("\n".join(lines), [], frozenset()) == lines
    menu = [
        "Pre-Workout Meal: eat 60–90 minutes before your workout",
        "Asparagus and eggs, half a cup of sweet potato",
        "Workout supplement: drink during your workout",
    ]
    lines = ["Menu for eating plan A", *menu * 3, "Menu for eating plan B", *menu * 3]
    assert clean_paragraphs("\n".join(lines), [], frozenset()) == lines


def test_a_list_of_other_stories_that_ends_the_text_goes_with_its_heading() -> None:
    story = ["Paragraph 1: Croatia joined the European Union at midnight, with fireworks over the capital's squares."]
    teasers = ["- Russian warships cross the Bosphorus on their way to Syria", "- Panda born in a U.S. zoo is a girl"]
    for heading in ("Recommended for You", "You might also like", "More stories from Reuters", "Most read"):
        assert clean_paragraphs("\n".join([*story, heading, *teasers]), [], frozenset()) == story
    # A line known as a leftover ("Related", as the settings list it) heads one too.
    assert clean_paragraphs("\n".join([*story, "Related", *teasers]), [], boilerplate_keys(["related"])) == story
    # The story's own list, after its own sentence, stays; so does a heading's list with the story going on after it.
    own = [*story, "The council gave three reasons:", *teasers]
    assert clean_paragraphs("\n".join(own), [], frozenset()) == own
    going_on = [*story, "Most read", *teasers, "Paragraph 2: the celebrations were smaller than in 2007."]
    assert clean_paragraphs("\n".join(going_on), [], frozenset()) == going_on
    # One item is not a list of stories.
    assert clean_paragraphs("\n".join([*story, "Recommended for You", teasers[0]]), [], frozenset()) == [
        *story,
        "Recommended for You",
        teasers[0],
    ]
