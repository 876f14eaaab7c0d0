"""Imported once by the extraction workers' fork server (``pipelines.workers``):
everything a worker needs is loaded here, before any worker exists, so each
worker starts at once as a fork of it and the read-only parts (the language
model's 70 MB of arrays, the code, the stop words) are shared between
workers, not copied."""

from __future__ import annotations

import gc

from justext.core import define_stoplist
from trafilatura import external

from pipelines import extractor, fallbackmeta, fingerprints, htmltree, language, record  # noqa: F401  (loaded for the forks)

language.detect("A sentence that makes py3langid load its model before the workers fork.")
# trafilatura's justext fallback builds the stop words of all languages on the
# first page that needs it (about 30 MB, 0.5 s): once here, not in every worker.
define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())
# A collection in a worker writes into every object it visits, which would copy
# the shared pages into each worker; what is loaded by now lives for good.
gc.freeze()
