"""Import cost of this tree against another revision, side by side in one run.

``python -m tests.bench.import_cost [--against REV] [--runs N]`` unpacks ``REV``
(default ``HEAD~1``) with ``git archive`` into a scratch folder and times, in fresh
processes taking turns between the two trees, ``import twilio_async`` and the first
``client.messages``. It prints medians (Python start-up subtracted), their ratio, and
how many modules each step loads (a count, so it does not depend on machine noise).

Bytecode is cached per tree in a scratch folder (as an installed package has its
``.pyc`` files), even where ``PYTHONDONTWRITEBYTECODE`` is set; ``--no-bytecode-cache``
measures compiling every module on every start instead. ``--instructions`` adds the
CPU instructions each step costs (callgrind, start-up subtracted): the same on a busy
machine as on an idle one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STEPS = {
    "import twilio_async": "import twilio_async",
    "import + first client.messages": (
        "from twilio_async import Client; Client('AC'+'a'*32, 't', environ={}).messages"
    ),
}
_COUNT = (
    "import sys; before = set(sys.modules); {code}; "
    "new = set(sys.modules) - before; "
    "print(__import__('json').dumps([len(new), 'pydantic' in new, 'httpx' in new, "
    "sys.modules['twilio_async'].__file__]))"
)


def _unpack(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "twilio_async"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


_ENV: dict[Path, dict[str, str]] = {}


def _env(tree: Path, cache: Path | None) -> dict[str, str]:
    env = _ENV.get(tree)
    if env is None:
        env = dict(os.environ)
        if cache is None:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(cache / str(abs(hash(tree))))
        _ENV[tree] = env
    return env


def _run(tree: Path, code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=tree, check=True, env=_ENV[tree])
    return time.perf_counter() - started


def _modules(tree: Path, code: str) -> tuple[int, bool, bool, str]:
    out = subprocess.run(
        [sys.executable, "-c", _COUNT.format(code=code)],
        cwd=tree,
        env=_ENV[tree],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    count, pydantic, httpx, where = json.loads(out)
    return int(count), bool(pydantic), bool(httpx), str(where)


_CALLGRIND = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")


def _instructions(tree: Path, code: str) -> int:
    done = subprocess.run(
        [*_CALLGRIND, sys.executable, "-c", code],
        cwd=tree,
        env=_ENV[tree],
        check=True,
        capture_output=True,
        text=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found, done.stderr[-500:]
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.import_cost", description=__doc__)
    parser.add_argument("--against", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per tree and step")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="compile every module on every start"
    )
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions with callgrind"
    )
    ns = parser.parse_args(argv)
    if ns.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "tree").mkdir()
        trees = {"this tree": ROOT, ns.against: _unpack(ns.against, Path(tmp) / "tree")}
        cache = None if ns.no_bytecode_cache else Path(tmp) / "pyc"
        for tree in trees.values():
            _env(tree, cache)
            _run(tree, STEPS["import + first client.messages"])  # fills the bytecode cache
        extra = " instructions | / base |" if ns.instructions else ""
        print(
            f"| step | tree | median ms | / {ns.against} | modules loaded | pydantic | httpx |"
            + extra
        )
        print("|---|---|---|---|---|---|---|" + ("---|---|" if ns.instructions else ""))
        for step, code in STEPS.items():
            times: dict[str, list[float]] = {name: [] for name in trees}
            base: dict[str, list[float]] = {name: [] for name in trees}
            for _ in range(ns.runs):
                for name, tree in trees.items():  # taking turns: noise hits both alike
                    base[name].append(_run(tree, "pass"))
                    times[name].append(_run(tree, code))
            medians = {
                name: max(0.0, statistics.median(times[name]) - statistics.median(base[name]))
                for name in trees
            }
            counted = {
                name: _instructions(tree, code) - _instructions(tree, "pass")
                for name, tree in trees.items()
                if ns.instructions
            }
            for name, tree in trees.items():
                count, pydantic, httpx, where = _modules(tree, code)
                assert Path(where).resolve().is_relative_to(tree.resolve()), where
                ratio = medians[name] / medians[ns.against] if medians[ns.against] else 0.0
                tail = ""
                if counted:
                    share = counted[name] / counted[ns.against]
                    tail = f" {counted[name]:,} | {share:.3f}x |"
                print(
                    f"| {step} | {name} | {medians[name] * 1000:.1f} | {ratio:.2f}x "
                    f"| {count} | {'yes' if pydantic else 'no'} | {'yes' if httpx else 'no'} |"
                    + tail
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
