"""Build-time generator of the API reference pages (run by mkdocs-gen-files).

Two kinds of pages, both written at build time and never kept in the tree:

- ``reference/api/*.md``: one page per public module, one mkdocstrings block per name
  in the module's ``__all__`` (so a name added to ``__all__`` gets documented).
- ``reference/rest/**.md``: one page per generated resource module. The generated
  methods are descriptors (``create = _CREATE.call_method(MessageCreateArgs)``) that
  static analysis cannot read, so these pages are rendered here from the same facts the
  runtime uses: the ``Operation`` (method, path, parameters with wire names) and the
  ``...Args`` class (the signature), plus the response model's fields.

``pages()`` returns every page as text (the tests call it); run as a gen-files script,
this module writes them into the build.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import itertools
import os
import pkgutil
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from twilio_async import _resource
from twilio_async._domains import Domain, Version
from twilio_async._models import FromContext
from twilio_async._types import NotGiven

#: The package itself: its page is ``reference/api/twilio_async.md``.
ROOT_PAGE = "twilio_async"

#: Names a module's page starts with; the rest follow alphabetically.
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "twilio_async": ("Client", "RequestOptions", "Page", "TwilioError"),
}


def public_modules() -> list[str]:
    """Every public module: the package and each module with no ``_`` part, but ``rest``.

    Found by walking the package, so a new public module gets its page with no edit
    here; its ``__all__``, when it has one, names what the page documents.
    """
    import twilio_async

    found = [twilio_async.__name__]
    for info in pkgutil.walk_packages(twilio_async.__path__, "twilio_async."):
        parts = info.name.split(".")
        if parts[1] == "rest" or any(part.startswith("_") for part in parts):
            continue
        found.append(info.name)
    return found


def public_page_path(module_name: str) -> str:
    """``twilio_async.emulator.webhooks_out`` -> ``reference/api/emulator_webhooks_out.md``."""
    short = module_name.removeprefix("twilio_async.") if module_name != ROOT_PAGE else ROOT_PAGE
    return f"reference/api/{short.replace('.', '_')}.md"


#: What the keyword arguments every generated method takes do (they are not sent as-is).
SDK_PARAMS: dict[str, str] = {
    "options": "per-request timeout, retries and headers (`RequestOptions`)",
    "limit": "stop after this many items in total",
    "page_size": "items per page (sent as `PageSize`)",
    "page_token": "the page to fetch, from an earlier page (sent as `PageToken`)",
    "page_number": "the page number to fetch (sent as `Page`)",
}

_RETURNS = {
    "_call": "{model}",
    "_delete": "bool",
    "_list": "list[{model}]",
    "_stream": "AsyncIterator[{model}]",
    "_page": "Page[{model}]",
}


@dataclass
class Resource:
    """One generated resource module and what the page generator needs from it."""

    module: ModuleType
    page: str  # path under docs/, e.g. reference/rest/api/v2010/accounts_messages.md
    title: str
    label: str  # the resource's path in the tree (``accounts.messages``), for the nav
    classes: list[type[Any]] = field(default_factory=list)
    reached_as: dict[type[Any], list[str]] = field(default_factory=dict)

    def first_expression(self) -> str:
        """The first way found to reach this resource's first class from ``client``."""
        for cls in self.classes:
            if self.reached_as.get(cls):
                return self.reached_as[cls][0]
        return ""


# --------------------------------------------------------------------------- discovery


def rest_modules() -> Iterator[ModuleType]:
    """Every generated resource module (not version roots, enums or model modules)."""
    import twilio_async.rest as rest

    for info in pkgutil.walk_packages(rest.__path__, rest.__name__ + "."):
        parts = info.name.split(".")
        if info.ispkg or "types" in parts or parts[-1].startswith("_") or parts[-1] == "enums":
            continue
        yield importlib.import_module(info.name)


def _page_of(module_name: str) -> str:
    parts = module_name.split(".")[2:]  # after twilio_async.rest
    return "reference/rest/" + "/".join(parts) + ".md"


