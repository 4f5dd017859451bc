"""``make wheel-smoke``: build the sdist and wheel, install them as a user would, smoke-test.

In a fresh temporary directory outside the source tree: ``python -m build`` (the sdist,
then the wheel built from that sdist), checks of what the wheel and sdist hold, then for
the base install and each extra a new virtual environment with ``pip install
'<wheel>[extra]'`` and ``smoke_inside.py`` run by that environment's interpreter from the
temporary directory (so ``twilio_async`` can only come from the wheel). Prints the wheel
size, each install's size and time, and every check; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest and mypy bring it on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
INSIDE = Path(__file__).with_name("smoke_inside.py")
#: Every extra a user installs; ``base`` is the install without one.
PROFILES = ["base", "aiohttp", "cli", "emulator", "fastapi", "postgres", "redis", "all"]
#: Contributors' toolboxes, not features a user installs.
TOOL_EXTRAS = {"dev", "docs"}
#: Hang guard for one build or install on a busy machine (not a performance bound).
STEP_TIMEOUT = 900.0


@dataclass
class Outcome:
    """One profile's install and smoke run."""

    profile: str
    ok: bool
    seconds: float
    site_kb: int
    log: str


def clean_env() -> dict[str, str]:
    """The environment without this tree's virtualenv or import path leaking in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return env


def run(cmd: list[str], cwd: Path, what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        cmd, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=STEP_TIMEOUT
    )
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done


def site_packages_kb(venv: Path) -> int:
    """``du -sk`` of the environment's site-packages."""
    (site,) = venv.glob("lib/python3*/site-packages")
    return int(
        subprocess.run(["du", "-sk", str(site)], capture_output=True, text=True).stdout.split()[0]
    )


def build(out: Path) -> tuple[Path, Path]:
    """The sdist and the wheel (built from the sdist), in ``out``."""
    run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], ROOT, "python -m build")
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def check_wheel(wheel: Path, version: str) -> list[str]:
    """Problems with the wheel's contents and metadata (empty: none)."""
    problems = []
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        info = f"twilio_async-{version}.dist-info"
        meta = zf.read(f"{info}/METADATA").decode()
    expected = [
        "twilio_async/py.typed",
        "twilio_async/rest/api/v2010/catalog.json",
        f"{info}/licenses/LICENSE",
        f"{info}/entry_points.txt",
    ]
    problems += [f"wheel lacks {name}" for name in expected if name not in names]
    tops = {name.split("/")[0] for name in names}
    if tops != {"twilio_async", info}:
        problems.append(f"wheel holds more than the package: {sorted(tops)}")
    fields = [line.partition(": ") for line in meta.split("\n\n")[0].splitlines()]
    headers: dict[str, list[str]] = {}
    for key, _, value in fields:
        headers.setdefault(key, []).append(value)
    if headers.get("Version") != [version]:
        problems.append(f"METADATA Version {headers.get('Version')} != {version}")
    if headers.get("License-Expression") != ["MIT"]:
        problems.append(f"License-Expression {headers.get('License-Expression')}")
    unconditional = [r for r in headers.get("Requires-Dist", []) if "extra ==" not in r]
    if any(r.startswith("aiohttp") for r in unconditional):
        problems.append(f"aiohttp is in the base install: {unconditional}")
    urls = {u.partition(",")[0] for u in headers.get("Project-URL", [])}
    problems += [
        f"no {key} URL"
        for key in ("Homepage", "Documentation", "Changelog", "Issues")
        if key not in urls
    ]
    return problems


def check_sdist(sdist: Path) -> list[str]:
    import tarfile

    with tarfile.open(sdist) as tf:
        names = {name.partition("/")[2] for name in tf.getnames()}
    wanted = [
        "LICENSE",
        "CHANGELOG.md",
        "README.md",
        "pyproject.toml",
        "examples/demo.py",
        "twilio_async/_version.py",
        "specs",
        "tests/conftest.py",
    ]
    return [
        f"sdist lacks {name}"
        for name in wanted
        if name not in names and not any(n.startswith(f"{name}/") for n in names)
    ]


