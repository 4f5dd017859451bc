"""The intermediate model (stage 2): everything templates need, already decided.

Templates hold no logic that could live here: names, annotations, positional path
templates, child links, docstrings and the imports each generated module needs are
all computed in this module. Every node declares the names it makes its module use
(``Need``); ``render.py`` turns the union of a module's needs into its import block.
Types come from the one scalar registry, ``codegen.scalars``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

from .compat import (
    MountIR,
    OpMountIR,
    keyword_aliases,
    op_mount_attrs,
    op_mount_class,
    op_mounts,
    root_op_mounts,
    version_mounts,
)

if TYPE_CHECKING:
    from .compat import Forward

from .docstrings import MethodFacts, ParamFacts, as_literal, method_doc
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
from .scalars import SCALARS, SEQUENCE, Kind, Location
from .spec import (
    OperationSpec,
    ParamSpec,
    ResourceSpec,
    Spec,
    SpecError,
    SpecProblem,
    TypeRef,
    attachment,
    spec_to_dict,
)
from .spec_build import default_location

#: The package the generated tree is imported as; ``render.py`` makes imports inside it
#: relative, so the same tree also works under another name (the golden-file tests).
REST_PACKAGE: Final = "twilio_async.rest"

# The runtime modules generated code imports from; ``tests/codegen`` checks that every
# name imported from them exists there.
RESOURCE: Final = "twilio_async._resource"
MODELS: Final = "twilio_async._models"
TYPES: Final = "twilio_async._types"
DOMAINS: Final = "twilio_async._domains"

#: Public attributes of ``twilio_async.Client`` itself. ``Client`` forwards every other
#: attribute to the generated ``RootResources``, so an account shortcut with one of these
#: names would be shadowed; a test keeps this equal to the real class.
CLIENT_ATTRS: Final = frozenset(
    {
        "account_sid",
        "username",
        "region",
        "edge",
        "aclose",
        "is_closed",
        "batch",
        "credential_provider",
    }
)
#: ``RootResources``' own attributes besides the domains.
ROOT_ATTRS: Final = frozenset({"account"})

_LOCATION_CONST: Final[dict[Location, str]] = {
    "query": "QUERY",
    "form": "FORM",
    "header": "HEADER",
    "json": "JSON",
}


@dataclass(frozen=True, order=True)
class Need:
    """One name a generated module imports: ``from <module> import <name>``.

    ``module`` is absolute (``twilio_async.rest.api.v2010.enums`` too: the renderer makes
    generated-tree imports relative); ``typing`` puts it under ``if TYPE_CHECKING:``.
    """

    module: str
    name: str
    typing: bool = False


def needs_of(nodes: Iterable[Any]) -> set[Need]:
    """The union of the ``needs`` of ``nodes``."""
    out: set[Need] = set()
    for node in nodes:
        out |= node.needs
    return out


@dataclass
class EnumIR:
    name: str
    class_name: str
    members: list[tuple[str, str | int]]
    base: str = "TwilioEnum"  # TwilioIntEnum for integer-coded enums

    @property
    def needs(self) -> set[Need]:
        return {Need(TYPES, self.base)}


@dataclass
class FieldIR:
    wire: str
    py: str
    annotation: str
    sensitive: bool
    needs: set[Need] = field(default_factory=set)
    #: The resource's key (``sid``): never ``None`` on a parsed model, so it is required.
    required: bool = False

    @property
    def needs_alias(self) -> bool:
        return self.py != self.wire

    @property
    def declaration(self) -> str:
        """The model's line for it: ``sid: str`` or ``price: Decimal | None = None``."""
        options = []
        if self.needs_alias:
            options.append(f"alias={py_literal(self.wire)}")
        if self.sensitive:
            options.append("repr=False")
        if self.required:
            default = f" = Field({', '.join(options)})" if options else ""
            return f"{self.py}: {self.annotation}{default}"
        default = f"Field(default=None, {', '.join(options)})" if options else "None"
        return f"{self.py}: {self.annotation} | None = {default}"


