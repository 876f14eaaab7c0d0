"""The fork server's date-parser warm-up (``pipelines.workerdates``) keeps its
compiled patterns on disk (``pipelines.datecache``): a later start loads them
and parses the same dates, and a bad cache file or directory costs a
recompile, never a failed start. Each case runs in a fresh interpreter, as the
fork server is, so no test sees patterns another one compiled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import datecache
from pipelines.workers import DATES_CACHE_DIR
from tests.conftest import ROOT

# Worded dates in the languages the pipeline meets, as htmldate hands them to dateparser.
DATES = [
    "15 مارس 2024",
    "الأحد 3 نوفمبر 2024 - 10:30",
    "3 марта 2023 г.",
    "5 de mayo de 2021",
    "Mittwoch, 4. Mai 2022",
    "12 janvier 2020",
    "not a date at all",
]

WARM = (
    "import json, sys\n"
    "import pipelines.workerdates\n"
    "from htmldate.extractors import get_external_parser\n"
    "parser = get_external_parser()\n"
    "print(json.dumps([str(parser.get_date_data(text).date_obj) for text in json.loads(sys.argv[1])]))\n"
)
LOAD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from pipelines import datecache\n"
    "print(datecache.load(Path(sys.argv[1])), *datecache.sizes())\n"
)


def python(code: str, argument: str, cache_dir: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), DATES_CACHE_DIR: cache_dir}
    done = subprocess.run(
        [sys.executable, "-c", code, argument], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


@pytest.fixture(scope="module")
def uncached() -> list[str]:
    """The dates as parsed with the patterns compiled afresh, no cache."""
    return json.loads(python(WARM, json.dumps(DATES), ""))


def test_the_dates_parse_without_a_cache(uncached: list[str]) -> None:
    assert uncached[:2] == ["2024-03-15 00:00:00", "2024-11-03 10:30:00"]
    assert uncached[2:6] == ["2023-03-03 00:00:00", "2021-05-05 00:00:00", "2022-05-04 00:00:00", "2020-01-12 00:00:00"]
    assert uncached[-1] == "None"


def test_the_first_start_writes_the_cache_and_a_later_one_loads_it(tmp_path: Path, uncached: list[str]) -> None:
    path = datecache.cache_file(str(tmp_path))
    assert json.loads(python(WARM, json.dumps(DATES), str(tmp_path))) == uncached
    assert path.exists() and [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    loaded, *sizes = python(LOAD, str(path), "").split()
    assert loaded == "True" and all(int(size) >= 200 for size in sizes)  # every locale's patterns
    written = path.stat().st_mtime_ns
    assert json.loads(python(WARM, json.dumps(DATES), str(tmp_path))) == uncached
    assert path.stat().st_mtime_ns == written  # loaded whole: nothing compiled, nothing to write again


@pytest.mark.parametrize("content", [b"not a pickle", b"\x80\x05K\x01."], ids=["garbage", "a pickled int"])
def test_an_unusable_cache_file_is_compiled_again_and_replaced(
    tmp_path: Path, uncached: list[str], content: bytes
) -> None:
    path = datecache.cache_file(str(tmp_path))
    path.write_bytes(content)
    assert python(LOAD, str(path), "").split()[0] == "False"
    assert json.loads(python(WARM, json.dumps(DATES), str(tmp_path))) == uncached
    assert python(LOAD, str(path), "").split()[0] == "True"


def test_a_cache_directory_that_cannot_be_written_only_costs_the_compile(tmp_path: Path, uncached: list[str]) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory would be")
    assert json.loads(python(WARM, json.dumps(DATES), str(blocked / "cache"))) == uncached
    assert blocked.read_text() == "a file where the cache directory would be"
