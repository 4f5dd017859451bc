"""Grouped OpenAPI resources as spec resources: class, paths, key, fields, models."""

from __future__ import annotations

from ..naming import pascal, snake
from ..scalars import VERBS, Verb
from .operations import operation_spec, success
from .report import ImportFailure
from .schemas import TypeReader
from .source import JSON, Source, ref_name
from .tree import OPERATION_PREFIXES, OaiOperation, OaiResource

#: Fields the OpenAPI types as strings although their values are numbers on the wire
#: ("num_segments": "1", "price": "-0.00750"); models parse them to int / Decimal.
NUMERIC_STRING_FIELDS = {"num_segments": "integer", "num_media": "integer", "price": "number"}
#: Keys of a list response that are paging metadata, not the items.
PAGING_KEYS: dict[str, frozenset[str]] = {
    "json-2010": frozenset(
        {
            "end",
            "first_page_uri",
            "next_page_uri",
            "page",
            "page_size",
            "previous_page_uri",
            "start",
            "uri",
        }
    ),
    "json-v1": frozenset({"meta"}),
    "json-token": frozenset({"meta"}),
}
#: Which operation's schema names the resource, first match wins.
_ORDER: tuple[Verb, ...] = ("fetch", "list", "create", "update", "delete")


def resource_spec(source: Source, types: TypeReader, res: OaiResource) -> JSON:
    """The spec entry of one resource (its class may still be renamed for uniqueness)."""
    verbs = _by_verb(res)
    schemas, list_key = _returned_schemas(source, verbs)
    primary = next((schemas[v] for v in _ORDER if v in schemas), None)
    out: JSON = {"class": _class_name(res, primary)}
    if res.attr is not None:
        out["attr"] = res.attr
    if res.list_path is not None:
        out["list_path"] = res.list_path
    if res.instance_path is not None:
        out["instance_path"] = res.instance_path
    if res.list_path is None and res.parent is not None and "parent" not in res.xt:
        # No x-twilio parent: twilio-python mounts it on the version, called with every
        # placeholder (``flex_api.v1.plugin_version_archive(plugin_sid, sid)``).
        out["version_mount"] = res.mount
    fields, models, returns = _fields_and_models(source, types, res, schemas, primary)
    if res.key_param is not None:
        out["key"] = _key(source, res, fields)
    if "list" in verbs:
        if list_key is None:
            raise ImportFailure(f"{res.id}: cannot find the list key of the list response")
        out["list_key"] = list_key
    if fields:
        out["fields"] = fields
    if models:
        out["models"] = models
    out["operations"] = {
        verb: operation_spec(source, types, verbs[verb], returns.get(verb))
        for verb in VERBS
        if verb in verbs
    }
    return out


def _fields_and_models(
    source: Source,
    types: TypeReader,
    res: OaiResource,
    schemas: dict[str, str],
    primary: str | None,
) -> tuple[JSON, JSON, dict[str, str]]:
    """``fields``, ``models`` and which verb ``returns`` which model.

    The resource's own schemas (fetch and list items may differ in detail, e.g. 2010
    notifications) are merged into ``fields``; an operation returning yet another
    schema (CreateNewKey -> new_key) gets its own model and ``returns``.
    """
    own = {schemas[v] for v in ("fetch", "list") if v in schemas}
    if primary is not None:
        own.add(primary)
    fields: JSON = {}
    for v in _ORDER:
        name = schemas.get(v)
        if name is None or name not in own:
            continue
        if name != primary:
            source.report.note(
                "list items and fetch use different schemas; fields merged into one model",
                f"{res.id}: {name} and {primary}",
            )
        fields.update((k, t) for k, t in _schema_fields(types, name).items() if k not in fields)
    models: JSON = {}
    returns: dict[str, str] = {}
    for v in _ORDER:
        name = schemas.get(v)
        if name is None or name in own:
            continue
        model = pascal(name.rsplit(".", 1)[-1])
        models.setdefault(model, {"fields": _schema_fields(types, name)})
        returns[v] = model
        source.report.note(
            "operation returns another schema than the resource; written as models + returns",
            f"{res.id}.{v} returns {model}",
        )
    return fields, models, returns


