# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Fleet models (``fleets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import FleetDataMetering

if TYPE_CHECKING:
    from ..fleets import FleetContext


class Fleet(InstanceModel["FleetContext"]):
    """A Fleet as returned by the API."""

    account_sid: str | None = None
    sid: str
    unique_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    data_enabled: bool | None = None
    data_limit: WireInt | None = None
    data_metering: FleetDataMetering | None = None
    sms_commands_enabled: bool | None = None
    sms_commands_url: str | None = None
    sms_commands_method: str | None = None
    network_access_profile_sid: str | None = None
    ip_commands_url: str | None = None
    ip_commands_method: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FleetContext.fetch
        update: ClassVar = FleetContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..fleets import FleetContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
