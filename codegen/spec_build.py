"""A validated ``SpecFile`` as the resolved ``Spec`` the IR reads (defaults filled in)."""

from __future__ import annotations

from pathlib import Path

from .scalars import DEFAULT_METHODS, DEFAULT_ON, Body, Location, Method, Verb
from .spec_schema import OperationDoc, ResourceDoc, SpecFile
from .spec_types import KeySpec, OperationSpec, ParamSpec, ResourceSpec, Spec, TypeRef


def build_specs(doc: SpecFile, path: Path) -> list[Spec]:
    """One ``Spec`` per version of a validated file read from ``path``.

    A file with ``versions:`` becomes one spec per version, each with its own resources
    and the enums they use; the account settings go to the version of their resource.
    """
    if doc.versions is None:
        return [build_spec(doc, path)]
    out: list[Spec] = []
    for version in doc.versions:
        resources = {rid: r for rid, r in doc.resources.items() if r.version == version}
        used = {ref.enum for r in resources.values() for ref in _type_refs(r) if ref.enum}

        def mine(rid: str | None, resources: dict[str, ResourceDoc] = resources) -> str | None:
            return rid if rid in resources else None

        part = doc.model_copy(
            update={
                "version": version,
                "versions": None,
                "resources": resources,
                "enums": {k: v for k, v in doc.enums.items() if k in used},
                "account_scope": mine(doc.account_scope),
                "account_resource": mine(doc.account_resource),
            }
        )
        out.append(build_spec(part, path))
    return out


def _type_refs(res: ResourceDoc) -> list[TypeRef]:
    refs = list(res.fields.values())
    refs += [t for model in res.models.values() for t in model.fields.values()]
    refs += [p.type for op in res.operations.values() for p in op.params]
    return refs


def build_spec(doc: SpecFile, path: Path) -> Spec:
    """The ``Spec`` of a validated single-version file read from ``path``."""
    assert doc.version is not None, "a file with versions: is built by build_specs"
    enums: dict[str, tuple[str, ...]] = {}
    int_enums: dict[str, tuple[tuple[str, int], ...]] = {}
    for name, values in doc.enums.items():
        if isinstance(values, dict):
            int_enums[name] = tuple(values.items())
            enums[name] = tuple(str(v) for v in values.values())
        else:
            enums[name] = tuple(str(v) for v in values)
    return Spec(
        path=path,
        domain=doc.domain,
        version=doc.version,
        dialect=doc.dialect,
        account_scope=doc.account_scope,
        enums=enums,
        resources={rid: _resource(rid, res) for rid, res in doc.resources.items()},
        extra=doc.extra,
        int_enums=int_enums,
        account_resource=doc.account_resource,
    )


def _resource(rid: str, res: ResourceDoc) -> ResourceSpec:
    key = res.key
    return ResourceSpec(
        id=rid,
        class_name=res.class_,
        list_path=res.list_path,
        instance_path=res.instance_path,
        key=None if key is None else KeySpec(key.param, key.field, key.pattern),
        list_key=res.list_key,
        fields=dict(res.fields),
        models={name: dict(model.fields) for name, model in res.models.items()},
        operations={verb: _operation(verb, op) for verb, op in res.operations.items()},
        item_key=res.item_key,
        attr=res.attr,
        version_mount=res.version_mount,
    )


def default_body(method: Method) -> Body:
    """The body an operation sends unless it says ``body:``."""
    return "form" if method in ("POST", "PUT", "PATCH") else "none"


def default_location(body: Body) -> Location:
    """Where a parameter goes unless it says ``in:``."""
    return "query" if body == "none" else body


def _operation(verb: Verb, op: OperationDoc) -> OperationSpec:
    method = op.method or DEFAULT_METHODS[verb]
    body = op.body or default_body(method)
    location = default_location(body)
    return OperationSpec(
        verb=verb,
        method=method,
        on=op.on or DEFAULT_ON[verb],
        body=body,
        params=tuple(
            ParamSpec(p.name, p.type, p.required, p.in_ or location, p.python) for p in op.params
        ),
        returns=op.returns,
        status=op.status,
        one_of=tuple(tuple(group) for group in op.one_of),
        paging=None if op.paging is None else (op.paging.size, op.paging.token),
        mount=op.mount,
    )
