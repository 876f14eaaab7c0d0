"""A real HTTP server on 127.0.0.1 serving the pages the tests own.

Routes:
  /pages/<file>            a file from tests/data/pages (type by extension;
                           *-1256.html is sent as bare ``text/html``)
  /redirect?to=<path>      302 to <path>
  /loop                    302 to itself
  /status/<code>           that status with a small HTML body
  /big                     an HTML page of ``BIG_BYTES`` bytes
  /slow?delay=<s>&page=<f> waits, then serves /pages/<f>
  /private/<file>          like /pages/, but disallowed by robots.txt
  /robots.txt              disallows /private/
Every request path is appended to ``server.requests`` (the request log).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PAGES = Path(__file__).parent / "data" / "pages"
BIG_BYTES = 3 * 1024 * 1024
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".png": "image/png"}


class Handler(BaseHTTPRequestHandler):
    server: LocalSite

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.requests.append(self.path)
        path = url.path
        if path == "/robots.txt":
            self._send(200, "text/plain", ROBOTS)
        elif path == "/loop":
            self._send(302, "text/html", b"again", {"Location": "/loop"})
        elif path == "/redirect":
            self._send(302, "text/html", b"moved", {"Location": query["to"]})
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            self._send(code, "text/html", f"<html><body><h1>Error {code}</h1></body></html>".encode())
        elif path == "/big":
            filler = b"<p>" + b"lorem ipsum dolor sit amet " * 40 + b"</p>\n"
            body = b"<html><body>" + filler * (BIG_BYTES // len(filler) + 1) + b"</body></html>"
            self._send(200, "text/html", body)
        elif path == "/slow":
            time.sleep(float(query.get("delay", "1")))
            self._file(query["page"])
        elif path.startswith(("/pages/", "/private/")):
            self._file(path.split("/", 2)[2])
        else:
            self._send(404, "text/html", b"<html><body>not found</body></html>")

    def _file(self, name: str) -> None:
        file = PAGES / name
        if not file.is_file() or PAGES not in file.resolve().parents:
            self._send(404, "text/html", b"<html><body>not found</body></html>")
            return
        content_type = "text/html" if name.endswith("-1256.html") else TYPES.get(file.suffix, "text/plain")
        self._send(200, content_type, file.read_bytes())

    def _send(self, code: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (over its size limit)
            self.wfile.write(body)


class LocalSite(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops connections under a crawl's concurrency

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: list[str] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve() -> Iterator[LocalSite]:
    site = LocalSite()
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.shutdown()
        site.server_close()
