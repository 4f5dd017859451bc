"""OpenAPI paths grouped into resources: ids, parents and keys.

A ``list`` path and the ``instance`` path under it are one resource; its id is its
parent's id plus its mount name, and its key is the one placeholder of its instance
path that no ancestor owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..naming import snake
from ..scalars import On, Verb
from .report import ImportFailure
from .source import JSON, PLACEHOLDER, Source

HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
OPERATION_PREFIXES: dict[str, Verb] = {
    "Create": "create",
    "List": "list",
    "Fetch": "fetch",
    "Update": "update",
    "Delete": "delete",
}


@dataclass
class OaiOperation:
    """One OpenAPI operation, with the verb its ``operationId`` names."""

    verb: Verb
    on: On
    method: str
    op: JSON
    path: str


@dataclass
class OaiResource:
    """The paths of one resource and what the grouping worked out about them."""

    list_path: str | None = None
    instance_path: str | None = None
    xt: JSON = field(default_factory=dict)
    ops: list[OaiOperation] = field(default_factory=list)
    id: str = ""
    mount: str = ""
    parent: OaiResource | None = None
    parent_inferred: bool = False
    key_pos: int | None = None
    key_param: str | None = None

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.list_path, self.instance_path) if p is not None]

    @property
    def main_path(self) -> str:
        return self.list_path if self.list_path is not None else str(self.instance_path)


def read_resources(source: Source) -> list[OaiResource]:
    """Every resource of ``source``, with its id, parent and key resolved."""
    resources = _group(source)
    _resolve_ids(source, resources)
    return resources


def _group(source: Source) -> list[OaiResource]:
    lists: dict[str, OaiResource] = {}
    resources: list[OaiResource] = []
    for path, item in source.paths.items():
        xt = item.get("x-twilio") or {}
        kind = xt.get("pathType")
        if kind == "list":
            res = OaiResource(list_path=path, xt=dict(xt))
            lists[source.strip(path)] = res
            resources.append(res)
        elif kind != "instance":
            raise ImportFailure(f"{path}: unknown x-twilio.pathType {kind!r}")
    for path, item in source.paths.items():
        xt = item.get("x-twilio") or {}
        if xt.get("pathType") != "instance":
            continue
        base, _, last = source.strip(path).rpartition("/")
        owner = lists.get(base) if PLACEHOLDER.match(last) else None
        if owner is not None and owner.instance_path is None:
            for k in ("parent", "mountName", "className"):
                if owner.xt.get(k) != xt.get(k):
                    raise ImportFailure(
                        f"{owner.list_path} and {path}: x-twilio {k} differ "
                        f"({owner.xt.get(k)!r} vs {xt.get(k)!r})"
                    )
            owner.instance_path = path
        else:
            resources.append(OaiResource(instance_path=path, xt=dict(xt)))
    for res in resources:
        for path in res.paths:
            on: On = "list" if path == res.list_path else "instance"
            for method, op in source.paths[path].items():
                if method not in HTTP_METHODS:
                    continue
                op_id = str(op.get("operationId", ""))
                verb = next((v for p, v in OPERATION_PREFIXES.items() if op_id.startswith(p)), None)
                if verb is None:
                    raise ImportFailure(
                        f"{method.upper()} {path}: cannot tell the operation kind of "
                        f"operationId {op_id!r}"
                    )
                res.ops.append(OaiOperation(verb, on, method.upper(), op, path))
    return resources


def _resolve_ids(source: Source, resources: list[OaiResource]) -> None:
    by_path: dict[str, OaiResource] = {}
    for res in resources:
        for p in res.paths:
            by_path[p] = res

    def resolve(res: OaiResource, stack: tuple[int, ...]) -> None:
        if res.id:
            return
        if id(res) in stack:
            raise ImportFailure(f"{res.main_path}: parent cycle")
        parent_rel = res.xt.get("parent")
        parent: OaiResource | None = None
        if parent_rel is not None:
            parent = by_path.get(source.prefix + str(parent_rel))
            if parent is None:
                raise ImportFailure(f"{res.main_path}: unknown parent {parent_rel!r}")
        elif _needs_parent(source, res):
            parent = _infer_parent(source, res, resources)
            res.parent_inferred = True
        mount = res.xt.get("mountName")
        if not mount:
            literals = [s for s in source.segments(res.main_path) if s and not PLACEHOLDER.match(s)]
            mount = snake(literals[-1])
        res.mount = str(mount)
        if parent is not None:
            resolve(parent, (*stack, id(res)))
            res.parent = parent
            res.id = f"{parent.id}.{res.mount}"
        else:
            res.id = res.mount
        _assign_key(source, res)

    for res in resources:
        resolve(res, ())
    seen: dict[str, OaiResource] = {}
    for res in resources:
        other = seen.get(res.id)
        if other is not None:
            raise ImportFailure(
                f"duplicate resource id {res.id!r}: {other.main_path} and {res.main_path}"
            )
        seen[res.id] = res


def _needs_parent(source: Source, res: OaiResource) -> bool:
    """A root resource can own at most one placeholder, the last one of its instance path."""
    if res.list_path is not None and source.placeholders(res.list_path):
        return True
    return res.instance_path is not None and len(source.placeholders(res.instance_path)) > 1


def _infer_parent(source: Source, res: OaiResource, resources: list[OaiResource]) -> OaiResource:
    best: tuple[int, int, str] | None = None
    found: OaiResource | None = None
    for other in resources:
        if other is res:
            continue
        for p in other.paths:
            if source.is_prefix(p, res.main_path):
                rank = (len(source.segments(p)), int(p == other.instance_path), p)
                if best is None or rank > best:
                    best, found = rank, other
    if found is None:
        raise ImportFailure(f"{res.main_path}: no x-twilio parent, and its placeholders need one")
    source.report.note(
        "no x-twilio parent although the path has several placeholders; "
        "parent inferred from the longest path prefix",
        f"{res.main_path} -> under {found.main_path}",
    )
    return found


def _ancestor_keys(res: OaiResource) -> dict[int, str]:
    keys: dict[int, str] = {}
    anc = res.parent
    while anc is not None:
        if anc.key_pos is not None and anc.key_param is not None:
            keys.setdefault(anc.key_pos, anc.key_param)
        anc = anc.parent
    return keys


def _assign_key(source: Source, res: OaiResource) -> None:
    covered = _ancestor_keys(res)
    if res.list_path is not None:
        for pos, name in source.placeholders(res.list_path):
            if pos not in covered:
                raise ImportFailure(
                    f"{res.list_path}: placeholder {{{name}}} is not an ancestor's key"
                )
    if res.instance_path is None:
        return
    own = [(p, n) for p, n in source.placeholders(res.instance_path) if p not in covered]
    if len(own) > 1:
        raise ImportFailure(
            f"{res.instance_path}: placeholders {[n for _, n in own]} are not ancestor keys"
        )
    if own:
        res.key_pos, res.key_param = own[0]
