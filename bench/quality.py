"""Extraction quality on ../shared/eval, for the pipeline's own extractor and
for plain trafilatura (the baseline), in one run.

Runs ``pipelines.extractor.Extractor`` (built from the project settings, as
the pipeline builds it) and ``trafilatura.bare_extraction(html, url=url,
with_metadata=True)`` over every page of each set and prints, per set and per
language (from the truth's URL's page, by our detected language):
- body precision / recall / F1 with the token 4-gram method of the eval
  README (sets with a ``body``);
- snippet precision / recall / F1 (sets with ``with``/``without``).
A page our extractor rejects (no article text) counts as empty text.

    .venv/bin/python bench/quality.py [--eval ../shared/eval] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

from pipelines.extractor import Extractor, NoArticle  # noqa: E402
from pipelines.language import detect  # noqa: E402

TOKEN = re.compile(r"\w+")


def grams(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def squash(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Scores:
    """Per-page body precision/recall, and summed snippet counts."""

    body: list[tuple[float, float]] = field(default_factory=list)
    snippets: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fn, fp

    def add_body(self, truth: str, text: str) -> None:
        expected, got = grams(truth), grams(text)
        shared = sum((expected & got).values())
        precision = shared / sum(got.values()) if got else 0.0
        recall = shared / sum(expected.values()) if expected else (1.0 if not got else 0.0)
        self.body.append((precision, recall))

    def add_snippets(self, row: dict[str, object], text: str) -> None:
        flat = squash(text)
        for snippet in row.get("with", []) or []:  # type: ignore[union-attr]
            self.snippets[0 if squash(str(snippet)) in flat else 1] += 1
        for snippet in row.get("without", []) or []:  # type: ignore[union-attr]
            self.snippets[2] += squash(str(snippet)) in flat

    def line(self) -> str:
        parts = []
        if self.body:
            p = sum(b[0] for b in self.body) / len(self.body)
            r = sum(b[1] for b in self.body) / len(self.body)
            parts.append(f"body P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
        tp, fn, fp = self.snippets
        if tp + fn + fp:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            parts.append(f"snippets P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
        return "  ".join(parts)


def ours(extractor: Extractor, html: str, url: str) -> str:
    try:
        return extractor.extract(html, url).text
    except NoArticle:
        return ""


def baseline(html: str, url: str) -> str:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    return (document.text or "") if document is not None else ""  # type: ignore[union-attr]


def run_set(folder: Path, extractor: Extractor, limit: int | None) -> None:
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    results: dict[str, dict[str, Scores]] = {"ours": defaultdict(Scores), "trafilatura": defaultdict(Scores)}
    pages: Counter[str] = Counter()
    for row in rows[:limit]:
        html = gzip.decompress((folder / row["file"]).read_bytes()).decode("utf-8", "replace")
        texts = {"ours": ours(extractor, html, row["url"]), "trafilatura": baseline(html, row["url"])}
        language = detect(row.get("body") or texts["trafilatura"]) or "??"
        pages.update(("all", language))
        for name, text in texts.items():
            for key in ("all", language):
                if row.get("body"):
                    results[name][key].add_body(row["body"], text)
                if row.get("with") or row.get("without"):
                    results[name][key].add_snippets(row, text)
    print(f"\n== {folder.name} ({len(rows[:limit])} pages)")
    for key, count in sorted(pages.items(), key=lambda item: (item[0] != "all", -item[1], item[0])):
        for name in ("ours", "trafilatura"):
            print(f"  {key:4} {name:12} {results[name][key].line()}  [{count} pages]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    args = parser.parse_args()
    settings = Settings()
    settings.setmodule("config.settings")
    extractor = Extractor.from_settings(settings)
    for folder in sorted(p for p in Path(args.eval).iterdir() if (p / "truth.jsonl").is_file()):
        run_set(folder, extractor, args.limit)


if __name__ == "__main__":
    main()
