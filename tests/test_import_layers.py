"""The package's import graph: no cycles, and arrows that point one way.

Every ``import`` counts, function-local ones included (a lazy import is still a
dependency); only imports under ``if TYPE_CHECKING:`` are left out, since they never
run. ``importlib.import_module("literal")`` counts too, and so do the runtime's lazy
loaders that generated code names modules with (``Models(__package__, ".types.x")``,
``Child(".x", "XList")``, ``Root(".x", "XList")``). Run by ``make check``.

Rules:
- no import cycle anywhere in ``twilio_async/``;
- nothing outside ``twilio_async.emulator`` imports the emulator;
- the core runtime (the package root and its ``_*`` modules) is layered, each layer
  importing only its own and lower ones (``CORE_LAYERS``);
- the core imports the generated tree (``twilio_async.rest``) and the feature packages
  (batch, webhooks, TwiML, FastAPI, which sit above the generated tree and may use it)
  in one place only: function-local imports in ``twilio_async._client``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "twilio_async"
ROOT = Path(__file__).resolve().parent.parent / PACKAGE
GENERATED = f"{PACKAGE}.rest"
EMULATOR = f"{PACKAGE}.emulator"
#: The one module allowed to import the generated tree, and only inside a function.
GENERATED_ENTRY = f"{PACKAGE}._client"
#: Runtime helpers that import a module named by a string argument (its index) on first
#: use, relative to the calling module's package.
LAZY_LOADERS = {"import_module": 0, "Models": 1, "Child": 0, "Root": 0}
#: Modules outside the emulator that may load it, and only inside a function (on first use).
EMULATOR_USERS = (f"{PACKAGE}.pytest_plugin",)
#: Packages built on top of the client and the generated tree.
FEATURES = tuple(f"{PACKAGE}.{name}" for name in ("batch", "webhooks", "twiml", "fastapi"))
#: The core runtime, bottom layer first; a module imports only from its layer or below.
CORE_LAYERS: tuple[tuple[str, ...], ...] = (
    # leaf types, vocabulary and pure helpers
    (
        "_types",
        "_options",
        "_version",
        "_constants",
        "_redact",
        "_errors",
        "_encoding",
        "_retry",
        "_logging",
        "_fields",
        "_api_response",
    ),
    ("_backends",),  # HTTP backends: one request -> one bounded answer
    ("_http",),  # the transport: request building, the retry loop
    (
        "_models",
        "_pagination",
        "_dialects",
        "_resource",
        "_domains",
        "_oauth",
    ),  # parsing, resources
    ("_client", ""),  # the client, and the package root that exposes it
)


def core_layer(module: str) -> int | None:
    """The layer of a core runtime module (``None``: not core)."""
    if module == PACKAGE:
        return len(CORE_LAYERS) - 1
    if not module.startswith(PACKAGE + "._"):
        return None
    top = module.split(".")[1]
    for depth, names in enumerate(CORE_LAYERS):
        if top in names:
            return depth
    raise AssertionError(f"{module} is in no layer of CORE_LAYERS: add it")


@dataclass(frozen=True)
class Edge:
    """``source`` imports ``target`` at ``line`` (``lazy``: inside a function)."""

    source: str
    target: str
    line: int
    lazy: bool


def module_name(path: Path, root: Path = ROOT) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, modules: set[str]):
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.modules = modules
        self.depth = 0
        self.edges: list[Edge] = []

    def _add(self, target: str, line: int) -> None:
        # The deepest known module that ``target`` names (``a.b.Name`` -> ``a.b``).
        while target and target not in self.modules:
            target = target.rpartition(".")[0]
        if target and target != self.module:
            self.edges.append(Edge(self.module, target, line, self.depth > 0))

    def _resolve(self, level: int, name: str | None) -> str:
        if level == 0:
            return name or ""
        base = self.package.split(".")
        if level > 1:
            base = base[: -(level - 1)]
        return ".".join([*base, name] if name else base)

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _function(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = self._resolve(node.level, node.module)
        for alias in node.names:
            full = f"{base}.{alias.name}"
            self._add(full if full in self.modules else base, node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        index = LAZY_LOADERS.get(name)
        if index is not None and len(node.args) > index:
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
                level = len(text) - len(text.lstrip("."))
                self.depth += 1  # loaded on first use: a lazy edge
                self._add(self._resolve(level, text.lstrip(".") or None), node.lineno)
                self.depth -= 1
        self.generic_visit(node)


def import_graph(root: Path = ROOT) -> list[Edge]:
    """Every import edge between modules of the package under ``root``."""
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    modules = {module_name(p, root) for p in files}
    edges: list[Edge] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        collector = _Collector(module_name(path, root), path.name == "__init__.py", modules)
        collector.visit(tree)
        edges.extend(collector.edges)
    return edges


def cycles(edges: list[Edge]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.source, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def strongconnect(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component: list[str] = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strongconnect(v)
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer_violations(edges: list[Edge]) -> Iterator[str]:
    """Imports that point the wrong way."""
    for e in edges:
        where = f"{e.source}:{e.line} imports {e.target}"
        if _within(e.target, EMULATOR) and not _within(e.source, EMULATOR):
            if e.source not in EMULATOR_USERS:
                yield f"{where}: only the emulator may import the emulator"
            elif not e.lazy:
                yield f"{where}: {e.source} must import the emulator lazily"
        source_layer = core_layer(e.source)
        if source_layer is None:
            continue
        above = _within(e.target, GENERATED) or any(_within(e.target, f) for f in FEATURES)
        if above:
            if e.source != GENERATED_ENTRY:
                yield f"{where}: the core reaches generated code only through {GENERATED_ENTRY}"
            elif not e.lazy:
                yield f"{where}: {GENERATED_ENTRY} must import generated code lazily"
            continue
        target_layer = core_layer(e.target)
        if target_layer is not None and target_layer > source_layer:
            yield f"{where}: layer {source_layer} may not import layer {target_layer}"


def _describe(component: list[str], edges: list[Edge]) -> str:
    inside = set(component)
    links = sorted(
        {
            f"  {e.source}:{e.line} -> {e.target}{' (lazy)' if e.lazy else ''}"
            for e in edges
            if e.source in inside and e.target in inside
        }
    )
    return "cycle among " + ", ".join(component) + ":\n" + "\n".join(links)


def test_the_package_has_no_import_cycle() -> None:
    edges = import_graph()
    found = cycles(edges)
    assert not found, "\n".join(_describe(c, edges) for c in found)


def test_imports_point_one_way() -> None:
    problems = list(layer_violations(import_graph()))
    assert not problems, "\n".join(problems)


def test_the_checker_sees_lazy_cycles_and_skips_type_checking(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "b.py").write_text("from .a import f\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n"
    )
    (pkg / "d.py").write_text("import importlib\nimportlib.import_module('pkg.c')\n")
    (pkg / "e.py").write_text("X = Models(__package__, '.d')\nY = Child('.c', 'CList')\n")
    edges = import_graph(pkg)
    assert cycles(edges) == [["pkg.a", "pkg.b"]]
    assert {(e.source, e.target, e.lazy) for e in edges} == {
        ("pkg.a", "pkg.b", True),
        ("pkg.b", "pkg.a", False),
        ("pkg.d", "pkg.c", True),
        ("pkg.e", "pkg.d", True),
        ("pkg.e", "pkg.c", True),
    }


def test_the_checker_flags_wrong_way_imports() -> None:
    edges = [
        Edge(f"{PACKAGE}._http", f"{EMULATOR}._app", 3, False),
        Edge(f"{PACKAGE}._resource", f"{GENERATED}.api", 4, True),
        Edge(GENERATED_ENTRY, f"{GENERATED}._root", 5, False),
        Edge(GENERATED_ENTRY, f"{GENERATED}._root", 6, True),
        Edge(f"{EMULATOR}._engine", f"{PACKAGE}._errors", 7, False),
        Edge(f"{PACKAGE}._types", f"{PACKAGE}._http", 8, True),
        Edge(f"{PACKAGE}._http", f"{PACKAGE}.batch._sender", 9, True),
        Edge(f"{PACKAGE}.webhooks._models", f"{GENERATED}.api.v2010.enums", 10, False),
        Edge(f"{PACKAGE}._dialects._xml", f"{PACKAGE}._errors", 11, False),
        Edge(f"{PACKAGE}.pytest_plugin", f"{EMULATOR}._thread", 12, True),
        Edge(f"{PACKAGE}.pytest_plugin", f"{EMULATOR}._thread", 13, False),
    ]
    problems = list(layer_violations(edges))
    assert len(problems) == 6, problems
    assert "must import the emulator lazily" in problems[5]
    assert "only the emulator" in problems[0]
    assert "only through" in problems[1]
    assert "lazily" in problems[2]
    assert "layer 0 may not import layer 2" in problems[3]
    assert "only through" in problems[4]
