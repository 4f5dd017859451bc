# Generated from specs/voice_v1.yaml by `make codegen`; do not edit.
"""IpRecord models (``ip_records``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..ip_records import IpRecordContext


class IpRecord(InstanceModel["IpRecordContext"]):
    """A IpRecord as returned by the API."""

    account_sid: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    ip_address: str | None = None
    cidr_prefix_length: int | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IpRecordContext.fetch
        update: ClassVar = IpRecordContext.update
        delete: ClassVar = IpRecordContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..ip_records import IpRecordContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
