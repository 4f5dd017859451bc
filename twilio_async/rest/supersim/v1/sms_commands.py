# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SmsCommand resources (``sms_commands``)."""

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
    from .enums import SmsCommandDirection, SmsCommandStatus
    from .types.sms_commands import SmsCommand

_TYPES = Models(__package__, ".types.sms_commands")
_MODEL = _TYPES("SmsCommand")
_LIST_PATH = "/v1/SmsCommands"
_INSTANCE_PATH = "/v1/SmsCommands/{0}"
_CREATE: Operation[SmsCommand] = Operation(
    "sms_commands.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("sim", "Sim", FORM, "string", required=True),
    P("payload", "Payload", FORM, "string", required=True),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
)
_LIST: Operation[SmsCommand] = Operation(
    "sms_commands.list", "GET", _LIST_PATH, body="none", list_key="sms_commands", model=_MODEL
).with_params(
    P("sim", "Sim", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("direction", "Direction", QUERY, "string"),
)
_FETCH: Operation[SmsCommand] = Operation(
    "sms_commands.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SmsCommandCreateArgs(Args):
    sim: str
    payload: str
    callback_method: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN


class SmsCommandFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    status: SmsCommandStatus | str | NotGiven = NOT_GIVEN
    direction: SmsCommandDirection | str | NotGiven = NOT_GIVEN


class SmsCommandListArgs(SmsCommandFilters, ListArgs): ...


class SmsCommandPageArgs(SmsCommandFilters, PageArgs): ...


class SmsCommandContext(InstanceContext):
    """One SmsCommand: ``/v1/SmsCommands/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SmsCommand: ``GET /v1/SmsCommands/{Sid}``."""


class SmsCommandList(KeyedList[SmsCommandContext]):
    """SmsCommand collection: ``/v1/SmsCommands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SmsCommandCreateArgs)
    """Create a SmsCommand: ``POST /v1/SmsCommands``."""
    list = _LIST.list_method(SmsCommandListArgs)
    """List SmsCommand resources: ``GET /v1/SmsCommands``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SmsCommandListArgs)
    """Stream SmsCommand resources: ``GET /v1/SmsCommands``; one page in memory at a time."""
    page = _LIST.page_method(SmsCommandPageArgs)
    """One page of SmsCommand resources: ``GET /v1/SmsCommands``; ``next_page()`` moves on."""
