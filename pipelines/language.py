"""The article's language as an ISO 639-1 code.

The page's declaration (``<html lang>``, ``Content-Language``, ``og:locale``,
JSON-LD ``inLanguage``) wins when it names a language, unless the text is
plainly in another: a theme's default ``lang="en-US"`` on a Spanish, Albanian
or Gujarati site. Otherwise the text is identified with py3langid (the
identifier trafilatura itself uses).
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


# How far the text's language must score above the declared one, per character of at least this much text
# (py3langid's log-probabilities), to overrule the declaration: text in another language scores 1 to 6 a
# character apart from it; close languages the identifier confuses (Bosnian and Croatian) or a few foreign lines
# score under 0.3.
_OVERRULE_GAP = 0.5
_OVERRULE_CHARS = 200
_SAMPLE_CHARS = 500  # enough to tell: ranking every language over 5,000 characters costs thirty times as much
_SHARE_CHARS = 2000
_OVERRULE_SHARE = 0.9  # ... and that language is the text's, paragraph by paragraph, not a long quotation's


def identify(declared_value: str | None, text: str) -> str | None:
    """The declared language, unless the text is plainly in another: its
    longest paragraph scores that language well above the declared one (see
    ``_OVERRULE_GAP``), and most of its first paragraphs are in it (see
    ``_OVERRULE_SHARE``); without a declaration, the text's."""
    code = declared(declared_value)
    if code is None:
        return detect(text)
    if len(text.strip()) < _OVERRULE_CHARS:
        return code
    sample = _body_sample(text)
    with _first_use:
        scores = dict(py3langid.rank(sample))
    found = max(scores, key=scores.__getitem__)
    if found != code and code in scores and (scores[found] - scores[code]) / len(sample) >= _OVERRULE_GAP:
        return str(found) if _share(text[:_SHARE_CHARS], found) >= _OVERRULE_SHARE else code
    return code


def _body_sample(text: str) -> str:
    """The text's longest paragraph, cut to ``_SAMPLE_CHARS``: the story's own language, where the first lines
    may be credits or a caption in another."""
    return max(text.split("\n"), key=len)[:_SAMPLE_CHARS]


def _share(text: str, code: str) -> float:
    """The share of ``text``'s characters in paragraphs identified as ``code``: a German page quoting an English
    press release at length is still German."""
    paragraphs = [p for p in text.split("\n") if len(p.strip()) >= 20]
    with _first_use:
        found = sum(len(p) for p in paragraphs if py3langid.classify(p)[0] == code)
    return found / max(1, sum(map(len, paragraphs)))
