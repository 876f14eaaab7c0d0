"""Every project command is documented: an example in its help text and a
mention in the README (as sqlite-utils checks for its commands)."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import scrapers.commands
from tests.conftest import ROOT

COMMANDS = [name for _, name, _ in pkgutil.iter_modules(scrapers.commands.__path__)]


def test_the_project_has_its_commands() -> None:
    assert {"article", "crawl", "export", "reprocess", "schedule", "sources"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    command = importlib.import_module(f"scrapers.commands.{name}").Command()
    help_text = command.long_desc()
    assert f"scrapy {name}" in help_text, "the help text shows an example call"
    assert command.short_desc()
    assert f"scrapy {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_a_crawl_loads_no_http_server_code() -> None:
    # Scrapy imports every enabled extension's module before asking it whether
    # it is configured: the remote-control server's brings aiohttp (about
    # 10 MB) into a crawl that never serves anything.
    code = (
        "import sys\n"
        "from scrapy.crawler import CrawlerProcess\n"
        "from scrapy.utils.project import get_project_settings\n"
        "crawler = CrawlerProcess(get_project_settings()).create_crawler('news')\n"
        "crawler._apply_settings()\n"
        "print(sorted(type(e).__name__ for e in crawler.extensions.middlewares))\n"
        "print('aiohttp' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    extensions, aiohttp_loaded = done.stdout.splitlines()[-2:]
    assert "Allocator" in extensions and "RemoteControl" not in extensions
    assert aiohttp_loaded == "False"
