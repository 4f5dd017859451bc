"""``python -m codegen [--check]`` and ``python -m codegen import``."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .ir import build_project
from .render import Renderer, read_tree, write_tree
from .spec import SpecError, load_specs
from .twiml import OUTPUT as TWIML_OUTPUT
from .twiml import SPEC_NAME as TWIML_SPEC
from .twiml import generate_twiml

ROOT = Path(__file__).resolve().parent.parent


def generate(spec_dir: Path, out: Path, *, check: bool, twiml_out: Path | None = None) -> int:
    """Generate ``out`` from every spec in ``spec_dir``; with ``check``, only compare.

    ``twiml.yaml`` is not a REST spec: it is compiled into ``twiml_out`` when that is
    given (``python -m codegen`` gives it), and skipped otherwise.
    """
    specs = []
    problems = []
    if twiml_out is not None and (spec_dir / TWIML_SPEC).exists():
        label = f"{spec_dir.name}/{TWIML_SPEC}"
        spec = spec_dir / TWIML_SPEC
        code, message = generate_twiml(spec, twiml_out, check=check, spec_label=label)
        print(message, file=sys.stderr if code else sys.stdout)
        if code:
            return code
    for path in sorted(spec_dir.glob("*.yaml")):
        if path.name == TWIML_SPEC:
            continue
        try:
            specs.extend(load_specs(path))
        except SpecError as err:
            problems.extend(err.problems)
    if problems:
        for problem in problems:
            print(f"spec error: {problem}", file=sys.stderr)
        print(f"{len(problems)} spec problem(s); nothing was written", file=sys.stderr)
        return 2
    try:
        project = build_project(specs)
    except SpecError as err:
        for problem in err.problems:
            print(f"spec error: {problem}", file=sys.stderr)
        return 2
    files = Renderer().render(project)
    if not check:
        write_tree(files, out)
        shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
        print(f"generated {len(files)} files into {shown}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "rest"
        write_tree(files, fresh)
        want, have = read_tree(fresh), read_tree(out)
    stale = sorted(k for k in want.keys() | have.keys() if want.get(k) != have.get(k))
    if stale:
        print(
            f"{out} is stale against {spec_dir} ({len(stale)} file(s) differ); run `make codegen`:",
            file=sys.stderr,
        )
        for name in stale[:20]:
            print(f"  {name}", file=sys.stderr)
        return 1
    print(f"{len(want)} generated files are up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "import":
        from .importer import cli  # the importer only loads for `import`

        return cli.main(args[1:])
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the generated tree is stale")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--out", type=Path, default=ROOT / "twilio_async" / "rest")
    parser.add_argument("--twiml-out", type=Path, default=ROOT / TWIML_OUTPUT)
    ns = parser.parse_args(args)
    return generate(ns.specs, ns.out, check=ns.check, twiml_out=ns.twiml_out)


if __name__ == "__main__":
    raise SystemExit(main())
