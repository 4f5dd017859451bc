# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Bucket models (``services.rate_limits.buckets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_rate_limits_buckets import BucketContext


class Bucket(InstanceModel["BucketContext"]):
    """A Bucket as returned by the API."""

    sid: str
    rate_limit_sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    max: WireInt | None = None
    interval: WireInt | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = BucketContext.fetch
        update: ClassVar = BucketContext.update
        delete: ClassVar = BucketContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_rate_limits_buckets import BucketContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
