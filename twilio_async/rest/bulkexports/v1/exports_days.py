# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""DayInstance resources (``exports.days``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.exports_days import DayInstance

_TYPES = Models(__package__, ".types.exports_days")
_MODEL = _TYPES("DayInstance")
_LIST_PATH = "/v1/Exports/{0}/Days"
_INSTANCE_PATH = "/v1/Exports/{0}/Days/{1}"
_LIST: Operation[DayInstance] = Operation(
    "days.list", "GET", _LIST_PATH, body="none", list_key="days", model=_MODEL
)
_FETCH: Operation[DayInstance] = Operation(
    "days.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DayInstanceContext(InstanceContext):
    """One DayInstance: ``/v1/Exports/{ResourceType}/Days/{Day}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this DayInstance: ``GET /v1/Exports/{ResourceType}/Days/{Day}``.

    The instance is addressed by ``{Day}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DayInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this DayInstance: ``GET /v1/Exports/{ResourceType}/Days/{Day}``.

    The instance is addressed by ``{Day}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        DayInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class DayInstanceList(KeyedList[DayInstanceContext]):
    """DayInstance collection: ``/v1/Exports/{ResourceType}/Days``."""

    __slots__ = ()
    _key = ("Day", "day", None)
    list = _LIST.list_method(
        ListArgs,
        """List DayInstance resources, every page up to ``limit`` items: ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DayInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List DayInstance resources, every page up to ``limit`` items: ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DayInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream DayInstance resources, one page in memory at a time: ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DayInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream DayInstance resources, one page in memory at a time: ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DayInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of DayInstance resources (``next_page()`` moves on): ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DayInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of DayInstance resources (``next_page()`` moves on): ``GET /v1/Exports/{ResourceType}/Days``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DayInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
