"""Throughput: crawl end to end against the extraction-only bound, memory over
a long crawl, and the tools users would pick instead, on the same pages.

Serves the pages of ../shared/eval (both sets, decompressed; never copied into
the project) from 127.0.0.1 with a robots.txt and a sitemap, then prints one
table:

- extraction only: the pipeline's worker pool (``EXTRACT_WORKERS`` processes)
  over the pages, already decoded, no crawling: the bound;
- ``scrapy crawl news`` over the same pages (AutoThrottle off) into SQLite and
  into MongoDB (FerretDB 1.24, as the tests start it; ``--mongo-pages`` of
  them, because FerretDB scans collections for ``$in``), started with the
  ``scrapy`` command as the README does: pages/s from the first page request
  to the end of the crawl process, from process start, and in steady state
  (from the 10th to the 90th percentile page request: without the first
  seconds, when pages wait for the workers' fork server to load);
- the memory run: ``--memory-pages`` pages (the set repeated under other
  paths) into SQLite; peak RSS of the crawl's process tree (crawler and
  workers), and its RSS and PSS around the 2,000th page request and over the
  last 1,000 (medians of the half-second samples in each window);
- peers, each given by the Python interpreter of its own virtualenv:
  trafilatura's command line (``-i`` URL list, ``--with-metadata --json``,
  ``--config-file`` with its own defaults but ``SLEEP_TIME = 0``, where it
  would wait 5 s between two pages of one host, and ``SSRF_PROTECTION =
  off``, where it would refuse 127.0.0.1),
  news-please ``NewsPlease.from_urls(urls, request_args={}, fetch_images=False)``,
  newspaper4k ``newspaper.mthreading.fetch_news``'s loop (5 threads, download
  and parse each ``Article(url, fetch_images=False)``; a page that raises counts
  as no article, where ``fetch_news`` would end the run); wall time of the command. Both fetch each article's
  images by default, from the pages' own (real) sites: off, so that every
  request stays on 127.0.0.1.

Timed figures are medians of ``--runs`` runs.

    .venv/bin/python bench/throughput.py --trafilatura /work/peers/trafilatura/bin/python \\
        --newsplease /work/peers/newsplease/bin/python --newspaper4k /work/peers/newspaper4k/bin/python
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scrapy.settings import Settings  # noqa: E402

from pipelines.page import Page, saved_page_text  # noqa: E402
from pipelines.record import Fetched  # noqa: E402
from pipelines.workers import pool_from_settings  # noqa: E402
from tests.httpserver import LoopbackServer, QuietHandler, running  # noqa: E402
from tests.services import FerretDB, ServiceError  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

NEWSPLEASE = """
import sys
from newsplease import NewsPlease
urls = open(sys.argv[1]).read().split()
found = NewsPlease.from_urls(urls, request_args={}, fetch_images=False)
print(sum(1 for a in found.values() if getattr(a, "maintext", None)))  # a page it cannot parse gives {}
"""
NEWSPAPER4K = """
import sys
from concurrent.futures import ThreadPoolExecutor
from newspaper import Article
def text(url):  # fetch_news's own step; one page failing (no Hindi tokenizer installed) must not end the run
    try:
        article = Article(url, fetch_images=False)
        article.download()
        article.parse()
        return article.text
    except Exception:
        return ""
with ThreadPoolExecutor(max_workers=5) as pool:  # as fetch_news(urls, threads=5)
    print(sum(1 for t in pool.map(text, open(sys.argv[1]).read().split()) if t))
