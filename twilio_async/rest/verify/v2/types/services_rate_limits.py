# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""RateLimit models (``services.rate_limits``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_rate_limits import RateLimitContext


class RateLimit(InstanceModel["RateLimitContext"]):
    """A RateLimit as returned by the API."""

    sid: str
    service_sid: str | None = None
    account_sid: str | None = None
    unique_name: str | None = None
    description: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RateLimitContext.fetch
        update: ClassVar = RateLimitContext.update
        delete: ClassVar = RateLimitContext.delete
        buckets: ClassVar = RateLimitContext.buckets

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_rate_limits import RateLimitContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        buckets = FromContext()
