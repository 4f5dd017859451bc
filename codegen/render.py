"""Render the IR through Jinja2 templates (stage 3) and format the output (stage 4)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

from .ir import REST_PACKAGE, DomainIR, Need, ProjectIR, ResourceIR, VersionIR, py_literal
from .public_models import top_exports, version_exports

TEMPLATES = Path(__file__).parent / "templates"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = py_literal
    return env


def relative(module: str, target: str, *, is_package: bool = False) -> str:
    """``target`` as a relative import from ``module`` when both are in the generated tree.

    ``twilio_async.rest.api.v2010.enums`` from ``...v2010.types.accounts`` is ``..enums``.
    """
    if not target.startswith(REST_PACKAGE + ".") and target != REST_PACKAGE:
        return target
    here = module.split(".") if is_package else module.split(".")[:-1]
    there = target.split(".")
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1) + ".".join(there[common:])


def import_block(module: str, needs: set[Need], *, is_package: bool = False) -> str:
    """The import lines of ``module`` for exactly ``needs`` (ruff sorts them afterwards)."""
    runtime: dict[str, set[str]] = {}
    typing_only: dict[str, set[str]] = {}
    for need in needs:
        target = relative(module, need.module, is_package=is_package)
        (typing_only if need.typing else runtime).setdefault(target, set()).add(need.name)
    for target, names in typing_only.items():  # a name imported at run time is there anyway
        names -= runtime.get(target, set())
    typing_only = {t: n for t, n in typing_only.items() if n}
    if typing_only:
        runtime.setdefault("typing", set()).add("TYPE_CHECKING")
    lines = ["from __future__ import annotations", ""]
    lines += [_from(target, names) for target, names in sorted(runtime.items())]
    if typing_only:
        lines += ["", "if TYPE_CHECKING:"]
        lines += ["    " + _from(t, names) for t, names in sorted(typing_only.items())]
    return "\n".join(lines)


def _from(target: str, names: set[str]) -> str:
    return f"from {target} import {', '.join(sorted(names))}"


def _module(header: str, module: str, needs: set[Need], body: str, *, package: bool = False) -> str:
    """Header, the imports ``needs`` declares, then the body."""
    block = import_block(module, needs, is_package=package)
    return header + block + "\n\n" + body.strip() + "\n"


def _header(source: str, what: str) -> str:
    return f'# Generated from {source} by `make codegen`; do not edit.\n"""{what}"""\n\n'


class Renderer:
    """Turns a ``ProjectIR`` into a dict of relative path -> file text."""

    def __init__(self, spec_dir_label: str = "specs"):
        self.env = _env()
        self.spec_dir = spec_dir_label

    def render(self, project: ProjectIR) -> dict[str, str]:
        files: dict[str, str] = {}
        files["__init__.py"] = (
            _header(self.spec_dir + "/", "Generated REST resources.").rstrip() + "\n"
        )
        files["_root.py"] = self._root(project)
        files["_models_index.py"] = self._models_index(project)
        for d in project.domains:
            files[f"{d.attr}/__init__.py"] = self._domain(d)
            for v in d.versions:
                base = f"{d.attr}/{v.version}"
                files[f"{base}/__init__.py"] = self._version(v)
                files[f"{base}/enums.py"] = self._enums(v)
                files[f"{base}/catalog.json"] = json.dumps(v.catalog, indent=1) + "\n"
                files[f"{base}/types/__init__.py"] = self._types_package(v)
                for r in v.resources:
                    files[f"{base}/{r.module}.py"] = self._resource(v, r)
                    files[f"{base}/types/{r.module}.py"] = self._types(v, r)
        return files

    def _source(self, v: VersionIR) -> str:
        return f"{self.spec_dir}/{v.spec_file}"

    def _resource(self, v: VersionIR, r: ResourceIR) -> str:
        """The resource module: operations, arguments, context and list classes (no pydantic)."""
        body = self.env.get_template("resource.py.j2").render(r=r)
        header = _header(self._source(v), f"{r.class_name} resources (``{r.id}``).")
        return _module(header, f"{v.package}.{r.module}", r.resource_needs, body)

    def _types(self, v: VersionIR, r: ResourceIR) -> str:
        """The models module: pydantic classes, loaded on the first call that returns one."""
        body = self.env.get_template("types.py.j2").render(r=r)
        header = _header(self._source(v), f"{r.class_name} models (``{r.id}``).")
        return _module(header, f"{v.package}.types.{r.module}", r.types_needs, body)

    def _types_package(self, v: VersionIR) -> str:
        """``<version>/types/__init__.py``: every model of the version, loaded lazily."""
        exports = version_exports(v)
        body = self.env.get_template("types_init.py.j2").render(exports=exports)
        what = (
            f"Response models of {v.domain} {v.version}, loaded on first access: "
            f"``from {v.package}.types import {exports[0].name if exports else 'X'}``."
        )
        header = _header(self._source(v), what)
        needs = {Need("typing", "Any")} | ({Need("typing", "TYPE_CHECKING")} if exports else set())
        return _module(header, f"{v.package}.types", needs, body, package=True)

    def _models_index(self, p: ProjectIR) -> str:
        """``_models_index.py``: what ``twilio_async.types`` exports, and from where."""
        exports, ambiguous = top_exports(p)
        body = self.env.get_template("models_index.py.j2").render(
            exports=exports, ambiguous=ambiguous
        )
        header = _header(self.spec_dir + "/", "The index of ``twilio_async.types``.")
        needs = {Need("typing", "TYPE_CHECKING")} if exports else set()
        return _module(header, f"{REST_PACKAGE}._models_index", needs, body)

    def _version(self, v: VersionIR) -> str:
        body = self.env.get_template("version.py.j2").render(v=v)
        header = _header(self._source(v), f"{v.domain} {v.version}: the version root.")
        return _module(header, v.package, v.needs, body, package=True)

    def _enums(self, v: VersionIR) -> str:
        body = self.env.get_template("enums.py.j2").render(v=v)
        if not v.enums:
            body = "__all__: list[str] = []\n"
        header = _header(self._source(v), f"Enums of {v.domain} {v.version}.")
        return _module(header, f"{v.package}.enums", v.enum_needs, body)

    def _domain(self, d: DomainIR) -> str:
        body = self.env.get_template("domain.py.j2").render(d=d)
        sources = ", ".join(self._source(v) for v in d.versions)
        header = _header(sources, f"The {d.domain} domain.")
        return _module(header, d.package, d.needs, body, package=True)

    def _root(self, p: ProjectIR) -> str:
        body = self.env.get_template("root.py.j2").render(p=p)
        header = _header(self.spec_dir + "/", "Client mixin: domains and account shortcuts.")
        return _module(header, f"{REST_PACKAGE}._root", p.needs, body)


def format_tree(root: Path) -> None:
    """Sort imports and format with ruff (pinned in pyproject).

    Nothing is deleted: each module imports exactly what its IR nodes declared
    (``tests/codegen`` proves no generated import is unused).
    """
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--quiet", "--no-cache", "--config", "line-length=100"]
    subprocess.run(
        [*ruff, "check", *common, "--select", "I", "--fix", "--exit-zero", str(root)], check=True
    )
    subprocess.run([*ruff, "format", *common, str(root)], check=True)


def write_tree(files: dict[str, str], out: Path) -> None:
    """Render into a scratch directory, format, then replace ``out`` whole."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "rest"
        for rel, text in files.items():
            path = scratch / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        format_tree(scratch)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(scratch, out)


def read_tree(root: Path) -> dict[str, bytes]:
    """Every generated file (``.py``, ``.json``) under ``root``, by relative path."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix in (".py", ".json") and "__pycache__" not in p.parts
    }
