"""pydantic validation errors as ``SpecProblem`` values: file, resource, field, message.

A location ``("resources", "things", "operations", "create", "params", 1, "in")``
becomes resource ``things``, field ``operations.create.params.Name.in``: list
positions are shown as the entry's ``name`` when it has one (``[1]`` otherwise), and
pydantic's ``[key]`` marker (a bad mapping key) is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .spec_rules import Issue
from .spec_types import SpecProblem
from .spec_values import FILE_RULE, RULE

#: pydantic's type errors, as "expected <noun>".
_NOUNS = {
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "list_type": "a list",
    "string_type": "a string",
    "int_type": "an integer",
    "bool_type": "true or false",
}


def problems_from(err: ValidationError, file: str, doc: Any) -> list[SpecProblem]:
    """Every error of ``err`` as a problem of ``file`` (``doc``: the raw document)."""
    return [problem_at(file, doc, e["loc"], _message(e)) for e in err.errors()]


def problems_of(issues: Iterable[Issue], file: str, doc: Any) -> list[SpecProblem]:
    """Rule issues located in ``doc`` as problems of ``file``."""
    return [problem_at(file, doc, loc, message) for loc, message in issues]


def problem_at(file: str, doc: Any, loc: Sequence[str | int], message: str) -> SpecProblem:
    """The problem ``message`` at ``loc`` (a pydantic location) of the raw ``doc``."""
    parts = [part for part in loc if part != "[key]"]
    resource = ""
    node = doc
    if len(parts) >= 2 and parts[0] == "resources":
        resource = str(parts[1])
        node = _child(_child(doc, "resources"), parts[1])
        parts = parts[2:]
    where = ""
    for part in parts:
        in_list = isinstance(node, list)
        node = _child(node, part)
        if in_list:
            name = node.get("name") if isinstance(node, dict) else None
            where += f".{name}" if isinstance(name, str) else f"[{part}]"
        else:
            where += f".{part}"
    return SpecProblem(file, resource, where.removeprefix("."), message)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _message(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind in (RULE, FILE_RULE):
        return error["msg"]
    if kind == "extra_forbidden":
        return "unknown top-level key" if len(error["loc"]) == 1 else "unknown key"
    if kind == "missing":
        return "required, but missing"
    got = _shown(error["input"])
    if kind == "literal_error":
        return f"expected {error.get('ctx', {}).get('expected')}, got {got}"
    noun = _NOUNS.get(kind)
    return f"expected {noun}, got {got}" if noun else error["msg"]


def _shown(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return type(value).__name__
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
