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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Command: ``GET /wireless/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this Command: ``GET /wireless/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class CommandList(KeyedList[CommandContext]):
    """Command collection: ``/wireless/Commands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CommandCreateArgs,
        """Create a Command: ``POST /wireless/Commands``.

    Parameters are sent in the form body unless noted.

    Args:
        command (str): ``Command``; string; required.
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        callback_method (str): ``CallbackMethod``; string; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        command_mode (str): ``CommandMode``; string; optional.
        include_sid (str): ``IncludeSid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a Command: ``POST /wireless/Commands``.

    Parameters are sent in the form body unless noted.

    Args:
        command (str): ``Command``; string; required.
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        callback_method (str): ``CallbackMethod``; string; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        command_mode (str): ``CommandMode``; string; optional.
        include_sid (str): ``IncludeSid``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        CommandListArgs,
        """List Command resources, every page up to ``limit`` items: ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Command]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List Command resources, every page up to ``limit`` items: ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Command]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        CommandListArgs,
        """Stream Command resources, one page in memory at a time: ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Command.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream Command resources, one page in memory at a time: ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Command.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        CommandPageArgs,
        """One page of Command resources (``next_page()`` moves on): ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Command]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of Command resources (``next_page()`` moves on): ``GET /wireless/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        device (str): ``Device``; string; optional.
        sim (str): ``Sim``; string; optional.
        status (str): ``Status``; string; optional.
        direction (str): ``Direction``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Command]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
