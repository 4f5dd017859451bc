# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""SigningRequestConfiguration resources (``signing_request_configurations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.signing_request_configurations import SigningRequestConfiguration

_TYPES = Models(__package__, ".types.signing_request_configurations")
_MODEL = _TYPES("SigningRequestConfiguration")
_LIST_PATH = "/v1/SigningRequest/Configuration"
_CREATE: Operation[SigningRequestConfiguration] = Operation(
    "signing_request_configurations.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))
_LIST: Operation[SigningRequestConfiguration] = Operation(
    "signing_request_configurations.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="configurations",
    model=_MODEL,
).with_params(P("country", "Country", QUERY, "string"), P("product", "Product", QUERY, "string"))


class SigningRequestConfigurationCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class SigningRequestConfigurationFilters(Args):
    country: str | NotGiven = NOT_GIVEN
    product: str | NotGiven = NOT_GIVEN


class SigningRequestConfigurationListArgs(SigningRequestConfigurationFilters, ListArgs): ...


class SigningRequestConfigurationPageArgs(SigningRequestConfigurationFilters, PageArgs): ...


class SigningRequestConfigurationList(ListResource):
    """SigningRequestConfiguration collection: ``/v1/SigningRequest/Configuration``."""

    __slots__ = ()
    create = _CREATE.call_method(
        SigningRequestConfigurationCreateArgs,
        """Create a SigningRequestConfiguration: ``POST /v1/SigningRequest/Configuration``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningRequestConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a SigningRequestConfiguration: ``POST /v1/SigningRequest/Configuration``.

    Parameters are sent in the JSON body unless noted.

    Args:
        body (Any): ``body``; object; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SigningRequestConfiguration

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        SigningRequestConfigurationListArgs,
        """List SigningRequestConfiguration resources, every page up to ``limit`` items: ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SigningRequestConfiguration]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List SigningRequestConfiguration resources, every page up to ``limit`` items: ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SigningRequestConfiguration]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        SigningRequestConfigurationListArgs,
        """Stream SigningRequestConfiguration resources, one page in memory at a time: ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SigningRequestConfiguration.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream SigningRequestConfiguration resources, one page in memory at a time: ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SigningRequestConfiguration.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        SigningRequestConfigurationPageArgs,
        """One page of SigningRequestConfiguration resources (``next_page()`` moves on): ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SigningRequestConfiguration]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of SigningRequestConfiguration resources (``next_page()`` moves on): ``GET /v1/SigningRequest/Configuration``.

    Parameters are sent in the query string unless noted.

    Args:
        country (str): ``Country``; string; optional.
        product (str): ``Product``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SigningRequestConfiguration]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
