"""The spec file format as pydantic models (``specs/README.md`` documents it).

Loading (``codegen.spec``) and the importer validate documents with these models.
Every mapping node forbids unknown keys except ``x-`` ones, which are dropped; the
vocabulary (verbs, methods, bodies, locations, dialects, type names) comes from
``codegen.scalars`` and the value types from ``spec_values``. Rules that span fields
live in ``spec_rules`` and run as validators. Validation context (``context_of``)
carries the declared enum names and the file's dialect, so a resource can be checked
on its own.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationInfo,
    field_validator,
    model_validator,
)
from typing_extensions import Self

from . import spec_rules
from .scalars import DIALECTS, Body, Dialect, Location, Method, On, Verb
from .spec_types import TypeRef
from .spec_values import (
    FILE_RULE,
    GIVEN,
    AbsPath,
    ClassName,
    Domain,
    EnumDoc,
    Identifier,
    ModelName,
    Regex,
    ResourceId,
    Status,
    TypeField,
    Version,
    empty,
    raise_issues,
)

SPEC_FORMAT: Literal[1] = 1


def context_of(doc: dict[str, Any]) -> dict[str, Any]:
    """Validation context for a raw document: its enum names and (valid) dialect.

    ``enums`` is ``None`` when the enums themselves are malformed: references to them
    are checked once they are fixed.
    """
    enums = doc.get("enums") or {}
    dialect = doc.get("dialect")
    return {
        "enums": frozenset(str(name) for name in enums) if isinstance(enums, dict) else None,
        "dialect": dialect if dialect in DIALECTS else None,
    }


class Node(BaseModel):
    """A mapping in a spec file: strict, unknown keys refused, ``x-`` keys ignored."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_extensions(cls, data: Any) -> Any:
        if data is None:
            return {}
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not str(k).startswith("x-")}
        return data


class ParamDoc(Node):
    """One entry of ``params``."""

    name: str
    type: TypeField = TypeRef("string")
    required: bool = False
    in_: Annotated[Location | None, GIVEN] = Field(default=None, alias="in")
    python: Identifier | None = None


class PagingDoc(Node):
    """``paging``: the query parameters a list names its page size and token with."""

    size: str
    token: str


class OperationDoc(Node):
    """One entry of ``operations`` (its key is the verb)."""

    on: Annotated[On | None, GIVEN] = None
    method: Annotated[Method | None, GIVEN] = None
    body: Annotated[Body | None, GIVEN] = None
    returns: str | None = None
    status: Status | None = None
    paging: PagingDoc | None = None
    params: Annotated[list[ParamDoc], empty(list)] = Field(default_factory=list)
    #: Groups of parameter names of which a call must send at least one (Twilio's
    #: ``x-twilio.conditional``: ``[[PhoneNumber, AreaCode]]``).
    one_of: Annotated[list[list[str]], empty(list)] = Field(default_factory=list)
    #: Another attribute of the parent that also offers this operation (x-twilio
    #: ``mountName`` of an operation: ``new_keys`` for the create of ``keys``).
    mount: Identifier | None = None

    @field_validator("params")
    @classmethod
    def _params(cls, params: list[ParamDoc], info: ValidationInfo) -> list[ParamDoc]:
        # an invalid ``body`` is a problem of its own: json params are checked once it is fixed
        json_body = info.data.get("body", "json") == "json"
        raise_issues(spec_rules.param_issues(params, json_body))
        return params

    @field_validator("one_of")
    @classmethod
    def _one_of(cls, one_of: list[list[str]], info: ValidationInfo) -> list[list[str]]:
        params = info.data.get("params")
        if params is not None:
            raise_issues(spec_rules.one_of_issues(one_of, [p.name for p in params]))
        return one_of


class KeyDoc(Node):
    """``key``: how an instance is addressed."""

    param: str
    field: str
    pattern: Regex | None = None


class ModelDoc(Node):
    """One entry of ``models``: another response shape an operation ``returns``."""

    fields: Annotated[dict[str, TypeField], empty(dict)] = Field(default_factory=dict)


