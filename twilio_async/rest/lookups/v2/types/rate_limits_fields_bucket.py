# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""RateLimitResponse models (``rate_limits.fields.bucket``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..rate_limits_fields_bucket import RateLimitResponseContext


class RateLimitResponse(InstanceModel["RateLimitResponseContext"]):
    """A RateLimitResponse as returned by the API."""

    field: str | None = None
    limit: int | None = None
    bucket: str | None = None
    owner: str | None = None
    ttl: int | None = None

    _key_field = "bucket"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RateLimitResponseContext.fetch
        update: ClassVar = RateLimitResponseContext.update
        delete: ClassVar = RateLimitResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rate_limits_fields_bucket import RateLimitResponseContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
