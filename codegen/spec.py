"""Load and validate spec files (stage 1 of codegen).

Problems are collected as ``SpecProblem`` values with file, resource and field,
and reported together; a spec with any problem yields no output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DIALECTS = ("json-2010", "json-v1", "xml-2008")
VERBS = ("create", "list", "fetch", "update", "delete")
LOCATIONS = ("query", "form", "header", "json")
SCALAR_TYPES = frozenset(
    {
        "string",
        "uri",
        "phone-number",
        "http-method",
        "sid",
        "twiml",
        "iso-country-code",
        "currency",
        "integer",
        "number",
        "boolean",
        "datetime",
        "datetime-rfc2822",
        "datetime-epoch",
        "date",
        "object",
        "uri-map",
    }
)
DEFAULT_METHODS = {
    "create": "POST",
    "update": "POST",
    "list": "GET",
    "fetch": "GET",
    "delete": "DELETE",
}
DEFAULT_ON = {
    "create": "list",
    "list": "list",
    "fetch": "instance",
    "update": "instance",
    "delete": "instance",
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9]*)\}")
_ID_PART = re.compile(r"^[a-z][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_ELEMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class SpecProblem:
    """One problem in a spec file, with where it is."""

    file: str
    resource: str
    field: str
    message: str

    def __str__(self) -> str:
        where = ":".join(part for part in (self.file, self.resource, self.field) if part)
        return f"{where}: {self.message}"


class SpecError(Exception):
    """A spec failed validation; ``problems`` lists everything found."""

    def __init__(self, problems: list[SpecProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class TypeRef:
    """A parsed type string: ``string``, ``enum:message_status``, ``list<uri>``…"""

    base: str
    enum: str | None = None
    many: bool = False

    def __str__(self) -> str:
        inner = f"enum:{self.enum}" if self.enum else self.base
        return f"list<{inner}>" if self.many else inner


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: TypeRef
    required: bool
    location: str
    python: str | None


@dataclass(frozen=True)
class OperationSpec:
    verb: str
    method: str
    on: str
    body: str
    params: tuple[ParamSpec, ...]
    returns: str | None
    status: int | None


@dataclass(frozen=True)
class KeySpec:
    param: str
    field: str
    pattern: str | None


@dataclass(frozen=True)
class ResourceSpec:
    id: str
    class_name: str
    list_path: str | None
    instance_path: str | None
    key: KeySpec | None
    list_key: str | None
    fields: dict[str, TypeRef]
    models: dict[str, dict[str, TypeRef]]
    operations: dict[str, OperationSpec]
    #: xml-2008 only: the element name of one item (``Call`` inside ``<Calls>``).
    item_key: str | None = None


@dataclass(frozen=True)
class Spec:
    """A whole validated spec file."""

    path: Path
    domain: str
    version: str
    dialect: str
    account_scope: str | None
    #: Every enum's wire values as strings (integer-coded enums too: ``("0", "1")``).
    enums: dict[str, tuple[str, ...]]
    resources: dict[str, ResourceSpec] = field(default_factory=dict)
    #: Extra top-level settings a dialect may need (e.g. 2008 list wrappers).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Integer-coded enums (declared as a mapping): name -> ((label, value), ...).
    int_enums: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    #: Resource whose instance for the client's own account is ``<version>.account``
    #: (``account_scope`` implies it; this one adds no client shortcuts).
    account_resource: str | None = None


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false (so ``on: list`` keeps the key ``on``)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> Any:
    """Parse a spec file with YAML 1.2 booleans."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def parse_type(text: Any) -> TypeRef | None:
    """Parse a type string; ``None`` if it is not one."""
    if not isinstance(text, str):
        return None
    many = False
    if text.startswith("list<") and text.endswith(">"):
        many, text = True, text[5:-1]
    if text.startswith("enum:") and len(text) > 5:
        return TypeRef("enum", text[5:], many)
    if text in SCALAR_TYPES:
        return TypeRef(text, None, many)
    return None


def placeholders(path: str) -> list[str]:
    """The ``{Name}`` placeholders of a path, in order."""
    return _PLACEHOLDER.findall(path)


