"""Generated models are type-checked after their resource module, whatever mypy is run on.

A model's forwarded methods (``fetch: ClassVar = MessageContext.fetch``) take their types
from the resource module's inferred attributes. Both modules import each other for type
checkers only, so mypy orders the pair by discovery, and checking the model first leaves
those attributes "Cannot determine type" (``Any`` for users): on a 31-spec tree a fresh
``mypy --strict`` of one user file failed so. A function-local import of the context in
the model module (under ``TYPE_CHECKING``, so never run) ranks that edge above the other
one and fixes the order. This checks every generated models module has it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "twilio_async" / "rest"
_FORWARD = re.compile(r"^\s+\w+: ClassVar = (\w+)\.\w+$", re.M)


def _local_imports(tree: ast.Module) -> set[tuple[str, str]]:
    """``(module, name)`` of every ``from X import Y`` inside a function body."""
    out: set[tuple[str, str]] = set()
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef):
            for node in ast.walk(func):
                if isinstance(node, ast.ImportFrom):
                    dots = "." * node.level
                    out |= {(dots + (node.module or ""), a.name) for a in node.names}
    return out


def test_every_model_with_forwarded_methods_is_checked_after_its_context() -> None:
    checked = 0
    for path in sorted(GENERATED.rglob("types/*.py")):
        text = path.read_text(encoding="utf-8")
        contexts = set(_FORWARD.findall(text))
        if not contexts:
            continue
        local = _local_imports(ast.parse(text))
        module = ".." + path.stem
        for context in contexts:
            assert (module, context) in local, f"{path}: no local import of {context}"
        checked += 1
    assert checked > 50