@dataclass
class ModelIR:
    class_name: str
    fields: list[FieldIR]
    bound: bool  # an InstanceModel with a context
    base: str = "TwilioModel"  # or InstanceModel[<Context>]

    @property
    def needs(self) -> set[Need]:
        return {Need(MODELS, self.base.partition("[")[0])} | needs_of(self.fields)


@dataclass
class ParamIR:
    wire: str
    py: str
    location: Location
    kind: Kind
    many: bool
    required: bool
    annotation: str
    needs: set[Need] = field(default_factory=set)
    #: twilio-python's other spellings of ``py`` (``resource_version`` for ``version``).
    aliases: tuple[str, ...] = ()

    @property
    def location_const(self) -> str:
        return _LOCATION_CONST[self.location]

    @property
    def declaration(self) -> str:
        """The line of its arguments class: ``to: str`` or ``body: str | NotGiven = NOT_GIVEN``.

        A required keyword with an alias is declared optional (either spelling may be
        given); the operation still refuses a call that gives neither.
        """
        if self.required and not self.aliases:
            return f"{self.py}: {self.annotation}"
        return f"{self.py}: {self.annotation} | NotGiven = NOT_GIVEN"

    @property
    def alias_declarations(self) -> list[str]:
        """One optional keyword per alias, of the same type."""
        return [f"{a}: {self.annotation} | NotGiven = NOT_GIVEN" for a in self.aliases]


@dataclass
class ArgsIR:
    """A generated class that declares an operation's keyword arguments.

    Its docstring is left out on purpose: the wire name, location and kind of each
    argument are in the operation's ``P(...)`` list above it, and in the runtime
    docstring of the method (``help(client.messages.create)``).
    """

    name: str
    bases: list[str]
    params: list[ParamIR]

    @property
    def needs(self) -> set[Need]:
        out = needs_of(self.params) | {Need(RESOURCE, b) for b in self.bases if b in _ARGS_BASES}
        if self.aliases:
            out |= {Need("typing", "ClassVar"), Need(TYPES, "NotGiven"), Need(TYPES, "NOT_GIVEN")}
        return out

    @property
    def aliases(self) -> dict[str, str]:
        """alias -> keyword, for the class's ``_aliases``."""
        return {a: p.py for p in self.params for a in p.aliases}


_ARGS_BASES: Final = frozenset({"Args", "ListArgs", "PageArgs"})


@dataclass
class MethodIR:
    """One method of a context or list class: ``create = _CREATE.call_method(...)``."""

    name: str
    factory: str
    args: str
    doc: str

    @property
    def doc_literal(self) -> str:
        """The docstring as source text: the factory's argument and the attribute docstring."""
        return as_literal(self.doc)

    @property
    def needs(self) -> set[Need]:
        return {Need(RESOURCE, self.args)} if self.args in _ARGS_BASES else set()


@dataclass
class OperationIR:
    verb: str
    const: str
    label: str
    method: str
    path: str  # positional: /2010-04-01/Accounts/{0}/Messages.json
    path_const: str
    original_path: str
    body: str
    params: list[ParamIR]
    list_key: str
    returns: str
    model_const: str | None  # None: a delete
    methods: list[MethodIR]
    args_classes: list[ArgsIR]
    needs: set[Need] = field(default_factory=set)
    #: A token-paged list's own (size, token) parameter names.
    paging: tuple[str, str] | None = None

    @property
    def type_arg(self) -> str:
        return "None" if self.model_const is None else self.returns


@dataclass
class ChildIR:
    attr: str
    module: str
    list_class: str
    package: str = ""

    @property
    def list_need(self) -> Need:
        return Need(f"{self.package}.{self.module}", self.list_class, typing=True)


