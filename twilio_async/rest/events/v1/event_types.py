# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""EventType resources (``event_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .types.event_types import EventType

_TYPES = Models(__package__, ".types.event_types")
_MODEL = _TYPES("EventType")
_LIST_PATH = "/v1/Types"
_INSTANCE_PATH = "/v1/Types/{0}"
_LIST: Operation[EventType] = Operation(
    "event_types.list", "GET", _LIST_PATH, body="none", list_key="types", model=_MODEL
).with_params(P("schema_id", "SchemaId", QUERY, "string"))
_FETCH: Operation[EventType] = Operation(
    "event_types.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EventTypeFilters(Args):
    schema_id: str | NotGiven = NOT_GIVEN


class EventTypeListArgs(EventTypeFilters, ListArgs): ...


class EventTypePageArgs(EventTypeFilters, PageArgs): ...


class EventTypeContext(InstanceContext):
    """One EventType: ``/v1/Types/{Type}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this EventType: ``GET /v1/Types/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EventType

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Fetch this EventType: ``GET /v1/Types/{Type}``.

    The instance is addressed by ``{Type}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EventType

    Twilio docs: https://www.twilio.com/docs/events
    """


class EventTypeList(KeyedList[EventTypeContext]):
    """EventType collection: ``/v1/Types``."""

    __slots__ = ()
    _key = ("Type", "type", None)
    list = _LIST.list_method(
        EventTypeListArgs,
        """List EventType resources, every page up to ``limit`` items: ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EventType]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """List EventType resources, every page up to ``limit`` items: ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EventType]

    Twilio docs: https://www.twilio.com/docs/events
    """
    stream = _LIST.stream_method(
        EventTypeListArgs,
        """Stream EventType resources, one page in memory at a time: ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EventType.

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """Stream EventType resources, one page in memory at a time: ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EventType.

    Twilio docs: https://www.twilio.com/docs/events
    """
    page = _LIST.page_method(
        EventTypePageArgs,
        """One page of EventType resources (``next_page()`` moves on): ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EventType]

    Twilio docs: https://www.twilio.com/docs/events
    """,
    )
    """One page of EventType resources (``next_page()`` moves on): ``GET /v1/Types``.

    Parameters are sent in the query string unless noted.

    Args:
        schema_id (str): ``SchemaId``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EventType]

    Twilio docs: https://www.twilio.com/docs/events
    """