def smoke(profile: str, wheel: Path, work: Path, python: str) -> Outcome:
    """A fresh environment with the wheel (and extra) installed, then smoke_inside.py."""
    started = time.perf_counter()
    venv = work / f"venv-{profile}"
    try:
        run([python, "-m", "venv", str(venv)], work, f"venv for {profile}")
        target = str(wheel) if profile == "base" else f"{wheel}[{profile}]"
        run(
            [str(venv / "bin/python"), "-m", "pip", "install", "--quiet", target],
            work,
            f"pip install {target}",
        )
        installed = time.perf_counter() - started
        done = subprocess.run(
            [str(venv / "bin/python"), str(work / INSIDE.name), profile],
            cwd=work,
            env=clean_env(),
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        log = done.stdout + (done.stderr if done.returncode else "")
        return Outcome(profile, done.returncode == 0, installed, site_packages_kb(venv), log)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return Outcome(profile, False, time.perf_counter() - started, 0, str(error))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="wheel_smoke", description=__doc__.splitlines()[0])
    p.add_argument(
        "--profiles", default=",".join(PROFILES), help="comma-separated, of " + ",".join(PROFILES)
    )
    p.add_argument("--python", default=sys.executable, help="interpreter for the new venvs")
    p.add_argument("--jobs", type=int, default=2, help="environments set up at once (default 2)")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = p.parse_args(argv)
    profiles = [name for name in args.profiles.split(",") if name]
    unknown = sorted(set(profiles) - set(PROFILES))
    if unknown:
        p.error(f"--profiles: unknown {unknown}; expected some of {PROFILES}")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    extras = set(pyproject["project"]["optional-dependencies"]) - TOOL_EXTRAS
    if extras != set(PROFILES) - {"base"}:
        print(f"wheel_smoke: the extras are {sorted(extras)}; update PROFILES", file=sys.stderr)
        return 1
    namespace: dict[str, str] = {}
    exec((ROOT / "twilio_async/_version.py").read_text(), namespace)
    version = namespace["__version__"]

    work = Path(tempfile.mkdtemp(prefix="twilio-async-wheel-"))
    assert ROOT not in work.parents, f"{work} is inside the source tree"
    failed = False
    try:
        started = time.perf_counter()
        sdist, wheel = build(work / "dist")
        print(f"built in {time.perf_counter() - started:.1f}s (outside the tree: {work})")
        print(f"wheel {wheel.name}: {wheel.stat().st_size / 1024:.0f} KiB")
        print(f"sdist {sdist.name}: {sdist.stat().st_size / 1024:.0f} KiB")
        problems = check_wheel(wheel, version) + check_sdist(sdist)
        for problem in problems:
            print(f"FAIL {problem}")
        failed = bool(problems)
        shutil.copy(INSIDE, work / INSIDE.name)
        run([args.python, "-m", "venv", str(work / "venv-empty")], work, "empty venv")
        empty_kb = site_packages_kb(work / "venv-empty")
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            outcomes = list(pool.map(lambda name: smoke(name, wheel, work, args.python), profiles))
        print(f"\nsite-packages of an empty venv (pip, setuptools): {empty_kb / 1024:.1f} MB")
        print("| install | pip install (s) | site-packages (MB) | added (MB) | smoke |")
        print("|---|---|---|---|---|")
        for o in outcomes:
            added = (o.site_kb - empty_kb) / 1024 if o.site_kb else float("nan")
            verdict = "ok" if o.ok else "FAILED"
            row = [
                o.profile,
                f"{o.seconds:.1f}",
                f"{o.site_kb / 1024:.1f}",
                f"{added:.1f}",
                verdict,
            ]
            print("| " + " | ".join(row) + " |")
        for o in outcomes:
            print(f"\n== {o.profile}\n{o.log.rstrip()}")
        failed = failed or not all(o.ok for o in outcomes)
    finally:
        if args.keep:
            print(f"\nkept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("\nwheel smoke: " + ("FAILED" if failed else "all passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
