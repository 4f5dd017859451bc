# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Fields resources (``rate_limits.fields``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .rate_limits_fields_bucket import RateLimitResponseList


class FieldsContext(InstanceContext):
    """One Fields: ``/v2/RateLimits/Fields/{Field}``."""

    __slots__ = ()
    bucket: Child[RateLimitResponseList] = Child(
        ".rate_limits_fields_bucket", "RateLimitResponseList"
    )


class FieldsList(KeyedList[FieldsContext]):
    """Fields collection."""

    __slots__ = ()
    _key = ("Field", "field", None)
