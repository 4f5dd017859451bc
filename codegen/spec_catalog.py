"""A spec as plain JSON data: the ``catalog.json`` the emulator serves from."""

from __future__ import annotations

from typing import Any

from .spec_types import OperationSpec, ResourceSpec, Spec, TypeRef


def spec_to_dict(spec: Spec) -> dict[str, Any]:
    """A validated spec as plain JSON data (the catalog the emulator serves from)."""
    catalog: dict[str, Any] = {
        "domain": spec.domain,
        "version": spec.version,
        "dialect": spec.dialect,
        "account_scope": spec.account_scope,
    }
    if spec.account_resource is not None:
        catalog["account_resource"] = spec.account_resource
    catalog["enums"] = {name: list(values) for name, values in spec.enums.items()}
    if spec.int_enums:  # label -> integer, for enums declared as a mapping
        catalog["int_enums"] = {name: dict(members) for name, members in spec.int_enums.items()}
    catalog["extra"] = spec.extra
    catalog["resources"] = {rid: _resource(r) for rid, r in sorted(spec.resources.items())}
    return catalog


def _types(fields: dict[str, TypeRef]) -> dict[str, str]:
    return {name: str(t) for name, t in fields.items()}


def _operation(op: OperationSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "method": op.method,
        "on": op.on,
        "body": op.body,
        "status": op.status,
        "returns": op.returns,
        "params": [
            {"name": p.name, "type": str(p.type), "required": p.required, "in": p.location}
            for p in op.params
        ],
    }
    if op.one_of:  # left out when empty, so catalogs without it keep their shape
        out["one_of"] = [list(group) for group in op.one_of]
    if op.paging is not None:  # the size and token parameter names, when not the dialect's
        out["paging"] = {"size": op.paging[0], "token": op.paging[1]}
    return out


def _resource(r: ResourceSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "class": r.class_name,
        "list_path": r.list_path,
        "instance_path": r.instance_path,
        "key": None
        if r.key is None
        else {"param": r.key.param, "field": r.key.field, "pattern": r.key.pattern},
        "list_key": r.list_key,
    }
    if r.item_key is not None:  # xml-2008 only; JSON catalogs keep their shape
        out["item_key"] = r.item_key
    if r.attr is not None:  # the attribute on its parent, when not the id's last part
        out["attr"] = r.attr
    out["fields"] = _types(r.fields)
    out["models"] = {m: _types(fields) for m, fields in r.models.items()}
    out["operations"] = {verb: _operation(op) for verb, op in r.operations.items()}
    return out
