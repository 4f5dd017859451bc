# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""RateLimitResponse resources (``rate_limits.fields.bucket``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.rate_limits_fields_bucket import RateLimitResponse

_TYPES = Models(__package__, ".types.rate_limits_fields_bucket")
_MODEL = _TYPES("RateLimitResponse")
_INSTANCE_PATH = "/v2/RateLimits/Fields/{0}/Bucket/{1}"
_FETCH: Operation[RateLimitResponse] = Operation(
    "bucket.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[RateLimitResponse] = Operation(
    "bucket.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("limit_", "limit", JSON, "integer"), P("ttl", "ttl", JSON, "integer"))
_DELETE: Operation[None] = Operation("bucket.delete", "DELETE", _INSTANCE_PATH, body="none")


class RateLimitResponseUpdateArgs(Args):
    limit_: int | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class RateLimitResponseContext(InstanceContext):
    """One RateLimitResponse: ``/v2/RateLimits/Fields/{Field}/Bucket/{Bucket}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this RateLimitResponse: ``GET /v2/RateLimits/Fields/{Field}/Bucket/{Bucket}``."""
    update = _UPDATE.call_method(RateLimitResponseUpdateArgs)
    """Update this RateLimitResponse: ``PUT /v2/RateLimits/Fields/{Field}/Bucket/{Bucket}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this RateLimitResponse: ``DELETE /v2/RateLimits/Fields/{Field}/Bucket/{Bucket}``; returns True."""


class RateLimitResponseList(KeyedList[RateLimitResponseContext]):
    """RateLimitResponse collection."""

    __slots__ = ()
    _key = ("Bucket", "bucket", None)
