# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BulkHostedNumberOrder resources (``bulk_hosted_number_orders``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    QUERY,
    Args,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.bulk_hosted_number_orders import BulkHostedNumberOrder

_TYPES = Models(__package__, ".types.bulk_hosted_number_orders")
_MODEL = _TYPES("BulkHostedNumberOrder")
_LIST_PATH = "/v2/HostedNumber/Orders/Bulk"
_INSTANCE_PATH = "/v2/HostedNumber/Orders/Bulk/{0}"
_CREATE: Operation[BulkHostedNumberOrder] = Operation(
    "bulk_hosted_number_orders.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(P("body", "body", JSON, "object"))
_FETCH: Operation[BulkHostedNumberOrder] = Operation(
    "bulk_hosted_number_orders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(P("order_status", "OrderStatus", QUERY, "string"))


class BulkHostedNumberOrderCreateArgs(Args):
    body: Any | NotGiven = NOT_GIVEN


class BulkHostedNumberOrderFetchArgs(Args):
    order_status: str | NotGiven = NOT_GIVEN


class BulkHostedNumberOrderContext(InstanceContext):
    """One BulkHostedNumberOrder: ``/v2/HostedNumber/Orders/Bulk/{BulkHostingSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(BulkHostedNumberOrderFetchArgs)
    """Fetch this BulkHostedNumberOrder: ``GET /v2/HostedNumber/Orders/Bulk/{BulkHostingSid}``."""


class BulkHostedNumberOrderList(KeyedList[BulkHostedNumberOrderContext]):
    """BulkHostedNumberOrder collection: ``/v2/HostedNumber/Orders/Bulk``."""

    __slots__ = ()
    _key = ("BulkHostingSid", "bulk_hosting_sid", "^BH[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BulkHostedNumberOrderCreateArgs)
    """Create a BulkHostedNumberOrder: ``POST /v2/HostedNumber/Orders/Bulk``."""
