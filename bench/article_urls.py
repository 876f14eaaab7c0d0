"""How `scrapy article` copes with thousands of URLs.

Serves the bundled sample site's six articles from 127.0.0.1 under N distinct
URLs (``?n=i``), runs ``scrapy article -i`` over them into a fresh SQLite store,
and prints wall time, pages per second, peak RSS of the run, and whether every
URL came back, in input order.

    .venv/bin/python bench/article_urls.py [N]        # default 2000
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demo.server import SITE, serve  # noqa: E402


def main(count: int) -> None:
    paths = [p for p in (SITE / "urls.txt").read_text().split() if p.startswith("/")]
    with tempfile.TemporaryDirectory() as tmp, serve() as base:
        urls = [f"{base}{paths[i % len(paths)]}?n={i}" for i in range(count)]
        url_file = Path(tmp) / "urls.txt"
        url_file.write_text("\n".join(urls) + "\n")
        env = {k: v for k, v in os.environ.items() if k != "MONGODB_URI"}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "article", "-i", str(url_file), "-s", f"SQLITE_PATH={tmp}/bench.sqlite3",
             "-s", f"SPILL_DIR={tmp}/spill"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    printed = [json.loads(line)["url"] for line in done.stdout.splitlines() if line.strip()]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"urls                {count}")
    print(f"exit status         {done.returncode}")
    print(f"records printed     {len(printed)} (in input order: {printed == urls})")
    print(f"failure lines       {len(done.stderr.splitlines())}")
    print(f"wall time           {elapsed:.1f} s")
    print(f"pages per second    {count / elapsed:.1f}")
    print(f"peak RSS (scrapy)   {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