@dataclass
class ResourceIR:
    id: str
    module: str
    package: str
    class_name: str
    list_class: str
    list_base: str  # ListResource, KeyedList[...Context] or SingletonList[...Context]
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
    #: ``(name, value)`` module constants: paths and lazy model loaders.
    constants: list[tuple[str, str]] = field(default_factory=list)
    #: List operations twilio-python also mounts as another attribute (codegen/compat.py).
    op_mounts: list[OpMountIR] = field(default_factory=list)

    @property
    def all_ops(self) -> list[OperationIR]:
        return [*self.list_ops, *self.instance_ops]

    @property
    def has_models(self) -> bool:
        """Whether any operation returns a model (deletes return ``True``)."""
        return any(op.model_const is not None for op in self.all_ops)

    @property
    def model_classes(self) -> list[str]:
        return [self.model.class_name, *(m.class_name for m in self.extra_models)]

    @property
    def args_classes(self) -> list[ArgsIR]:
        return [a for op in self.all_ops for a in op.args_classes]

    @property
    def key(self) -> tuple[str, str, str | None] | None:
        """``KeyedList._key``: wire name, Python name and pattern of the addressing key."""
        if self.key_param is None:
            return None
        return (self.key_param, self.key_arg, self.key_pattern)

    @property
    def resource_needs(self) -> set[Need]:
        """What the resource module (``accounts_messages.py``) imports."""
        out = needs_of(self.all_ops) | needs_of(self.args_classes)
        out |= needs_of(m for op in self.all_ops for m in op.methods)
        if self.has_models:
            out.add(Need(RESOURCE, "Models"))
        if self.context_class:
            out.add(Need(RESOURCE, "InstanceContext"))
        out.add(Need(RESOURCE, self.list_base.partition("[")[0]))
        children = [*self.list_children, *self.instance_children]
        if children:
            out.add(Need(RESOURCE, "Child"))
        out |= {c.list_need for c in children}
        out |= {Need(RESOURCE, m.base.partition("[")[0]) for m in self.op_mounts}
        return out

    @property
    def forwarded(self) -> list[str]:
        """The model attributes that are its context's: instance methods, then children."""
        methods = [meth.name for op in self.instance_ops for meth in op.methods]
        return [*methods, *(child.attr for child in self.model_children)]

    @property
    def types_needs(self) -> set[Need]:
        """What the models module (``types/accounts_messages.py``) imports."""
        out = needs_of([self.model, *self.extra_models])
        if self.model.bound and self.context_class:
            # Type checkers only: at run time a model reaches its context through the list
            # that produced it, so this module never imports the resource module (which
            # loads it lazily): no cycle, even counting lazy loads.
            out.add(Need(f"{self.package}.{self.module}", self.context_class, typing=True))
            if self.instance_ops or self.model_children:
                out.add(Need("typing", "ClassVar"))
                out.add(Need("twilio_async._models", "FromContext"))
        return out


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
    #: Nested resources twilio-python also mounts on the version (codegen/compat.py).
    mounts: list[MountIR] = field(default_factory=list)

    @property
    def needs(self) -> set[Need]:
        """What the version module (``v2010/__init__.py``) imports."""
        out = {Need(DOMAINS, "Version")}
        if self.roots:
            out.add(Need(RESOURCE, "Root"))
        out |= {c.list_need for c in self.roots}
        account = self.account_resource
        if account is not None and account.context_class:
            out.add(Need("functools", "cached_property"))
            out.add(Need(f"{self.package}.{account.module}", account.context_class, typing=True))
        if self.mounts:
            out.add(Need(RESOURCE, "Mount"))
        out |= {Need(f"{m.package}.{m.module}", m.context_class, typing=True) for m in self.mounts}
        return out

    @property
    def enum_needs(self) -> set[Need]:
        return needs_of(self.enums)


