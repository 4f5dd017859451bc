"""The emulator's command line against what the README and ``Faults`` promise, and the
hint a user without the ``[emulator]`` extra gets (in subprocesses that block its imports).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from twilio_async.emulator import Faults
from twilio_async.emulator.__main__ import parse_args

README = Path(__file__).resolve().parents[2] / "README.md"
HINT = "pip install 'twilio-async[emulator]'"
_ROW = re.compile(r"^\|\s*(`--[^|]+)\|\s*([^|]+?)\s*\|")


def _parser() -> argparse.ArgumentParser:
    captured: list[argparse.ArgumentParser] = []
    original = argparse.ArgumentParser.parse_args

    def capture(self: argparse.ArgumentParser, *a: Any, **kw: Any) -> Any:
        captured.append(self)
        return original(self, *a, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(argparse.ArgumentParser, "parse_args", capture)
        parse_args([])
    return captured[0]


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and a.dest != "help"]


def _readme_table() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Emulator\n", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, str] = {}
    for line in section.splitlines():
        m = _ROW.match(line)
        if m:
            for flag in re.findall(r"`(--[a-z-]+)`", m[1]):
                rows[flag] = m[2].strip("`")
    return rows


def _same(documented: str, default: Any) -> bool:
    if documented in ("none", "random", "off"):
        return default in (None, False, {})
    if isinstance(default, bool):
        return False
    if isinstance(default, (int, float)):
        try:
            return float(documented) == float(default)
        except ValueError:
            return False
    return bool(documented == default)


def test_readme_lists_every_flag_with_its_real_default() -> None:
    table = _readme_table()
    options = _options(_parser())
    flags = {a.option_strings[0] for a in options}
    assert set(table) == flags, f"README vs CLI: {set(table) ^ flags}"
    wrong = {
        a.option_strings[0]: (table[a.option_strings[0]], a.default)
        for a in options
        if not _same(table[a.option_strings[0]], a.default)
    }
    assert not wrong, f"README default differs from the CLI's: {wrong}"


def test_every_flag_has_help_and_every_fault_mode_a_flag() -> None:
    options = _options(_parser())
    assert all(a.help for a in options), [a.option_strings for a in options if not a.help]
    dests = {a.dest for a in options}
    modes = {f.name for f in dataclasses.fields(Faults)}
    assert modes <= dests, f"fault modes with no flag: {modes - dests}"


def test_cli_defaults_match_the_library() -> None:
    args = parse_args([])
    faults = Faults()
    for f in dataclasses.fields(Faults):
        got = getattr(args, f.name)
        assert got == getattr(faults, f.name) or (got is None and not getattr(faults, f.name))
    from twilio_async.emulator import Emulator

    emu = Emulator()
    assert args.status_interval == emu.engine.clock.interval


_BLOCK = "import sys\nfor m in ('starlette', 'uvicorn'):\n    sys.modules[m] = None\n"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCK + code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_import_without_the_extra_names_the_pip_command() -> None:
    out = _run("from twilio_async.emulator import Emulator")
    assert out.returncode == 1
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError: ") and HINT in last
    assert "ModuleNotFoundError" not in out.stderr
    assert "starlette and uvicorn" in last


def test_cli_without_the_extra_prints_the_hint_and_exits_2() -> None:
    out = _run("from twilio_async.emulator.__main__ import main\nsys.exit(main([]))")
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "twilio-async-emulator: the Twilio emulator needs starlette and uvicorn, "
        f"which are not installed: {HINT}"
    )
    assert "Traceback" not in out.stderr


def test_cli_help_works_without_the_extra() -> None:
    out = _run("from twilio_async.emulator.__main__ import main\nsys.exit(main(['--help']))")
    assert out.returncode == 0 and "--concurrency-limit" in out.stdout


def test_sdk_imports_without_the_extra() -> None:
    out = _run("import twilio_async\nfrom twilio_async import Client\nprint('ok')")
    assert out.returncode == 0 and out.stdout.strip() == "ok"
