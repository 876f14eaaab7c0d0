"""dateparser's compiled per-locale patterns kept on disk between runs, for
the workers' fork server (``pipelines.workerdates``).

dateparser keeps, per locale, three regular expressions (its words, its
relative-date phrases) and two word lists in class-level dictionaries of
``Dictionary``, built on first use: most of the 3.5 s the warm-up takes.
The ``regex`` module pickles a pattern with its compiled program, so these
load in 0.05 s. The file is named after the dateparser, regex and Python
versions, since it holds their internals; if dateparser ever stops keeping
these dictionaries, ``usable`` is False and nothing is cached.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from dateparser.languages.dictionary import Dictionary

# {cache key: {locale name: compiled pattern, or sorted word list}} each.
_CACHES = (
    "_split_regex_cache",
    "_sorted_words_cache",
    "_split_relative_regex_cache",
    "_sorted_relative_strings_cache",
    "_match_relative_regex_cache",
)


def usable() -> bool:
    """dateparser keeps the caches this module saves, and the versions that
    name the file can be read (not so for a vendored copy without metadata)."""
    try:
        version("dateparser"), version("regex")
    except PackageNotFoundError:
        return False
    return all(isinstance(getattr(Dictionary, name, None), dict) for name in _CACHES)


def cache_file(directory: str) -> Path:
    python = "{}.{}".format(*sys.version_info[:2])
    return Path(directory) / f"dateparser-{version('dateparser')}-regex-{version('regex')}-py{python}.pickle"


def sizes() -> list[int]:
    """How many entries each cache holds: to tell whether using the parser added any."""
    return [sum(map(len, getattr(Dictionary, name).values())) for name in _CACHES]


def load(path: Path) -> bool:
    """Fill dateparser's caches from ``path``; False, and nothing changed, if
    the file is missing, unreadable or not what ``save`` writes."""
    try:
        with path.open("rb") as file:
            saved = pickle.load(file)
    except Exception:  # missing, truncated, or not a pickle at all: compiled again instead
        return False
    if not (
        isinstance(saved, dict)
        and set(saved) == set(_CACHES)
        and all(isinstance(entries, dict) for entries in saved.values())
    ):
        return False
    for name, entries in saved.items():
        getattr(Dictionary, name).update(entries)
    return True


def save(path: Path) -> None:
    """Write dateparser's caches to ``path`` through a temporary file, so that
    a reader never sees half of one; a directory that cannot be written is
    left alone (the next start compiles again)."""
    temporary = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, delete=False) as file:
            temporary = file.name
            pickle.dump({name: getattr(Dictionary, name) for name in _CACHES}, file, pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
