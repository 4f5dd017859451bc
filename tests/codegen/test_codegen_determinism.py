"""Generation is deterministic, and ``python -m codegen --check`` catches every kind of drift."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.__main__ import generate
from codegen.render import read_tree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE_SPECS = HERE / "fixtures" / "specs"
GOLDEN = HERE / "golden" / "rest"


def _codegen(*args: str, hashseed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_real_specs_generate_byte_identical_trees(real_tree: Path, tmp_path: Path) -> None:
    # A second generation in another process, with another hash seed: no set or dict
    # ordering may leak into the output.
    again = tmp_path / "rest"
    result = _codegen("--out", str(again), hashseed="12345")
    assert result.returncode == 0, result.stderr
    first, second = read_tree(real_tree), read_tree(again)
    assert len(first) > 50
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_check_passes_on_the_committed_tree() -> None:
    result = _codegen("--check", hashseed="777")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    out = tmp_path / "rest"
    shutil.copytree(GOLDEN, out)
    return out


def _check(out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = generate(FIXTURE_SPECS, out, check=True)
    return code, capsys.readouterr().err


def test_check_passes_on_an_unchanged_copy(
    golden_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(golden_copy, capsys) == (0, "")


def test_check_fails_when_a_generated_file_was_edited(
    golden_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = golden_copy / "api" / "v2010" / "accounts_messages.py"
    target.write_text(target.read_text() + "# hand edit\n")
    code, err = _check(golden_copy, capsys)
    assert code == 1
    assert "api/v2010/accounts_messages.py" in err
    assert "(1 file(s) differ)" in err


def test_check_fails_on_an_extra_file(
    golden_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (golden_copy / "flex_api" / "v1" / "leftover.py").write_text("x = 1\n")
    code, err = _check(golden_copy, capsys)
    assert code == 1
    assert "flex_api/v1/leftover.py" in err


def test_check_fails_on_a_missing_file(
    golden_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (golden_copy / "api" / "v2010" / "catalog.json").unlink()
    code, err = _check(golden_copy, capsys)
    assert code == 1
    assert "api/v2010/catalog.json" in err


def test_check_fails_when_the_output_dir_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _check(tmp_path / "nowhere", capsys)
    assert code == 1
    assert "api/v2010/enums.py" in err
    assert not (tmp_path / "nowhere").exists()


def test_check_cli_lists_every_stale_file(golden_copy: Path) -> None:
    edited = golden_copy / "api" / "v2010" / "__init__.py"
    edited.write_text(edited.read_text().replace("v2010", "v2011", 1))
    (golden_copy / "api" / "v2010" / "extra.py").write_text("")
    (golden_copy / "flex_api" / "v1" / "plugins.py").unlink()
    result = _codegen("--check", "--specs", str(FIXTURE_SPECS), "--out", str(golden_copy))
    assert result.returncode == 1
    listed = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    assert listed == ["api/v2010/__init__.py", "api/v2010/extra.py", "flex_api/v1/plugins.py"]
    assert "run `make codegen`" in result.stderr


def test_check_does_not_modify_the_tree(
    golden_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = golden_copy / "api" / "v2010" / "enums.py"
    target.write_text("edited\n")
    before = read_tree(golden_copy)
    assert _check(golden_copy, capsys)[0] == 1
    assert read_tree(golden_copy) == before