class ResourceDoc(Node):
    """One entry of ``resources`` (its key is the resource id).

    Fields are declared in the order rules need them: a validator reads the fields
    validated before its own (``info.data``).
    """

    class_: ClassName = Field(alias="class")
    #: The Python attribute on its parent, when it is not the id's last part (taskrouter's
    #: ``task_queues.statistics`` on the list beside ``task_queues(sid).statistics``).
    attr: Identifier | None = None
    list_path: AbsPath | None = None
    instance_path: AbsPath | None = None
    key: KeyDoc | None = None
    fields: Annotated[dict[str, TypeField], empty(dict)] = Field(default_factory=dict)
    models: Annotated[dict[ModelName, ModelDoc], empty(dict)] = Field(default_factory=dict)
    operations: Annotated[dict[Verb, OperationDoc], empty(dict)] = Field(default_factory=dict)
    list_key: str | None = Field(default=None, validate_default=True)
    item_key: str | None = Field(default=None, validate_default=True)
    #: In a file with ``versions:``, the version this resource belongs to.
    version: Version | None = None
    #: Also an attribute of the version, addressed by every placeholder of its instance
    #: path (twilio-python mounts a resource with no x-twilio ``parent`` there).
    version_mount: Identifier | None = None

    @field_validator("list_path", "instance_path")
    @classmethod
    def _path(cls, path: str | None, info: ValidationInfo) -> str | None:
        raise_issues(spec_rules.path_issues(path, _dialect(info)))
        return path

    @field_validator("key")
    @classmethod
    def _key(cls, key: KeyDoc | None, info: ValidationInfo) -> KeyDoc | None:
        if key is not None and "instance_path" in info.data:
            raise_issues(spec_rules.key_issues(key.param, info.data["instance_path"]))
        return key

    @field_validator("operations")
    @classmethod
    def _operations(
        cls, operations: dict[Verb, OperationDoc], info: ValidationInfo
    ) -> dict[Verb, OperationDoc]:
        raise_issues(spec_rules.operation_issues(operations, info.data))
        for verb, op in operations.items():
            if op.paging is not None and (verb != "list" or _dialect(info) != "json-token"):
                raise ValueError(f"{verb}: paging is for json-token list operations only")
        return operations

    @field_validator("list_key")
    @classmethod
    def _list_key(cls, list_key: str | None, info: ValidationInfo) -> str | None:
        ops = info.data.get("operations")
        raise_issues(spec_rules.list_key_issues(list_key, ops, _dialect(info)))
        return list_key

    @field_validator("item_key")
    @classmethod
    def _item_key(cls, item_key: str | None, info: ValidationInfo) -> str | None:
        fields = info.data.get("fields")
        raise_issues(spec_rules.item_key_issues(item_key, fields, _dialect(info)))
        return item_key


def _dialect(info: ValidationInfo) -> Dialect | None:
    dialect: Dialect | None = (info.context or {}).get("dialect")
    return dialect


class SpecFile(Node):
    """A whole REST spec file."""

    spec: Literal[1]
    domain: Domain
    #: The file's one version, or ``versions``: several, each resource naming its own.
    version: Version | None = None
    versions: list[Version] | None = None
    dialect: Dialect
    account_scope: str | None = None
    account_resource: str | None = None
    enums: Annotated[dict[str, EnumDoc], empty(dict)] = Field(default_factory=dict)
    resources: Annotated[dict[ResourceId, ResourceDoc], empty(dict)] = Field(default_factory=dict)
    extra: Annotated[dict[str, Any], empty(dict)] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _rules(self) -> Self:
        issues = list(
            spec_rules.file_issues(
                self.resources, frozenset(), self.account_scope, self.account_resource
            )
        )
        issues += spec_rules.version_issues(self.version, self.versions, self.resources)
        raise_issues(issues, FILE_RULE)
        return self


RESOURCES: TypeAdapter[dict[str, ResourceDoc]] = TypeAdapter(dict[ResourceId, ResourceDoc])
