"""Imported once by the extraction workers' fork server (``pipelines.workers``):
everything a worker needs is loaded here, before any worker exists, so each
worker starts at once as a fork of it and the read-only parts (the language
model's 70 MB of arrays, the code, the stop words) are shared between
workers, not copied."""

from __future__ import annotations

import gc
import os
import sys

from justext.core import define_stoplist
from trafilatura import external

# ``workers`` is the module each worker runs (``serve``): loaded here, it is
# shared too instead of being imported again in every worker.
from pipelines import extractor, fallbackmeta, fingerprints, htmltree, language, record, workers  # noqa: F401

language.detect("A sentence that makes py3langid load its model before the workers fork.")
# trafilatura's justext fallback builds the stop words of all languages on the
# first page that needs it (about 30 MB, 0.5 s): once here, not in every worker.
define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())
# multiprocessing runs the parent's main script in each process it starts,
# before the target, unless that process's own __main__ bears the script's file
# name (CPython's ``spawn._fixup_main_from_path``; in CPython 3.11 the
# forkserver's "__main__" preload, meant for this, never gets the path).
# The crawler's is the ``scrapy`` command: all of Scrapy and Twisted, about
# 20 MB in each worker, for nothing a worker uses (the pages and the extractor
# class come from importable modules). Named after it, this server's __main__
# counts as run in every worker it forks.
if crawler_main := os.environ.get(workers.CRAWLER_MAIN):
    sys.modules["__main__"].__file__ = crawler_main
# A collection in a worker writes into every object it visits, which would copy
# the shared pages into each worker; what is loaded by now lives for good.
gc.freeze()