def _first_line(module: ModuleType) -> str:
    doc = (module.__doc__ or "").strip().splitlines()
    return doc[0] if doc else ""


def _label(module: ModuleType) -> str:
    named = re.search(r"\(``([^`]+)``\)", _first_line(module))
    return named.group(1) if named else module.__name__.rpartition(".")[2]


def _title(module: ModuleType) -> str:
    """``Message resources (``accounts.messages``).`` -> ``Message resources``."""
    first = _first_line(module)
    return re.sub(r"\s*\(``[^`]*``\)\.?$", "", first).rstrip(".") or module.__name__


def _node_classes(module: ModuleType) -> list[type[Any]]:
    found = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj)
        and obj.__module__ == module.__name__
        and issubclass(obj, _resource.Node)
    ]
    # Lists first, then contexts; each in definition order (a module's dict keeps it).
    return sorted(found, key=lambda c: issubclass(c, _resource.InstanceContext))


@functools.cache
def resources() -> dict[str, Resource]:
    """Every generated resource module by dotted name, with how each is reached."""
    found: dict[str, Resource] = {}
    for module in rest_modules():
        found[module.__name__] = Resource(
            module,
            _page_of(module.__name__),
            _title(module),
            _label(module),
            _node_classes(module),
        )
    for expression, cls in _walk_tree():
        resource = found.get(cls.__module__)
        if resource is not None:
            known = resource.reached_as.setdefault(cls, [])
            if expression not in known:
                known.append(expression)
    return found


def _placeholder(list_class: type[Any]) -> str:
    """``"SM…"`` for a keyed list whose SIDs start with SM, else the key's name."""
    wire, py, pattern = getattr(list_class, "_key", ("key", "key", None))
    if pattern:
        prefix = re.match(r"\^\(?([A-Z]{2})", pattern)
        if prefix:
            return f'"{prefix.group(1)}…"'
    return py or wire


def _walk_tree() -> Iterator[tuple[str, type[Any]]]:
    """(Python expression, class) for every list and context reachable from ``client``."""
    import twilio_async.rest as rest

    queue: list[tuple[str, type[Any], int]] = []
    for info in pkgutil.iter_modules(rest.__path__):
        if not info.ispkg:
            continue
        domain_module = importlib.import_module(f"{rest.__name__}.{info.name}")
        for domain_cls in vars(domain_module).values():
            if not (inspect.isclass(domain_cls) and issubclass(domain_cls, Domain)):
                continue
            if domain_cls is Domain:
                continue
            for version_name, member in vars(domain_cls).items():
                if version_name.startswith("_") or isinstance(member, property):
                    continue  # a property is a forward (``api.accounts``), not a version
                version_module = importlib.import_module(f"{domain_module.__name__}.{version_name}")
                for version_cls in vars(version_module).values():
                    if (
                        inspect.isclass(version_cls)
                        and issubclass(version_cls, Version)
                        and version_cls is not Version
                    ):
                        base = f"client.{info.name}.{version_name}"
                        for name, value in vars(version_cls).items():
                            if isinstance(value, _resource.Root):
                                queue.append((f"{base}.{name}", value.list_class(), 0))
    seen: set[type[Any]] = set()
    while queue:
        expression, cls, depth = queue.pop(0)
        yield expression, cls
        if cls in seen or depth > 12:
            continue
        seen.add(cls)
        targets: list[tuple[str, type[Any]]] = [(expression, cls)]
        context = getattr(cls, "_context_class", None)
        if context is not None:
            if issubclass(cls, _resource.KeyedList):
                call = f"{expression}({_placeholder(cls)})"
            else:
                call = f"{expression}()"
            yield call, context
            targets.append((call, context))
        for prefix, owner in targets:
            for name, value in vars(owner).items():
                if isinstance(value, _resource.Child):
                    queue.append((f"{prefix}.{name}", value.list_class(), depth + 1))


