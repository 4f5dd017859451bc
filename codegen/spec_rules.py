"""Spec rules that span fields: within an operation, a resource, and a whole file.

Each function yields ``(location, message)`` issues, the location relative to the
field or node checked. ``spec_schema`` runs them as validators: a rule within a
resource is a validator of the field it is reported on, reading the fields validated
before it, so it runs unless its own inputs are broken. The whole-file rules run once
every resource is valid; loading also runs ``file_issues`` over the valid resources
of a broken file, so one pass reports every problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

from .scalars import DEFAULT_ON, Dialect, Verb
from .spec_paths import attachment, key_positions, placeholders, segments

if TYPE_CHECKING:
    from .spec_schema import OperationDoc, ParamDoc, ResourceDoc

Loc = tuple[str | int, ...]
Issue = tuple[Loc, str]
_ELEMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def param_issues(params: Sequence[ParamDoc], json_body: bool) -> Iterator[Issue]:
    """Names are unique; a ``json`` parameter needs a JSON body."""
    seen: set[str] = set()
    for index, param in enumerate(params):
        if param.in_ == "json" and not json_body:
            yield (index, "in"), "a json param needs 'body: json' on the operation"
        if param.name in seen:
            yield (index,), "duplicate parameter"
        seen.add(param.name)


def one_of_issues(one_of: Sequence[Sequence[str]], names: Sequence[str]) -> Iterator[Issue]:
    """Each ``one_of`` group names two or more of the operation's parameters."""
    for index, group in enumerate(one_of):
        if len(group) < 2:
            yield (index,), "a one_of group needs at least two parameters"
        for name in group:
            if name not in names:
                yield (index,), f"{name!r} is not a parameter of this operation"


def key_issues(param: str, instance_path: str | None) -> Iterator[Issue]:
    """The key names a placeholder of the instance path (issues under ``key``)."""
    if instance_path is None or param not in placeholders(instance_path):
        yield ("param",), f"{{{param}}} is not a placeholder of instance_path"


def operation_issues(
    operations: Mapping[Verb, OperationDoc], earlier: Mapping[str, Any]
) -> Iterator[Issue]:
    """Each operation's path is set, its ``returns`` is a model (issues under ``operations``).

    ``earlier``: the resource's fields validated so far; a missing one is invalid
    itself, and what depends on it is checked once it is fixed.
    """
    for verb, op in operations.items():
        on = op.on or DEFAULT_ON[verb]
        side = "list_path" if on == "list" else "instance_path"
        if side in earlier and earlier[side] is None:
            yield (verb,), f"runs on the {on} path, which is not set"
        models = earlier.get("models")
        if op.returns is not None and models is not None and op.returns not in models:
            yield (verb, "returns"), f"no model {op.returns!r} in models"


def list_key_issues(
    list_key: str | None, operations: Mapping[str, object] | None, dialect: Dialect | None
) -> Iterator[Issue]:
    """A listable resource has a list key; in XML it is an element name."""
    if list_key is None and operations is not None and "list" in operations:
        yield (), "a resource with a list operation needs list_key"
    if dialect == "xml-2008" and list_key is not None and not _ELEMENT.match(list_key):
        yield (), f"not an XML element name: {list_key!r}"


def item_key_issues(
    item_key: str | None, fields: Mapping[str, object] | None, dialect: Dialect | None
) -> Iterator[Issue]:
    """``item_key`` is the XML element of one item: required there, refused elsewhere."""
    if dialect is None:
        return
    if dialect != "xml-2008":
        if item_key is not None:
            yield (), f"only the xml-2008 dialect uses item_key ({dialect})"
    elif item_key is None:
        if fields:
            yield (), "an xml-2008 resource with fields needs item_key"
    elif not _ELEMENT.match(item_key):
        yield (), f"not an XML element name: {item_key!r}"


def path_issues(path: str | None, dialect: Dialect | None) -> Iterator[Issue]:
    """XML paths have no ``.json`` suffix."""
    if dialect == "xml-2008" and path is not None and path.endswith(".json"):
        yield (), "xml-2008 paths have no .json suffix"


