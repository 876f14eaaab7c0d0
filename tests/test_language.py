from __future__ import annotations

import pytest

from pipelines.language import declared, identify


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ar-EG", "ar"),
        ("en_US", "en"),
        ("deu", "de"),
        ("iw", "he"),  # the pre-1989 codes, still served
        ("in-ID", "id"),
        ("nb-NO", "no"),  # Bokmål: the identifier's "no", so one language has one code across pages
        ("nn-NO", "nn"),
        ("de-DE, en", "de"),
        ("x", None),
        ("", None),
    ],
)
def test_a_declared_language_tag_gives_its_iso_639_1_code(tag: str, code: str | None) -> None:
    assert declared(tag) == code


def test_without_a_declaration_the_text_is_identified() -> None:
    assert identify(None, "Der Stadtrat hat am Abend über den Haushalt des Hafens beraten und abgestimmt.") == "de"
    assert identify("pt-BR", "Der Stadtrat hat am Abend über den Haushalt beraten.") == "pt"


SPANISH = (
    "Con el objetivo de fortalecer la actividad pesquera y acuícola en las comunidades de la región, el gobierno "
    "municipal entregó miles de crías de peces a los productores locales, que llevarán los ejemplares a las presas "
    "de la zona.\nRecordó que hace varias semanas se repobló con veinte mil crías de peces de distintas especies."
)


def test_text_plainly_in_another_language_overrules_a_themes_default_declaration() -> None:
    # A WordPress theme's lang="en-US" on a Mexican newspaper.
    assert identify("en-US", SPANISH) == "es"
    # Too little text to overrule: the declaration stands.
    assert identify("en-US", SPANISH[:150]) == "en"


def test_a_declaration_stands_against_a_close_language_and_against_a_long_quotation() -> None:
    # Croatian text on a page declared Bosnian: the identifier's top guess, but too close a language to overrule.
    croatian = (
        "Gradsko vijeće je sinoć odobrilo proračun luke nakon duge rasprave koja je trajala do ponoći. "
        "Gradonačelnik je rekao da će se trajektno pristanište obnoviti sljedeće godine, a radovi će trajati dvije "
        "godine.\nOporba je glasala protiv, tvrdeći da je proračun preskup i da građani nisu dovoljno uključeni."
    )
    assert identify("bs", croatian) == "bs"
    # A German story that quotes an English press release at length: English scores higher over the whole text,
    # but it is not the language of nine tenths of it.
    english = (
        "BWSurf is the only surf specific kite company in the world. As surfers, our passion for waveriding drives us "
        "to design and manufacture purpose built equipment. We are committed to creating the highest quality and "
        "performance products on the market and always strive to help you develop your skills. Years of experience "
        "in some of the best breaks all over the world allow us to understand what it takes to get you on the water."
    )
    german = "So manch einer der eingefleischten Waverider kennt sie schon, die Boards und Kites aus Hawaii."
    text = f'{german}\nGerade ist die neue Palette eingetroffen. Hier etwas O-Ton: "{english}"'
    assert identify("de", text) == "de"
