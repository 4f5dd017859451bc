"""The validated spec as the IR reads it: frozen values with every default filled in.

``spec_schema`` describes the file; ``spec_build`` turns a validated file into these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .scalars import SCALARS, Body, Dialect, Location, Method, On, Verb


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


def parse_type(text: Any) -> TypeRef | None:
    """Parse a type string; ``None`` if it is not one."""
    if not isinstance(text, str):
        return None
    many = False
    if text.startswith("list<") and text.endswith(">"):
        many, text = True, text[5:-1]
    if text.startswith("enum:") and len(text) > 5:
        return TypeRef("enum", text[5:], many)
    if text in SCALARS:
        return TypeRef(text, None, many)
    return None


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: TypeRef
    required: bool
    location: Location
    python: str | None
    #: The values' pattern, shown in docstrings (the server is the judge of values).
    pattern: str | None = None


@dataclass(frozen=True)
class OperationSpec:
    verb: Verb
    method: Method
    on: On
    body: Body
    params: tuple[ParamSpec, ...]
    returns: str | None
    status: int | None
    #: Groups of parameter names of which a call sends at least one.
    one_of: tuple[tuple[str, ...], ...] = ()
    #: A token-paged list's own page size and token parameter names (``("Size", "Token")``).
    paging: tuple[str, str] | None = None
    #: Another attribute of the parent offering this operation (``new_keys``).
    mount: str | None = None


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
    #: Twilio's docs page of the resource, else the file's (``Spec.docs_url``).
    docs_url: str | None = None
    #: The Python attribute on its parent, when it is not the id's last part.
    attr: str | None = None

    @property
    def attr_name(self) -> str:
        """The attribute it is reached by: ``attr``, else the id's last part."""
        return self.attr or self.id.rsplit(".", 1)[-1]

    #: Also ``<version>.<version_mount>(key, …)``, one key per instance path placeholder.
    version_mount: str | None = None


@dataclass(frozen=True)
class Spec:
    """A whole validated spec file."""

    path: Path
    domain: str
    version: str
    dialect: Dialect
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
    #: The file's docs page: what resources without their own ``docs_url`` link to.
    docs_url: str | None = None
