# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""RateLimit resources (``services.rate_limits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
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
    from .services_rate_limits_buckets import BucketList
    from .types.services_rate_limits import RateLimit

_TYPES = Models(__package__, ".types.services_rate_limits")
_MODEL = _TYPES("RateLimit")
_LIST_PATH = "/v2/Services/{0}/RateLimits"
_INSTANCE_PATH = "/v2/Services/{0}/RateLimits/{1}"
_CREATE: Operation[RateLimit] = Operation(
    "rate_limits.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string", required=True),
    P("description", "Description", FORM, "string"),
)
_LIST: Operation[RateLimit] = Operation(
    "rate_limits.list", "GET", _LIST_PATH, body="none", list_key="rate_limits", model=_MODEL
)
_FETCH: Operation[RateLimit] = Operation(
    "rate_limits.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RateLimit] = Operation(
    "rate_limits.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string"))
_DELETE: Operation[None] = Operation("rate_limits.delete", "DELETE", _INSTANCE_PATH, body="none")


class RateLimitCreateArgs(Args):
    unique_name: str
    description: str | NotGiven = NOT_GIVEN


class RateLimitUpdateArgs(Args):
    description: str | NotGiven = NOT_GIVEN


class RateLimitContext(InstanceContext):
    """One RateLimit: ``/v2/Services/{ServiceSid}/RateLimits/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this RateLimit: ``GET /v2/Services/{ServiceSid}/RateLimits/{Sid}``."""
    update = _UPDATE.call_method(RateLimitUpdateArgs)
    """Update this RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this RateLimit: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}``; returns True."""
    buckets: Child[BucketList] = Child(".services_rate_limits_buckets", "BucketList")


class RateLimitList(KeyedList[RateLimitContext]):
    """RateLimit collection: ``/v2/Services/{ServiceSid}/RateLimits``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RK[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(RateLimitCreateArgs)
    """Create a RateLimit: ``POST /v2/Services/{ServiceSid}/RateLimits``."""
    list = _LIST.list_method(ListArgs)
    """List RateLimit resources: ``GET /v2/Services/{ServiceSid}/RateLimits``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream RateLimit resources: ``GET /v2/Services/{ServiceSid}/RateLimits``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of RateLimit resources: ``GET /v2/Services/{ServiceSid}/RateLimits``; ``next_page()`` moves on."""
