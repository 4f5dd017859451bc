# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Bucket resources (``services.rate_limits.buckets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.services_rate_limits_buckets import Bucket

_TYPES = Models(__package__, ".types.services_rate_limits_buckets")
_MODEL = _TYPES("Bucket")
_LIST_PATH = "/v2/Services/{0}/RateLimits/{1}/Buckets"
_INSTANCE_PATH = "/v2/Services/{0}/RateLimits/{1}/Buckets/{2}"
_CREATE: Operation[Bucket] = Operation(
    "buckets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("max", "Max", FORM, "integer", required=True),
    P("interval", "Interval", FORM, "integer", required=True),
)
_LIST: Operation[Bucket] = Operation(
    "buckets.list", "GET", _LIST_PATH, body="none", list_key="buckets", model=_MODEL
)
_FETCH: Operation[Bucket] = Operation(
    "buckets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Bucket] = Operation(
    "buckets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("max", "Max", FORM, "integer"), P("interval", "Interval", FORM, "integer"))
_DELETE: Operation[None] = Operation("buckets.delete", "DELETE", _INSTANCE_PATH, body="none")


class BucketCreateArgs(Args):
    max: int
    interval: int


class BucketUpdateArgs(Args):
    max: int | NotGiven = NOT_GIVEN
    interval: int | NotGiven = NOT_GIVEN


class BucketContext(InstanceContext):
    """One Bucket: ``/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Bucket: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``."""
    update = _UPDATE.call_method(BucketUpdateArgs)
    """Update this Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Bucket: ``DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}``; returns True."""


class BucketList(KeyedList[BucketContext]):
    """Bucket collection: ``/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BL[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BucketCreateArgs)
    """Create a Bucket: ``POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``."""
    list = _LIST.list_method(ListArgs)
    """List Bucket resources: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Bucket resources: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Bucket resources: ``GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets``; ``next_page()`` moves on."""
