"""Hand edits surviving a re-import: ``x-hand: true`` entries of the existing file win.

A marked resource replaces the imported one whole (or is kept if not imported); a
marked operation replaces the imported operation; a marked parameter replaces (or
joins) the imported parameter of that name. Enums only hand edits use are kept too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..scalars import VERBS
from .report import Report
from .source import JSON

HAND = "x-hand"


def merge_hand_edits(doc: JSON, existing: JSON | None, report: Report) -> None:
    """Let every ``x-hand: true`` resource, operation or parameter of ``existing`` win."""
    if not existing:
        return
    if isinstance(existing.get("docs_url"), str):  # the file's fallback URL is a hand value
        doc["docs_url"] = existing["docs_url"]
    new_resources: JSON = doc["resources"]
    for rid, old in (existing.get("resources") or {}).items():
        if not isinstance(old, dict):
            continue
        if _is_hand(old):
            _keep_resource(rid, old, new_resources, report)
            continue
        new = new_resources.get(rid)
        for verb, old_op in (old.get("operations") or {}).items():
            if not isinstance(old_op, dict):
                continue
            if _is_hand(old_op):
                _keep_operation(f"{rid}.{verb}", verb, old_op, new, report)
                continue
            for prm in old_op.get("params") or []:
                if _is_hand(prm):
                    new_op = (new or {}).get("operations", {}).get(verb)
                    _keep_param(f"{rid}.{verb}.{prm.get('name')}", prm, new_op, report)
    doc["resources"] = {k: new_resources[k] for k in sorted(new_resources)}
    # enums that only kept hand edits refer to
    enums: JSON = doc["enums"]
    old_enums = existing.get("enums") or {}
    for name in sorted(set(_enum_refs(doc["resources"]))):
        if name not in enums and name in old_enums:
            enums[name] = old_enums[name]
            report.kept.append(f"enum {name} (used by hand edits)")
    doc["enums"] = {k: enums[k] for k in sorted(enums)}


def _keep_resource(rid: str, old: JSON, new_resources: JSON, report: Report) -> None:
    state = "replaces the imported one" if rid in new_resources else "kept (not imported)"
    old_ops = old.get("operations")
    if isinstance(old_ops, dict):
        old["operations"] = {
            v: _unyaml11(o) if isinstance(o, dict) else o for v, o in old_ops.items()
        }
    new_resources[rid] = old
    report.kept.append(f"resource {rid}: {state}")


def _keep_operation(
    where: str, verb: str, old_op: dict[Any, Any], new: JSON | None, report: Report
) -> None:
    if new is None:
        report.warnings.append(
            f"operation {where} is marked {HAND} but its resource is no longer "
            "imported and not marked itself; dropped"
        )
        return
    ops: JSON = new.setdefault("operations", {})
    ops[verb] = _unyaml11(old_op)
    new["operations"] = _ordered_ops(ops)
    report.kept.append(f"operation {where}")


def _keep_param(where: str, prm: JSON, new_op: JSON | None, report: Report) -> None:
    if new_op is None:
        report.warnings.append(
            f"param {where} is marked {HAND} but the operation is no longer imported; dropped"
        )
        return
    params: list[JSON] = new_op.setdefault("params", [])
    for i, cur in enumerate(params):
        if cur.get("name") == prm.get("name"):
            params[i] = prm
            break
    else:
        params.append(prm)
    report.kept.append(f"param {where}")


def _is_hand(value: Any) -> bool:
    return isinstance(value, dict) and value.get(HAND) is True


def _enum_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for v in node.values():
            yield from _enum_refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _enum_refs(v)
    elif isinstance(node, str):
        for m in re.finditer(r"enum:([A-Za-z0-9_]+)", node):
            yield m.group(1)


def _unyaml11(op: dict[Any, Any]) -> JSON:
    """``on: list`` read by a YAML 1.1 loader is ``{True: "list"}``; restore the key."""
    return {("on" if k is True else str(k)): v for k, v in op.items()}


def _ordered_ops(ops: JSON) -> JSON:
    known: JSON = {v: ops[v] for v in VERBS if v in ops}
    return {**known, **{k: v for k, v in ops.items() if k not in known}}
