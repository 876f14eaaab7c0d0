"""Extraction quality on ../shared/eval, for the pipeline's own extractor and
for plain trafilatura (the baseline), in one run.

Runs ``pipelines.extractor.Extractor`` (built from the project settings, as
the pipeline builds it) and ``trafilatura.bare_extraction(html, url=url,
with_metadata=True)`` over every page of each set and prints, per set and per
language (detected from the truth body, else from the baseline's text):
- body precision / recall / F1 with the token 4-gram method of the eval
  README (sets with a ``body``);
- snippet precision / recall / F1 (sets with ``with``/``without``);
- title: share of pages whose title equals the expected one after NFKC and
  white-space normalisation;
- date: share of pages whose publication date has the expected day (the day
  in the expected value's own UTC offset when it has one, else the day as the
  page printed it);
- authors: F1 over names (NFKC, case-folded, single-spaced), true/false
  positives summed over the pages whose truth lists authors;
- the extraction time per page, for each side.
A page our extractor rejects (no article text) counts as empty text and no
metadata. Languages where ours is worse than the baseline by more than 0.01
on any measure are listed at the end of each set.

    .venv/bin/python bench/quality.py [--eval ../shared/eval] [--limit N] [--dump pages.jsonl]

``--holdout DIR`` scores a checkout of the Scrapinghub article-extraction
benchmark instead (``ground-truth.json`` and ``html/<id>.html.gz``; 181 pages,
body text only), the same way: pages the rules were never tuned on, to see
that the gains hold. The project never copies it; clone it yourself.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

from pipelines.extractor import Extractor, NoArticle  # noqa: E402
from pipelines.language import detect  # noqa: E402
from pipelines.page import saved_page_text  # noqa: E402

TOKEN = re.compile(r"\w+")
MEASURES = ("body", "snippets", "title", "date", "authors")


def grams(text: str) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def squash(text: str) -> str:
    return " ".join(text.split())


def norm(text: str) -> str:
    return squash(unicodedata.normalize("NFKC", text))


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Found:
    """What one extractor returned for one page."""

    text: str = ""
    title: str | None = None
    published: datetime | date | None = None
    authors: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Scores:
    """Per-page body precision/recall, summed snippet and author counts, hits."""

    body: list[tuple[float, float]] = field(default_factory=list)
    snippets: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fn, fp
    authors: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, fn, fp
    title: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0

    def add(self, row: dict[str, Any], found: Found) -> None:
        self.pages += 1
        self.seconds += found.seconds
        if row.get("body"):
            self.add_body(row["body"], found.text)
        if row.get("with") or row.get("without"):
            self.add_snippets(row, found.text)
        if row.get("title"):
            self.title.append(norm(found.title or "") == norm(row["title"]))
        if row.get("published"):
            self.date.append(same_day(row["published"], found.published))
        if row.get("authors") is not None:
            self.add_authors(row["authors"], found.authors)

    def add_body(self, truth: str, text: str) -> None:
        expected, got = grams(truth), grams(text)
        shared = sum((expected & got).values())
        precision = shared / sum(got.values()) if got else 0.0
        recall = shared / sum(expected.values()) if expected else (1.0 if not got else 0.0)
        self.body.append((precision, recall))

    def add_snippets(self, row: dict[str, Any], text: str) -> None:
        flat = squash(text)
        for snippet in row.get("with") or []:
            self.snippets[0 if squash(str(snippet)) in flat else 1] += 1
        for snippet in row.get("without") or []:
            self.snippets[2] += squash(str(snippet)) in flat

    def add_authors(self, truth: list[str], got: list[str]) -> None:
        expected = {norm(a).casefold() for a in truth if a.strip()}
        found = {norm(a).casefold() for a in got if a.strip()}
        self.authors[0] += len(expected & found)
        self.authors[1] += len(expected - found)
        self.authors[2] += len(found - expected)

    def figures(self) -> dict[str, tuple[float, ...] | None]:
        """measure -> (F1, precision, recall) or (rate,); None when not measured."""
        out: dict[str, tuple[float, ...] | None] = dict.fromkeys(MEASURES)
        if self.body:
            p = sum(b[0] for b in self.body) / len(self.body)
            r = sum(b[1] for b in self.body) / len(self.body)
            out["body"] = (f1(p, r), p, r)
        for name, (tp, fn, fp) in (("snippets", self.snippets), ("authors", self.authors)):
            if tp + fn + fp:
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn) if tp + fn else 0.0
                out[name] = (f1(p, r), p, r)
        for name, hits in (("title", self.title), ("date", self.date)):
            if hits:
                out[name] = (sum(hits) / len(hits),)
        return out


def same_day(expected: str, found: datetime | date | None) -> bool:
    if found is None:
        return False
    try:
        truth = datetime.fromisoformat(expected.strip())
    except ValueError:
        return False
    if isinstance(found, datetime) and truth.tzinfo is not None and found.tzinfo is not None:
        found = found.astimezone(truth.tzinfo)
    return (found.date() if isinstance(found, datetime) else found) == truth.date()


def ours(extractor: Extractor, html: str, url: str) -> Found:
    start = time.perf_counter()
    try:
        article = extractor.extract(html, url)
    except NoArticle:
        return Found(seconds=time.perf_counter() - start)
    return Found(
        article.text, article.title, article.published_at, article.authors, seconds=time.perf_counter() - start
    )


def baseline(html: str, url: str) -> Found:
    start = time.perf_counter()
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    seconds = time.perf_counter() - start
    if document is None:
        return Found(seconds=seconds)
    try:
        published = date.fromisoformat(str(document.date)[:10]) if document.date else None  # type: ignore[union-attr]
    except ValueError:
        published = None
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]  # type: ignore[union-attr]
    return Found(document.text or "", document.title, published, authors, seconds)  # type: ignore[union-attr]


def cell(figures: tuple[float, ...] | None, detail: bool) -> str:
    if figures is None:
        return "-"
    if detail and len(figures) == 3:
        return f"{figures[0]:.3f} ({figures[1]:.3f}/{figures[2]:.3f})"
    return f"{figures[0]:.3f}"


def report(name: str, results: dict[str, dict[str, Scores]]) -> None:
    print(f"\n== {name} ({results['ours']['all'].pages} pages)")
    columns = ["language", "pages", "extractor", "body F1 (P/R)", "snippets F1 (P/R)", "title", "date"]
    header = "| " + " | ".join([*columns, "authors F1 (P/R)", "ms/page"]) + " |"
    print(header)
    print("| --- " * (header.count("|") - 1) + "|")
    keys = sorted(results["ours"], key=lambda k: (k != "all", -results["ours"][k].pages, k))
    worse = []
    for key in keys:
        figures = {side: results[side][key].figures() for side in ("ours", "trafilatura")}
        for side in ("ours", "trafilatura"):
            scores = results[side][key]
            cells = [cell(figures[side][m], key == "all") for m in MEASURES]
            ms = 1000 * scores.seconds / scores.pages
            print(f"| {key} | {scores.pages} | {side} | {' | '.join(cells)} | {ms:.0f} |")
        for measure in MEASURES:
            mine, theirs = figures["ours"][measure], figures["trafilatura"][measure]
            if mine and theirs and mine[0] < theirs[0] - 0.01:
                worse.append(f"{key} {measure} {mine[0]:.3f} < {theirs[0]:.3f} ({results['ours'][key].pages} pages)")
    print("worse than the baseline by more than 0.01: " + ("; ".join(worse) or "none"))


def eval_rows(folder: Path) -> list[dict[str, Any]]:
    """A set of ../shared/eval: one truth row per line, ``file`` relative to the folder."""
    return [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def holdout_rows(folder: Path) -> list[dict[str, Any]]:
    """The Scrapinghub benchmark's ``ground-truth.json`` ({id: {url, articleBody}}) as truth rows."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        {"id": key, "url": page["url"], "body": page["articleBody"], "file": f"html/{key}.html.gz"}
        for key, page in sorted(truth.items())
    ]


