"""Relations between resources: views of one store, account-wide lists, action endpoints.

Derived from the catalogs where the paths, SID prefixes and class names say it, and
from the few facts of ``_relations`` where they cannot (see that module). Runs
once per version as the catalog loads (``link_relations``), then across the
versions of a domain (``share_relations``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._paths import Segment, parse_path, snake_name
from ._relations import SEPARATE, VIEWS

if TYPE_CHECKING:
    from ._catalog import ApiVersion, Resource


@dataclass(frozen=True)
class Action:
    """An update-only endpoint that changes another resource's instance (``/Archive``)."""

    target: Resource
    sets: dict[str, Any]


def link_relations(v: ApiVersion) -> None:
    """Views, account-wide views and actions (see ``_relations``), derived or declared."""
    name = f"{v.domain}/{v.version}"
    for (ver, rid), (base_id, where) in VIEWS.items():
        res, base = v.resources.get(rid), v.resources.get(base_id)
        if ver == name and res is not None and base is not None:
            res.home, res.where = base, dict(where)
    keyed = [r for r in v.resources.values() if r.key_param and r.instance_path]
    for wide in keyed:
        mine = {o.id for o in wide.owners.values() if o is not None and o is not wide}
        for nested in keyed:
            if nested is wide or nested.home is not None or nested.sid_prefix != wide.sid_prefix:
                continue
            if (name, nested.id) in SEPARATE:
                continue
            theirs = {o.id for o in nested.owners.values() if o is not None and o is not nested}
            same_key = nested.key_field == wide.key_field
            if same_key and nested.cls.endswith(wide.cls) and mine < theirs:
                nested.home = wide
                wide.wide = True
    for res in v.resources.values():
        res.action = _action(v, res)


def share_relations(versions: list[ApiVersion]) -> None:
    """Versions of one domain share records by resource id, so they share relations too.

    A call recording made through 2010 is stored as one of ``accounts.recordings``;
    API 2008's ``accounts.calls.recordings`` must look there as well, filtered the
    same way. Relations found in one version are copied to a resource of the same id
    in another that has none of its own.
    """
    for v in versions:
        for w in versions:
            if w is v:
                continue
            for rid, res in v.resources.items():
                other = w.resources.get(rid)
                if res.home is not None or other is None or other.home is None:
                    continue
                home = v.resources.get(other.home.id)
                if home is not None and home is not res:
                    res.home, res.where = home, dict(other.where)
                    home.wide = home.wide or other.home.wide


def _action(v: ApiVersion, res: Resource) -> Action | None:
    """``res`` as an action on another resource, if it is one (update only, path + a verb)."""
    if res.list_path or not res.instance_path or set(res.operations) != {"update"}:
        return None
    segs = parse_path(res.instance_path)
    verb = segs[-1].literal
    if verb is None:
        return None
    ext = ".json" if verb.endswith(".json") else ""  # 2010: /Widgets/{Sid}/Polish.json
    verb = verb[: len(verb) - len(ext)]
    for target in v.resources.values():
        if target is res or not target.instance_path or not target.key_param:
            continue
        if _same_shape(parse_path(target.instance_path), segs[:-1], ext):
            flag = next(
                (
                    f
                    for f in (snake_name(verb) + "d", snake_name(verb) + "ed")
                    if target.fields.get(f) == "boolean"
                ),
                None,
            )
            return Action(target, {flag: True}) if flag else None
    return None


def _same_shape(a: tuple[Segment, ...], b: tuple[Segment, ...], ext: str = "") -> bool:
    """Whether two paths have the same literals and placeholders at the same places.

    ``ext`` is a suffix ``a``'s last segment has and ``b``'s lacks (``{Sid}.json``
    against ``{Sid}``, when ``b`` continues with ``/Archive.json``).
    """
    if len(a) != len(b) or not a:
        return False
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if (x.literal is None) != (y.literal is None):
            return False
        tail = ext if i == len(a) - 1 else ""
        if x.literal is not None and x.literal != (y.literal or "") + tail:
            return False
        if x.literal is None and (x.pre, x.suf) != (y.pre, y.suf + tail):
            return False
    return True
