"""``scrapy article`` end to end: a real local site, the real command in a
subprocess, and the records read back from SQLite or MongoDB."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pymongo import MongoClient

from tests.conftest import ROOT, StoreSetup, assert_valid_record, run_scrapy, scrapy_env
from tests.mockserver import LocalSite
from tests.services import TCPProxy, free_port

ARABIC = "/pages/arabic-republished.html"
ENGLISH = "/pages/english-jsonld.html"
PLAIN = "/pages/english-plain.html"
CP1256 = "/pages/windows-1256.html"


def test_articles_are_printed_in_input_order_and_stored(site: LocalSite, store: StoreSetup) -> None:
    urls = [site.url(ARABIC), site.url(ENGLISH), site.url(CP1256), site.url(f"/redirect?to={PLAIN}")]
    run = run_scrapy("article", *urls, *store.args())
    assert run.code == 0, run.stderr
    assert run.errors == []
    records = run.records
    for record in records:
        assert_valid_record(record)
    arabic, english, cp1256, redirected = records
    assert arabic["title"] == "وزراء خارجية خمس دول يتفقون على إطار جديد للتعاون الأمني في المنطقة"
    assert arabic["language"] == "ar"
    assert arabic["published_at"] == "2022-02-14T19:09:00Z"
    assert arabic["source"] == "127.0.0.1"
    assert "Source link" not in arabic["text"] and "Facebook Comments Box" not in arabic["text"]
    assert english["authors"] == ["Jane Doe", "John Smith"]
    assert english["published_at"] == "2024-05-02T18:30:00Z"
    assert english["title"] == "State Lawmakers Pass Bill to Triple Funding for Rural Broadband"
    assert cp1256["title"] == "افتتاح معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر"
    assert cp1256["text"].startswith("افتتح وزير الثقافة مساء الأحد معرض الكتاب السنوي")
    assert redirected["url"] == site.url(PLAIN)
    assert redirected["canonical_url"] == site.url(PLAIN)
    assert redirected["http"]["status"] == 200

    stored = {r["_id"]: r for r in store.records()}
    assert set(stored) == {r["_id"] for r in records}
    assert stored[arabic["_id"]]["text"] == arabic["text"]
    assert stored[arabic["_id"]]["published_at"].isoformat() == "2022-02-14T19:09:00+00:00"


def test_each_failure_is_one_line_and_nothing_else_is_stored(site: LocalSite, store: StoreSetup) -> None:
    closed = f"http://127.0.0.1:{free_port()}/article.html"
    cases = {
        site.url("/status/404"): "HTTP 404",
        site.url("/status/500"): "HTTP 500",
        site.url("/pages/sample.pdf"): "not HTML (application/pdf)",
        site.url("/pages/pixel.png"): "not HTML (image/png)",
        site.url("/pages/section.html"): "no article text found (an index page: a list of teasers)",
        site.url("/big"): "too large (over 1000000 bytes)",
        site.url("/private/english-plain.html"): "blocked by robots.txt",
        closed: "connection refused",
        site.url("/slow?delay=4&page=english-plain.html"): "timed out",
        site.url("/loop"): "too many redirects",
        "not a url": "bad URL (URL contains white space)",
        "ftp://127.0.0.1/file": "bad URL (unsupported scheme 'ftp')",
    }
    good = site.url(ENGLISH)
    limits = ["-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=1"]
    run = run_scrapy("article", good, *cases, *limits, *store.args())
    assert run.code == 1
    assert sorted(run.errors) == sorted(f"{url}: {reason}" for url, reason in cases.items())
    assert "Traceback" not in run.stderr
    assert [r["url"] for r in run.records] == [good]
    assert [r["url"] for r in store.records()] == [good]
    assert "/private/english-plain.html" not in site.requests


def test_robots_txt_holds_for_every_request_started_while_it_downloads(site: LocalSite) -> None:
    """Scrapy 2.19 alone lets the third and later requests through unchecked."""
    urls = [site.url(f"/pages/english-plain.html?n={n}") for n in range(6)]
    blocked = [site.url(f"/private/english-plain.html?n={n}") for n in range(6)]
    run = run_scrapy("article", *[u for pair in zip(urls, blocked, strict=True) for u in pair], "--no-store")
    assert run.code == 1
    assert sorted(run.errors) == sorted(f"{url}: blocked by robots.txt" for url in blocked)
    assert [r["url"] for r in run.records] == urls
    assert not [path for path in site.requests if path.startswith("/private/")]


def test_same_url_twice_gives_one_record_and_refetch_keeps_first_seen(site: LocalSite, store: StoreSetup) -> None:
    url = site.url(ENGLISH)
    first = run_scrapy("article", url, url, *store.args())
    assert first.code == 0, first.stderr
    assert len(first.records) == 2 and first.records[0]["_id"] == first.records[1]["_id"]
    (stored,) = store.records()
    second = run_scrapy("article", url + "?utm_source=newsletter#top", *store.args())
    assert second.code == 0, second.stderr
    (restored,) = store.records()
    assert restored["_id"] == stored["_id"]
    assert restored["first_seen_at"] == stored["first_seen_at"]
    # Same text: this version's fetched_at stays, last_seen_at moves, no new version.
    assert restored["fetched_at"] == stored["fetched_at"] and restored["version"] == 1
    assert restored["last_seen_at"] > stored["last_seen_at"]


def test_url_file_keeps_order_across_slow_and_fast_pages(site: LocalSite, tmp_path: Path) -> None:
    urls = []
    for n in range(30):
        page = ["english-jsonld.html", "english-plain.html", "arabic-republished.html"][n % 3]
        urls.append(site.url(f"/slow?delay=0.3&page={page}&n={n}") if n % 4 == 0 else site.url(f"/pages/{page}?n={n}"))
    url_file = tmp_path / "urls.txt"
    url_file.write_text("# a comment\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    run = run_scrapy("article", "-i", str(url_file), "--no-store", "-s", f"SQLITE_PATH={tmp_path / 'x.sqlite3'}")
    assert run.code == 0, run.stderr
    assert [r["url"] for r in run.records] == urls
    assert not (tmp_path / "x.sqlite3").exists()


def test_bad_usage_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = run_scrapy("article", "-i", str(tmp_path / "nope.txt"))
    assert missing.code == 2
    assert missing.errors == [
        f"scrapy article: {tmp_path / 'nope.txt'}: cannot read URL file (No such file or directory)"
    ]
    empty = run_scrapy("article")
    assert empty.code == 2
    assert empty.errors == ["scrapy article: no URLs given (pass URLs or -i FILE)"]


def test_unreachable_mongodb_stops_before_fetching(site: LocalSite, tmp_path: Path) -> None:
    before = len(site.requests)
    port = free_port()
    uri = f"mongodb://127.0.0.1:{port}/news"
    run = run_scrapy("article", site.url(ENGLISH), "-s", f"MONGODB_URI={uri}", "-s", "MONGODB_CONNECT_TIMEOUT=1")
    assert run.code == 1
    assert run.errors == [
        f"scrapy article: cannot reach MongoDB at 127.0.0.1:{port}/news: "
        f"127.0.0.1:{port}: [Errno 111] Connect call failed ('127.0.0.1', {port})"
    ]
    assert run.stdout == ""
    assert len(site.requests) == before


class StreamingRun:
    """``scrapy article`` in the background, its stdout read line by line."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "article", *args],
            cwd=ROOT,
            env=scrapy_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.err_lines: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, self.lines), daemon=True),
            threading.Thread(target=self._read, args=(self.process.stderr, self.err_lines), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: Any, into: list[str]) -> None:
        for line in stream:
            into.append(line)

    def wait_for_lines(self, count: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while len(self.lines) < count:
            assert time.monotonic() < deadline, f"only {len(self.lines)} records after {timeout}s"
            assert self.process.poll() is None or len(self.lines) >= count, "the run ended early"
            time.sleep(0.05)

    def finish(self, timeout: float = 90) -> tuple[int, str]:
        code = self.process.wait(timeout=timeout)
        for reader in self._readers:
            reader.join(timeout=5)
        return code, "".join(self.err_lines)


def test_mongodb_going_away_mid_run_loses_nothing(
    site: LocalSite, mongo_uri: str, mongo_proxy: TCPProxy, tmp_path: Path
) -> None:
    database = mongo_uri.rsplit("/", 1)[1]
    proxied = f"mongodb://127.0.0.1:{mongo_proxy.port}/{database}"
    spill_dir = tmp_path / "spill"
    fast = [site.url(f"/pages/english-plain.html?n={n}") for n in range(5)]
    slow = site.url("/slow?delay=3&page=english-jsonld.html")
    settings = [
        "-s", f"MONGODB_URI={proxied}", "-s", f"SPILL_DIR={spill_dir}", "-s", "MONGODB_CONNECT_TIMEOUT=1",
        "-s", "STORE_BATCH_SIZE=1000", "-s", "STORE_FLUSH_INTERVAL=600", "-s", "STORE_RETRY_TIMES=1",
        "-s", "STORE_RETRY_DELAY=0.2",
    ]  # fmt: skip
    run = StreamingRun(*fast, slow, *settings)
    run.wait_for_lines(5)  # five records extracted and buffered, none written yet
    mongo_proxy.cut()
    code, stderr = run.finish()
    assert code == 1  # every URL gave an article, but the store did not take them
    assert "records saved to" in stderr and "Traceback" not in stderr
    assert len(run.lines) == 6, stderr
    spilled = sorted(spill_dir.glob("spill-*.jsonl"))
    assert len(spilled) == 1
    with MongoClient(mongo_uri) as client:
        assert client.get_default_database()["articles"].count_documents({}) == 0

    # The server is back: an explicit replay loads the file (and leaves it alone) ...
    mongo_proxy.restore()
    kept = tmp_path / "copy.jsonl"
    shutil.copy(spilled[0], kept)
    replay = run_scrapy("article", "--replay", str(kept), "-s", f"MONGODB_URI={proxied}")
    assert replay.code == 0, replay.stderr
    assert kept.exists()
    # ... and the next ordinary run loads the pending spill file first, then deletes it.
    nxt = run_scrapy("article", site.url(ARABIC), *settings[:6])
    assert nxt.code == 0, nxt.stderr
    assert list(spill_dir.glob("spill-*.jsonl")) == []
    with MongoClient(mongo_uri) as client:
        urls = {d["url"] for d in client.get_default_database()["articles"].find()}
    assert urls == {site.url("/pages/english-plain.html?n=0"), site.url("/pages/english-plain.html?n=1"),
                    site.url("/pages/english-plain.html?n=2"), site.url("/pages/english-plain.html?n=3"),
                    site.url("/pages/english-plain.html?n=4"), slow, site.url(ARABIC)}  # fmt: skip


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_flushes_what_was_extracted(site: LocalSite, store: StoreSetup, signum: int) -> None:
    fast = [site.url(f"/pages/english-jsonld.html?n={n}") for n in range(4)]
    slow = site.url("/slow?delay=3&page=english-plain.html")
    run = StreamingRun(*fast, slow, *store.args(), "-s", "STORE_BATCH_SIZE=1000", "-s", "STORE_FLUSH_INTERVAL=600")
    run.wait_for_lines(4)
    run.process.send_signal(signum)
    code, stderr = run.finish()
    assert "Traceback" not in stderr
    stored = {r["url"] for r in store.records()}
    assert set(fast) <= stored
    assert code in (0, 1)  # 1 when the slow page was cut off by the shutdown
