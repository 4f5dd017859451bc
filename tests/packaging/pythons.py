"""``make test-pythons``: the test suite on the lowest and highest supported Python.

``python -m tests.packaging.pythons 3.10 3.13 [-- PYTEST_ARGS]``. For each version: find
its interpreter, keep a virtual environment for it in ``.venvs/py<version>`` with
``-e .[dev]`` installed (remade when pyproject.toml or the version changes), and run
pytest there. A missing interpreter fails, saying how to provide one: never a skip.

What runs there: everything except the real-server suites (``REAL_SERVER_SUITES``). Those
test this package's PostgreSQL and Redis coordination against real servers with worker
processes; they take about a third of the suite's time, the code they drive is the same
pure-Python code the other suites run on every version, and ``make test`` runs them on
the main Python. Everything else, the version-sensitive part (the runtime, codegen,
emulator, backends on asyncio and trio, typing under pyright), runs on every version.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENVS = ROOT / ".venvs"
#: Run once, by ``make test`` on the main Python (see the module docstring).
REAL_SERVER_SUITES = [
    "tests/batch/postgres",
    "tests/batch/campaign",
    "tests/batch/test_redis_budget.py",
    "tests/batch/test_redis_scripts.py",
]
#: What a changed file means a new environment for.
INSTALL_INPUTS = ["pyproject.toml", "twilio_async/_version.py"]


def _version_of(python: str) -> str | None:
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def find_python(version: str) -> str:
    """An interpreter for ``version`` (e.g. ``3.10``), or exit saying how to provide one."""
    variable = "PYTHON" + version.replace(".", "_")
    candidates = [os.environ.get(variable, ""), shutil.which(f"python{version}") or ""]
    pyenv = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    patches = glob.glob(os.path.join(pyenv, "versions", f"{version}.*", "bin", "python3"))
    patch_key = lambda p: [int(x) for x in p.split("/")[-3].split(".") if x.isdigit()]  # noqa: E731
    candidates += sorted(patches, key=patch_key, reverse=True)
    candidates += [f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"]
    for candidate in filter(None, candidates):
        if _version_of(candidate) == version:  # a pyenv shim may name a version it cannot run
            return candidate
    sys.exit(
        f"test-pythons: no Python {version} found (looked at ${variable}, python{version} on "
        f"PATH, {pyenv}/versions/{version}.*, /usr/bin). Install it (e.g. `pyenv install "
        f"{version}`) or set {variable}=/path/to/python{version}."
    )


def _fingerprint(python: str) -> str:
    digest = hashlib.sha256(python.encode())
    for name in INSTALL_INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv(version: str, python: str) -> Path:
    """``.venvs/py<version>`` with the project and its dev extra installed."""
    venv = VENVS / f"py{version}"
    stamp = venv / ".installed"
    wanted = _fingerprint(python)
    if stamp.is_file() and stamp.read_text() == wanted:
        return venv
    started = time.perf_counter()
    subprocess.run([python, "-m", "venv", "--clear", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True, cwd=ROOT)
    stamp.write_text(wanted)
    print(f"[{version}] installed -e .[dev] in {time.perf_counter() - started:.0f}s", flush=True)
    return venv


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="test-pythons", description=__doc__.splitlines()[0])
    p.add_argument("versions", nargs="+", help="Python versions, e.g. 3.10 3.13")
    p.add_argument("pytest_args", nargs=argparse.REMAINDER, help="after --: passed to pytest")
    args = p.parse_args(argv)
    extra = [a for a in args.pytest_args if a != "--"]
    ignores = [f"--ignore={suite}" for suite in REAL_SERVER_SUITES]
    results: list[tuple[str, int, float]] = []
    for version in args.versions:
        python = find_python(version)
        venv = ensure_venv(version, python)
        print(f"[{version}] {python}: pytest (without the real-server suites)", flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pytest", "-q", *ignores, *extra], cwd=ROOT
        )
        results.append((version, done.returncode, time.perf_counter() - started))
    for version, code, seconds in results:
        print(
            f"Python {version}: {'passed' if code == 0 else f'FAILED ({code})'} in {seconds:.0f}s"
        )
    return 0 if all(code == 0 for _, code, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
