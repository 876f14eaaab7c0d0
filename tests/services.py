"""Services the tests start themselves: FerretDB, and a TCP proxy that lets a
test cut the connection to a MongoDB server (real or FerretDB) mid-run."""

from __future__ import annotations

import os
import selectors
import shutil
import socket
import subprocess
import threading
import time
from contextlib import suppress
from pathlib import Path

from pymongo import MongoClient
from pymongo.errors import PyMongoError

ROOT = Path(__file__).resolve().parent.parent


class ServiceError(RuntimeError):
    """A service the tests need could not be started."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ferretdb_binary() -> str:
    candidates = [os.environ.get("FERRETDB_BIN", ""), *sorted(map(str, (ROOT / ".tools/bin").glob("ferretdb-*")))]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("ferretdb")
    if found:
        return found
    raise ServiceError("FerretDB binary not found: run `make test` (it builds FerretDB 1.24.2), or set MONGODB_URI")


def wait_for_mongo(uri: str, timeout: float = 30.0, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServiceError(f"the server exited with status {process.returncode}")
        try:
            with MongoClient(uri, serverSelectionTimeoutMS=500) as client:
                client.admin.command("ping")
                return
        except PyMongoError as exc:
            last = exc
            time.sleep(0.2)
    raise ServiceError(f"MongoDB at {uri} did not answer within {timeout:.0f}s: {last}")


class FerretDB:
    """FerretDB with the SQLite backend in ``state_dir``, on a free loopback port."""

    def __init__(self, state_dir: Path, port: int | None = None) -> None:
        self.state_dir = state_dir
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/"

    def start(self) -> FerretDB:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        log = (self.state_dir / "ferretdb.log").open("ab")
        self.process = subprocess.Popen(
            [
                ferretdb_binary(),
                "--handler=sqlite",
                f"--sqlite-url=file:{self.state_dir}/",
                f"--state-dir={self.state_dir}",
                f"--listen-addr=127.0.0.1:{self.port}",
                f"--debug-addr=127.0.0.1:{free_port()}",
                "--telemetry=disable",
                "--log-level=warn",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_mongo(self.uri, process=self.process)
        except ServiceError:
            self.stop()
            tail = (self.state_dir / "ferretdb.log").read_text(errors="replace")[-2000:]
            raise ServiceError(f"FerretDB did not start on port {self.port}; its log ends:\n{tail}") from None
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


class TCPProxy:
    """Forwards 127.0.0.1:<port> to ``target``; ``cut()`` drops every
    connection and refuses new ones, ``restore()`` accepts them again."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def start(self) -> TCPProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        self._stop.clear()
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def _accept(self, listener: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        selector = selectors.DefaultSelector()
        selector.register(a, selectors.EVENT_READ, b)
        selector.register(b, selectors.EVENT_READ, a)
        try:
            while not self._stop.is_set():
                for key, _ in selector.select(timeout=0.2):
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        return
                    key.data.sendall(data)
        except OSError:
            return
        finally:
            selector.close()
            a.close()
            b.close()

    def cut(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            for a, b in self._pairs:
                for sock in (a, b):
                    with suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
            self._pairs.clear()

    def restore(self) -> None:
        self.start()