@dataclass
class DomainIR:
    domain: str
    attr: str
    class_name: str
    versions: list[VersionIR] = field(default_factory=list)

    @property
    def package(self) -> str:
        return f"{REST_PACKAGE}.{self.attr}"

    @property
    def needs(self) -> set[Need]:
        out = {Need(DOMAINS, "Domain"), Need("functools", "cached_property")}
        out |= {Need(v.package, v.class_name, typing=True) for v in self.versions}
        out |= {f.need for f in self.forwards}
        return out

    @property
    def forwards(self) -> list[Forward]:
        """twilio-python's domain-level names for its versions' (``api.accounts``)."""
        from .compat import domain_forwards

        return domain_forwards(self)


@dataclass
class ProjectIR:
    domains: list[DomainIR]
    shortcuts: list[ChildIR]
    shortcut_version: VersionIR | None

    @property
    def needs(self) -> set[Need]:
        """What ``_root.py`` imports."""
        out = {Need(DOMAINS, "VersionHost", typing=True)}
        if self.domains:
            out.add(Need("functools", "cached_property"))
        out |= {Need(d.package, d.class_name, typing=True) for d in self.domains}
        sv = self.shortcut_version
        scope = None if sv is None else sv.account_scope
        if sv is not None and scope is not None and scope.context_class is not None:
            out.add(Need(f"{sv.package}.{scope.module}", scope.context_class, typing=True))
            if self.shortcuts:
                out.add(Need(RESOURCE, "Shortcut"))
            out |= {c.list_need for c in self.shortcuts}
        return out


def _positional(path: str) -> str:
    counter = iter(range(1000))
    return re.sub(r"\{[A-Za-z][A-Za-z0-9]*\}", lambda _: f"{{{next(counter)}}}", path)


def _const(class_name: str) -> str:
    """``ValidationRequest`` -> ``_VALIDATION_REQUEST``."""
    return "_" + snake(class_name).upper()


