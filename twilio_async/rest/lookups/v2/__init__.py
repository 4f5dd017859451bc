# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""lookups v2: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Mount, Root

if TYPE_CHECKING:
    from .phone_numbers import LookupResponseList
    from .phone_numbers_lookup_overrides import OverridesResponseContext
    from .query import QueryList
    from .rate_limits import RateLimitsList
    from .rate_limits_fields import FieldsContext
    from .rate_limits_fields_bucket import RateLimitResponseContext


class V2(Version):
    """``lookups`` v2 (json-v1)."""

    domain = "lookups"
    dialect_name = "json-v1"
    phone_numbers: Root[LookupResponseList] = Root(".phone_numbers", "LookupResponseList")
    query: Root[QueryList] = Root(".query", "QueryList")
    rate_limits: Root[RateLimitsList] = Root(".rate_limits", "RateLimitsList")
    lookup_overrides: Mount[OverridesResponseContext] = Mount(
        ".phone_numbers_lookup_overrides", "OverridesResponseList", ("phone_number", "field")
    )
    fields: Mount[FieldsContext] = Mount(".rate_limits_fields", "FieldsList", ("field",))
    bucket: Mount[RateLimitResponseContext] = Mount(
        ".rate_limits_fields_bucket", "RateLimitResponseList", ("field", "bucket")
    )
