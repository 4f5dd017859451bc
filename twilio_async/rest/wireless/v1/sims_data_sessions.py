# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""DataSession resources (``sims.data_sessions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sims_data_sessions import DataSession

_TYPES = Models(__package__, ".types.sims_data_sessions")
_MODEL = _TYPES("DataSession")
_LIST_PATH = "/v1/Sims/{0}/DataSessions"
_LIST: Operation[DataSession] = Operation(
    "data_sessions.list", "GET", _LIST_PATH, body="none", list_key="data_sessions", model=_MODEL
)


class DataSessionList(ListResource):
    """DataSession collection: ``/v1/Sims/{SimSid}/DataSessions``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List DataSession resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DataSession]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List DataSession resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DataSession]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream DataSession resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DataSession.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream DataSession resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DataSession.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of DataSession resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DataSession]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of DataSession resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/DataSessions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DataSession]

    Twilio docs: https://www.twilio.com/docs/iot
    """
