"""Imported by the extraction workers' fork server after ``pipelines.workerboot``
when ``EXTRACT_WARM_DATES`` is on: htmldate's fallback date parser
(dateparser, over all of its 200 locales) compiled once, before any worker
exists.

Left to itself, every worker compiles those patterns on the first worded
date it cannot read otherwise: about 4 s of CPU per worker, again after each
recycling (``EXTRACT_MAX_PAGES``), and some 40 MB per worker that grow as pages
in new languages come. Compiled here, they cost the fork server 4 s once and
are shared by all the workers.
"""

from __future__ import annotations

import gc

from dateparser.languages.loader import default_loader
from htmldate.extractors import get_external_parser, month_words

_SAMPLES = ("12 janvier 2020 à 10:00 CET", "Mittwoch, 4. Mai 2022 | 12:30 Uhr", "3 days ago")

_parser = get_external_parser()
month_words()
for _locale in default_loader.get_locales():
    for _sample in _SAMPLES:
        # The per-locale word lists and split/relative patterns the parser
        # builds when it asks each locale whether a string is in its language.
        _locale.is_applicable(_sample, strip_timezone=False, settings=_parser._settings)
for _sample in _SAMPLES:
    _parser.get_date_data(_sample)  # the time-zone patterns and the parse path itself
gc.freeze()