def shortcuts() -> dict[type[Any], str]:
    """``client.messages``-style shortcuts: list class -> expression."""
    from twilio_async.rest._root import RootResources

    found: dict[type[Any], str] = {}
    for name, value in vars(RootResources).items():
        if isinstance(value, _resource.Shortcut):
            target = _shortcut_target(name)
            if target is not None:
                found[target] = f"client.{name}"
    return found


# --------------------------------------------------------------------------- rendering


def _attribute_docs(module: ModuleType) -> dict[tuple[str, str], str]:
    """Docstrings written under class attributes (``create = ...`` then a string)."""
    source = inspect.getsource(module)
    docs: dict[tuple[str, str], str] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for current, following in itertools.pairwise(body):
            target: str | None = None
            if isinstance(current, ast.Assign) and isinstance(current.targets[0], ast.Name):
                target = current.targets[0].id
            elif isinstance(current, ast.AnnAssign) and isinstance(current.target, ast.Name):
                target = current.target.id
            if (
                target
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                docs[(node.name, target)] = following.value.value
    return docs


def _rst_to_md(text: str) -> str:
    """The generated docstrings use reST literals (````x````): Markdown wants one backtick."""
    return text.replace("``", "`")


def _anchor(name: str) -> str:
    return name.lower()


def _default(value: Any) -> str:
    if isinstance(value, NotGiven):
        return "NOT_GIVEN"
    return repr(value)


def signature(name: str, method: _resource.Method[Any, Any]) -> str:
    """The method's Python signature, as the runtime builds it (keyword-only)."""
    spec = _resource.declared(method._args)
    params = [p for p in spec.signature.parameters.values() if p.name != "self"]
    rendered = []
    for p in params:
        text = f"{p.name}: {p.annotation}"
        if p.default is not inspect.Parameter.empty:
            text += f" = {_default(p.default)}"
        rendered.append(text)
    returns = _RETURNS[method._runner].format(model=_model_name(method.op))
    prefix = "def" if method._runner == "_stream" else "async def"
    if not rendered:
        return f"{prefix} {name}(self) -> {returns}"
    inner = "".join(f"    {r},\n" for r in rendered)
    return f"{prefix} {name}(\n    self,\n    *,\n{inner}) -> {returns}"


def _model_name(op: _resource.Operation[Any]) -> str:
    if op.model is None:
        return "None"
    return str(op.response_model().__name__)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def parameter_rows(method: _resource.Method[Any, Any]) -> list[tuple[str, str, str, str, str]]:
    """(Python name, wire name, sent in, type, required) for every keyword of the method."""
    spec = _resource.declared(method._args)
    by_py = {p.py: p for p in method.op.params}
    rows: list[tuple[str, str, str, str, str]] = []
    for p in spec.signature.parameters.values():
        if p.name == "self":
            continue
        # twilio-python's spelling of a keyword (``resource_version``) sends the same one.
        declared = by_py.get(spec.aliases.get(p.name, p.name))
        required = "yes" if p.default is inspect.Parameter.empty else "no"
        if p.name in spec.aliases.values() or p.name in spec.aliases:
            required = "yes" if declared is not None and declared.required else required
        if declared is not None:
            kind = f"list of {declared.kind}" if declared.many else declared.kind
            rows.append((p.name, declared.wire, declared.location, kind, required))
        else:
            rows.append((p.name, "", "SDK", str(p.annotation), required))
    return rows


_RETURN_TEXT = {
    "_call": "Returns one [`{model}`](#{anchor}).",
    "_delete": "Returns `True` once deleted.",
    "_list": "Returns a list of [`{model}`](#{anchor}), every page up to `limit` items.",
    "_stream": "An async iterator of [`{model}`](#{anchor}), one page in memory at a time.",
    "_page": "Returns one `Page` of [`{model}`](#{anchor}); `next_page()` moves on.",
}


def _method_section(cls: type[Any], name: str, method: _resource.Method[Any, Any], doc: str) -> str:
    op = method.op
    lines = [f"### `{cls.__name__}.{name}` {{ #{_anchor(cls.__name__)}-{name} }}", ""]
    lines += ["```python", signature(name, method), "```", ""]
    lines += [_rst_to_md(doc) if doc else f"`{op.method} {op.path}`.", ""]
    rows = parameter_rows(method)
    if rows:
        lines += [
            "| Parameter | Wire name | Sent in | Wire type | Required |",
            "| --- | --- | --- | --- | --- |",
        ]
        for py, wire, location, kind, required in rows:
            wire_cell = f"`{_cell(wire)}`" if location != "SDK" else "—"
            lines.append(f"| `{py}` | {wire_cell} | {location} | `{_cell(kind)}` | {required} |")
        lines.append("")
        sdk = [f"`{py}`: {SDK_PARAMS[py]}" for py, _, loc, _, _ in rows if loc == "SDK"]
        if sdk:
            lines += ["SDK keywords (not parameters of the operation): " + "; ".join(sdk), ""]
    model = _model_name(op)
    lines += [
        _RETURN_TEXT[method._runner].format(model=model, anchor=_anchor(model)),
        f"Operation `{op.label}`.",
        "",
    ]
    return "\n".join(lines)


def _children(cls: type[Any], pages: dict[str, Resource], here: str) -> list[str]:
    lines = []
    for name, value in vars(cls).items():
        if isinstance(value, _resource.Child):
            target = value.list_class()
            link = _relative(here, pages[target.__module__].page) + f"#{_anchor(target.__name__)}"
            lines.append(f"- `.{name}` → [`{target.__name__}`]({link})")
    return lines


def _relative(here: str, there: str) -> str:
    """The link from page ``here`` to page ``there`` (both under ``docs/``)."""
    return posixpath.relpath(there, posixpath.dirname(here))


def _model_section(model: type[Any]) -> str:
    annotations: dict[str, str] = {}
    for klass in reversed(model.__mro__):
        annotations.update({k: str(v) for k, v in inspect.get_annotations(klass).items()})
    lines = [f"## `{model.__name__}` {{ #{_anchor(model.__name__)} }}", ""]
    doc = inspect.getdoc(model) or ""
    lines += [_rst_to_md(doc.splitlines()[0]) if doc else "A response model.", ""]
    lines += [f"Model `{model.__module__}.{model.__name__}` (pydantic).", ""]
    bound = [f"`{name}`" for name, value in vars(model).items() if isinstance(value, FromContext)]
    if bound:
        lines += [
            "Instance methods and children, acting on the item's own context: "
            + ", ".join(bound)
            + ".",
            "",
        ]
    fields = getattr(model, "model_fields", {})
    if fields:
        lines += ["| Field | Wire name | Type |", "| --- | --- | --- |"]
        for name, info in fields.items():
            wire = info.alias or name
            lines.append(f"| `{name}` | `{wire}` | `{_cell(annotations.get(name, '?'))}` |")
        lines.append("")
    return "\n".join(lines)


def resource_page(resource: Resource, pages: dict[str, Resource], shortcut: dict[Any, str]) -> str:
    """The Markdown page of one generated resource module."""
    module = resource.module
    attribute_docs = _attribute_docs(module)
    lines = [f"# {resource.title}", ""]
    lines += [f"Module `{module.__name__}` (generated from the specs).", ""]
    models: list[type[Any]] = []
    for cls in resource.classes:
        lines += [f"## `{cls.__name__}` {{ #{_anchor(cls.__name__)} }}", ""]
        doc = inspect.getdoc(cls)
        if doc:
            lines += [_rst_to_md(doc), ""]
        reached = [f"`{e}`" for e in resource.reached_as.get(cls, [])[:4]]
        if cls in shortcut:
            reached.append(f"`{shortcut[cls]}` (the client's own account)")
        if reached:
            lines += ["Reached as " + ", ".join(reached) + ".", ""]
        context = getattr(cls, "_context_class", None)
        if context is not None and context.__module__ == module.__name__:
            call = f"({_placeholder(cls)})" if issubclass(cls, _resource.KeyedList) else "()"
            lines += [
                f"Calling it, `{call}`, addresses one instance: "
                f"[`{context.__name__}`](#{_anchor(context.__name__)}) (no request is sent).",
                "",
            ]
        for name, value in vars(cls).items():
            if isinstance(value, _resource.Method):
                doc_text = attribute_docs.get((cls.__name__, name), "")
                lines.append(_method_section(cls, name, value, doc_text))
                if value.op.model is not None:
                    model = value.op.response_model()
                    if model not in models:
                        models.append(model)
        children = _children(cls, pages, resource.page)
        if children:
            lines += ["Child collections:", "", *children, ""]
    for model in models:
        lines.append(_model_section(model))
    return "\n".join(lines)


def public_page(module_name: str) -> str:
    """A public module's page: its docstring, then every name in its ``__all__``.

    A module without ``__all__`` is rendered whole (its public documented members).
    """
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    lines = [f"# `{module_name}`", ""]
    if names is None:
        # No ``__all__`` (a pytest plugin: fixtures and hooks): its public, documented
        # members, as mkdocstrings finds them.
        return "\n".join([*lines, f"::: {module_name}", ""])
    lines += [
        f"::: {module_name}",
        "    options:",
        "      members: false",
        "      show_root_heading: false",
        "",
    ]
    first = FIRST_NAMES.get(module_name, ())
    for name in sorted(names, key=lambda n: (n not in first, n.startswith("_"), n.lower())):
        lines += [f"::: {module_name}.{name}"]
        lines.append("")
        if module_name == ROOT_PAGE and name == "Client":
            lines.append(client_attributes())
    return "\n".join(lines)


def client_attributes() -> str:
    """``client.api``, ``client.messages``...: the generated attributes ``Client`` forwards."""
    from twilio_async.rest._root import RootResources

    found = resources()
    here = public_page_path(ROOT_PAGE)
    lines = [
        "### Client: domains and shortcuts { #client-domains-and-shortcuts }",
        "",
        "Generated attributes of every `Client` (from the specs): the domains, the "
        "client's own account, and shortcuts to that account's collections.",
        "",
        "| Attribute | Is | Reference |",
        "| --- | --- | --- |",
    ]
    for name, value in vars(RootResources).items():
        if name.startswith("_"):
            continue
        target: type[Any] | None = None
        if isinstance(value, _resource.Shortcut):
            target = _shortcut_target(name)
            what = f"`client.account.{name}`"
        elif isinstance(value, property) and name == "account":
            from twilio_async.rest.api.v2010.accounts import AccountContext

            target, what = AccountContext, "the client's own account"
        else:
            what = "a domain: " + _rst_to_md(inspect.getdoc(value) or name).rstrip(".")
            versions = _domain_versions(name)
            reference = ", ".join(
                f"[{v}]({_relative(here, f'reference/rest/{name}/{v}/index.md')})" for v in versions
            )
            lines.append(f"| `client.{name}` | {what} | {reference} |")
            continue
        if target is None:
            continue
        page = _relative(here, found[target.__module__].page) + "#" + _anchor(target.__name__)
        lines.append(f"| `client.{name}` | {what} | [`{target.__name__}`]({page}) |")
    lines.append("")
    return "\n".join(lines)


def _shortcut_target(name: str) -> type[Any] | None:
    from twilio_async.rest.api.v2010.accounts import AccountContext  # client.account's class

    child = vars(AccountContext).get(name)
    return child.list_class() if isinstance(child, _resource.Child) else None


def _domain_versions(domain: str) -> list[str]:
    """The domain's versions that have resources (iam's ``scim`` has none, so no page)."""
    module = importlib.import_module(f"twilio_async.rest.{domain}")
    out = []
    for info in pkgutil.iter_modules(module.__path__):
        if not info.ispkg:
            continue
        inner = [os.path.join(p, info.name) for p in module.__path__]
        if any(not m.ispkg and m.name != "enums" for m in pkgutil.iter_modules(inner)):
            out.append(info.name)
    return sorted(out)


def pages() -> dict[str, str]:
    """Every generated page: path under ``docs/`` -> Markdown text."""
    out: dict[str, str] = {}
    nav = ["* [Overview](index.md)", "* Public API"]
    overview = [
        "# Reference",
        "",
        "Built from the code on every docs build.",
        "",
        "## Public API",
        "",
        "One page per public module, one entry per name in its `__all__`:",
        "",
        "| Module | What it holds |",
        "| --- | --- |",
    ]
    for module_name in public_modules():
        path = public_page_path(module_name)
        out[path] = public_page(module_name)
        link = path.removeprefix("reference/")
        nav.append(f"    * [{module_name}]({link})")
        summary = _rst_to_md(_first_line(importlib.import_module(module_name)))
        overview.append(f"| [`{module_name}`]({link}) | {_cell(summary)} |")
    overview += [
        "",
        "## REST resources",
        "",
        "[Every generated resource](rest/index.md), one page each, rendered from the same "
        "operation declarations the runtime uses: each method's signature, its parameters "
        "with their wire names, where each is sent and whether it is required, the child "
        "collections, and the fields of the models it returns.",
        "",
    ]
    out["reference/index.md"] = "\n".join(overview)
    found = resources()
    shortcut = shortcuts()
    nav.append("* [REST resources](rest/index.md)")
    by_version: dict[str, list[Resource]] = {}
    for resource in sorted(found.values(), key=lambda r: r.page):
        out[resource.page] = resource_page(resource, found, shortcut)
        version = resource.page.rsplit("/", 1)[0]
        by_version.setdefault(version, []).append(resource)
    index = ["# REST resources", ""]
    index += [
        "Every resource generated from the specs, one page each: its methods with their "
        "signatures and parameters (Python name, wire name, where it is sent, type, "
        "whether it is required) and the fields of the models it returns.",
        "",
    ]
    for version, items in by_version.items():
        label = " ".join(version.split("/")[2:])
        nav.append(f"    * [{label}]({version.removeprefix('reference/')}/index.md)")
        # The nav lists versions, not resources: every page carries the whole nav, so a
        # nav entry per resource would make the site grow with the square of the tree.
        rows = ["| Resource | Reached as | Methods |", "| --- | --- | --- |"]
        for resource in items:
            methods = sorted(
                {
                    name
                    for cls in resource.classes
                    for name, value in vars(cls).items()
                    if isinstance(value, _resource.Method)
                }
            )
            path = resource.page.rsplit("/", 1)[1]
            # The shortcut when there is one (``client.messages``), else the full path.
            first = next(
                (shortcut[c] for c in resource.classes if c in shortcut),
                resource.first_expression(),
            )
            reached = f"`{first}`" if first else ""
            listed = ", ".join(methods) or "—"
            rows.append(f"| [`{resource.label}`]({path}) | {reached} | {listed} |")
        out[f"{version}/index.md"] = "\n".join([f"# {label}", "", *rows, ""])
        index.append(
            f"- [{label}]({version.removeprefix('reference/rest/')}/index.md): "
            f"{len(items)} resources"
        )
    out["reference/rest/index.md"] = "\n".join([*index, ""])
    out["reference/SUMMARY.md"] = "\n".join([*nav, ""])
    return out


def write_all() -> None:
    """Write every page into the MkDocs build (mkdocs-gen-files' virtual files)."""
    gen_files: Any = importlib.import_module("mkdocs_gen_files")
    for path, text in pages().items():
        with gen_files.open(path, "w") as handle:
            handle.write(text)


if __name__ in ("__main__", "<run_path>"):
    write_all()
