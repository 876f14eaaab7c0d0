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

import time
from contextlib import AbstractContextManager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.httpserver import LoopbackServer, QuietHandler, running

PAGES = Path(__file__).parent / "data" / "pages"
BIG_BYTES = 3 * 1024 * 1024
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".png": "image/png"}


class Handler(QuietHandler):
    server: LocalSite

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.requests.append(self.path)
        path = url.path
        if path == "/robots.txt":
            self.send(200, "text/plain", ROBOTS)
        elif path == "/loop":
            self.send(302, "text/html", b"again", {"Location": "/loop"})
        elif path == "/redirect":
            self.send(302, "text/html", b"moved", {"Location": query["to"]})
        elif path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            self.send(code, "text/html", f"<html><body><h1>Error {code}</h1></body></html>".encode())
        elif path == "/big":
            filler = b"<p>" + b"lorem ipsum dolor sit amet " * 40 + b"</p>\n"
            body = b"<html><body>" + filler * (BIG_BYTES // len(filler) + 1) + b"</body></html>"
            self.send(200, "text/html", body)
        elif path == "/slow":
            time.sleep(float(query.get("delay", "1")))
            self._file(query["page"])
        elif path.startswith(("/pages/", "/private/")):
            self._file(path.split("/", 2)[2])
        else:
            self.send(404, "text/html", b"<html><body>not found</body></html>")

    def _file(self, name: str) -> None:
        file = PAGES / name
        if not file.is_file() or PAGES not in file.resolve().parents:
            self.send(404, "text/html", b"<html><body>not found</body></html>")
            return
        content_type = "text/html" if name.endswith("-1256.html") else TYPES.get(file.suffix, "text/plain")
        self.send(200, content_type, file.read_bytes())


class LocalSite(LoopbackServer):
    def __init__(self) -> None:
        super().__init__(Handler)
        self.requests: list[str] = []


def serve() -> AbstractContextManager[LocalSite]:
    return running(LocalSite())
