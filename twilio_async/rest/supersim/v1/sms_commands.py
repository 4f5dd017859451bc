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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SmsCommand: ``GET /v1/SmsCommands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this SmsCommand: ``GET /v1/SmsCommands/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HC[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """


class SmsCommandList(KeyedList[SmsCommandContext]):
    """SmsCommand collection: ``/v1/SmsCommands``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HC[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SmsCommandCreateArgs,
        """Create a SmsCommand: ``POST /v1/SmsCommands``.

    Parameters are sent in the form body unless noted.

    Args:
        sim (str): ``Sim``; string; required.
        payload (str): ``Payload``; string; required.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Create a SmsCommand: ``POST /v1/SmsCommands``.

    Parameters are sent in the form body unless noted.

    Args:
        sim (str): ``Sim``; string; required.
        payload (str): ``Payload``; string; required.
        callback_method (str): ``CallbackMethod``; http-method; optional.
        callback_url (str): ``CallbackUrl``; uri; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SmsCommand

    Twilio docs: https://www.twilio.com/docs/iot
    """
    list = _LIST.list_method(
        SmsCommandListArgs,
        """List SmsCommand resources, every page up to ``limit`` items: ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SmsCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List SmsCommand resources, every page up to ``limit`` items: ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SmsCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        SmsCommandListArgs,
        """Stream SmsCommand resources, one page in memory at a time: ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SmsCommand.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream SmsCommand resources, one page in memory at a time: ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SmsCommand.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        SmsCommandPageArgs,
        """One page of SmsCommand resources (``next_page()`` moves on): ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SmsCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of SmsCommand resources (``next_page()`` moves on): ``GET /v1/SmsCommands``.

    Parameters are sent in the query string unless noted.

    Args:
        sim (str): ``Sim``; string; optional.
        status (SmsCommandStatus | str): ``Status``; enum:sms_command_status; one of ``queued``, ``sent``, ``delivered``, ``received``, ``failed``; optional.
        direction (SmsCommandDirection | str): ``Direction``; enum:sms_command_direction; one of ``to_sim``, ``from_sim``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SmsCommand]

    Twilio docs: https://www.twilio.com/docs/iot
    """
