# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""IpCommand models (``ip_commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import IpCommandDirection, IpCommandPayloadType, IpCommandStatus

if TYPE_CHECKING:
    from ..ip_commands import IpCommandContext


class IpCommand(InstanceModel["IpCommandContext"]):
    """A IpCommand as returned by the API."""

    sid: str
    account_sid: str | None = None
    sim_sid: str | None = None
    sim_iccid: str | None = None
    status: IpCommandStatus | None = None
    direction: IpCommandDirection | None = None
    device_ip: str | None = None
    device_port: WireInt | None = None
    payload_type: IpCommandPayloadType | None = None
    payload: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = IpCommandContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..ip_commands import IpCommandContext  # noqa: F401
    else:
        fetch = FromContext()
