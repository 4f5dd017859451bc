# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
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
    from .enums import CommandCommandMode, CommandDirection, CommandStatus, CommandTransport
    from .types.commands import Command

_TYPES = Models(__package__, ".types.commands")
_MODEL = _TYPES("Command")
_LIST_PATH = "/v1/Commands"
_INSTANCE_PATH = "/v1/Commands/{0}"
_CREATE: Operation[Command] = Operation(
    "commands.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("command", "Command", FORM, "string", required=True),
    P("sim", "Sim", FORM, "string"),
    P("callback_method", "CallbackMethod", FORM, "string"),
    P("callback_url", "CallbackUrl", FORM, "string"),
    P("command_mode", "CommandMode", FORM, "string"),
    P("include_sid", "IncludeSid", FORM, "string"),
    P("delivery_receipt_requested", "DeliveryReceiptRequested", FORM, "boolean"),
)
_LIST: Operation[Command] = Operation(
    "commands.list", "GET", _LIST_PATH, body="none", list_key="commands", model=_MODEL
).with_params(
    P("sim", "Sim", QUERY, "string"),
    P("status", "Status", QUERY, "string"),
    P("direction", "Direction", QUERY, "string"),
    P("transport", "Transport", QUERY, "string"),
)
_FETCH: Operation[Command] = Operation(
    "commands.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("commands.delete", "DELETE", _INSTANCE_PATH, body="none")


class CommandCreateArgs(Args):
    command: str
    sim: str | NotGiven = NOT_GIVEN
    callback_method: str | NotGiven = NOT_GIVEN
    callback_url: str | NotGiven = NOT_GIVEN
    command_mode: CommandCommandMode | str | NotGiven = NOT_GIVEN
    include_sid: str | NotGiven = NOT_GIVEN
    delivery_receipt_requested: bool | NotGiven = NOT_GIVEN


class CommandFilters(Args):
    sim: str | NotGiven = NOT_GIVEN
    status: CommandStatus | str | NotGiven = NOT_GIVEN
    direction: CommandDirection | str | NotGiven = NOT_GIVEN
    transport: CommandTransport | str | NotGiven = NOT_GIVEN


class CommandListArgs(CommandFilters, ListArgs): ...


class CommandPageArgs(CommandFilters, PageArgs): ...


class CommandContext(InstanceContext):
    """One Command: ``/v1/Commands/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Command: ``GET /v1/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this Command: ``GET /v1/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/iot
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Command: ``DELETE /v1/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Delete this Command: ``DELETE /v1/Commands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/iot
    """


class CommandList(KeyedList[CommandContext]):
    """Command collection: ``/v1/Commands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CommandCreateArgs,
        """Create a Command: ``POST /v1/Commands``.

    Parameters are sent in the form body unless noted.

    Args:
        command (str): ``Command``; string; required.
        sim (str): ``Sim``; string; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        command_mode (CommandCommandMode | str): ``CommandMode``; enum:command_command_mode; one of ``text``, ``binary``; optional.
        include_sid (str): ``IncludeSid``; string; optional.
        delivery_receipt_requested (bool): ``DeliveryReceiptRequested``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a Command: ``POST /v1/Commands``.

    Parameters are sent in the form body unless noted.

    Args:
        command (str): ``Command``; string; required.
        sim (str): ``Sim``; string; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        command_mode (CommandCommandMode | str): ``CommandMode``; enum:command_command_mode; one of ``text``, ``binary``; optional.
        include_sid (str): ``IncludeSid``; string; optional.
        delivery_receipt_requested (bool): ``DeliveryReceiptRequested``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Command

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        CommandListArgs,
        """List Command resources, every page up to ``limit`` items: ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Command]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List Command resources, every page up to ``limit`` items: ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Command]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        CommandListArgs,
        """Stream Command resources, one page in memory at a time: ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Command.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream Command resources, one page in memory at a time: ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Command.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        CommandPageArgs,
        """One page of Command resources (``next_page()`` moves on): ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Command]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of Command resources (``next_page()`` moves on): ``GET /v1/Commands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (CommandStatus | str): ``Status``; enum:command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (CommandDirection | str): ``Direction``; enum:command_direction; one of ``from_sim``, ``to_sim``; optional.
        transport (CommandTransport | str): ``Transport``; enum:command_transport; one of ``sms``, ``ip``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Command]

    Twilio docs: https://www.twilio.com/docs/iot
    """
