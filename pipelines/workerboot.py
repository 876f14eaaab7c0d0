"""Imported once by the extraction workers' fork server (``pipelines.workers``):
everything a worker needs is loaded here, before any worker exists, so each
worker starts at once as a fork of it and the read-only parts (the language
model's 70 MB of arrays, the code) are shared between workers, not copied."""

from __future__ import annotations

from pipelines import extractor, fingerprints, language, record  # noqa: F401  (loaded for the forks)

language.detect("A sentence that makes py3langid load its model before the workers fork.")
