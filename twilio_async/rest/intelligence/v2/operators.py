# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Operator resources (``operators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import OperatorAvailability
    from .types.operators import Operator

_TYPES = Models(__package__, ".types.operators")
_MODEL = _TYPES("Operator")
_LIST_PATH = "/v2/Operators"
_INSTANCE_PATH = "/v2/Operators/{0}"
_LIST: Operation[Operator] = Operation(
    "operators.list", "GET", _LIST_PATH, body="none", list_key="operators", model=_MODEL
).with_params(
    P("availability", "Availability", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
)
_FETCH: Operation[Operator] = Operation(
    "operators.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class OperatorFilters(Args):
    availability: OperatorAvailability | str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN


class OperatorListArgs(OperatorFilters, ListArgs): ...


class OperatorPageArgs(OperatorFilters, PageArgs): ...


class OperatorContext(InstanceContext):
    """One Operator: ``/v2/Operators/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Operator: ``GET /v2/Operators/{Sid}``."""


class OperatorList(KeyedList[OperatorContext]):
    """Operator collection: ``/v2/Operators``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(OperatorListArgs)
    """List Operator resources: ``GET /v2/Operators``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(OperatorListArgs)
    """Stream Operator resources: ``GET /v2/Operators``; one page in memory at a time."""
    page = _LIST.page_method(OperatorPageArgs)
    """One page of Operator resources: ``GET /v2/Operators``; ``next_page()`` moves on."""
