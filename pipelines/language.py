"""The article's language as an ISO 639-1 code.

The page's declaration (``<html lang>``, ``Content-Language``, ``og:locale``,
JSON-LD ``inLanguage``) wins when it names a language; otherwise the text is
identified with py3langid (the identifier trafilatura itself uses).
"""

from __future__ import annotations

import re
import threading

import py3langid

_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")
# ISO 639-2/3 codes that pages sometimes declare, mapped to ISO 639-1.
_THREE_TO_TWO = {
    "ara": "ar", "eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es",
    "por": "pt", "rus": "ru", "zho": "zh", "chi": "zh", "jpn": "ja", "fas": "fa", "per": "fa",
    "tur": "tr", "ita": "it", "nld": "nl", "dut": "nl", "pol": "pl", "ukr": "uk", "heb": "he",
    "urd": "ur", "hin": "hi", "kor": "ko", "ind": "id", "swe": "sv",
}  # fmt: skip
# Codes for one language under another name, mapped to the one the identifier gives: the pre-1989 codes for
# Hebrew, Indonesian and Yiddish, still served, and Norwegian Bokmål ("nb-NO"), which the identifier calls "no".
_SAME_LANGUAGE = {"iw": "he", "in": "id", "ji": "yi", "nb": "no", "nob": "no"}
_first_use = threading.Lock()  # the model loads on first use; load it once


def declared(value: str | None) -> str | None:
    """ISO 639-1 code from a declared language tag such as ``ar-EG`` or ``en_US``."""
    if not value:
        return None
    match = _CODE.match(value.strip().split(",")[0].strip())
    if not match:
        return None
    code = match.group(1).lower()
    code = _SAME_LANGUAGE.get(code, code)
    return code if len(code) == 2 else _THREE_TO_TWO.get(code)


def detect(text: str) -> str | None:
    """Identify the language of ``text``; ``None`` for too little text."""
    if len(text.strip()) < 20:
        return None
    with _first_use:
        code, _score = py3langid.classify(text[:5000])
    return str(code)


def identify(declared_value: str | None, text: str) -> str | None:
    return declared(declared_value) or detect(text)