class _Builder:
    def __init__(self, spec: Spec, package: str):
        self.spec = spec
        self.package = package
        self.enums_module = f"{package}.enums"
        self.file = spec.path.name
        self.problems: list[SpecProblem] = []
        self.enum_classes = {name: pascal(name) for name in spec.enums}
        self.list_classes: dict[str, str] = {}
        self.context_classes: dict[str, str] = {}

    def problem(self, rid: str, fld: str, message: str) -> None:
        self.problems.append(SpecProblem(self.file, rid, fld, message))

    def param_type(self, ref: TypeRef) -> tuple[Kind, str, set[Need]]:
        """Wire kind, annotation and needs of a parameter of type ``ref``."""
        needs: set[Need] = set()
        kind: Kind
        if ref.base == "enum":
            assert ref.enum is not None
            cls = self.enum_classes[ref.enum]
            needs.add(Need(self.enums_module, cls, typing=True))
            if ref.enum in self.spec.int_enums:
                kind, inner = "integer", f"{cls} | int"
            else:
                kind, inner = "string", f"{cls} | str"
        else:
            scalar = SCALARS[ref.base]
            kind, inner = scalar.kind, scalar.param
            needs |= {Need(m, n) for m, n in scalar.param_imports}
        if ref.many:
            needs.add(Need(*SEQUENCE))
            return kind, f"Sequence[{inner}]", needs
        return kind, inner, needs

    def field_type(self, ref: TypeRef) -> tuple[str, set[Need]]:
        """Annotation and needs of a response field (pydantic reads them at run time)."""
        if ref.base == "enum":
            assert ref.enum is not None
            inner = self.enum_classes[ref.enum]
            needs = {Need(self.enums_module, inner)}
        else:
            scalar = SCALARS[ref.base]
            inner = scalar.field
            needs = {Need(m, n) for m, n in scalar.field_imports}
        return (f"list[{inner}]" if ref.many else inner), needs

    def model(
        self,
        rid: str,
        class_name: str,
        fields: dict[str, TypeRef],
        context_class: str | None,
        reserved: frozenset[str],
        key_field: str | None = None,
    ) -> ModelIR:
        out: list[FieldIR] = []
        seen: set[str] = set()
        for wire, ref in fields.items():
            py = field_name(wire, reserved)
            if py in seen:
                self.problem(rid, f"fields.{wire}", f"Python name {py!r} is used twice")
            seen.add(py)
            sensitive = wire in SENSITIVE_FIELDS or py in SENSITIVE_FIELDS
            annotation, needs = self.field_type(ref)
            if py != wire or sensitive:
                needs.add(Need("pydantic", "Field"))
            out.append(FieldIR(wire, py, annotation, sensitive, needs, wire == key_field))
        if context_class is None:
            return ModelIR(class_name, out, False)
        # A string: the context class is imported for type checkers only (see types_needs).
        return ModelIR(class_name, out, True, f'InstanceModel["{context_class}"]')

    def operation(self, res: ResourceSpec, op: OperationSpec, returns: str) -> OperationIR:
        on_list = op.on == "list"
        path = res.list_path if on_list else res.instance_path
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
            kind, annotation, param_needs = self.param_type(p.type)
            if not p.required:
                param_needs |= {Need(TYPES, "NotGiven"), Need(TYPES, "NOT_GIVEN")}
            params.append(
                ParamIR(
                    p.name, py, p.location, kind, p.type.many, p.required, annotation, param_needs
                )
            )
        taken = {p.py for p in params}
        for param in params:
            param.aliases = keyword_aliases(param.py, taken)
        is_delete = op.verb == "delete"
        model_const = (
            None if is_delete else ("_MODEL" if returns == res.class_name else _const(returns))
        )
        facts = MethodFacts(
            name=op.verb,
            class_name=res.class_name,
            http_method=op.method,
            path=path,
            on_list=on_list,
            default_location=default_location(op.body),
            params=[self.param_facts(ir, spec) for ir, spec in zip(params, op.params, strict=True)],
            returns=returns,
            key=(res.key.param, res.key.pattern) if res.key else None,
            docs_url=res.docs_url,
        )
        methods, args = self._methods(res, op.verb, params, facts)
        needs: set[Need] = {Need(RESOURCE, "Operation")}
        if params:
            needs.add(Need(RESOURCE, "P"))
            needs |= {Need(RESOURCE, p.location_const) for p in params}
        if not is_delete:
            needs.add(Need(f"{self.package}.types.{module_name(res.id)}", returns, typing=True))
        return OperationIR(
            verb=op.verb,
            const=f"_{op.verb.upper()}",
            label=f"{res.attr_name}.{op.verb}",
            method=op.method,
            path=_positional(path),
            path_const="_LIST_PATH" if on_list else "_INSTANCE_PATH",
            original_path=path,
            body=op.body,
            params=params,
            list_key=res.list_key or "",
            returns=returns,
            model_const=model_const,
            methods=methods,
            args_classes=args,
            needs=needs,
            paging=op.paging,
        )

    def param_facts(self, param: ParamIR, spec: ParamSpec) -> ParamFacts:
        """What a docstring says about ``param`` (declared as ``spec``)."""
        ref = spec.type
        values: tuple[str, ...] = ()
        if ref.enum is not None:
            values = self.spec.enums[ref.enum]
        return ParamFacts(
            param.py,
            param.wire,
            str(ref),
            param.annotation,
            param.required,
            param.location,
            values,
            spec.pattern,
        )

    def _methods(
        self, res: ResourceSpec, verb: str, params: list[ParamIR], facts: MethodFacts
    ) -> tuple[list[MethodIR], list[ArgsIR]]:
        """The methods an operation becomes, and the classes declaring their arguments."""
        cls = res.class_name
        if verb == "list":
            filters = f"{cls}Filters"
            if params:
                classes = [
                    ArgsIR(filters, ["Args"], params),
                    ArgsIR(f"{cls}ListArgs", [filters, "ListArgs"], []),
                    ArgsIR(f"{cls}PageArgs", [filters, "PageArgs"], []),
                ]
                list_args, page_args = classes[1].name, classes[2].name
            else:
                classes, list_args, page_args = [], "ListArgs", "PageArgs"
            return [
                MethodIR(name, f"{name}_method", args, method_doc(replace(facts, name=name)))
                for name, args in (("list", list_args), ("stream", list_args), ("page", page_args))
            ], classes
        classes = []
        args = "Args"
        if params:
            args = f"{cls}{verb.capitalize()}Args"
            classes = [ArgsIR(args, ["Args"], params)]
        factory = "delete_method" if verb == "delete" else "call_method"
        return [MethodIR(verb, factory, args, method_doc(facts))], classes

    def resource(self, res: ResourceSpec) -> ResourceIR:
        children = [r for r in self.spec.resources.values() if r.id.rpartition(".")[0] == res.id]
        list_children: list[ChildIR] = []
        instance_children: list[ChildIR] = []
        for child in sorted(children, key=lambda r: r.id):
            link = ChildIR(
                py_identifier(child.attr_name, RESERVED_FIELDS),
                module_name(child.id),
                self.list_classes[child.id],
                self.package,
            )
            links = instance_children if attachment(res, child) == "instance" else list_children
            links.append(link)
            for mount in op_mount_attrs(child):  # ``account.new_keys``: twilio-python's mount
                links.append(
                    ChildIR(mount, link.module, op_mount_class(child, mount), self.package)
                )
        if res.key is None and res.instance_path is not None:
            # A singleton's children are on its list too, as twilio-python has them:
            # ``conversations.v1.configuration.webhooks`` and ``configuration().webhooks``.
            taken = {c.attr for c in list_children}
            list_children += [c for c in instance_children if c.attr not in taken]
            list_children.sort(key=lambda c: c.attr)
        for kids in (list_children, instance_children):
            attrs = [c.attr for c in kids]
            for attr in sorted({a for a in attrs if attrs.count(a) > 1}):
                self.problem(res.id, "resources", f"two children are reached as {attr!r}")
        has_context = res.instance_path is not None
        context_class = self.context_classes.get(res.id)
        ops_list: list[OperationIR] = []
        ops_instance: list[OperationIR] = []
        for verb in ("create", "list", "fetch", "update", "delete"):
            op = res.operations.get(verb)
            if op is None:
                continue
            ir = self.operation(res, op, op.returns or res.class_name)
            (ops_list if op.on == "list" else ops_instance).append(ir)
        model = self.model(
            res.id,
            res.class_name,
            res.fields,
            context_class,
            frozenset(),
            res.key.field if res.key and context_class else None,
        )
        field_names = {f.py for f in model.fields}
        model_children = (
            [c for c in instance_children if c.attr not in field_names] if has_context else []
        )
        extra = [
            self.model(res.id, name, fields, None, frozenset())
            for name, fields in sorted(res.models.items())
        ]
        enums = sorted({ref.enum for ref in _all_types(res) if ref.enum})
        key = res.key
        if key is not None and context_class:
            list_base = f"KeyedList[{context_class}]"
        elif context_class:
            list_base = f"SingletonList[{context_class}]"
        else:
            list_base = "ListResource"
        module = module_name(res.id)
        all_ops = [*ops_list, *ops_instance]
        constants: list[tuple[str, str]] = []
        if any(op.model_const for op in all_ops):
            constants.append(("_TYPES", f"Models(__package__, {py_literal(f'.types.{module}')})"))
            for name in sorted({op.returns for op in all_ops if op.model_const}):
                const = "_MODEL" if name == res.class_name else _const(name)
                constants.append((const, f"_TYPES({py_literal(name)})"))
        if any(op.path_const == "_LIST_PATH" for op in all_ops):
            assert res.list_path is not None
            constants.append(("_LIST_PATH", py_literal(_positional(res.list_path))))
        if any(op.path_const == "_INSTANCE_PATH" for op in all_ops):
            assert res.instance_path is not None
            constants.append(("_INSTANCE_PATH", py_literal(_positional(res.instance_path))))
        resource_ir = ResourceIR(
            id=res.id,
            module=module,
            package=self.package,
            class_name=res.class_name,
            list_class=self.list_classes[res.id],
            list_base=list_base,
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
            constants=constants,
        )
        resource_ir.op_mounts = op_mounts(res, [*ops_list, *ops_instance], context_class)
        return resource_ir

    def check_names(self, resources: list[ResourceIR]) -> None:
        """Every class a version generates has its own name (modules import each other's)."""
        owners: dict[str, str] = {cls: "enums" for cls in self.enum_classes.values()}
        for r in resources:
            names = [r.list_class, *r.model_classes, *(a.name for a in r.args_classes)]
            if r.context_class:
                names.append(r.context_class)
            for name in names:
                if name in owners:
                    self.problem(
                        r.id, "class", f"generated class {name!r} is also made by {owners[name]}"
                    )
                owners.setdefault(name, r.id)


