# Generated from specs/intelligence_v2.yaml by `make codegen`; do not edit.
"""CustomOperator resources (``custom_operators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    HEADER,
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
    from .enums import CustomOperatorAvailability
    from .types.custom_operators import CustomOperator

_TYPES = Models(__package__, ".types.custom_operators")
_MODEL = _TYPES("CustomOperator")
_LIST_PATH = "/v2/Operators/Custom"
_INSTANCE_PATH = "/v2/Operators/Custom/{0}"
_CREATE: Operation[CustomOperator] = Operation(
    "custom_operators.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("operator_type", "OperatorType", FORM, "string", required=True),
    P("config", "Config", FORM, "object", required=True),
)
_LIST: Operation[CustomOperator] = Operation(
    "custom_operators.list", "GET", _LIST_PATH, body="none", list_key="operators", model=_MODEL
).with_params(
    P("availability", "Availability", QUERY, "string"),
    P("language_code", "LanguageCode", QUERY, "string"),
)
_FETCH: Operation[CustomOperator] = Operation(
    "custom_operators.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[CustomOperator] = Operation(
    "custom_operators.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("config", "Config", FORM, "object", required=True),
)
_DELETE: Operation[None] = Operation(
    "custom_operators.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class CustomOperatorCreateArgs(Args):
    friendly_name: str
    operator_type: str
    config: Any


class CustomOperatorFilters(Args):
    availability: CustomOperatorAvailability | str | NotGiven = NOT_GIVEN
    language_code: str | NotGiven = NOT_GIVEN


class CustomOperatorListArgs(CustomOperatorFilters, ListArgs): ...


class CustomOperatorPageArgs(CustomOperatorFilters, PageArgs): ...


class CustomOperatorUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    friendly_name: str
    config: Any


class CustomOperatorContext(InstanceContext):
    """One CustomOperator: ``/v2/Operators/Custom/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this CustomOperator: ``GET /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Fetch this CustomOperator: ``GET /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    update = _UPDATE.call_method(
        CustomOperatorUpdateArgs,
        """Update this CustomOperator: ``POST /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; required.
        config (Any): ``Config``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Update this CustomOperator: ``POST /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        if_match (str): ``If-Match``; string; sent in an HTTP header; optional.
        friendly_name (str): ``FriendlyName``; string; required.
        config (Any): ``Config``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this CustomOperator: ``DELETE /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Delete this CustomOperator: ``DELETE /v2/Operators/Custom/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^LY[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """


class CustomOperatorList(KeyedList[CustomOperatorContext]):
    """CustomOperator collection: ``/v2/Operators/Custom``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^LY[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        CustomOperatorCreateArgs,
        """Create a CustomOperator: ``POST /v2/Operators/Custom``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        operator_type (str): ``OperatorType``; string; required.
        config (Any): ``Config``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Create a CustomOperator: ``POST /v2/Operators/Custom``.

    Parameters are sent in the form body unless noted.

    Args:
        friendly_name (str): ``FriendlyName``; string; required.
        operator_type (str): ``OperatorType``; string; required.
        config (Any): ``Config``; object; required.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        CustomOperator

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    list = _LIST.list_method(
        CustomOperatorListArgs,
        """List CustomOperator resources, every page up to ``limit`` items: ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CustomOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """List CustomOperator resources, every page up to ``limit`` items: ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[CustomOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    stream = _LIST.stream_method(
        CustomOperatorListArgs,
        """Stream CustomOperator resources, one page in memory at a time: ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CustomOperator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """Stream CustomOperator resources, one page in memory at a time: ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of CustomOperator.

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
    page = _LIST.page_method(
        CustomOperatorPageArgs,
        """One page of CustomOperator resources (``next_page()`` moves on): ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CustomOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """,
    )
    """One page of CustomOperator resources (``next_page()`` moves on): ``GET /v2/Operators/Custom``.

    Parameters are sent in the query string unless noted.

    Args:
        availability (CustomOperatorAvailability | str): ``Availability``; enum:custom_operator_availability; one of ``internal``, ``beta``, ``public``, ``retired``, ``general-availability``, ``deprecated``; optional.
        language_code (str): ``LanguageCode``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[CustomOperator]

    Twilio docs: https://www.twilio.com/docs/conversational-intelligence
    """
