"""The values a spec file may hold: names, paths, types, enums, statuses.

Each is an ``Annotated`` type whose validator reports a problem in the spec's own
words (``unknown type 'text'``) as a pydantic error of type ``RULE``; the node models
in ``spec_schema`` are built from them. ``raise_issues`` reports several rule issues at
once from inside a validator, each at its own location.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BeforeValidator,
    PlainSerializer,
    PlainValidator,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .spec_rules import Issue
from .spec_types import TypeRef, parse_type

#: Error types of broken rules: within a node, and across the resources of a file.
RULE = "spec_rule"
FILE_RULE = "spec_file_rule"
_T = TypeVar("_T")


def rule_error(message: str, kind: str = RULE) -> PydanticCustomError:
    """A broken rule, as pydantic reports it (the message is used as is)."""
    return PydanticCustomError(kind, message)


def raise_issues(issues: Iterable[Issue], kind: str = RULE) -> None:
    """Raise every issue at once, each at its location under the node being validated."""
    errors = [
        InitErrorDetails(type=rule_error(message, kind), loc=loc, input=None)
        for loc, message in issues
    ]
    if errors:
        raise ValidationError.from_exception_data("spec", errors)


def _checked(test: Callable[[Any], bool], message: Callable[[Any], str]) -> PlainValidator:
    """A validator that accepts ``value`` when ``test(value)``, else reports ``message``."""

    def check(value: Any) -> Any:
        if not test(value):
            raise rule_error(message(value))
        return value

    return PlainValidator(check)


def _matches(pattern: str) -> Callable[[Any], bool]:
    rx = re.compile(pattern)
    return lambda value: isinstance(value, str) and rx.fullmatch(value) is not None


def _expected(what: str) -> Callable[[Any], str]:
    return lambda value: f"expected {what}, got {value!r}"


def _regex(value: Any) -> Any:
    try:
        re.compile(value)
    except (re.error, TypeError) as err:
        raise rule_error(f"invalid regex: {err}") from None
    return value


def empty(kind: Callable[[], _T]) -> BeforeValidator:
    """``None`` (a key with no value) reads as an empty container."""
    return BeforeValidator(lambda value: kind() if value is None else value)


def _given(value: Any) -> Any:
    if value is None:
        raise rule_error("expected a value, got None (leave the key out for the default)")
    return value


#: For optional keys whose default is not ``None``: absent is fine, ``null`` is not.
GIVEN = BeforeValidator(_given)


def _type_ref(value: Any, info: ValidationInfo) -> TypeRef:
    ref = parse_type(value)
    if ref is None:
        raise rule_error(f"unknown type {value!r}")
    enums = (info.context or {}).get("enums")
    if ref.enum is not None and enums is not None and ref.enum not in enums:
        raise rule_error(f"unknown enum {ref.enum!r}")
    return ref


_SNAKE = r"[a-z][a-z0-9_]*"
_PASCAL = r"[A-Z][A-Za-z0-9]*"
Domain = Annotated[
    str, _checked(_matches(r"[a-z][a-z0-9-]*"), _expected("a Twilio subdomain such as 'api'"))
]
Version = Annotated[
    str,
    _checked(
        _matches(r"[a-z][a-z0-9_]*"),
        _expected("a version such as 'v2010' or 'hosted_numbers' (a snake_case name)"),
    ),
]
ResourceId = Annotated[
    str,
    _checked(
        _matches(rf"{_SNAKE}(\.{_SNAKE})*"), lambda _: "resource ids are dotted snake_case names"
    ),
]
ClassName = Annotated[str, _checked(_matches(_PASCAL), _expected("a PascalCase class name"))]
ModelName = Annotated[str, _checked(_matches(_PASCAL), lambda _: "model names are PascalCase")]
AbsPath = Annotated[
    str,
    _checked(lambda v: isinstance(v, str) and v.startswith("/"), _expected("an absolute path")),
]
Regex = Annotated[str, PlainValidator(_regex)]
Identifier = Annotated[
    str,
    _checked(
        lambda v: isinstance(v, str) and v.isidentifier(),
        lambda v: f"not a Python identifier: {v!r}",
    ),
]
Status = Annotated[
    int,
    _checked(
        lambda v: isinstance(v, int) and not isinstance(v, bool) and 200 <= v < 300,
        _expected("a 2xx status"),
    ),
]
TypeField = Annotated[TypeRef, PlainValidator(_type_ref), PlainSerializer(str, return_type=str)]


# --------------------------------------------------------------------------- enums


def _distinct(members: dict[str, int]) -> dict[str, int]:
    seen: set[int] = set()
    issues: list[Issue] = []
    for label, value in members.items():
        if value in seen:
            issues.append(((label,), f"value {value} is used twice"))
        seen.add(value)
    raise_issues(issues)
    return members


def _nonempty(values: _T) -> _T:
    if not values:
        raise rule_error("an enum needs at least one value")
    return values


Label = Annotated[str, _checked(_matches(_SNAKE), lambda _: "labels are snake_case names")]
EnumInt = Annotated[
    int,
    _checked(
        lambda v: isinstance(v, int) and not isinstance(v, bool),
        _expected("an integer value"),
    ),
]
EnumText = Annotated[
    str | int,
    _checked(lambda v: isinstance(v, (str, int)), _expected("a string or an integer")),
]
_INT_ENUM: TypeAdapter[dict[str, int]] = TypeAdapter(
    Annotated[dict[Label, EnumInt], AfterValidator(_nonempty), AfterValidator(_distinct)]
)
_LIST_ENUM: TypeAdapter[list[str | int]] = TypeAdapter(
    Annotated[list[EnumText], AfterValidator(_nonempty)]
)


def _enum(value: Any) -> list[str | int] | dict[str, int]:
    """A list of values (string enum) or ``label: integer`` (integer-coded enum)."""
    if isinstance(value, dict):
        return _INT_ENUM.validate_python(value)
    if isinstance(value, list):
        return _LIST_ENUM.validate_python(value)
    raise rule_error("expected a list of values")


EnumDoc = Annotated[list[str | int] | dict[str, int], PlainValidator(_enum)]
