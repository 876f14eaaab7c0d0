"""Small string helpers the cleaners share: white space, entities, comparison keys, a text's visual length
and script."""

from __future__ import annotations

import html
import re
import unicodedata

WORD = re.compile(r"\w+")
WIDE = re.compile("[\u3000-\u9fff\uac00-\ud7af]")


def squash(text: str) -> str:
    """Collapse runs of white space into single spaces and strip the ends."""
    return " ".join(text.split())


_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def plain_text(text: str) -> str:
    """A metadata value as plain text: entities a CMS escaped twice or three
    times decoded ("K&amp;uuml;hlt&amp;uuml;rme"), markup it left in removed
    ("&lt;p&gt;Here&amp;#x27;s ...&lt;/p&gt;"), white space collapsed."""
    text = decoded_entities(text)
    return squash(_TAG.sub(" ", text) if "<" in text else text)


def decoded_entities(text: str) -> str:
    """``text`` with its HTML entities decoded, as often as a CMS escaped
    them (up to three times: "And finally&amp;#8230;" is "And finally…")."""
    for _ in range(3):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def visual_length(text: str) -> int:
    """Length with CJK and Hangul characters counted three times: a 60-character
    Japanese paragraph says as much as a 180-character English one."""
    return len(text) + 2 * len(WIDE.findall(text))


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, letters and digits only."""
    return " ".join(WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def dominant_script(text: str) -> str:
    """The dominant script of ``text``'s letters, by Unicode name prefix."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "OTHER").split(" ")[0]
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def compact_key(text: str) -> str:
    return fold(text).replace(" ", "")
