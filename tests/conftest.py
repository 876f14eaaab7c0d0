"""Shared fixtures: the local HTTP site, a MongoDB server (FerretDB started
here, or ``MONGODB_URI``), and store settings for both back-ends.

A service that cannot be started fails the tests that need it; nothing skips.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pymongo import MongoClient

from pipelines.record import DATETIME_FIELDS, from_jsonable
from tests.mockserver import LocalSite, serve
from tests.services import FerretDB, ServiceError, TCPProxy, wait_for_mongo

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "config" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def assert_valid_record(record: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.fixture(scope="session")
def site() -> Iterator[LocalSite]:
    with serve() as server:
        yield server


@pytest.fixture(scope="session")
def mongo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URI of a running MongoDB-compatible server, without a database path."""
    external = os.environ.get("MONGODB_URI")
    if external:
        try:
            wait_for_mongo(external, timeout=10)
        except ServiceError as exc:
            pytest.fail(f"MONGODB_URI is set but the server does not answer: {exc}")
        yield external
        return
    server = FerretDB(tmp_path_factory.mktemp("ferretdb"))
    try:
        server.start()
    except ServiceError as exc:
        pytest.fail(str(exc))
    yield server.uri
    server.stop()


def _with_database(uri: str, database: str) -> str:
    base, _, query = uri.partition("?")
    scheme, _, rest = base.partition("://")
    hosts = rest.split("/", 1)[0]
    return f"{scheme}://{hosts}/{database}" + (f"?{query}" if query else "")


@pytest.fixture
def mongo_uri(mongo_server: str) -> Iterator[str]:
    """A fresh database on the session's server, dropped afterwards."""
    database = f"newsflow_test_{uuid.uuid4().hex[:12]}"
    yield _with_database(mongo_server, database)
    with MongoClient(mongo_server, serverSelectionTimeoutMS=5000) as client:
        client.drop_database(database)


@pytest.fixture
def mongo_proxy(mongo_server: str) -> Iterator[TCPProxy]:
    """A proxy in front of the server, so a test can make MongoDB "go away"."""
    hosts = mongo_server.split("://", 1)[1].split("/", 1)[0].split(",")[0]
    host, _, port = hosts.rpartition(":")
    proxy = TCPProxy(host or "127.0.0.1", int(port or 27017)).start()
    yield proxy
    proxy.cut()


@dataclass
class StoreSetup:
    """How a test reaches one store back-end: ``-s`` options for commands,
    and a synchronous reader for assertions."""

    kind: str
    settings: dict[str, str]
    tmp: Path

    def args(self) -> list[str]:
        return [arg for name, value in self.settings.items() for arg in ("-s", f"{name}={value}")]

    def records(self) -> list[dict[str, Any]]:
        return self.read("articles")

    def crawl_records(self) -> list[dict[str, Any]]:
        return self.read("crawls")

    def read(self, table: str) -> list[dict[str, Any]]:
        if self.kind == "mongodb":
            with MongoClient(self.settings["MONGODB_URI"], tz_aware=True) as client:
                return list(client.get_default_database()[table].find())
        path = self.settings["SQLITE_PATH"]
        if not Path(path).exists():
            return []
        with sqlite3.connect(path) as db:
            fields = ("started_at", "finished_at", "superseded_at", *DATETIME_FIELDS)
            return [from_jsonable(json.loads(row[0]), fields) for row in db.execute(f"SELECT doc FROM {table}")]


@pytest.fixture(params=["sqlite", "mongodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreSetup:
    settings = {"SPILL_DIR": str(tmp_path / "spill"), "SQLITE_PATH": str(tmp_path / "news.sqlite3")}
    if request.param == "mongodb":
        settings["MONGODB_URI"] = request.getfixturevalue("mongo_uri")
    else:
        settings["MONGODB_URI"] = ""
    return StoreSetup(request.param, settings, tmp_path)


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def scrapy_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("MONGODB_URI", "SQLITE_PATH", "SPILL_DIR", "EXTRACT_CACHE_DIR")
    }
    env["PYTHONPATH"] = str(ROOT)
    return env


def run_scrapy(*args: str, timeout: float = 120, stdin: str | None = None) -> Run:
    """``scrapy ARGS`` in the checkout, as a user runs it; without the fork
    server's 3.5 s warm-up of the fallback date parser (``EXTRACT_WARM_DATES``)
    unless ARGS set it: the suite starts some fifty crawls of a few pages
    each, and ``test_progress_lines_during_a_crawl`` crawls with it on."""
    if not any(arg.startswith("EXTRACT_WARM_DATES=") for arg in args):
        args = (*args, "-s", "EXTRACT_WARM_DATES=False")
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        env=scrapy_env(),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return Run(done.returncode, done.stdout, done.stderr)