"""


def load_pages(limit: int | None) -> list[tuple[str, bytes]]:
    """(name, HTML bytes) of every eval page, in a fixed order."""
    pages = []
    for name in ("fundus", "trafilatura"):
        for line in (EVAL / name / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            pages.append((f"{name}/{entry['id']}", gzip.decompress((EVAL / name / entry["file"]).read_bytes())))
    return pages[:limit]


class Handler(QuietHandler):
    server: EvalSite

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        site = self.server
        if path == "/robots.txt":
            self.send(200, "text/plain", f"User-agent: *\nSitemap: {site.base}/sitemap.xml\n".encode())
        elif path == "/sitemap.xml":
            locs = "".join(f"<url><loc>{site.base}{p}</loc></url>" for p in site.paths)
            body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
            self.send(200, "application/xml", body.encode())
        elif path.endswith(".html") and path.count("/") == 4:  # /<run>/<copy>/<set>/<id>.html
            site.requested()
            body = site.pages.get(path.split("/", 3)[3].removesuffix(".html"))
            self.send(200 if body else 404, "text/html", body or b"not found")
        else:
            self.send(404, "text/html", b"not found")


class EvalSite(LoopbackServer):
    """The eval pages under ``/<run>/<copy>/<set>/<id>.html``; ``paths`` is
    what the sitemap lists now; ``times`` when each of them was requested."""

    def __init__(self, pages: list[tuple[str, bytes]]) -> None:
        super().__init__(Handler)
        self.pages = dict(pages)
        self.paths: list[str] = []
        self.times: list[float] = []
        self._lock = threading.Lock()

    @property
    def count(self) -> int:
        """Page requests so far."""
        return len(self.times)

    @property
    def first_at(self) -> float:
        return self.times[0] if self.times else 0.0

    def publish(self, run: str, names: list[str], copies: int = 1) -> list[str]:
        self.paths = [f"/{run}/{copy}/{name}.html" for copy in range(copies) for name in names]
        self.times = []
        return [self.base + path for path in self.paths]

    def requested(self) -> None:
        with self._lock:
            self.times.append(time.perf_counter())


def tree_memory(root: int) -> tuple[int, int, int, int]:
    """Resident bytes of ``root`` and all its descendants, summed two ways:
    RSS (pages shared between the workers counted once per process) and PSS
    (each shared page split between its sharers: the memory really used);
    then ``root``'s own RSS and PSS."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    rss = pss = own_rss = own_pss = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        fields = {line.split(":")[0]: int(line.split()[1]) * 1024 for line in rollup[1:] if line.endswith("kB")}
        rss += fields.get("Rss", 0)
        pss += fields.get("Pss", 0)
        if pid == root:
            own_rss, own_pss = fields.get("Rss", 0), fields.get("Pss", 0)
    return rss, pss, own_rss, own_pss


@dataclass
class CrawlResult:
    pages: int
    seconds: float  # first page request to exit
    wall: float  # process start to exit
    code: int
    stored: int = 0
    peak: tuple[int, ...] = (0, 0, 0, 0)  # RSS, PSS of the tree; RSS, PSS of the crawler alone
    samples: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)  # (page requests by then, memory)
    steady: float = 0.0  # pages/s from the 10th to the 90th percentile page request


def steady_rate(times: list[float]) -> float:
    """Pages/s between the 10th and the 90th percentile page request: the
    crawl without its start (the workers' fork server loading) and its end."""
    low, high = len(times) // 10, len(times) * 9 // 10
    return (high - low) / (times[high] - times[low]) if high > low and times[high] > times[low] else 0.0


def around(samples: list[tuple[int, tuple[int, ...]]], low: int, high: int) -> tuple[int, ...]:
    """Each memory figure's median over the samples taken when between ``low``
    and ``high`` pages had been requested: one sample may catch a worker being
    replaced, or the crawler holding a burst of large responses."""
    window = [memory for count, memory in samples if low <= count < high]
    return tuple(int(statistics.median(column)) for column in zip(*window, strict=True)) if window else (0, 0, 0, 0)


def run_crawl(site: EvalSite, settings: list[str]) -> CrawlResult:
    """One ``scrapy crawl news`` over what the site publishes, with its
    process tree's memory sampled every half second."""
    # The command the README gives (not ``python -m scrapy``): how the crawler is
    # started decides what its worker processes load (``pipelines.workers``).
    command = [str(Path(sys.executable).with_name("scrapy")), "crawl", "news", "-a", "source=eval", *settings]
    env = {k: v for k, v in os.environ.items() if k not in ("MONGODB_URI", "SQLITE_PATH")}
    samples: list[tuple[int, tuple[int, ...]]] = []
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak: tuple[int, ...] = (0, 0, 0, 0)

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            count, memory = site.count, tree_memory(process.pid)
            peak = tuple(max(a, b) for a, b in zip(peak, memory, strict=True))
            samples.append((count, memory))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    ended = time.perf_counter()
    sampler.join()
    if process.returncode:
        print(stderr.decode(errors="replace")[-2000:], file=sys.stderr)
    steady = steady_rate(site.times)
    return CrawlResult(site.count, ended - site.first_at, ended - started, process.returncode, 0, peak, samples, steady)


def extraction_bound(pages: list[tuple[str, bytes]], workers: int) -> float:
    """Pages/s of the worker pool alone over the pages (decoded beforehand)."""
    settings = Settings()
    settings.setmodule("config.settings")
    items = [
        Page(
            saved_page_text(f"http://127.0.0.1/{name}.html", body),
            Fetched(f"http://127.0.0.1/{name}.html", 200, None, None, datetime.now(UTC), "eval"),
        )
        for name, body in pages
    ]
    pool = pool_from_settings(settings, workers)

    async def main() -> float:
        pool.start()
        await asyncio.gather(*(pool.run(item) for item in items[: workers * 2]), return_exceptions=True)  # warm
        started = time.perf_counter()
        await asyncio.gather(*(pool.run(item) for item in items), return_exceptions=True)
        return len(items) / (time.perf_counter() - started)

    try:
        return asyncio.run(main())
    finally:
        pool.close()


