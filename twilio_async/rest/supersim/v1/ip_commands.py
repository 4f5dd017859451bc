# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""IpCommand resources (``ip_commands``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import IpCommandDirection, IpCommandPayloadType, IpCommandStatus
    from .types.ip_commands import IpCommand

_TYPES = Models(__package__, ".types.ip_commands")
_MODEL = _TYPES("IpCommand")
_LIST_PATH = "/v1/IpCommands"
_INSTANCE_PATH = "/v1/IpCommands/{0}"
_CREATE: Operation[IpCommand] = Operation(
    "ip_commands.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("sim", "Sim", FORM, "string", required=True),
    P("payload", "Payload", FORM, "string", required=True),
    P("device_port", "DevicePort", FORM, "integer", required=True),
    P("payload_type", "PayloadType", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
)
_LIST: Operation[IpCommand] = Operation(
    "ip_commands.list", "GET", _LIST_PATH, body="none", list_key="ip_commands", model=_MODEL
).with_params(
    P("sim", "Sim", QUERY, "string"),
    P("sim_iccid", "SimIccid", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("direction", "Direction", QUERY, "string"),
)
_FETCH: Operation[IpCommand] = Operation(
    "ip_commands.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class IpCommandCreateArgs(Args):
    sim: str
    payload: str
    device_port: int
    payload_type: IpCommandPayloadType | str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN


class IpCommandFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    sim_iccid: str | NotGiven = NOT_GIVEN
    status: IpCommandStatus | str | NotGiven = NOT_GIVEN
    direction: IpCommandDirection | str | NotGiven = NOT_GIVEN


class IpCommandListArgs(IpCommandFilters, ListArgs): ...


class IpCommandPageArgs(IpCommandFilters, PageArgs): ...


class IpCommandContext(InstanceContext):
    """One IpCommand: ``/v1/IpCommands/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this IpCommand: ``GET /v1/IpCommands/{Sid}``."""


class IpCommandList(KeyedList[IpCommandContext]):
    """IpCommand collection: ``/v1/IpCommands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HG[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(IpCommandCreateArgs)
    """Create a IpCommand: ``POST /v1/IpCommands``."""
    list = _LIST.list_method(IpCommandListArgs)
    """List IpCommand resources: ``GET /v1/IpCommands``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(IpCommandListArgs)
    """Stream IpCommand resources: ``GET /v1/IpCommands``; one page in memory at a time."""
    page = _LIST.page_method(IpCommandPageArgs)
    """One page of IpCommand resources: ``GET /v1/IpCommands``; ``next_page()`` moves on."""
