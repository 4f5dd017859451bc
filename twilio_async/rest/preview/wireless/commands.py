# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Command resources (``commands``)."""

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
    from .types.commands import Command

_TYPES = Models(__package__, ".types.commands")
_MODEL = _TYPES("Command")
_LIST_PATH = "/wireless/Commands"
_INSTANCE_PATH = "/wireless/Commands/{0}"
_CREATE: Operation[Command] = Operation(
    "commands.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("command", "Command", FORM, "string", required=True),
    P("device", "Device", FORM, "string"),
    P("sim", "Sim", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("command_mode", "CommandMode", FORM, "string"),
    P("include_sid", "IncludeSid", FORM, "string"),
)
_LIST: Operation[Command] = Operation(
    "commands.list", "GET", _LIST_PATH, body="none", list_key="commands", model=_MODEL
).with_params(
    P("device", "Device", QUERY, "string"),
    P("sim", "Sim", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("direction", "Direction", QUERY, "string"),
)
_FETCH: Operation[Command] = Operation(
    "commands.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class CommandCreateArgs(Args):
    command: str
    device: str | NotGiven = NOT_GIVEN
    sim: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    command_mode: str | NotGiven = NOT_GIVEN
    include_sid: str | NotGiven = NOT_GIVEN


class CommandFilters(Args):
    device: str | NotGiven = NOT_GIVEN
    sim: str | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN
    direction: str | NotGiven = NOT_GIVEN


class CommandListArgs(CommandFilters, ListArgs): ...


class CommandPageArgs(CommandFilters, PageArgs): ...


class CommandContext(InstanceContext):
    """One Command: ``/wireless/Commands/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Command: ``GET /wireless/Commands/{Sid}``."""


class CommandList(KeyedList[CommandContext]):
    """Command collection: ``/wireless/Commands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(CommandCreateArgs)
    """Create a Command: ``POST /wireless/Commands``."""
    list = _LIST.list_method(CommandListArgs)
    """List Command resources: ``GET /wireless/Commands``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(CommandListArgs)
    """Stream Command resources: ``GET /wireless/Commands``; one page in memory at a time."""
    page = _LIST.page_method(CommandPageArgs)
    """One page of Command resources: ``GET /wireless/Commands``; ``next_page()`` moves on."""
