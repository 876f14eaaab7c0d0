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
