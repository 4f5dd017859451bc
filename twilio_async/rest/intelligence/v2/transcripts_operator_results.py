# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorResult resources (``transcripts.operator_results``)."""

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
    from .types.transcripts_operator_results import OperatorResult

_TYPES = Models(__package__, ".types.transcripts_operator_results")
_MODEL = _TYPES("OperatorResult")
_LIST_PATH = "/v2/Transcripts/{0}/OperatorResults"
_INSTANCE_PATH = "/v2/Transcripts/{0}/OperatorResults/{1}"
_LIST: Operation[OperatorResult] = Operation(
    "operator_results.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="operator_results",
    model=_MODEL,
).with_params(P("redacted", "Redacted", QUERY, "boolean"))
_FETCH: Operation[OperatorResult] = Operation(
    "operator_results.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("redacted", "Redacted", QUERY, "boolean"))


class OperatorResultFilters(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class OperatorResultListArgs(OperatorResultFilters, ListArgs): ...


class OperatorResultPageArgs(OperatorResultFilters, PageArgs): ...


class OperatorResultFetchArgs(Args):
    redacted: bool | NotGiven = NOT_GIVEN


class OperatorResultContext(InstanceContext):
    """One OperatorResult: ``/v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        OperatorResultFetchArgs,
        """Fetch this OperatorResult: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorResult

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this OperatorResult: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}``.

    The instance is addressed by ``{OperatorSid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorResult

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class OperatorResultList(KeyedList[OperatorResultContext]):
    """OperatorResult collection: ``/v2/Transcripts/{TranscriptSid}/OperatorResults``."""

    __slots__ = ()
    _key = ("OperatorSid", "operator_sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        OperatorResultListArgs,
        """List OperatorResult resources, every page up to ``limit`` items: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OperatorResult]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List OperatorResult resources, every page up to ``limit`` items: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OperatorResult]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        OperatorResultListArgs,
        """Stream OperatorResult resources, one page in memory at a time: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OperatorResult.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream OperatorResult resources, one page in memory at a time: ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OperatorResult.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        OperatorResultPageArgs,
        """One page of OperatorResult resources (``next_page()`` moves on): ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OperatorResult]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of OperatorResult resources (``next_page()`` moves on): ``GET /v2/Transcripts/{TranscriptSid}/OperatorResults``.

    Parameters are sent in the query string unless noted.

    Args:
        redacted (bool): ``Redacted``; boolean; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OperatorResult]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