def run_set(
    name: str, folder: Path, rows: list[dict[str, Any]], extractor: Extractor, limit: int | None, dump: Any
) -> None:
    results: dict[str, dict[str, Scores]] = {"ours": defaultdict(Scores), "trafilatura": defaultdict(Scores)}
    for row in rows[:limit]:
        # Decoded as the crawl decodes a response (the saved pages have no HTTP
        # header, so the <meta> charset or sniffing decides when not UTF-8).
        html = saved_page_text(row["url"], gzip.decompress((folder / row["file"]).read_bytes()))
        found = {"ours": ours(extractor, html, row["url"]), "trafilatura": baseline(html, row["url"])}
        language = detect(row.get("body") or found["trafilatura"].text) or "??"
        for side, result in found.items():
            for key in ("all", language):
                results[side][key].add(row, result)
        if dump:
            page = {side: dict(vars(f), published=str(f.published)) for side, f in found.items()}
            truth = {k: row.get(k) for k in ("id", "url", "title", "published", "authors")}
            dump.write(json.dumps({"set": name, "language": language, "truth": truth, **page}) + "\n")
    report(name, results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    parser.add_argument("--dump", help="write every page's extracted metadata (both sides) to this JSONL file")
    parser.add_argument("--holdout", help="a checkout of the Scrapinghub article-extraction benchmark, scored instead")
    args = parser.parse_args()
    if args.holdout:
        folder = Path(args.holdout)
        if not (folder / "ground-truth.json").is_file():
            sys.exit(f"--holdout {folder}: no ground-truth.json there (a clone of the Scrapinghub benchmark is needed)")
        sets = [("scrapinghub", folder, holdout_rows(folder))]
    else:
        folders = sorted(p for p in Path(args.eval).glob("*") if (p / "truth.jsonl").is_file())
        if not folders:
            sys.exit(f"--eval {args.eval}: no set there (a folder with a truth.jsonl)")
        sets = [(folder.name, folder, eval_rows(folder)) for folder in folders]
    settings = Settings()
    settings.setmodule("config.settings")
    extractor = Extractor.from_settings(settings)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for name, folder, rows in sets:
        run_set(name, folder, rows, extractor, args.limit, dump)
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
