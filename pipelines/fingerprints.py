"""Near-duplicate detection: shingles, MinHash signatures and LSH band keys.

Pure functions; the dedup pipeline (``pipelines.dedup``) runs them against the store.

- Text is normalised for matching only (the stored text is untouched): NFKC,
  case folding, Arabic diacritics and tatweel removed, alef/yeh/teh-marbuta
  forms unified, so the same story spelled by two Arabic sites still matches.
- Tokens are ``\\w+`` words; scripts written without spaces (Chinese, Japanese,
  Thai, Lao, Khmer, Myanmar) contribute one token per character, so their
  shingles are character trigrams.
- Shingles are token trigrams. A MinHash signature of ``NUM_PERM`` values
  (rensa, measured about 100x faster than datasketch here: bench/dedup.py)
  is cut into ``BANDS`` bands of ``ROWS`` values (the first 64 values); each
  band is an index key, so a candidate is found without comparing against
  every stored article.
- Two texts match when the estimated containment of the smaller shingle set
  in the larger one reaches the threshold: a copy that keeps three of four
  paragraphs and adds an ad line or a "Source link" footer is still a copy,
  though its Jaccard similarity is well below 1.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rensa import RMinHash

NUM_PERM = 128  # signature length: containment estimates within about +-0.05
BANDS = 16  # LSH keys per article (each is an index entry written with the article)
ROWS = 4  # values per band: a pair with Jaccard 0.7 shares a band with probability 0.99, 0.3 with 0.12
SEED = 20261129  # fixed: signatures are stored and compared across runs
SHINGLE = 3

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, tatweel
_ARABIC_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه"})
_ARABIC = re.compile("[\u0600-\u06ff]")
_NO_SPACES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_NO_SPACES = re.compile(f"[{_NO_SPACES}]")
_MIXED_TOKEN = re.compile(f"[{_NO_SPACES}]|[^\\W{_NO_SPACES}]+")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if _ARABIC.search(text):  # most texts have no Arabic: skip the two passes
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FORMS)
    return text


def tokens(text: str) -> list[str]:
    text = normalise(text)
    return (_MIXED_TOKEN if _HAS_NO_SPACES.search(text) else _WORD).findall(text)


def shingles(text: str) -> set[str]:
    words = tokens(text)
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))


@dataclass(frozen=True)
class Fingerprint:
    size: int  # number of distinct shingles
    digest: list[int]
    bands: list[str]


def fingerprint(text: str) -> Fingerprint:
    found = shingles(text)
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(list(found))
    digest = [int(v) for v in minhash.digest()]
    return Fingerprint(len(found), digest, [f"b{band}:{_band_hash(digest, band):x}" for band in range(BANDS)])


def _band_hash(digest: list[int], band: int) -> int:
    """A stable 64-bit mix of one band's values (keys are stored, so no
    per-process ``hash()``)."""
    mixed = band
    for value in digest[band * ROWS : (band + 1) * ROWS]:
        mixed = ((mixed * 1_000_003) ^ value) & 0xFFFFFFFFFFFFFFFF
    return mixed


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def containment(a: Fingerprint | tuple[int, list[int]], b: Fingerprint | tuple[int, list[int]]) -> float:
    """Estimated share of the smaller shingle set found in the larger one."""
    size_a, digest_a = (a.size, a.digest) if isinstance(a, Fingerprint) else a
    size_b, digest_b = (b.size, b.digest) if isinstance(b, Fingerprint) else b
    if not size_a or not size_b:
        return 0.0
    similarity = jaccard(digest_a, digest_b)
    shared = similarity / (1 + similarity) * (size_a + size_b)
    return min(1.0, shared / min(size_a, size_b))
