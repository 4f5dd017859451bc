# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Sink resources (``sinks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .enums import SinkSinkType
    from .sinks_sink_test import SinkTestList
    from .sinks_sink_validate import SinkValidateList
    from .types.sinks import Sink

_TYPES = Models(__package__, ".types.sinks")
_MODEL = _TYPES("Sink")
_LIST_PATH = "/v1/Sinks"
_INSTANCE_PATH = "/v1/Sinks/{0}"
_CREATE: Operation[Sink] = Operation(
    "sinks.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("description", "Description", FORM, "string", required=True),
    P("sink_configuration", "SinkConfiguration", FORM, "object", required=True),
    P("sink_type", "SinkType", FORM, "string", required=True),
)
_LIST: Operation[Sink] = Operation(
    "sinks.list", "GET", _LIST_PATH, body="none", list_key="sinks", model=_MODEL
).with_params(P("in_use", "InUse", QUERY, "boolean"), P("status", "Status", QUERY, "string"))
_FETCH: Operation[Sink] = Operation("sinks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL)
_UPDATE: Operation[Sink] = Operation(
    "sinks.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string", required=True))
_DELETE: Operation[None] = Operation("sinks.delete", "DELETE", _INSTANCE_PATH, body="none")


class SinkCreateArgs(Args):
    description: str
    sink_configuration: Any
    sink_type: SinkSinkType | str


class SinkFilters(Args):
    in_use: bool | NotGiven = NOT_GIVEN
    status: str | NotGiven = NOT_GIVEN


class SinkListArgs(SinkFilters, ListArgs): ...


class SinkPageArgs(SinkFilters, PageArgs): ...


class SinkUpdateArgs(Args):
    description: str


class SinkContext(InstanceContext):
    """One Sink: ``/v1/Sinks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Sink: ``GET /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this Sink: ``GET /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """
    update = _UPDATE.call_method(
        SinkUpdateArgs,
        """Update this Sink: ``POST /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Update this Sink: ``POST /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this Sink: ``DELETE /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Delete this Sink: ``DELETE /v1/Sinks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^DG[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/events
    """
    sink_test: Child[SinkTestList] = Child(".sinks_sink_test", "SinkTestList")
    sink_validate: Child[SinkValidateList] = Child(".sinks_sink_validate", "SinkValidateList")


class SinkList(KeyedList[SinkContext]):
    """Sink collection: ``/v1/Sinks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DG[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        SinkCreateArgs,
        """Create a Sink: ``POST /v1/Sinks``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        sink_configuration (Any): ``SinkConfiguration``; object; required.
        sink_type (SinkSinkType | str): ``SinkType``; enum:sink_sink_type; one of ``kinesis``, ``webhook``, ``segment``, ``email``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Create a Sink: ``POST /v1/Sinks``.

    Parameters are sent in the form body unless noted.

    Args:
        description (str): ``Description``; string; required.
        sink_configuration (Any): ``SinkConfiguration``; object; required.
        sink_type (SinkSinkType | str): ``SinkType``; enum:sink_sink_type; one of ``kinesis``, ``webhook``, ``segment``, ``email``; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Sink

    Twilio docs: https://www.twilio.com/docs/events
    """
    list = _LIST.list_method(
        SinkListArgs,
        """List Sink resources, every page up to ``limit`` items: ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sink]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """List Sink resources, every page up to ``limit`` items: ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Sink]

    Twilio docs: https://www.twilio.com/docs/events
    """
    stream = _LIST.stream_method(
        SinkListArgs,
        """Stream Sink resources, one page in memory at a time: ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sink.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Stream Sink resources, one page in memory at a time: ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Sink.

    Twilio docs: https://www.twilio.com/docs/events
    """
    page = _LIST.page_method(
        SinkPageArgs,
        """One page of Sink resources (``next_page()`` moves on): ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sink]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """One page of Sink resources (``next_page()`` moves on): ``GET /v1/Sinks``.

    Parameters are sent in the query string unless noted.

    Args:
        in_use (bool): ``InUse``; boolean; optional.
        status (str): ``Status``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Sink]

    Twilio docs: https://www.twilio.com/docs/events
    """
