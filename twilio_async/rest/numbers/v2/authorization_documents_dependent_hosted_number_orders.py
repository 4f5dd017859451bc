# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""DependentHostedNumberOrder resources (``authorization_documents.dependent_hosted_number_orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
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
    from .enums import DependentHostedNumberOrderStatus
    from .types.authorization_documents_dependent_hosted_number_orders import (
        DependentHostedNumberOrder,
    )

_TYPES = Models(__package__, ".types.authorization_documents_dependent_hosted_number_orders")
_MODEL = _TYPES("DependentHostedNumberOrder")
_LIST_PATH = "/v2/HostedNumber/AuthorizationDocuments/{0}/DependentHostedNumberOrders"
_LIST: Operation[DependentHostedNumberOrder] = Operation(
    "dependent_hosted_number_orders.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="items",
    model=_MODEL,
).with_params(
    P("status", "Status", QUERY, "string"),
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("incoming_phone_number_sid", "IncomingPhoneNumberSid", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
)


class DependentHostedNumberOrderFilters(Args):
    status: DependentHostedNumberOrderStatus | str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    incoming_phone_number_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class DependentHostedNumberOrderListArgs(DependentHostedNumberOrderFilters, ListArgs): ...


class DependentHostedNumberOrderPageArgs(DependentHostedNumberOrderFilters, PageArgs): ...


class DependentHostedNumberOrderList(ListResource):
    """DependentHostedNumberOrder collection: ``/v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``."""

    __slots__ = ()
    list = _LIST.list_method(
        DependentHostedNumberOrderListArgs,
        """List DependentHostedNumberOrder resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DependentHostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List DependentHostedNumberOrder resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[DependentHostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        DependentHostedNumberOrderListArgs,
        """Stream DependentHostedNumberOrder resources, one page in memory at a time: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DependentHostedNumberOrder.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream DependentHostedNumberOrder resources, one page in memory at a time: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of DependentHostedNumberOrder.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        DependentHostedNumberOrderPageArgs,
        """One page of DependentHostedNumberOrder resources (``next_page()`` moves on): ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DependentHostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of DependentHostedNumberOrder resources (``next_page()`` moves on): ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (DependentHostedNumberOrderStatus | str): ``Status``; enum:dependent_hosted_number_order_status; one of ``received``, ``verified``, ``pending-loa``, ``carrier-processing``, ``completed``, ``failed``, ``action-required``; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[DependentHostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
