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
from .source import HTTP_METHODS, JSON, PLACEHOLDER, Source

OPERATION_PREFIXES: dict[str, Verb] = {
    "Create": "create",
    "List": "list",
    "Fetch": "fetch",
    "Update": "update",
    "Delete": "delete",
    "Patch": "update",
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
    #: For a namespace resource the importer made: the resource its path continues.
    under: OaiResource | None = None
    parent: OaiResource | None = None
    parent_inferred: bool = False
    key_pos: int | None = None
    key_param: str | None = None
    #: The Python attribute on its parent, when the id's last part cannot be it.
    attr: str | None = None

    @property
    def paths(self) -> list[str]:
        return [p for p in (self.list_path, self.instance_path) if p is not None]

    @property
    def main_path(self) -> str:
        return self.list_path if self.list_path is not None else str(self.instance_path)


def read_resources(source: Source) -> list[OaiResource]:
    """Every resource of ``source``, with its id, parent and key resolved."""
    resources = _pair_inner_keys(source, _group(source))
    _resolve_ids(source, resources)
    return resources


def path_kind(source: Source, path: str) -> str:
    """``list`` or ``instance``: ``x-twilio.pathType``, or inferred from the path and its verbs.

    Without a ``pathType``: a path ending in a placeholder is an instance path; so is
    one whose operations are only fetch, update or delete (a singleton such as
    ``/v2/RateLimits``); any other (create or list on it, or none) is a list path.
    """
    item = source.paths[path]
    xt = item.get("x-twilio") or {}
    kind = xt.get("pathType")
    if kind == "instance" and _is_base_of_instance(source, path, xt):
        source.report.note(
            "an instance path that another instance path continues by a key; read as its list",
            path,
        )
        return "list"
    if kind is not None:
        return str(kind)
    last = source.segments(path)[-1]
    if PLACEHOLDER.match(last):
        kind = "instance"
    else:
        verbs = {_verb_of(op) for m, op in item.items() if m in HTTP_METHODS}
        kind = "instance" if verbs and verbs <= {"fetch", "update", "delete"} else "list"
    source.report.note(
        "no x-twilio.pathType; inferred from the path shape and operations", f"{path} -> {kind}"
    )
    return kind


def _is_base_of_instance(source: Source, path: str, xt: JSON) -> bool:
    """``/v2/Voice/Reports`` when ``/v2/Voice/Reports/{reportId}`` is an instance path too.

    Both must name the same resource (equal ``mountName`` and ``className``).
    """
    if PLACEHOLDER.match(source.segments(path)[-1]):
        return False
    base = source.strip(path)
    for other, item in source.paths.items():
        head, _, last = source.strip(other).rpartition("/")
        oxt = item.get("x-twilio") or {}
        if (
            head == base
            and PLACEHOLDER.match(last)
            and oxt.get("pathType") in ("instance", None)
            and all(oxt.get(k) == xt.get(k) for k in ("mountName", "className"))
        ):
            return True
    return False


def _verb_of(op: JSON) -> Verb | None:
    op_id = str(op.get("operationId", ""))
    return next((v for p, v in OPERATION_PREFIXES.items() if op_id.startswith(p)), None)


def _pair_inner_keys(source: Source, resources: list[OaiResource]) -> list[OaiResource]:
    """Join an instance path to the list path it is with one placeholder inside it.

    trusthub's ``/ComplianceInquiries/Customers/{CustomerId}/Initialize`` is the instance of
    ``/ComplianceInquiries/Customers/Initialize`` (same mountName): its key is not the last
    segment.
    """
    lists = {
        source.strip(r.list_path): r
        for r in resources
        if r.list_path is not None and r.instance_path is None and r.xt.get("mountName")
    }
    out: list[OaiResource] = []
    for res in resources:
        owner = None
        if res.list_path is None and res.instance_path is not None:
            segs = source.segments(res.instance_path)
            for pos, _ in source.placeholders(res.instance_path):
                cand = lists.get("/".join(segs[:pos] + segs[pos + 1 :]))
                if cand is not None and cand.xt.get("mountName") == res.xt.get("mountName"):
                    owner = cand
        if owner is None or owner.instance_path is not None:
            out.append(res)
            continue
        owner.instance_path = res.instance_path
        owner.ops.extend(res.ops)
        source.report.note(
            "an instance path with its key inside it, paired with its list by mountName",
            f"{owner.list_path} and {res.instance_path}",
        )
    return out


def _drop_second_updates(source: Source, res: OaiResource) -> None:
    """A ``Patch...`` operation beside an ``Update...`` one is left out (one update each)."""
    updates = [op for op in res.ops if op.verb == "update"]
    patches = [op for op in updates if str(op.op.get("operationId", "")).startswith("Patch")]
    if len(updates) > 1 and patches and len(patches) < len(updates):
        for op in patches:
            res.ops.remove(op)
            source.report.note(
                "a Patch operation beside an Update one (specs have one update); left out",
                f"{op.method} {op.path}",
            )


def _group(source: Source) -> list[OaiResource]:
    lists: dict[str, OaiResource] = {}
    resources: list[OaiResource] = []
    for path, item in source.paths.items():
        xt = item.get("x-twilio") or {}
        kind = path_kind(source, path)
        if kind == "list":
            res = OaiResource(list_path=path, xt=dict(xt))
            lists[source.strip(path)] = res
            resources.append(res)
        elif kind != "instance":
            raise ImportFailure(f"{path}: unknown x-twilio.pathType {kind!r}")
    for path, item in source.paths.items():
        xt = item.get("x-twilio") or {}
        if path_kind(source, path) != "instance":
            continue
        base, _, last = source.strip(path).rpartition("/")
        owner = lists.get(base) if PLACEHOLDER.match(last) else None
        free = owner is not None and owner.instance_path is None
        if owner is not None and free and _names_agree(source, owner, path, xt):
            owner.instance_path = path
            continue
        resources.append(OaiResource(instance_path=path, xt=dict(xt)))
    for res in resources:
        for path in res.paths:
            on: On = "list" if path == res.list_path else "instance"
            for method, op in source.paths[path].items():
                if method not in HTTP_METHODS:
                    continue
                op_id = str(op.get("operationId", ""))
                verb = _verb_of(op)
                if verb is None:
                    raise ImportFailure(
                        f"{method.upper()} {path}: cannot tell the operation kind of "
                        f"operationId {op_id!r}"
                    )
                res.ops.append(OaiOperation(verb, on, method.upper(), op, path))
        _drop_second_updates(source, res)
    return resources


def _names_agree(source: Source, owner: OaiResource, path: str, xt: JSON) -> bool:
    """Whether instance ``path`` and its list agree on x-twilio names (and so are one resource).

    Twilio's generators make two resources of paths that disagree (numbers v1
    ``/Porting/Configuration/Webhook`` and ``.../{WebhookType}``), and so does the importer.
    """
    differ = [k for k in ("parent", "mountName", "className") if owner.xt.get(k) != xt.get(k)]
    if differ:
        source.report.note(
            "list and instance paths disagree on x-twilio names; imported as two resources",
            f"{owner.list_path} and {path} ({', '.join(differ)})",
        )
    return not differ


class _Unexpressible(Exception):
    """A resource the spec format cannot place; it is left out and noted."""


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
        parent = _declared_parent(source, res, by_path) or res.under
        if parent is None and _needs_parent(source, res):
            parent = _infer_parent(source, res, resources, by_path)
            res.parent_inferred = True
        mount = res.xt.get("mountName")
        if not mount:
            literals = [s for s in source.segments(res.main_path) if s and not PLACEHOLDER.match(s)]
            if source.multi_version and len(literals) > 1:
                literals = literals[1:]  # the first is the version prefix
            mount = snake(literals[-1])
        res.mount = snake(str(mount))  # lookups v2 writes lookupOverrides
        if parent is not None:
            resolve(parent, (*stack, id(res)))
            res.parent = parent
            res.id = f"{parent.id}.{_child_part(source, res, parent, resources)}"
        else:
            res.id = res.mount
        _assign_key(source, res)

    index = 0
    while index < len(resources):  # inference may append namespace resources
        try:
            resolve(resources[index], ())
        except _Unexpressible as why:
            source.report.note(str(why), resources[index].main_path)
            del resources[index]
            continue
        index += 1
    seen: dict[str, OaiResource] = {}
    for res in resources:
        other = seen.get(res.id)
        if other is not None:
            raise ImportFailure(
                f"duplicate resource id {res.id!r}: {other.main_path} and {res.main_path}"
            )
        seen[res.id] = res


def _child_part(
    source: Source, res: OaiResource, parent: OaiResource, resources: list[OaiResource]
) -> str:
    """The last part of ``res``'s id: its mount, unless an instance child has that mount.

    taskrouter mounts ``statistics`` on both ``TaskQueues`` (``/TaskQueues/Statistics``)
    and ``TaskQueues/{Sid}`` (``.../{TaskQueueSid}/Statistics``). Ids are unique, so the
    list's child takes its class name (``task_queues_statistics``) as the id's last part
    and keeps ``statistics`` as its ``attr``.
    """
    if parent.list_path is None or parent.instance_path is None:
        return res.mount
    path = res.main_path
    if not source.is_prefix(parent.list_path, path) or source.is_prefix(parent.instance_path, path):
        return res.mount
    for other in resources:
        if other is res or not source.is_prefix(parent.instance_path, other.main_path):
            continue
        literals = [s for s in source.segments(other.main_path) if not PLACEHOLDER.match(s)]
        if str(other.xt.get("mountName") or snake(literals[-1])) == res.mount:
            break
    else:
        return res.mount
    res.attr = res.mount
    class_name = snake(str(res.xt.get("className") or ""))
    part = class_name if class_name and class_name != res.mount else f"{res.mount}_list"
    source.report.note(
        "a list's child and an instance's child share a name; the list's gets its own id",
        f"{res.main_path} -> {parent.id}.{part} (attribute {res.mount})",
    )
    return part


def _needs_parent(source: Source, res: OaiResource) -> bool:
    """A root resource can own at most one placeholder, the last one of its instance path."""
    if res.list_path is not None and source.placeholders(res.list_path):
        return True
    return res.instance_path is not None and len(source.placeholders(res.instance_path)) > 1


def _declared_parent(
    source: Source, res: OaiResource, by_path: dict[str, OaiResource]
) -> OaiResource | None:
    """The resource ``x-twilio.parent`` names (relative to the version prefix, or not)."""
    parent_rel = res.xt.get("parent")
    if parent_rel is None:
        return None
    rel = str(parent_rel)
    full = source.prefix_of(res.main_path) + rel
    parent = by_path.get(full) or by_path.get(rel)
    if parent is None:
        # iam v1 names /v1/Roles/{Sid}, a prefix of its path that is no path of the file
        implied = any(source.is_prefix(p, res.main_path) for p in (full, rel))
        if not implied or not _needs_parent(source, res):
            raise ImportFailure(f"{res.main_path}: unknown parent {parent_rel!r}")
        source.report.note(
            "x-twilio parent is a prefix of the path but no path of the file; inferred instead",
            f"{res.main_path} (parent {rel})",
        )
    return parent


def _infer_parent(
    source: Source,
    res: OaiResource,
    resources: list[OaiResource],
    by_path: dict[str, OaiResource],
) -> OaiResource:
    """The resource whose path is the longest prefix of ``res``'s, made up if there is none.

    Without one, the path up to the placeholder before ``res``'s own key becomes a
    namespace resource with no operations (``/v1/Archives/{Date}`` for
    ``/v1/Archives/{Date}/Calls/{Sid}``), so every placeholder is an ancestor's key.
    """
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
    segs = source.segments(res.main_path)
    places = [pos for pos, _ in source.placeholders(res.main_path)]
    if res.list_path is None:
        places = places[:-1]  # the last placeholder of an instance path is its own key
    if found is not None and best is not None and (not places or best[0] > places[-1]):
        source.report.note(
            "no x-twilio parent although the path has several placeholders; "
            "parent inferred from the longest path prefix",
            f"{res.main_path} -> under {found.main_path}",
        )
        return found
    if not places or places[-1] < 2:
        raise ImportFailure(f"{res.main_path}: no x-twilio parent, and its placeholders need one")
    path = "/".join(segs[: places[-1] + 1]) + source.suffix
    if path == res.list_path:
        raise _Unexpressible(
            "a list path ending in a key no resource owns (insights v2 .../Inbound/{reportId}); "
            "its operations are left out"
        )
    if (
        found is not None
        and found.instance_path is None
        and found.list_path is not None
        and len(source.segments(found.list_path)) == places[-1]
    ):
        return found  # _key_parent gives that list-only resource its instance path
    made = OaiResource(instance_path=path, under=found)
    resources.append(made)
    by_path[path] = made
    source.report.note(
        "no resource owns a placeholder of the path; namespace resource made from the prefix",
        f"{res.main_path} -> under {path}",
    )
    return made


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
            if pos not in covered and not _key_parent(source, res, pos, name):
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


def _key_parent(source: Source, res: OaiResource, pos: int, name: str) -> bool:
    """Give a list-only parent the instance path ``res``'s placeholder ``name`` continues.

    numbers v1 ``/SenderIdRegistrations/{BundleSid}/EmbeddedSessions`` has no x-twilio
    parent, and the longest prefix, ``/SenderIdRegistrations``, has no instance path:
    ``/SenderIdRegistrations/{BundleSid}`` becomes its (operation-less) instance path, so
    the chain is ``sender_id_registrations(bundle_sid).embedded_sessions``.
    """
    parent = res.parent
    if parent is None or parent.instance_path is not None or parent.list_path is None:
        return False
    if len(source.segments(parent.list_path)) != pos or parent.key_pos is not None:
        return False
    segs = source.segments(str(res.list_path))
    parent.instance_path = "/".join(segs[: pos + 1]) + source.suffix
    parent.key_pos, parent.key_param = pos, name
    source.report.note(
        "a placeholder after a list-only parent; the parent gets that instance path",
        f"{res.list_path} -> {parent.instance_path}",
    )
    return True
