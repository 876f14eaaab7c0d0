"""Imported by the extraction workers' fork server after ``pipelines.workerboot``
when ``EXTRACT_WARM_DATES`` is on: htmldate's fallback date parser
(dateparser, over all of its 200 locales) compiled once, before any worker
exists.

Left to itself, every worker compiles those patterns on the first worded
date it cannot read otherwise: about 4 s of CPU per worker, again after each
recycling (``EXTRACT_MAX_PAGES``), and some 40 MB per worker that grow as pages
in new languages come. Compiled here, they cost the fork server 3.5 s once and
are shared by all the workers.

The patterns that take most of that time are kept in ``EXTRACT_CACHE_DIR``
(``pipelines.datecache``): compiled at the first start, loaded at later ones,
0.9 s a start instead of 3.5 s. A file that cannot be read, is not what
``datecache`` writes or lacks patterns the warm-up needed is written anew.
With the setting empty they are compiled at every start.
"""

from __future__ import annotations

import gc
import os

from dateparser.languages.loader import default_loader
from htmldate.extractors import get_external_parser, month_words

from pipelines import datecache
from pipelines.workers import DATES_CACHE_DIR

_SAMPLES = ("12 janvier 2020 à 10:00 CET", "Mittwoch, 4. Mai 2022 | 12:30 Uhr", "3 days ago")


def warm() -> None:
    directory = os.environ.get(DATES_CACHE_DIR, "")
    path = datecache.cache_file(directory) if directory and datecache.usable() else None
    if path is not None:
        datecache.load(path)
    before = datecache.sizes() if path is not None else []
    parser = get_external_parser()
    month_words()
    for locale in default_loader.get_locales():
        for sample in _SAMPLES:
            # The per-locale word lists and split/relative patterns the parser
            # builds when it asks each locale whether a string is in its language.
            locale.is_applicable(sample, strip_timezone=False, settings=parser._settings)
    for sample in _SAMPLES:
        parser.get_date_data(sample)  # the time-zone patterns and the parse path itself
    if path is not None and datecache.sizes() != before:  # no file yet, an unusable one, or one missing patterns
        datecache.save(path)


warm()
gc.freeze()
