# Generated from specs/monitor_v2.yaml by `make codegen`; do not edit.
"""Status resources (``status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import JSON, Args, InstanceContext, KeyedList, Models, Operation, P

if TYPE_CHECKING:
    from .types.status import Status

_TYPES = Models(__package__, ".types.status")
_MODEL = _TYPES("Status")
_INSTANCE_PATH = "/v2/Alarms/{0}/status"
_UPDATE: Operation[Status] = Operation(
    "status.update", "PUT", _INSTANCE_PATH, body="json", model=_MODEL
).with_params(P("enabled", "enabled", JSON, "boolean", required=True))


class StatusUpdateArgs(Args):
    enabled: bool


class StatusContext(InstanceContext):
    """One Status: ``/v2/Alarms/{Sid}/status``."""

    __slots__ = ()
    update = _UPDATE.call_method(StatusUpdateArgs)
    """Update this Status: ``PUT /v2/Alarms/{Sid}/status``."""


class StatusList(KeyedList[StatusContext]):
    """Status collection."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
