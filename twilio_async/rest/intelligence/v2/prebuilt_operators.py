# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""PrebuiltOperator resources (``prebuilt_operators``)."""

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
    from .enums import PrebuiltOperatorAvailability
    from .types.prebuilt_operators import PrebuiltOperator

_TYPES = Models(__package__, ".types.prebuilt_operators")
_MODEL = _TYPES("PrebuiltOperator")
_LIST_PATH = "/v2/Operators/PreBuilt"
_INSTANCE_PATH = "/v2/Operators/PreBuilt/{0}"
_LIST: Operation[PrebuiltOperator] = Operation(
    "prebuilt_operators.list", "GET", _LIST_PATH, body="none", list_key="operators", model=_MODEL
).with_params(
    P("availability", "Availability", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
)
_FETCH: Operation[PrebuiltOperator] = Operation(
    "prebuilt_operators.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class PrebuiltOperatorFilters(Args):
    availability: PrebuiltOperatorAvailability | str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN


class PrebuiltOperatorListArgs(PrebuiltOperatorFilters, ListArgs): ...


class PrebuiltOperatorPageArgs(PrebuiltOperatorFilters, PageArgs): ...


class PrebuiltOperatorContext(InstanceContext):
    """One PrebuiltOperator: ``/v2/Operators/PreBuilt/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PrebuiltOperator: ``GET /v2/Operators/PreBuilt/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PrebuiltOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this PrebuiltOperator: ``GET /v2/Operators/PreBuilt/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PrebuiltOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class PrebuiltOperatorList(KeyedList[PrebuiltOperatorContext]):
    """PrebuiltOperator collection: ``/v2/Operators/PreBuilt``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^LY[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        PrebuiltOperatorListArgs,
        """List PrebuiltOperator resources, every page up to ``limit`` items: ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PrebuiltOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List PrebuiltOperator resources, every page up to ``limit`` items: ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PrebuiltOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        PrebuiltOperatorListArgs,
        """Stream PrebuiltOperator resources, one page in memory at a time: ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PrebuiltOperator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream PrebuiltOperator resources, one page in memory at a time: ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PrebuiltOperator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        PrebuiltOperatorPageArgs,
        """One page of PrebuiltOperator resources (``next_page()`` moves on): ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PrebuiltOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of PrebuiltOperator resources (``next_page()`` moves on): ``GET /v2/Operators/PreBuilt``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (PrebuiltOperatorAvailability | str): ``Availability``; enum:prebuilt_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PrebuiltOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