def file_issues(
    resources: Mapping[str, ResourceDoc],
    broken: Set[str],
    account_scope: str | None,
    account_resource: str | None,
) -> Iterator[Issue]:
    """Account settings name resources; the resources form one tree.

    ``broken`` are ids whose resource is itself invalid: they exist, but nothing is
    checked against them.
    """
    known = resources.keys() | broken
    if account_scope is not None and account_scope not in known:
        yield ("account_scope",), f"no resource {account_scope!r}"
    if account_resource is not None:
        res = resources.get(account_resource)
        if account_resource not in known:
            yield ("account_resource",), f"no resource {account_resource!r}"
        elif res is not None and res.key is None:
            yield ("account_resource",), f"{account_resource!r} has no key to address it by"
        if account_scope is not None and account_resource != account_scope:
            yield ("account_resource",), "differs from account_scope (which implies it)"
    yield from _tree_issues(resources, broken)


def version_issues(
    version: str | None, versions: Sequence[str] | None, resources: Mapping[str, ResourceDoc]
) -> Iterator[Issue]:
    """``version`` or ``versions``; with ``versions``, each resource names one, as its parent."""
    if (version is None) == (versions is None):
        yield ("version",), "set either version (one) or versions (several)"
        return
    if versions is not None:
        if not versions or len(set(versions)) != len(versions):
            yield ("versions",), "expected distinct version names"
        for rid, res in resources.items():
            parent = resources.get(rid.rpartition(".")[0])
            if res.version is None or res.version not in versions:
                yield ("resources", rid, "version"), f"expected one of versions {list(versions)}"
            elif parent is not None and parent.version != res.version:
                yield ("resources", rid, "version"), f"differs from its parent's ({parent.version})"
    else:
        for rid, res in resources.items():
            if res.version is not None:
                yield ("resources", rid, "version"), "only a file with versions: sets it"


def _tree_issues(resources: Mapping[str, ResourceDoc], broken: Set[str]) -> Iterator[Issue]:
    classes: dict[str, str] = {}
    for rid, res in resources.items():
        for cls in (res.class_, *res.models):
            if cls in classes:
                yield ("resources", rid, "class"), f"class {cls} is also used by {classes[cls]}"
            classes[cls] = rid
        parts = rid.split(".")
        if any(".".join(parts[:n]) in broken for n in range(1, len(parts))):
            continue
        parent_id = rid.rpartition(".")[0]
        if parent_id:
            parent = resources.get(parent_id)
            if parent is None:
                yield ("resources", rid), f"parent resource {parent_id!r} is not defined"
                continue
            if attachment(parent, res) is None and _inherits_keys(res):
                yield ("resources", rid), f"its paths do not continue the paths of {parent_id!r}"
        yield from _placeholder_issues(resources, rid, res)


def _inherits_keys(res: ResourceDoc) -> bool:
    """Whether a path of ``res`` has a placeholder besides its own key.

    A child whose paths do not continue its parent's (voice's ``/v1/Settings`` under
    ``/v1/DialingPermissions``) is allowed only when it needs no ancestor's key.
    """
    own = res.key.param if res.key is not None else None
    names = placeholders(res.list_path or "")
    names += [n for n in placeholders(res.instance_path or "") if n != own]
    return bool(names)


def _placeholder_issues(
    resources: Mapping[str, ResourceDoc], rid: str, res: ResourceDoc
) -> Iterator[Issue]:
    """Every placeholder but the resource's own key is an ancestor's key, in its place."""
    positions = key_positions(resources, rid)
    own = "{" + res.key.param + "}" if res.key is not None else None
    for name, path in (("list_path", res.list_path), ("instance_path", res.instance_path)):
        if path is None:
            continue
        for index, seg in enumerate(segments(path)):
            if not seg.startswith("{") or (seg == own and name == "instance_path"):
                continue
            if index not in positions:
                yield ("resources", rid, name), f"placeholder {seg} is not the key of any ancestor"