def _by_verb(res: OaiResource) -> dict[Verb, OaiOperation]:
    verbs: dict[Verb, OaiOperation] = {}
    for op in res.ops:
        if op.verb in verbs:
            raise ImportFailure(
                f"{res.id}: two {op.verb} operations ({verbs[op.verb].method} "
                f"{verbs[op.verb].path} and {op.method} {op.path})"
            )
        verbs[op.verb] = op
    return verbs


def _returned_schemas(
    source: Source, verbs: dict[Verb, OaiOperation]
) -> tuple[dict[str, str], str | None]:
    """The schema each operation returns (list: its items), and the list key."""
    schemas: dict[str, str] = {}
    list_key: str | None = None
    for verb, op in verbs.items():
        where = f"{op.method} {op.path}"
        _, schema = success(source, op)
        if schema is None:
            continue
        if verb == "list":
            list_key, item = _list_item(source, schema, where)
            if item is not None:
                schemas[verb] = item
        elif "$ref" in schema:
            schemas[verb] = ref_name(schema["$ref"])
        else:
            source.report.note("inline response schema, fields not imported", where)
    return schemas, list_key


def _class_name(res: OaiResource, primary: str | None) -> str:
    class_name = res.xt.get("className")
    if class_name:
        return pascal(str(class_name))
    if primary is not None:
        return pascal(primary.rsplit(".", 1)[-1])
    return pascal(res.mount)


def _schema_fields(types: TypeReader, name: str) -> JSON:
    schema = types.source.schema(name, name)
    fields: JSON = {}
    for prop, ps in (schema.get("properties") or {}).items():
        typ = types.type_of(ps, f"{name}.{prop}")
        fields[prop] = NUMERIC_STRING_FIELDS.get(prop, typ) if typ == "string" else typ
    # a oneOf / anyOf / allOf of named schemas (messaging's us_app_to_person_response): every
    # field of every alternative, as fields are all optional anyway
    for combo in ("allOf", "anyOf", "oneOf"):
        for alt in schema.get(combo) or []:
            if isinstance(alt, dict) and "$ref" in alt:
                more = _schema_fields(types, ref_name(str(alt["$ref"])))
                fields.update((k, t) for k, t in more.items() if k not in fields)
    return fields


def _list_item(source: Source, schema: JSON, where: str) -> tuple[str | None, str | None]:
    if "$ref" in schema:
        schema = source.schema(ref_name(schema["$ref"]), where)
    props: JSON = schema.get("properties") or {}
    paging = PAGING_KEYS[source.dialect]
    candidates = [k for k in props if k not in paging]
    arrays = [k for k in candidates if "$ref" in ((props[k] or {}).get("items") or {})]
    if len(candidates) > 1 and len(arrays) == 1:
        source.report.note(
            "list response with paging fields of its own (read as one page)",
            f"{where}: items {arrays[0]}, besides {[k for k in candidates if k != arrays[0]]}",
        )
        candidates = arrays
    if len(candidates) != 1:
        raise ImportFailure(f"{where}: list response has item keys {candidates}")
    key = candidates[0]
    marker = "next_page_uri" if source.dialect == "json-2010" else "meta"
    if marker not in props:
        source.report.note("list response without paging metadata (a single page)", where)
    prop: JSON = props[key]
    items: JSON = prop.get("items") or {}
    if prop.get("type") != "array" or "$ref" not in items:
        source.report.note("list items are not a named schema, fields not imported", where)
        return key, None
    return key, ref_name(items["$ref"])


