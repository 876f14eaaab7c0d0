"""Every project command is documented: an example in its help text and a
mention in the README (as sqlite-utils checks for its commands)."""

from __future__ import annotations

import importlib
import pkgutil

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
