# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""OperatorType resources (``operator_type``)."""

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
    from .types.operator_type import OperatorType

_TYPES = Models(__package__, ".types.operator_type")
_MODEL = _TYPES("OperatorType")
_LIST_PATH = "/v2/OperatorTypes"
_INSTANCE_PATH = "/v2/OperatorTypes/{0}"
_LIST: Operation[OperatorType] = Operation(
    "operator_type.list", "GET", _LIST_PATH, body="none", list_key="operator_types", model=_MODEL
).with_params(P("language_code", "LanguageCode", QUERY, "string"))
_FETCH: Operation[OperatorType] = Operation(
    "operator_type.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class OperatorTypeFilters(Args):
    language_code: str | NotGiven = NOT_GIVEN


class OperatorTypeListArgs(OperatorTypeFilters, ListArgs): ...


class OperatorTypePageArgs(OperatorTypeFilters, PageArgs): ...


class OperatorTypeContext(InstanceContext):
    """One OperatorType: ``/v2/OperatorTypes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this OperatorType: ``GET /v2/OperatorTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorType

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this OperatorType: ``GET /v2/OperatorTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        OperatorType

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class OperatorTypeList(KeyedList[OperatorTypeContext]):
    """OperatorType collection: ``/v2/OperatorTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        OperatorTypeListArgs,
        """List OperatorType resources, every page up to ``limit`` items: ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OperatorType]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List OperatorType resources, every page up to ``limit`` items: ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[OperatorType]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        OperatorTypeListArgs,
        """Stream OperatorType resources, one page in memory at a time: ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OperatorType.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream OperatorType resources, one page in memory at a time: ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of OperatorType.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        OperatorTypePageArgs,
        """One page of OperatorType resources (``next_page()`` moves on): ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OperatorType]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of OperatorType resources (``next_page()`` moves on): ``GET /v2/OperatorTypes``.

    Parameters are sent in the query string unless noted.

    Args:
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[OperatorType]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
