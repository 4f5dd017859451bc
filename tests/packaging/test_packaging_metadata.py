"""Packaging facts that rot silently: the version's one source, the Python range, licence, extras.

The installed metadata (this environment's install of the project) and a wheel built here
with hatchling are both checked; ``make wheel-smoke`` installs a real wheel elsewhere.
This directory has no ``__init__.py`` on purpose: a package named ``packaging`` here would
shadow the ``packaging`` library that pytest and hatchling import.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

import twilio_async

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest brings it on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT: dict[str, Any] = PYPROJECT["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
#: Contributors' toolboxes, not features: not in ``all``, not smoke-tested as installs.
TOOL_EXTRAS = {"dev", "docs"}
#: Extras for users.
USER_EXTRAS = sorted(set(EXTRAS) - TOOL_EXTRAS)


def minor(version: str) -> tuple[int, int]:
    major, minor_, *_ = version.split(".")
    return int(major), int(minor_)


def classifier_pythons() -> list[tuple[int, int]]:
    found = [
        re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", c)
        for c in PROJECT["classifiers"]
    ]
    return sorted(minor(m.group(1)) for m in found if m)


def makefile_variable(name: str) -> list[str]:
    text = (ROOT / "Makefile").read_text()
    match = re.search(rf"^{name}\s*[:?]?=\s*(.*)$", text, re.MULTILINE)
    assert match, f"Makefile defines no {name}"
    return match.group(1).split()


def test_the_version_has_one_source() -> None:
    assert "version" not in PROJECT, "pyproject.toml has a static version again"
    assert "version" in PROJECT["dynamic"]
    path = PYPROJECT["tool"]["hatch"]["version"]["path"]
    namespace: dict[str, Any] = {}
    exec((ROOT / path).read_text(), namespace)
    assert namespace["__version__"] == twilio_async.__version__
    # Installed metadata agrees (a stale install after a version bump fails here).
    assert importlib.metadata.version("twilio-async") == twilio_async.__version__


def test_python_classifiers_cover_exactly_the_supported_and_tested_range() -> None:
    lowest = minor(re.fullmatch(r">=\s*(3\.\d+)", PROJECT["requires-python"]).group(1))  # type: ignore[union-attr]
    pythons = classifier_pythons()
    assert pythons, "no 'Programming Language :: Python :: 3.x' classifiers"
    assert pythons[0] == lowest, f"lowest classifier {pythons[0]} != requires-python {lowest}"
    assert pythons == [(3, n) for n in range(lowest[1], pythons[-1][1] + 1)], "a gap"
    # CI tests the lowest and the highest supported Python (make test-pythons).
    tested = sorted(minor(v) for v in makefile_variable("TEST_PYTHONS"))
    assert tested == [pythons[0], pythons[-1]]
    # The checkers target the lowest too.
    assert minor(PYPROJECT["tool"]["mypy"]["python_version"]) == lowest
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py3{lowest[1]}"


def test_the_licence_is_mit_and_shipped() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")], (
        "PEP 639: no licence classifier next to a licence expression"
    )
    meta = importlib.metadata.metadata("twilio-async")
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]


def test_project_urls_and_changelog() -> None:
    urls = PROJECT["urls"]
    for key in ("Homepage", "Documentation", "Changelog", "Issues"):
        assert urls[key].startswith("https://"), key
    assert (ROOT / "CHANGELOG.md").read_text().count(f"## [{twilio_async.__version__}]") == 1


def test_base_install_leaves_the_fast_backend_to_its_extra() -> None:
    names = [re.split(r"[<>=!~\[; ]", dep)[0].lower() for dep in PROJECT["dependencies"]]
    assert "aiohttp" not in names
    assert any(dep.startswith("aiohttp") for dep in EXTRAS["aiohttp"])
    # The command line and every-extra install bring it (batch runs are what it is for).
    assert "twilio-async[aiohttp]" in EXTRAS["cli"]


def test_all_installs_every_user_extra() -> None:
    (requirement,) = EXTRAS["all"]
    named = re.fullmatch(r"twilio-async\[(.*)\]", requirement)
    assert named, requirement
    assert sorted(named.group(1).split(",")) == sorted(set(USER_EXTRAS) - {"all"})


def test_every_pip_hint_in_the_code_names_a_real_extra() -> None:
    """``pip install 'twilio-async[x]'`` in messages and docs: ``x`` must exist."""
    hinted: set[str] = set()
    for path in (ROOT / "twilio_async").rglob("*.py"):
        if "rest" in path.relative_to(ROOT / "twilio_async").parts:
            continue
        hinted.update(re.findall(r"twilio-async\[([a-z0-9_-]+)\]", path.read_text()))
    assert {"aiohttp", "cli", "emulator", "redis"} <= hinted
    assert hinted <= set(USER_EXTRAS), sorted(hinted - set(USER_EXTRAS))


def test_readme_install_lists_every_user_extra() -> None:
    readme = (ROOT / "README.md").read_text()
    install = readme.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    missing = [extra for extra in USER_EXTRAS if f"twilio-async[{extra}]" not in install]
    assert not missing, f"README Install does not mention {missing}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this tree with hatchling (no network, no install)."""
    from hatchling.builders.wheel import WheelBuilder

    out = tmp_path_factory.mktemp("wheel")
    (built,) = WheelBuilder(str(ROOT)).build(directory=str(out), versions=["standard"])
    return Path(built)


def test_the_wheel_holds_the_package_its_licence_and_metadata(wheel: Path) -> None:
    version = twilio_async.__version__
    info = f"twilio_async-{version}.dist-info"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        meta = zf.read(f"{info}/METADATA").decode()
        licence = zf.read(f"{info}/licenses/LICENSE").decode()
        scripts = zf.read(f"{info}/entry_points.txt").decode()
    assert wheel.name == f"twilio_async-{version}-py3-none-any.whl"
    assert licence == (ROOT / "LICENSE").read_text()
    assert {name.split("/")[0] for name in names} == {"twilio_async", info}
    assert "twilio_async/py.typed" in names
    assert "twilio_async/rest/api/v2010/catalog.json" in names
    assert f"\nVersion: {version}\n" in meta
    assert "\nLicense-Expression: MIT\n" in meta
    assert "\nRequires-Python: >=3.10\n" in meta
    for python in classifier_pythons():
        assert f"Classifier: Programming Language :: Python :: {python[0]}.{python[1]}\n" in meta
    requires = re.findall(r"^Requires-Dist: (.*)$", meta, re.MULTILINE)
    assert not [r for r in requires if r.startswith("aiohttp") and "extra ==" not in r]
    assert "twilio-async = twilio_async.batch._cli:main" in scripts
    assert "twilio-async-emulator = twilio_async.emulator.__main__:main" in scripts
