# Generated from specs/ip_messaging_v1.yaml by `make codegen`; do not edit.
"""Member models (``services.channels.members``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_channels_members import MemberContext


class Member(InstanceModel["MemberContext"]):
    """A Member as returned by the API."""

    sid: str
    account_sid: str | None = None
    channel_sid: str | None = None
    service_sid: str | None = None
    identity: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    role_sid: str | None = None
    last_consumed_message_index: WireInt | None = None
    last_consumption_timestamp: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MemberContext.fetch
        update: ClassVar = MemberContext.update
        delete: ClassVar = MemberContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channels_members import MemberContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
