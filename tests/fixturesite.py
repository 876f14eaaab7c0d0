"""A real HTTP server on 127.0.0.1 for the crawl fixture site (tests/data/site).

- ``http://SITE`` in .html/.xml/.txt files (and inside .gz files) becomes the
  server's real address;
- every answer carries an ``ETag`` (a hash of the bytes) and a fixed
  ``Last-Modified``; a matching ``If-None-Match`` gets 304;
- ``/slow/...`` answers after ``slow_delay`` seconds, ``/error/...`` with 500,
  a missing file with 404, ``.pdf`` as application/pdf;
- ``requests`` logs every path asked for, ``conditional`` the paths that came
  with ``If-None-Match``, ``not_modified`` those answered 304.
The site is served from ``root`` (a copy, so a test may add pages).
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from contextlib import AbstractContextManager
from pathlib import Path
from urllib.parse import urlsplit

from tests.httpserver import LoopbackServer, QuietHandler, running

PLACEHOLDER = b"http://SITE"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
    ".pdf": "application/pdf",
}
LAST_MODIFIED = "Mon, 17 Mar 2025 08:00:00 GMT"


class Handler(QuietHandler):
    server: FixtureSite

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        site = self.server
        with site.lock:
            site.requests.append(self.path)
            if self.headers.get("If-None-Match"):
                site.conditional.append(path)
        if path.startswith("/error/"):
            self.send(500, "text/html", b"<html><body>Internal error</body></html>")
            return
        if path.startswith("/slow/"):
            time.sleep(site.slow_delay)
        body = site.read(path)
        if body is None:
            self.send(404, "text/html", b"<html><body>Not found</body></html>")
            return
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            with site.lock:
                site.not_modified.append(path)
            self.send(304, None, b"", {"ETag": etag})
            return
        suffix = Path(path if not path.endswith("/") else path + "index.html").suffix
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        self.send(200, TYPES.get(suffix, "application/octet-stream"), body, headers)


class FixtureSite(LoopbackServer):
    def __init__(self, root: Path, slow_delay: float = 1.0) -> None:
        super().__init__(Handler)
        self.root = root
        self.slow_delay = slow_delay
        self.lock = threading.Lock()
        self.requests: list[str] = []
        self.conditional: list[str] = []
        self.not_modified: list[str] = []

    def read(self, path: str) -> bytes | None:
        file = (self.root / path.lstrip("/")).resolve()
        if path.endswith("/") or file.is_dir():
            file = file / "index.html"
        if not file.is_file() or self.root.resolve() not in file.parents:
            return None
        data = file.read_bytes()
        if file.suffix == ".gz":
            return gzip.compress(gzip.decompress(data).replace(PLACEHOLDER, self.base.encode()), mtime=0)
        if file.suffix in (".html", ".xml", ".txt"):
            return data.replace(PLACEHOLDER, self.base.encode())
        return data

    def reset_logs(self) -> None:
        with self.lock:
            self.requests.clear()
            self.conditional.clear()
            self.not_modified.clear()


def serve(root: Path, slow_delay: float = 1.0) -> AbstractContextManager[FixtureSite]:
    return running(FixtureSite(root, slow_delay))