def py_literal(value: object) -> str:
    """A literal as generated code writes it (strings in double quotes, like ruff)."""
    text = repr(value)
    if isinstance(value, str) and "'" not in value and '"' not in value:
        text = '"' + text[1:-1] + '"'
    return text


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
    attr = domain_attr(spec.domain)
    package = f"{REST_PACKAGE}.{attr}.{spec.version}"
    b = _Builder(spec, package)
    models = {r.class_name for r in spec.resources.values()}
    models |= {m for r in spec.resources.values() for m in r.models}
    b.list_classes = {
        r.id: f"{r.class_name}List"
        if f"{r.class_name}List" not in models
        else f"{r.class_name}ListResource"
        for r in spec.resources.values()
    }
    # A model named like another resource's context (studio's ``EngagementContext`` model
    # beside the ``Engagement`` resource) keeps its name; the context class takes another.
    b.context_classes = {
        r.id: f"{r.class_name}Context"
        if f"{r.class_name}Context" not in models
        else f"{r.class_name}InstanceContext"
        for r in spec.resources.values()
        if r.instance_path is not None
    }
    # An enum named like a generated class (serverless's ``build_status`` enum beside the
    # ``BuildStatus`` model) takes an ``Enum`` suffix; the model keeps its name.
    generated = models | set(b.list_classes.values()) | set(b.context_classes.values())
    b.enum_classes = {
        name: cls + "Enum" if cls in generated else cls for name, cls in b.enum_classes.items()
    }
    resources = [b.resource(r) for r in sorted(spec.resources.values(), key=lambda r: r.id)]
    b.check_names(resources)
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
        ChildIR(py_identifier(spec.resources[r.id].attr_name), r.module, r.list_class, package)
        for r in resources
        if "." not in r.id
    ]
    roots += root_op_mounts(resources, package)
    scope = next((r for r in resources if r.id == spec.account_scope), None)
    account_id = spec.account_scope or spec.account_resource
    account = next((r for r in resources if r.id == account_id), None)
    if b.problems:
        raise SpecError(b.problems)
    return VersionIR(
        spec_file=b.file,
        domain=spec.domain,
        domain_attr=attr,
        domain_class=pascal(attr),
        version=spec.version,
        class_name=pascal(spec.version),
        dialect=spec.dialect,
        package=package,
        enums=enums,
        resources=resources,
        roots=roots,
        account_scope=scope,
        catalog=spec_to_dict(spec),
        account_resource=account,
        mounts=version_mounts(spec, resources),
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
    taken = CLIENT_ATTRS | ROOT_ATTRS | {d.attr for d in domains.values()}
    if scope_version is not None and scope_version.account_scope is not None:
        for child in scope_version.account_scope.instance_children:
            if child.attr in taken:
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