def _key(source: Source, res: OaiResource, fields: JSON) -> JSON:
    param = str(res.key_param)
    snake_param = snake(param)
    if snake_param in fields:
        fld = snake_param
    elif param.endswith("Sid") and "sid" in fields:
        fld = "sid"
    else:
        fld = snake_param
    key: JSON = {"param": param, "field": fld}
    patterns: set[str | None] = set()
    for op in res.ops:
        if op.path != res.instance_path:
            continue
        for prm in op.op.get("parameters") or []:
            if "$ref" in prm:
                prm = source.parameter(str(prm["$ref"]), f"{op.method} {op.path}")
            if prm.get("in") == "path" and prm.get("name") == param:
                patterns.add((prm.get("schema") or {}).get("pattern"))
    if len(patterns) == 1:
        pattern = patterns.pop()
        if pattern:
            key["pattern"] = pattern
            if fld not in fields and "id" in fields:  # SCIM users: {UserSid} (US...) is id
                key["field"] = "id"
    elif patterns:
        source.report.note(
            "operations disagree on the key pattern (some accept other values); no pattern written",
            f"{res.id} {{{param}}}",
        )
    return key


def _operation_classes(res: OaiResource) -> list[str]:
    """Class names its operationIds give (``CreateModuleData`` -> ``ModuleData``), shortest
    first."""
    names: set[str] = set()
    for op in res.ops:
        op_id = str(op.op.get("operationId", ""))
        for prefix in OPERATION_PREFIXES:
            if op_id.startswith(prefix) and len(op_id) > len(prefix):
                names.add(op_id[len(prefix) :])
    return sorted(names, key=lambda n: (len(n), n))


def _split_shared_classes(by_id: dict[str, OaiResource], specs: dict[str, JSON]) -> None:
    """Resources that share a schema-derived class take their operations' name instead.

    Marketplace's ``/Listings`` (``CreateModuleData``) and ``/Listing/{Sid}``
    (``FetchModuleDataManagement``) return one schema; the one whose operations do not
    name that class becomes ``ModuleData``, as Twilio's own generators call it.
    """
    groups: dict[str, list[str]] = {}
    for rid, spec in specs.items():
        groups.setdefault(str(spec["class"]), []).append(rid)
    taken = set(groups)
    for name, rids in sorted(groups.items()):
        if len(rids) < 2:
            continue
        for rid in sorted(rids):
            res = by_id[rid]
            if res.xt.get("className"):
                continue
            own = _operation_classes(res)
            free = [n for n in own if n not in taken]
            if name not in own and free:
                specs[rid]["class"] = free[0]
                taken.add(free[0])


def unique_classes(resources: list[OaiResource], specs: dict[str, JSON]) -> None:
    """Make class and model names unique: operationId names first, else the parent's prefix."""
    by_id = {r.id: r for r in resources}
    _split_shared_classes(by_id, specs)
    taken: dict[str, str] = {}
    for rid in sorted(specs, key=lambda i: (i.count("."), i)):
        name = str(specs[rid]["class"])
        if name in taken:
            parent = by_id[rid].parent
            if parent is None:
                raise ImportFailure(
                    f"class {name!r} of {rid!r} collides with {taken[name]!r} "
                    "and there is no parent to prefix"
                )
            name = str(specs[parent.id]["class"]) + name
            if name in taken:
                raise ImportFailure(f"class {name!r} of {rid!r} is not unique")
            specs[rid]["class"] = name
        taken[name] = rid
    for rid in sorted(specs, key=lambda i: (i.count("."), i)):
        spec = specs[rid]
        models: JSON = spec.get("models") or {}
        renamed: dict[str, str] = {}
        for model in list(models):
            name = model
            if name in taken:
                name = str(spec["class"]) + model
                if name in taken:
                    raise ImportFailure(f"model {model!r} of {rid!r} is not unique")
            renamed[model] = name
            taken[name] = f"{rid} (model)"
        if renamed and any(k != v for k, v in renamed.items()):
            spec["models"] = {renamed[k]: v for k, v in models.items()}
            for op in spec["operations"].values():
                if op.get("returns") in renamed:
                    op["returns"] = renamed[op["returns"]]
