"""The intermediate model (stage 2): everything templates need, already decided.

Templates hold no logic that could live here: names, annotations, imports,
positional path templates and child links are all computed in this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .naming import (
    RESERVED_FIELDS,
    RESERVED_PARAMS,
    SENSITIVE_FIELDS,
    domain_attr,
    enum_member,
    module_name,
    pascal,
    py_identifier,
    snake,
)
from .spec import (
    OperationSpec,
    ResourceSpec,
    Spec,
    SpecError,
    SpecProblem,
    TypeRef,
    attachment,
    spec_to_dict,
)

_STRINGS = frozenset(
    {"string", "uri", "phone-number", "http-method", "sid", "twiml", "iso-country-code", "currency"}
)
_PARAM_KIND = {
    **{name: "string" for name in _STRINGS},
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "datetime": "datetime",
    "datetime-rfc2822": "datetime",
    "datetime-epoch": "datetime",
    "date": "date",
    "object": "object",
    "uri-map": "object",
}
_PARAM_ANNOTATION = {
    "string": "str",
    "integer": "int",
    "number": "float | Decimal",
    "boolean": "bool",
    "datetime": "datetime | date | str",
    "date": "date | str",
    "object": "Any",
}
_FIELD_ANNOTATION = {
    **{name: "str" for name in _STRINGS},
    "integer": "int",
    "number": "Decimal",
    "boolean": "bool",
    "datetime": "IsoDateTime",
    "datetime-rfc2822": "Rfc2822DateTime",
    "datetime-epoch": "EpochDateTime",
    "date": "date",
    "object": "Any",
    "uri-map": "dict[str, Any]",
}
_VERB_DOC = {
    "create": "Create a {cls}.",
    "fetch": "Fetch this {cls}.",
    "update": "Update this {cls}.",
    "delete": "Delete this {cls}; returns True.",
}


@dataclass
class EnumIR:
    name: str
    class_name: str
    members: list[tuple[str, str | int]]
    base: str = "TwilioEnum"  # TwilioIntEnum for integer-coded enums


@dataclass
class FieldIR:
    wire: str
    py: str
    annotation: str
    sensitive: bool

    @property
    def needs_alias(self) -> bool:
        return self.py != self.wire


@dataclass
class ModelIR:
    class_name: str
    fields: list[FieldIR]
    bound: bool  # an InstanceModel with a context


@dataclass
class ParamIR:
    wire: str
    py: str
    location: str
    kind: str
    many: bool
    required: bool
    annotation: str


@dataclass
class OperationIR:
    verb: str
    const: str
    label: str
    method: str
    path: str
    original_path: str
    body: str
    params: list[ParamIR]
    list_key: str
    returns: str
    doc: str

    @property
    def required_params(self) -> list[ParamIR]:
        return [p for p in self.params if p.required]

    @property
    def optional_params(self) -> list[ParamIR]:
        return [p for p in self.params if not p.required]

    @property
    def body_const(self) -> str:
        return {"form": "FORM_BODY", "json": "JSON_BODY"}.get(self.body, "NO_BODY")


@dataclass
class ChildIR:
    attr: str
    module: str
    list_class: str


@dataclass
class ResourceIR:
    id: str
    module: str
    class_name: str
    list_class: str
    context_class: str | None
    key_param: str | None
    key_arg: str
    key_field: str | None
    key_pattern: str | None
    list_path: str | None
    instance_path: str | None
    list_ops: list[OperationIR]
    instance_ops: list[OperationIR]
    list_children: list[ChildIR]
    instance_children: list[ChildIR]
    model: ModelIR
    extra_models: list[ModelIR]
    model_children: list[ChildIR]
    enums: list[str]
    spec_file: str

    @property
    def typing_imports(self) -> list[ChildIR]:
        seen: dict[str, ChildIR] = {}
        for child in (*self.list_children, *self.instance_children):
            seen.setdefault(child.list_class, child)
        return sorted(seen.values(), key=lambda c: (c.module, c.list_class))

    @property
    def all_ops(self) -> list[OperationIR]:
        return [*self.list_ops, *self.instance_ops]

    @property
    def has_models(self) -> bool:
        """Whether any operation returns a model (deletes return ``True``)."""
        return any(op.verb != "delete" for op in self.all_ops)

    @property
    def model_classes(self) -> list[str]:
        return [self.model.class_name, *(m.class_name for m in self.extra_models)]


@dataclass
class VersionIR:
    spec_file: str
    domain: str
    domain_attr: str
    domain_class: str
    version: str
    class_name: str
    dialect: str
    package: str
    enums: list[EnumIR]
    resources: list[ResourceIR]
    roots: list[ChildIR]
    account_scope: ResourceIR | None
    catalog: dict[str, Any]
    #: ``<version>.account``: the account_scope resource, or an ``account_resource`` without
    #: client shortcuts.
    account_resource: ResourceIR | None = None


@dataclass
class DomainIR:
    domain: str
    attr: str
    class_name: str
    versions: list[VersionIR] = field(default_factory=list)


@dataclass
class ProjectIR:
    domains: list[DomainIR]
    shortcuts: list[ChildIR]
    shortcut_version: VersionIR | None


def _positional(path: str) -> str:
    counter = iter(range(1000))
    return re.sub(r"\{[A-Za-z][A-Za-z0-9]*\}", lambda _: f"{{{next(counter)}}}", path)


class _Builder:
    def __init__(self, spec: Spec):
        self.spec = spec
        self.file = spec.path.name
        self.problems: list[SpecProblem] = []
        self.enum_classes = {name: pascal(name) for name in spec.enums}
        self.list_classes: dict[str, str] = {}

    def problem(self, rid: str, fld: str, message: str) -> None:
        self.problems.append(SpecProblem(self.file, rid, fld, message))

    def param_annotation(self, ref: TypeRef) -> tuple[str, str]:
        kind = "string" if ref.base == "enum" else _PARAM_KIND[ref.base]
        if ref.base == "enum" and ref.enum in self.spec.int_enums:
            kind, inner = "integer", f"{self.enum_classes[ref.enum]} | int"
        elif ref.base == "enum":
            assert ref.enum is not None
            inner = f"{self.enum_classes[ref.enum]} | str"
        else:
            inner = _PARAM_ANNOTATION[kind]
        return kind, (f"Sequence[{inner}]" if ref.many else inner)

    def field_annotation(self, ref: TypeRef) -> str:
        if ref.base == "enum":
            assert ref.enum is not None
            inner = self.enum_classes[ref.enum]
        else:
            inner = _FIELD_ANNOTATION[ref.base]
        return f"list[{inner}]" if ref.many else inner

    def model(
        self,
        rid: str,
        class_name: str,
        fields: dict[str, TypeRef],
        bound: bool,
        reserved: frozenset[str],
    ) -> ModelIR:
        out: list[FieldIR] = []
        seen: set[str] = set()
        for wire, ref in fields.items():
            py = field_name(wire, reserved)
            if py in seen:
                self.problem(rid, f"fields.{wire}", f"Python name {py!r} is used twice")
            seen.add(py)
            sensitive = wire in SENSITIVE_FIELDS or py in SENSITIVE_FIELDS
            out.append(FieldIR(wire, py, self.field_annotation(ref), sensitive))
        return ModelIR(class_name, out, bound)

    def operation(self, res: ResourceSpec, op: OperationSpec, returns: str) -> OperationIR:
        path = res.list_path if op.on == "list" else res.instance_path
        assert path is not None
        params: list[ParamIR] = []
        seen: set[str] = set()
        for p in op.params:
            py = p.python or py_identifier(snake(p.name), RESERVED_PARAMS)
            if py in seen:
                self.problem(
                    res.id,
                    f"operations.{op.verb}.params.{p.name}",
                    f"Python name {py!r} is used twice; set 'python:'",
                )
            seen.add(py)
            kind, annotation = self.param_annotation(p.type)
            params.append(
                ParamIR(p.name, py, p.location.upper(), kind, p.type.many, p.required, annotation)
            )
        label = f"{res.id.rsplit('.', 1)[-1]}.{op.verb}"
        doc = (
            f"List {res.class_name} resources."
            if op.verb == "list"
            else _VERB_DOC[op.verb].format(cls=res.class_name)
        )
        if op.verb in ("fetch", "update", "delete") and op.on == "list":
            doc = doc.replace("this ", "the ")
        return OperationIR(
            verb=op.verb,
            const=f"_{op.verb.upper()}",
            label=label,
            method=op.method,
            path=_positional(path),
            original_path=path,
            body=op.body,
            params=params,
            list_key=res.list_key or "",
            returns=returns,
            doc=doc,
        )

    def resource(self, res: ResourceSpec) -> ResourceIR:
        children = [r for r in self.spec.resources.values() if r.id.rpartition(".")[0] == res.id]
        list_children: list[ChildIR] = []
        instance_children: list[ChildIR] = []
        for child in sorted(children, key=lambda r: r.id):
            link = ChildIR(
                py_identifier(child.id.rsplit(".", 1)[-1], RESERVED_FIELDS),
                module_name(child.id),
                self.list_classes[child.id],
            )
            (instance_children if attachment(res, child) == "instance" else list_children).append(
                link
            )
        has_context = res.instance_path is not None
        context_class = f"{res.class_name}Context" if has_context else None
        ops_list: list[OperationIR] = []
        ops_instance: list[OperationIR] = []
        for verb in ("create", "list", "fetch", "update", "delete"):
            op = res.operations.get(verb)
            if op is None:
                continue
            ir = self.operation(res, op, op.returns or res.class_name)
            (ops_list if op.on == "list" else ops_instance).append(ir)
        child_names = frozenset(c.attr for c in instance_children)
        model = self.model(res.id, res.class_name, res.fields, has_context, frozenset())
        field_names = {f.py for f in model.fields}
        model_children = (
            [c for c in instance_children if c.attr not in field_names] if has_context else []
        )
        del child_names
        extra = [
            self.model(res.id, name, fields, False, frozenset())
            for name, fields in sorted(res.models.items())
        ]
        enums = sorted({ref.enum for ref in _all_types(res) if ref.enum})
        key = res.key
        return ResourceIR(
            id=res.id,
            module=module_name(res.id),
            class_name=res.class_name,
            list_class=self.list_classes[res.id],
            context_class=context_class,
            key_param=key.param if key else None,
            key_arg=py_identifier(snake(key.param)) if key else "",
            key_field=field_name(key.field) if key else None,
            key_pattern=key.pattern if key else None,
            list_path=res.list_path,
            instance_path=res.instance_path,
            list_ops=ops_list,
            instance_ops=ops_instance,
            list_children=list_children,
            instance_children=instance_children,
            model=model,
            extra_models=extra,
            model_children=model_children,
            enums=[self.enum_classes[e] for e in enums],
            spec_file=self.file,
        )


def field_name(wire: str, reserved: frozenset[str] = frozenset()) -> str:
    """The model attribute for a response field: ``date_created``; ``DateCreated`` (XML) too."""
    name = snake(wire) if any(ch.isupper() for ch in wire) else wire
    py = py_identifier(name, RESERVED_FIELDS | reserved)
    if py.startswith("_") or py.startswith("model_"):
        py = "f" + py if py.startswith("_") else py + "_"
    return py


def _all_types(res: ResourceSpec) -> list[TypeRef]:
    refs = list(res.fields.values())
    for fields in res.models.values():
        refs.extend(fields.values())
    for op in res.operations.values():
        refs.extend(p.type for p in op.params)
    return refs


def build_version(spec: Spec) -> VersionIR:
    """The IR of one spec file; raises ``SpecError`` on naming conflicts."""
    b = _Builder(spec)
    models = {r.class_name for r in spec.resources.values()}
    models |= {m for r in spec.resources.values() for m in r.models}
    b.list_classes = {
        r.id: f"{r.class_name}List"
        if f"{r.class_name}List" not in models
        else f"{r.class_name}ListResource"
        for r in spec.resources.values()
    }
    resources = [b.resource(r) for r in sorted(spec.resources.values(), key=lambda r: r.id)]
    enums = []
    for name, values in sorted(spec.enums.items()):
        members: list[tuple[str, str | int]] = []
        used: set[str] = set()
        labelled = spec.int_enums.get(name)
        pairs: list[tuple[str, str | int]] = (
            list(labelled) if labelled is not None else [(v, v) for v in values]
        )
        for label, value in pairs:
            member = enum_member(label)
            while member in used:
                member += "_"
            used.add(member)
            members.append((member, value))
        base = "TwilioIntEnum" if labelled is not None else "TwilioEnum"
        enums.append(EnumIR(name, b.enum_classes[name], members, base))
    roots = [
        ChildIR(py_identifier(r.id), r.module, r.list_class) for r in resources if "." not in r.id
    ]
    scope = next((r for r in resources if r.id == spec.account_scope), None)
    account_id = spec.account_scope or spec.account_resource
    account = next((r for r in resources if r.id == account_id), None)
    if b.problems:
        raise SpecError(b.problems)
    attr = domain_attr(spec.domain)
    return VersionIR(
        spec_file=b.file,
        domain=spec.domain,
        domain_attr=attr,
        domain_class=pascal(attr),
        version=spec.version,
        class_name=pascal(spec.version),
        dialect=spec.dialect,
        package=f"twilio_async.rest.{attr}.{spec.version}",
        enums=enums,
        resources=resources,
        roots=roots,
        account_scope=scope,
        catalog=spec_to_dict(spec),
        account_resource=account,
    )


CLIENT_ATTRS = frozenset(
    {"api", "account", "account_sid", "username", "region", "edge", "aclose", "is_closed"}
)


def build_project(specs: list[Spec]) -> ProjectIR:
    """The IR of every spec: domains, versions, resources and the client's shortcuts."""
    versions = [build_version(s) for s in specs]
    domains: dict[str, DomainIR] = {}
    for v in versions:
        d = domains.setdefault(v.domain, DomainIR(v.domain, v.domain_attr, v.domain_class))
        d.versions.append(v)
    for d in domains.values():
        d.versions.sort(key=lambda v: v.version)
    scoped = [v for v in versions if v.account_scope is not None]
    problems: list[SpecProblem] = []
    if len(scoped) > 1:
        problems.append(
            SpecProblem(
                scoped[1].spec_file,
                "",
                "account_scope",
                f"only one spec may set account_scope ({scoped[0].spec_file} does)",
            )
        )
    shortcuts: list[ChildIR] = []
    scope_version = scoped[0] if scoped else None
    if scope_version is not None and scope_version.account_scope is not None:
        for child in scope_version.account_scope.instance_children:
            if child.attr in CLIENT_ATTRS or child.attr in {d.attr for d in domains.values()}:
                problems.append(
                    SpecProblem(
                        scope_version.spec_file,
                        child.module,
                        "",
                        f"shortcut {child.attr!r} clashes with a Client attribute",
                    )
                )
            shortcuts.append(child)
    if problems:
        raise SpecError(problems)
    return ProjectIR(sorted(domains.values(), key=lambda d: d.attr), shortcuts, scope_version)
