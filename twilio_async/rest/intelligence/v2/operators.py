# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""Operator resources (``operators``)."""

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
    from .enums import OperatorAvailability
    from .types.operators import Operator

_TYPES = Models(__package__, ".types.operators")
_MODEL = _TYPES("Operator")
_LIST_PATH = "/v2/Operators"
_INSTANCE_PATH = "/v2/Operators/{0}"
_LIST: Operation[Operator] = Operation(
    "operators.list", "GET", _LIST_PATH, body="none", list_key="operators", model=_MODEL
).with_params(
    P("availability", "Availability", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
)
_FETCH: Operation[Operator] = Operation(
    "operators.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class OperatorFilters(Args):
    availability: OperatorAvailability | str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN


class OperatorListArgs(OperatorFilters, ListArgs): ...


class OperatorPageArgs(OperatorFilters, PageArgs): ...


class OperatorContext(InstanceContext):
    """One Operator: ``/v2/Operators/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Operator: ``GET /v2/Operators/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Operator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this Operator: ``GET /v2/Operators/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Operator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class OperatorList(KeyedList[OperatorContext]):
    """Operator collection: ``/v2/Operators``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        OperatorListArgs,
        """List Operator resources, every page up to ``limit`` items: ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Operator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List Operator resources, every page up to ``limit`` items: ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Operator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        OperatorListArgs,
        """Stream Operator resources, one page in memory at a time: ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Operator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream Operator resources, one page in memory at a time: ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Operator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        OperatorPageArgs,
        """One page of Operator resources (``next_page()`` moves on): ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Operator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of Operator resources (``next_page()`` moves on): ``GET /v2/Operators``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (OperatorAvailability | str): ``Availability``; enum:operator_availability; one of ``internal``, ``beta``, ``public``, ``deprecated``, ``general-availability``, ``retired``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Operator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
