"""Where twilio-python 9.13 serves each declared operation, read from its own objects.

Nothing here is written per resource. From a version object
(``client.api.v2010``, ``client.flex_api.v1``) every public property and every
``__call__`` is followed, with ``{}`` for each path argument, so each list and
context object shows the URI template it requests (``_uri``). A spec operation
maps to the object whose template equals the operation's path and which has the
method of that verb. Keyword names come from the method's own body: the dict
literal that maps wire names to arguments (``{"From": from_, "DateSent<":
serialize.iso8601_datetime(date_sent_before)}``), read with :mod:`ast`.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from twilio.base.instance_context import InstanceContext
from twilio.base.list_resource import ListResource

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

#: The twilio-python method that performs each verb, and the one whose body builds its request.
METHODS = {
    "create": "create",
    "list": "list",
    "fetch": "fetch",
    "update": "update",
    "delete": "delete",
}
_BUILDERS = {
    "create": ("_create", "create"),
    "list": ("page",),
    "fetch": ("_fetch", "fetch"),
    "update": ("_update", "update"),
    "delete": ("_delete", "delete"),
}


def normalize(path: str) -> str:
    """A path template with every placeholder spelled ``{}``."""
    return _PLACEHOLDER.sub("{}", path)


@dataclass(frozen=True)
class Step:
    """One accessor step: an attribute (``name``) or a call with ``arity`` path values."""

    name: str | None = None
    arity: int = 0

    def __str__(self) -> str:
        return (
            f".{self.name}" if self.name is not None else "(" + ", ".join(["…"] * self.arity) + ")"
        )


@dataclass(frozen=True)
class Node:
    """A twilio-python list or context object reached from the version root."""

    chain: tuple[Step, ...]
    obj: Any

    def accessor(self, root: str) -> str:
        """The chain spelled as code, e.g. ``client.api.v2010.accounts(…).messages``."""
        return root + "".join(str(s) for s in self.chain)


def explore(version: Any) -> dict[str, list[Node]]:
    """Every list/context object under ``version``, by normalized full URI template."""
    prefix = "/" + str(version.version)
    found: dict[str, list[Node]] = {}
    seen: set[tuple[str, str]] = set()
    stack: list[Node] = [Node((), version)]
    while stack:
        node = stack.pop()
        uri = getattr(node.obj, "_uri", None)
        if node.chain and isinstance(uri, str):
            key = normalize(prefix + uri)
            mark = (key, type(node.obj).__qualname__)
            if mark in seen:
                continue
            seen.add(mark)
            found.setdefault(key, []).append(node)
        for child in _children(node):
            stack.append(child)
    for nodes in found.values():
        nodes.sort(key=lambda n: len(n.chain))
    return found


def _children(node: Node) -> list[Node]:
    out: list[Node] = []
    cls = type(node.obj)
    for name, attr in inspect.getmembers(cls):
        if name.startswith("_") or not isinstance(attr, property):
            continue
        if not node.chain and name == "account":
            continue  # the default-account shortcut: the same objects as accounts(…)
        try:
            child = getattr(node.obj, name)
        except Exception:  # a property that needs state the placeholder client lacks
            continue
        if isinstance(child, (ListResource, InstanceContext)):
            out.append(Node((*node.chain, Step(name=name)), child))
    call = cls.__dict__.get("__call__")
    if isinstance(node.obj, ListResource) and call is not None:
        arity = len(inspect.signature(call).parameters) - 1
        try:
            ctx = call(node.obj, *(["{}"] * arity))
        except Exception:
            return out
        if isinstance(ctx, (ListResource, InstanceContext)):
            out.append(Node((*node.chain, Step(arity=arity)), ctx))
    return out


def find(nodes: dict[str, list[Node]], path: str, verb: str) -> Node | None:
    """The shortest-chained object serving ``path`` with the method for ``verb``."""
    for node in nodes.get(normalize(path), ()):
        if callable(getattr(node.obj, METHODS[verb], None)):
            return node
    return None


@dataclass(frozen=True)
class Arg:
    """How twilio-python takes one wire parameter: its keyword and its serializer."""

    keyword: str
    serializer: str | None  # e.g. "iso8601_datetime", "boolean_to_string", "map", None


@lru_cache(maxsize=1024)
def _args_of(cls: type, verb: str) -> dict[str, Arg]:
    for name in _BUILDERS[verb]:
        fn = getattr(cls, name, None)
        if fn is None:
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
        func = tree.body[0]
        assert isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef)
        names = {a.arg for a in func.args.args + func.args.kwonlyargs} - {"self"}
        out: dict[str, Arg] = {}
        for k, v in _pairs(func):
            kw = next(
                (n.id for n in ast.walk(v) if isinstance(n, ast.Name) and n.id in names),
                None,
            )
            if kw is None:
                continue
            ser = None
            if isinstance(v, ast.Call):
                f = v.func
                ser = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            out[k] = Arg(kw, ser)
        if "body" in names and not out:
            out["body"] = Arg("body", "to_dict")  # a JSON body: an object with ``to_dict()``
        return out
    return {}


def _pairs(func: ast.AST) -> list[tuple[str, ast.expr]]:
    """Wire name -> value expression: ``{"To": to}`` literals and ``headers["X"] = x``."""
    out: list[tuple[str, ast.expr]] = []
    for d in ast.walk(func):
        if isinstance(d, ast.Dict):
            for k, v in zip(d.keys, d.values, strict=True):
                if isinstance(k, ast.Constant) and isinstance(k.value, str):
                    out.append((k.value, v))
        elif isinstance(d, ast.Assign) and len(d.targets) == 1:
            t = d.targets[0]
            if (
                isinstance(t, ast.Subscript)
                and isinstance(t.slice, ast.Constant)
                and isinstance(t.slice.value, str)
            ):
                out.append((t.slice.value, d.value))
    return out


def args_of(node: Node, verb: str) -> dict[str, Arg]:
    """Wire parameter name -> keyword for ``verb`` on ``node``'s object."""
    cls: type = type(node.obj)
    return _args_of(cls, verb)


@lru_cache(maxsize=1024)
def fields_of(cls: type) -> dict[str, str]:
    """Wire field -> attribute of a twilio-python instance (``"from"`` -> ``_from`` or ``from_``).

    Read from the instance's ``__init__``: ``self.X = …payload.get("wire")…``.
    """
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls.__dict__["__init__"])))
    except (KeyError, OSError, TypeError):
        return {}
    out: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if len(targets) != 1 or node.value is None:
                continue
            t = targets[0]
            if not (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)):
                continue
            for call in ast.walk(node.value):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "get"
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "payload"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    out.setdefault(call.args[0].value, t.attr)
                    break
    return out
