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
    list = _LIST.list_method(DependentHostedNumberOrderListArgs)
    """List DependentHostedNumberOrder resources: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(DependentHostedNumberOrderListArgs)
    """Stream DependentHostedNumberOrder resources: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``; one page in memory at a time."""
    page = _LIST.page_method(DependentHostedNumberOrderPageArgs)
    """One page of DependentHostedNumberOrder resources: ``GET /v2/HostedNumber/AuthorizationDocuments/{SigningDocumentSid}/DependentHostedNumberOrders``; ``next_page()`` moves on."""
