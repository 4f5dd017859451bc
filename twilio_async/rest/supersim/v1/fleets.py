# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Fleet resources (``fleets``)."""

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
    from .types.fleets import Fleet

_TYPES = Models(__package__, ".types.fleets")
_MODEL = _TYPES("Fleet")
_LIST_PATH = "/v1/Fleets"
_INSTANCE_PATH = "/v1/Fleets/{0}"
_CREATE: Operation[Fleet] = Operation(
    "fleets.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("network_access_profile", "NetworkAccessProfile", FORM, "string", required=True),
    P("unique_name", "UniqueName", FORM, "string"),
    P("data_enabled", "DataEnabled", FORM, "boolean"),
    P("data_limit", "DataLimit", FORM, "integer"),
    P("ip_commands_url", "IpCommandsUrl", FORM, "string"),
    P("ip_commands_method", "IpCommandsMethod", FORM, "string"),
    P("sms_commands_enabled", "SmsCommandsEnabled", FORM, "boolean"),
    P("sms_commands_url", "SmsCommandsUrl", FORM, "string"),
    P("sms_commands_method", "SmsCommandsMethod", FORM, "string"),
)
_LIST: Operation[Fleet] = Operation(
    "fleets.list", "GET", _LIST_PATH, body="none", list_key="fleets", model=_MODEL
).with_params(P("network_access_profile", "NetworkAccessProfile", QUERY, "string"))
_FETCH: Operation[Fleet] = Operation(
    "fleets.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Fleet] = Operation(
    "fleets.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("network_access_profile", "NetworkAccessProfile", FORM, "string"),
    P("ip_commands_url", "IpCommandsUrl", FORM, "string"),
    P("ip_commands_method", "IpCommandsMethod", FORM, "string"),
    P("sms_commands_url", "SmsCommandsUrl", FORM, "string"),
    P("sms_commands_method", "SmsCommandsMethod", FORM, "string"),
    P("data_limit", "DataLimit", FORM, "integer"),
)


class FleetCreateArgs(Args):
    network_access_profile: str
    unique_name: str | NotGiven = NOT_GIVEN
    data_enabled: bool | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN
    ip_commands_url: str | NotGiven = NOT_GIVEN
    ip_commands_method: str | NotGiven = NOT_GIVEN
    sms_commands_enabled: bool | NotGiven = NOT_GIVEN
    sms_commands_url: str | NotGiven = NOT_GIVEN
    sms_commands_method: str | NotGiven = NOT_GIVEN


class FleetFilters(Args):
    network_access_profile: str | NotGiven = NOT_GIVEN


class FleetListArgs(FleetFilters, ListArgs): ...


class FleetPageArgs(FleetFilters, PageArgs): ...


class FleetUpdateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    network_access_profile: str | NotGiven = NOT_GIVEN
    ip_commands_url: str | NotGiven = NOT_GIVEN
    ip_commands_method: str | NotGiven = NOT_GIVEN
    sms_commands_url: str | NotGiven = NOT_GIVEN
    sms_commands_method: str | NotGiven = NOT_GIVEN
    data_limit: int | NotGiven = NOT_GIVEN


class FleetContext(InstanceContext):
    """One Fleet: ``/v1/Fleets/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Fleet: ``GET /v1/Fleets/{Sid}``."""
    update = _UPDATE.call_method(FleetUpdateArgs)
    """Update this Fleet: ``POST /v1/Fleets/{Sid}``."""


class FleetList(KeyedList[FleetContext]):
    """Fleet collection: ``/v1/Fleets``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(FleetCreateArgs)
    """Create a Fleet: ``POST /v1/Fleets``."""
    list = _LIST.list_method(FleetListArgs)
    """List Fleet resources: ``GET /v1/Fleets``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(FleetListArgs)
    """Stream Fleet resources: ``GET /v1/Fleets``; one page in memory at a time."""
    page = _LIST.page_method(FleetPageArgs)
    """One page of Fleet resources: ``GET /v1/Fleets``; ``next_page()`` moves on."""
