"""The README's "Testing your app" examples, run as written (so they cannot rot).

Every ``python`` block of that section is a whole file named by its first line
(``# test_x.py``): ``test_*`` files run under pytest (with the plugin, as a user's
project would), ``example_*`` files run as scripts, the others are modules they import.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.real_backend

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## Testing your app"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)
_NAME = re.compile(r"# ([a-z_][a-z0-9_]*\.py)\n")


def section_files() -> dict[str, str]:
    """File name -> source of every python block in the README's testing section."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{SECTION}\n")
    end = text.find("\n## ", start + 1)
    files: dict[str, str] = {}
    for block in _BLOCK.findall(text[start : end if end != -1 else None]):
        named = _NAME.match(block)
        assert named, f"a python block in {SECTION!r} does not start with '# <file>.py'"
        assert named.group(1) not in files, f"two blocks are named {named.group(1)}"
        files[named.group(1)] = block
    return files


def test_the_section_has_respx_emulator_and_testclient_examples() -> None:
    files = section_files()
    assert {"test_notify_respx.py", "test_notify_emulator.py", "test_shop_app.py"} <= set(files)
    assert any(name.startswith("example_") for name in files)


def _without_twilio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("TWILIO_"):
            monkeypatch.delenv(name)


def test_the_readme_tests_pass(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _without_twilio_env(monkeypatch)
    files = section_files()
    pytester.makeini(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    for name, source in files.items():
        (pytester.path / name).write_text(source, encoding="utf-8")
    tests = sum(
        len(re.findall(r"^(?:async )?def test_", source, re.M))
        for name, source in files.items()
        if name.startswith("test_")
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning"
    )
    result.assert_outcomes(passed=tests)


@pytest.mark.parametrize(
    "name", sorted(name for name in section_files() if name.startswith("example_"))
)
def test_the_readme_scripts_run(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _without_twilio_env(monkeypatch)
    for file, source in section_files().items():
        (tmp_path / file).write_text(source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, name], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