def trafilatura_config(python: str, path: Path) -> Path:
    """The peer trafilatura's own settings file, without the pause between two
    pages of one host and with loopback allowed: ``path``."""
    where = "import pathlib, trafilatura; print(pathlib.Path(trafilatura.__file__).with_name('settings.cfg'))"
    defaults = Path(subprocess.run([python, "-c", where], capture_output=True, text=True, check=True).stdout.strip())
    changed = {"SLEEP_TIME": "0", "SSRF_PROTECTION": "off"}
    lines = [
        f"{line.split('=')[0].strip()} = {changed[line.split('=')[0].strip()]}"
        if line.split("=")[0].strip() in changed
        else line
        for line in defaults.read_text(encoding="utf-8").splitlines()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_peer(command: list[str]) -> tuple[float, int, int]:
    """Seconds, articles (the command prints a count, or one JSON line per
    article) and the exit code."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tempfile.gettempdir())
    seconds = time.perf_counter() - started
    lines = done.stdout.strip().splitlines()
    if done.returncode:
        print(f"{command[0]}: exit {done.returncode}: {done.stderr.strip()[-500:]}", file=sys.stderr)
    articles = int(lines[-1]) if len(lines) == 1 and lines[0].isdigit() else len(lines)
    return seconds, articles, done.returncode


def _change(before: int, after: int) -> str:
    return f"{after / before - 1:+.0%}" if before else "not sampled"


def stored_count(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


class Table(list[tuple[str, str, str]]):
    """Rows of (what, pages/s, notes); each is also logged to stderr as it comes."""

    def append(self, row: tuple[str, str, str]) -> None:
        super().append(row)
        print("  ".join(row), file=sys.stderr, flush=True)

    def show(self) -> None:
        print(f"{'what':46} {'pages/s':>8}  notes")
        for what, rate, note in self:
            print(f"{what:46} {rate:>8}  {note}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=None, help="eval pages to use (default: all)")
    parser.add_argument("--runs", type=int, default=3, help="runs per timed figure (medians)")
    parser.add_argument("--peer-runs", type=int, default=None, help="runs per peer (default: --runs)")
    parser.add_argument("--mongo-pages", type=int, default=300, help="pages for the MongoDB crawl (0: skip)")
    parser.add_argument("--memory-pages", type=int, default=10_000, help="pages of the memory run (0: skip)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="EXTRACT_WORKERS")
    for peer in ("trafilatura", "newsplease", "newspaper4k"):
        parser.add_argument(f"--{peer}", metavar="PYTHON", help=f"interpreter of a virtualenv with {peer}")
    args = parser.parse_args()
    for peer in ("trafilatura", "newsplease", "newspaper4k"):
        python = getattr(args, peer)
        if python and not os.access(python, os.X_OK):
            parser.exit(2, f"--{peer}: {python}: not an executable interpreter\n")
    if not (EVAL / "fundus" / "truth.jsonl").exists():
        parser.exit(2, f"{EVAL}: the eval pages are missing (../shared/eval beside the checkout)\n")
    peer_runs = args.peer_runs or args.runs

    pages = load_pages(args.pages)
    names = [name for name, _ in pages]
    rows = Table()

    bound = median([extraction_bound(pages, args.workers) for _ in range(args.runs)])
    rows.append((f"extraction only, {args.workers} worker processes", f"{bound:.1f}", f"{len(pages)} pages, no crawl"))

    with tempfile.TemporaryDirectory() as tmp_name, running(EvalSite(pages)) as site:
        tmp = Path(tmp_name)
        sources = tmp / "sources.toml"
        sources.write_text(f'[[source]]\nid = "eval"\nsitemaps = ["{site.base}/robots.txt"]\nmax_pages = 1000000\n')
        fixed = {"SOURCES_FILE": sources, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING",
                 "EXTRACT_WORKERS": args.workers, "PROGRESS_INTERVAL": 0, "SPILL_DIR": f"{tmp}/spill"}  # fmt: skip
        common = [arg for name, value in fixed.items() for arg in ("-s", f"{name}={value}")]

        def crawl_rows(store: str, count: int, extra: Callable[[int], list[str]]) -> tuple[float, float, float]:
            """Crawls ``count`` pages ``--runs`` times; adds their row and returns
            the medians: pages/s from the first request, in steady state, from process start."""
            results = []
            for run in range(args.runs):
                site.publish(f"{store}{run}", names[:count])
                result = run_crawl(site, common + extra(run))
                if store == "sqlite":
                    result.stored = stored_count(tmp / f"sqlite{run}.sqlite3")
                results.append(result)
            rate = median([r.pages / r.seconds for r in results])
            wall = median([r.pages / r.wall for r in results])
            codes = sorted({r.code for r in results})
            stored = f", {results[0].stored} articles stored" if store == "sqlite" else ""
            note = f"{results[0].pages} pages{stored}; {wall:.1f}/s from process start; exit {codes}"
            rows.append((f"crawl into {store}", f"{rate:.1f}", note))
            return round(rate, 1), round(median([r.steady for r in results]), 1), wall

        rate, steady, ours_wall = crawl_rows(
            "sqlite", len(names), lambda run: ["-s", f"SQLITE_PATH={tmp}/sqlite{run}.sqlite3"]
        )
        # No such row for the MongoDB crawl: its few pages are all requested at once, then wait for the store.
        rows.append(("  steady state", f"{steady:.1f}", "page requests 10 % to 90 %: no start-up, no end"))
        rows.append(("  crawl / extraction-only bound", f"{rate / bound:.0%}", "target >= 80%"))
        rows.append(("  steady state / extraction-only bound", f"{steady / bound:.0%}", "start-up excluded"))

        if args.mongo_pages:
            ferret = None
            uri = os.environ.get("MONGODB_URI")
            try:
                if not uri:
                    ferret = FerretDB(tmp / "ferretdb").start()
                    uri = ferret.uri
                base = uri.rstrip("/")
                crawl_rows("mongodb", args.mongo_pages, lambda run: ["-s", f"MONGODB_URI={base}/bench_throughput{run}"])
            except ServiceError as exc:
                rows.append(("crawl into mongodb", "-", f"skipped: {exc}"))
            finally:
                if ferret is not None:
                    ferret.stop()

        if args.memory_pages:
            copies = -(-args.memory_pages // len(names))
            site.publish("memory", names, copies)
            site.paths = site.paths[: args.memory_pages]
            result = run_crawl(site, [*common, "-s", f"SQLITE_PATH={tmp}/memory.sqlite3"])
            mb = 2**20
            early = min(2000, result.pages // 4)
            # Medians of the samples around the 2,000th page request and over
            # the last 1,000 before the last one (all workers still at work).
            rss_2k, pss_2k, own_2k, _ = around(result.samples, early - 500, early + 500)
            rss_end, pss_end, own_end, _ = around(result.samples, result.pages - 1000, result.pages)
            rows.append(
                (
                    f"memory run, {result.pages} pages into sqlite",
                    f"{result.pages / result.seconds:.1f}",
                    f"peak RSS {result.peak[0] / mb:.0f} MB, PSS {result.peak[1] / mb:.0f} MB (crawler + workers)"
                    f"; crawler alone peak RSS {result.peak[2] / mb:.0f} MB; exit {result.code}",
                )
            )
            rows.append(
                (
                    f"  around {early:,} / over the last 1,000 of {result.pages:,} pages",
                    "",
                    f"RSS {rss_2k / mb:.0f} / {rss_end / mb:.0f} MB ({_change(rss_2k, rss_end)}), "
                    f"PSS {pss_2k / mb:.0f} / {pss_end / mb:.0f} MB ({_change(pss_2k, pss_end)}); "
                    f"crawler alone RSS {own_2k / mb:.0f} / {own_end / mb:.0f} MB ({_change(own_2k, own_end)})",
                )
            )

        url_file = tmp / "urls.txt"
        site.publish("peers", names)
        url_file.write_text("\n".join(site.base + p for p in site.paths) + "\n")
        peers = {
            "trafilatura": lambda py: [str(Path(py).parent / "trafilatura"), "-i", str(url_file), "--with-metadata",
                                       "--json", "--config-file", str(trafilatura_config(py, tmp / "trafilatura.cfg"))],
            "newsplease": lambda py: [py, "-c", NEWSPLEASE, str(url_file)],
            "newspaper4k": lambda py: [py, "-c", NEWSPAPER4K, str(url_file)],
        }  # fmt: skip
        rows.append(("crawl into sqlite, from process start", f"{ours_wall:.1f}", "what the peers are compared with"))
        for peer, command in peers.items():
            python = getattr(args, peer)
            if not python:
                continue
            runs = [run_peer(command(python)) for _ in range(peer_runs)]
            # A run that crashed (newspaper4k's lxml has aborted with "double free") measured nothing.
            timings = [(seconds, articles) for seconds, articles, code in runs if code == 0]
            failed = [str(code) for _, _, code in runs if code != 0]
            if not timings:
                rows.append((f"peer: {peer}", "-", f"every run failed (exit {', '.join(failed)}): no comparison"))
                continue
            rate = median([len(names) / seconds for seconds, _ in timings])
            note = f"{timings[0][1]} articles; ours is {ours_wall / rate:.1f}x"
            rows.append((f"peer: {peer}", f"{rate:.1f}",
                         note + (f"; {len(failed)} failed run(s) left out" if failed else "")))  # fmt: skip

    rows.show()


if __name__ == "__main__":
    main()
