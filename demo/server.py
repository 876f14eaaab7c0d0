"""A static HTTP server for the bundled sample site (demo/site), on 127.0.0.1.

The site's feed is written with ``http://localhost:8000`` links; they are
rewritten to the address the server really listens on.

    python demo/server.py [PORT]     # serve until Ctrl-C (0 picks a free port)
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent / "site"
PLACEHOLDER = b"http://localhost:8000"


class SiteHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.split("?")[0] != "/feed.xml":
            super().do_GET()
            return
        host, port = self.server.server_address[:2]
        body = (SITE / "feed.xml").read_bytes().replace(PLACEHOLDER, f"http://{host}:{port}".encode())
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 drops connections under a crawl's concurrency


@contextmanager
def serve(port: int = 0) -> Iterator[str]:
    """Serve the site in a background thread; yields its base URL."""
    server = SiteServer(("127.0.0.1", port), partial(SiteHandler, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    with serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0) as base:
        print(f"Serving the sample site at {base}/ (Ctrl-C stops)")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
