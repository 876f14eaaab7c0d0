"""Crawl records (collection/table ``crawls``): what each crawl of a source did.

Built from the crawl's stats, whose per-source keys are
``source/<id>/<counter>`` (``pages``, ``not_modified``,
``articles/<new|updated|unchanged>``, ``dropped/<reason>``,
``failed/<kind>``, ``skipped/<why>``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

GROUPS = ("articles", "dropped", "failed", "skipped")


def crawl_records(
    source_ids: list[str], stats: dict[str, Any], started_at: datetime, finished_at: datetime, reason: str
) -> list[dict[str, Any]]:
    records = []
    for source_id in source_ids:
        prefix = f"source/{source_id}/"
        record: dict[str, Any] = {
            "source": source_id,
            "started_at": started_at,
            "finished_at": finished_at,
            "finish_reason": reason,
            "pages_fetched": int(stats.get(prefix + "pages", 0)),
            "not_modified": int(stats.get(prefix + "not_modified", 0)),
            "articles": {"new": 0, "updated": 0, "unchanged": 0},
            "dropped": {},
            "failed": {},
            "skipped": {},
        }
        for key, value in stats.items():
            if not key.startswith(prefix):
                continue
            group, _, name = key[len(prefix) :].partition("/")
            if group in GROUPS and name:
                record[group][name] = int(value)
        records.append(record)
    return records
