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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this IpCommand: ``GET /v1/IpCommands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this IpCommand: ``GET /v1/IpCommands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """


class IpCommandList(KeyedList[IpCommandContext]):
    """IpCommand collection: ``/v1/IpCommands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HG[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        IpCommandCreateArgs,
        """Create a IpCommand: ``POST /v1/IpCommands``.

    Parameters are sent in the form body unless noted.

    Args:
        sim (str): ``Sim``; string; required.
        payload (str): ``Payload``; string; required.
        device_port (int): ``DevicePort``; integer; required.
        payload_type (IpCommandPayloadType | str): ``PayloadType``; enum:ip_command_payload_type; one of ``text``, ``binary``; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a IpCommand: ``POST /v1/IpCommands``.

    Parameters are sent in the form body unless noted.

    Args:
        sim (str): ``Sim``; string; required.
        payload (str): ``Payload``; string; required.
        device_port (int): ``DevicePort``; integer; required.
        payload_type (IpCommandPayloadType | str): ``PayloadType``; enum:ip_command_payload_type; one of ``text``, ``binary``; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        IpCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        IpCommandListArgs,
        """List IpCommand resources, every page up to ``limit`` items: ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List IpCommand resources, every page up to ``limit`` items: ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[IpCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        IpCommandListArgs,
        """Stream IpCommand resources, one page in memory at a time: ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpCommand.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream IpCommand resources, one page in memory at a time: ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of IpCommand.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        IpCommandPageArgs,
        """One page of IpCommand resources (``next_page()`` moves on): ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of IpCommand resources (``next_page()`` moves on): ``GET /v1/IpCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        sim_iccid (str): ``SimIccid``; string; optional.
        status (IpCommandStatus | str): ``Status``; enum:ip_command_status; one of ``queued``, ``sent``, ``received``, ``failed``; optional.
        direction (IpCommandDirection | str): ``Direction``; enum:ip_command_direction; one of ``to_sim``, ``from_sim``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[IpCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """
