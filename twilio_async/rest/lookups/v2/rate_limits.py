# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""RateLimits resources (``rate_limits``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    Child,
    InstanceContext,
    Models,
    Operation,
    P,
    SingletonList,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .rate_limits_fields import FieldsList
    from .types.rate_limits import RateLimits

_TYPES = Models(__package__, ".types.rate_limits")
_MODEL = _TYPES("RateLimits")
_INSTANCE_PATH = "/v2/RateLimits"
_FETCH: Operation[RateLimits] = Operation(
    "rate_limits.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("fields", "Fields", QUERY, "string", many=True))


class RateLimitsFetchArgs(Args):
    fields: Sequence[str] | NotGiven = NOT_GIVEN


class RateLimitsContext(InstanceContext):
    """One RateLimits: ``/v2/RateLimits``."""

    __slots__ = ()
    fetch = _FETCH.call_method(RateLimitsFetchArgs)
    """Fetch this RateLimits: ``GET /v2/RateLimits``."""
    fields_: Child[FieldsList] = Child(".rate_limits_fields", "FieldsList")


class RateLimitsList(SingletonList[RateLimitsContext]):
    """RateLimits collection."""

    __slots__ = ()
    fields_: Child[FieldsList] = Child(".rate_limits_fields", "FieldsList")