class _Checker:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[SpecProblem] = []

    def problem(self, resource: str, fld: str, message: str) -> None:
        self.problems.append(SpecProblem(self.file, resource, fld, message))

    def mapping(self, value: Any, resource: str, fld: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(resource, fld, f"expected a mapping, got {type(value).__name__}")
            return {}
        return value

    def type_ref(self, value: Any, resource: str, fld: str, enums: dict[str, Any]) -> TypeRef:
        ref = parse_type(value)
        if ref is None:
            self.problem(resource, fld, f"unknown type {value!r}")
            return TypeRef("string")
        if ref.enum is not None and ref.enum not in enums:
            self.problem(resource, fld, f"unknown enum {ref.enum!r}")
        return ref


def load_spec(path: str | Path) -> Spec:
    """Read one spec file; raise ``SpecError`` listing every problem found."""
    path = Path(path)
    checker = _Checker(path.name)
    try:
        doc = read_yaml(path)
    except (OSError, yaml.YAMLError) as err:
        raise SpecError([SpecProblem(path.name, "", "", f"cannot read: {err}")]) from None
    if not isinstance(doc, dict):
        raise SpecError([SpecProblem(path.name, "", "", "top level must be a mapping")])
    spec = _build(doc, path, checker)
    if checker.problems:
        raise SpecError(checker.problems)
    return spec


def _build(doc: dict[str, Any], path: Path, c: _Checker) -> Spec:
    known = {
        "spec",
        "domain",
        "version",
        "dialect",
        "account_scope",
        "account_resource",
        "enums",
        "resources",
        "extra",
    }
    for key in doc:
        if key not in known and not str(key).startswith("x-"):
            c.problem("", str(key), "unknown top-level key")
    if doc.get("spec") != 1:
        c.problem("", "spec", "must be 1")
    domain = doc.get("domain")
    version = doc.get("version")
    dialect = doc.get("dialect")
    if not isinstance(domain, str) or not re.fullmatch(r"[a-z][a-z0-9-]*", domain):
        c.problem("", "domain", f"expected a Twilio subdomain such as 'api', got {domain!r}")
    if not isinstance(version, str) or not re.fullmatch(r"v[0-9a-z]+", version):
        c.problem("", "version", f"expected a version such as 'v2010', got {version!r}")
    if dialect not in DIALECTS:
        c.problem("", "dialect", f"expected one of {', '.join(DIALECTS)}, got {dialect!r}")
    enums_raw = c.mapping(doc.get("enums"), "", "enums")
    enums: dict[str, tuple[str, ...]] = {}
    int_enums: dict[str, tuple[tuple[str, int], ...]] = {}
    for name, values in enums_raw.items():
        if isinstance(values, dict):
            members = _int_enum(str(name), values, c)
            int_enums[str(name)] = members
            enums[str(name)] = tuple(str(v) for _, v in members)
            continue
        if not isinstance(values, list) or not all(isinstance(v, (str, int)) for v in values):
            c.problem("", f"enums.{name}", "expected a list of values")
            continue
        if not values:
            c.problem("", f"enums.{name}", "an enum needs at least one value")
        enums[str(name)] = tuple(str(v) for v in values)
    resources: dict[str, ResourceSpec] = {}
    for rid, raw in c.mapping(doc.get("resources"), "", "resources").items():
        resources[str(rid)] = _resource(str(rid), c.mapping(raw, str(rid), ""), enums, c)
    account_scope = doc.get("account_scope")
    if account_scope is not None and account_scope not in resources:
        c.problem("", "account_scope", f"no resource {account_scope!r}")
    account_resource = doc.get("account_resource")
    if account_resource is not None:
        res = resources.get(account_resource) if isinstance(account_resource, str) else None
        if res is None:
            c.problem("", "account_resource", f"no resource {account_resource!r}")
        elif res.key is None:
            c.problem("", "account_resource", f"{account_resource!r} has no key to address it by")
        if account_scope is not None and account_resource != account_scope:
            c.problem("", "account_resource", "differs from account_scope (which implies it)")
    _check_tree(resources, c)
    _check_dialect(str(dialect), resources, c)
    return Spec(
        path=path,
        domain=str(domain),
        version=str(version),
        dialect=str(dialect),
        account_scope=account_scope,
        enums=enums,
        resources=resources,
        extra=c.mapping(doc.get("extra"), "", "extra"),
        int_enums=int_enums,
        account_resource=account_resource if isinstance(account_resource, str) else None,
    )


def _int_enum(name: str, values: dict[Any, Any], c: _Checker) -> tuple[tuple[str, int], ...]:
    """An integer-coded enum: ``{label: value}`` with snake_case labels and distinct ints."""
    members: list[tuple[str, int]] = []
    seen: set[int] = set()
    for label, value in values.items():
        if not isinstance(label, str) or not _ID_PART.match(label):
            c.problem("", f"enums.{name}.{label}", "labels are snake_case names")
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            c.problem("", f"enums.{name}.{label}", f"expected an integer value, got {value!r}")
            continue
        if value in seen:
            c.problem("", f"enums.{name}.{label}", f"value {value} is used twice")
        seen.add(value)
        members.append((label, value))
    if not values:
        c.problem("", f"enums.{name}", "an enum needs at least one value")
    return tuple(members)


def _check_dialect(dialect: str, resources: dict[str, ResourceSpec], c: _Checker) -> None:
    """Element names are part of the XML dialect and of nothing else."""
    for rid, res in resources.items():
        if dialect != "xml-2008":
            if res.item_key is not None:
                c.problem(rid, "item_key", f"only the xml-2008 dialect uses item_key ({dialect})")
            continue
        if res.fields and res.item_key is None:
            c.problem(rid, "item_key", "an xml-2008 resource with fields needs item_key")
        for key_name, value in (("item_key", res.item_key), ("list_key", res.list_key)):
            if value is not None and not _ELEMENT.match(value):
                c.problem(rid, key_name, f"not an XML element name: {value!r}")
        for path_name, path in (("list_path", res.list_path), ("instance_path", res.instance_path)):
            if path is not None and path.endswith(".json"):
                c.problem(rid, path_name, "xml-2008 paths have no .json suffix")


def _resource(rid: str, raw: dict[str, Any], enums: dict[str, Any], c: _Checker) -> ResourceSpec:
    known = {
        "class",
        "list_path",
        "instance_path",
        "key",
        "list_key",
        "item_key",
        "fields",
        "models",
        "operations",
    }
    for name in raw:
        if name not in known and not str(name).startswith("x-"):
            c.problem(rid, str(name), "unknown key")
    if not all(_ID_PART.match(part) for part in rid.split(".")):
        c.problem(rid, "", "resource ids are dotted snake_case names")
    class_name = raw.get("class")
    if not isinstance(class_name, str) or not _CLASS.match(class_name):
        c.problem(rid, "class", f"expected a PascalCase class name, got {class_name!r}")
        class_name = "Invalid"
    list_path = raw.get("list_path")
    instance_path = raw.get("instance_path")
    for name, value in (("list_path", list_path), ("instance_path", instance_path)):
        if value is not None and (not isinstance(value, str) or not value.startswith("/")):
            c.problem(rid, name, f"expected an absolute path, got {value!r}")
    key: KeySpec | None = None
    if raw.get("key") is not None:
        k = c.mapping(raw.get("key"), rid, "key")
        param, fld, pattern = k.get("param"), k.get("field"), k.get("pattern")
        if not isinstance(param, str) or not isinstance(fld, str):
            c.problem(rid, "key", "needs 'param' and 'field'")
        else:
            if pattern is not None:
                try:
                    re.compile(pattern)
                except (re.error, TypeError) as err:
                    c.problem(rid, "key.pattern", f"invalid regex: {err}")
            if not isinstance(instance_path, str) or param not in placeholders(instance_path):
                c.problem(rid, "key.param", f"{{{param}}} is not a placeholder of instance_path")
            key = KeySpec(param, fld, pattern)
    fields = {
        str(name): c.type_ref(t, rid, f"fields.{name}", enums)
        for name, t in c.mapping(raw.get("fields"), rid, "fields").items()
    }
    models: dict[str, dict[str, TypeRef]] = {}
    for mname, mraw in c.mapping(raw.get("models"), rid, "models").items():
        if not _CLASS.match(str(mname)):
            c.problem(rid, f"models.{mname}", "model names are PascalCase")
        mfields = c.mapping(c.mapping(mraw, rid, f"models.{mname}").get("fields"), rid, "fields")
        models[str(mname)] = {
            str(n): c.type_ref(t, rid, f"models.{mname}.fields.{n}", enums)
            for n, t in mfields.items()
        }
    operations: dict[str, OperationSpec] = {}
    for verb, oraw in c.mapping(raw.get("operations"), rid, "operations").items():
        if verb not in VERBS:
            c.problem(rid, f"operations.{verb}", f"unknown operation; expected one of {VERBS}")
            continue
        op = _operation(rid, str(verb), c.mapping(oraw, rid, f"operations.{verb}"), enums, c)
        path = list_path if op.on == "list" else instance_path
        if path is None:
            c.problem(rid, f"operations.{verb}", f"runs on the {op.on} path, which is not set")
        if op.returns is not None and op.returns not in models:
            c.problem(rid, f"operations.{verb}.returns", f"no model {op.returns!r} in models")
        operations[str(verb)] = op
    list_key = raw.get("list_key")
    if "list" in operations and not isinstance(list_key, str):
        c.problem(rid, "list_key", "a resource with a list operation needs list_key")
    item_key = raw.get("item_key")
    if item_key is not None and not isinstance(item_key, str):
        c.problem(rid, "item_key", f"expected an element name, got {item_key!r}")
    return ResourceSpec(
        id=rid,
        class_name=class_name,
        list_path=list_path if isinstance(list_path, str) else None,
        instance_path=instance_path if isinstance(instance_path, str) else None,
        key=key,
        list_key=list_key if isinstance(list_key, str) else None,
        fields=fields,
        models=models,
        operations=operations,
        item_key=item_key if isinstance(item_key, str) else None,
    )


def _operation(
    rid: str, verb: str, raw: dict[str, Any], enums: dict[str, Any], c: _Checker
) -> OperationSpec:
    where = f"operations.{verb}"
    for key in raw:
        if key not in {"on", "method", "body", "params", "returns", "status"} and not str(
            key
        ).startswith("x-"):
            c.problem(rid, f"{where}.{key}", "unknown key")
    on = raw.get("on", DEFAULT_ON[verb])
    if on not in ("list", "instance"):
        c.problem(rid, f"{where}.on", f"expected 'list' or 'instance', got {on!r}")
        on = DEFAULT_ON[verb]
    method = raw.get("method", DEFAULT_METHODS[verb])
    if method not in ("GET", "POST", "PUT", "DELETE"):
        c.problem(rid, f"{where}.method", f"unsupported HTTP method {method!r}")
    body = raw.get("body", "form" if method in ("POST", "PUT") else "none")
    if body not in ("form", "json", "none"):
        c.problem(rid, f"{where}.body", f"expected form, json or none, got {body!r}")
    default_location = {"form": "form", "json": "json"}.get(body, "query")
    params: list[ParamSpec] = []
    seen: set[str] = set()
    raw_params = raw.get("params") or []
    if not isinstance(raw_params, list):
        c.problem(rid, f"{where}.params", "expected a list")
        raw_params = []
    for i, praw in enumerate(raw_params):
        pwhere = f"{where}.params[{i}]"
        if not isinstance(praw, dict) or not isinstance(praw.get("name"), str):
            c.problem(rid, pwhere, "each param needs a 'name'")
            continue
        name = praw["name"]
        pwhere = f"{where}.params.{name}"
        for key in praw:
            if key not in {"name", "type", "required", "in", "python"} and not str(key).startswith(
                "x-"
            ):
                c.problem(rid, f"{pwhere}.{key}", "unknown key")
        location = praw.get("in", default_location)
        if location not in LOCATIONS:
            c.problem(rid, f"{pwhere}.in", f"expected one of {LOCATIONS}, got {location!r}")
        if location == "json" and body != "json":
            c.problem(rid, f"{pwhere}.in", "a json param needs 'body: json' on the operation")
        if name in seen:
            c.problem(rid, pwhere, "duplicate parameter")
        seen.add(name)
        python = praw.get("python")
        if python is not None and (not isinstance(python, str) or not python.isidentifier()):
            c.problem(rid, f"{pwhere}.python", f"not a Python identifier: {python!r}")
        params.append(
            ParamSpec(
                name=name,
                type=c.type_ref(praw.get("type", "string"), rid, f"{pwhere}.type", enums),
                required=bool(praw.get("required", False)),
                location=str(location),
                python=python,
            )
        )
    status = raw.get("status")
    if status is not None and not (isinstance(status, int) and 200 <= status < 300):
        c.problem(rid, f"{where}.status", f"expected a 2xx status, got {status!r}")
    returns = raw.get("returns")
    return OperationSpec(
        verb=verb,
        method=str(method),
        on=str(on),
        body=str(body),
        params=tuple(params),
        returns=returns if isinstance(returns, str) else None,
        status=status,
    )


def _strip_suffix(path: str) -> str:
    for suffix in (".json", ".xml"):
        if path.endswith(suffix):
            return path[: -len(suffix)]
    return path


def _segments(path: str) -> list[str]:
    return _strip_suffix(path).strip("/").split("/")


def attachment(parent: ResourceSpec, child: ResourceSpec) -> str | None:
    """``instance`` or ``list``: which side of the parent the child's paths continue."""
    child_path = child.list_path or child.instance_path
    if child_path is None:
        return None
    segs = _segments(child_path)

    def continues(base: str | None) -> bool:
        if base is None:
            return False
        bsegs = _segments(base)
        if len(segs) <= len(bsegs):
            return False
        pairs = zip(bsegs, segs, strict=False)
        return all(a == b or (a.startswith("{") and b.startswith("{")) for a, b in pairs)

    if parent.key is not None and continues(parent.instance_path):
        return "instance"
    if continues(parent.list_path):
        return "list"
    if parent.key is None and continues(parent.instance_path):
        return "instance"
    return None


def key_positions(spec_resources: dict[str, ResourceSpec], rid: str) -> dict[int, str]:
    """Segment index -> resource id, for the key placeholders of ``rid``'s ancestors."""
    positions: dict[int, str] = {}
    parts = rid.split(".")
    for n in range(1, len(parts)):
        anc = spec_resources.get(".".join(parts[:n]))
        if anc is None or anc.key is None or anc.instance_path is None:
            continue
        segs = _segments(anc.instance_path)
        positions[segs.index("{" + anc.key.param + "}")] = anc.id
    return positions


def _check_tree(resources: dict[str, ResourceSpec], c: _Checker) -> None:
    classes: dict[str, str] = {}
    for rid, res in resources.items():
        for cls in (res.class_name, *res.models):
            if cls in classes:
                c.problem(rid, "class", f"class {cls} is also used by {classes[cls]}")
            classes[cls] = rid
        parent_id = rid.rpartition(".")[0]
        if parent_id:
            parent = resources.get(parent_id)
            if parent is None:
                c.problem(rid, "", f"parent resource {parent_id!r} is not defined")
                continue
            if attachment(parent, res) is None:
                c.problem(rid, "", f"its paths do not continue the paths of {parent_id!r}")
        positions = key_positions(resources, rid)
        for name, path in (("list_path", res.list_path), ("instance_path", res.instance_path)):
            if path is None:
                continue
            for index, seg in enumerate(_segments(path)):
                if not seg.startswith("{"):
                    continue
                if (
                    res.key is not None
                    and seg == "{" + res.key.param + "}"
                    and name == "instance_path"
                ):
                    continue
                if index not in positions:
                    c.problem(rid, name, f"placeholder {seg} is not the key of any ancestor")


def _types_dict(fields: dict[str, TypeRef]) -> dict[str, str]:
    return {name: str(t) for name, t in fields.items()}


def spec_to_dict(spec: Spec) -> dict[str, Any]:
    """A validated spec as plain JSON data (the catalog the emulator serves from)."""

    def op_dict(op: OperationSpec) -> dict[str, Any]:
        return {
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

    def resource_dict(r: ResourceSpec) -> dict[str, Any]:
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
        out["fields"] = _types_dict(r.fields)
        out["models"] = {m: _types_dict(fields) for m, fields in r.models.items()}
        out["operations"] = {verb: op_dict(op) for verb, op in r.operations.items()}
        return out

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
    catalog["resources"] = {rid: resource_dict(r) for rid, r in sorted(spec.resources.items())}
    return catalog
