# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""PrebuiltOperator resources (``prebuilt_operators``)."""

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
    from .enums import PrebuiltOperatorAvailability
    from .types.prebuilt_operators import PrebuiltOperator

_TYPES = Models(__package__, ".types.prebuilt_operators")
_MODEL = _TYPES("PrebuiltOperator")
_LIST_PATH = "/v2/Operators/PreBuilt"
_INSTANCE_PATH = "/v2/Operators/PreBuilt/{0}"
_LIST: Operation[PrebuiltOperator] = Operation(
    "prebuilt_operators.list", "GET", _LIST_PATH, body="none", list_key="operators", model=_MODEL
).with_params(
    P("availability", "Availability", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
)
_FETCH: Operation[PrebuiltOperator] = Operation(
    "prebuilt_operators.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PrebuiltOperatorFilters(Args):
    availability: PrebuiltOperatorAvailability | str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN


class PrebuiltOperatorListArgs(PrebuiltOperatorFilters, ListArgs): ...


class PrebuiltOperatorPageArgs(PrebuiltOperatorFilters, PageArgs): ...


class PrebuiltOperatorContext(InstanceContext):
    """One PrebuiltOperator: ``/v2/Operators/PreBuilt/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this PrebuiltOperator: ``GET /v2/Operators/PreBuilt/{Sid}``."""


class PrebuiltOperatorList(KeyedList[PrebuiltOperatorContext]):
    """PrebuiltOperator collection: ``/v2/Operators/PreBuilt``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(PrebuiltOperatorListArgs)
    """List PrebuiltOperator resources: ``GET /v2/Operators/PreBuilt``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(PrebuiltOperatorListArgs)
    """Stream PrebuiltOperator resources: ``GET /v2/Operators/PreBuilt``; one page in memory at a time."""
    page = _LIST.page_method(PrebuiltOperatorPageArgs)
    """One page of PrebuiltOperator resources: ``GET /v2/Operators/PreBuilt``; ``next_page()`` moves on."""
