# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""HostedNumberOrder resources (``hosted_number_orders``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .enums import HostedNumberOrderStatus, HostedNumberOrderVerificationType
    from .types.hosted_number_orders import HostedNumberOrder

_TYPES = Models(__package__, ".types.hosted_number_orders")
_MODEL = _TYPES("HostedNumberOrder")
_LIST_PATH = "/HostedNumbers/HostedNumberOrders"
_INSTANCE_PATH = "/HostedNumbers/HostedNumberOrders/{0}"
_CREATE: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("phone_number", "PhoneNumber", FORM, "string", required=True),
    P("sms_capability", "SmsCapability", FORM, "boolean", required=True),
    P("account_sid", "AccountSid", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("sms_application_sid", "SmsApplicationSid", FORM, "string"),
    P("address_sid", "AddressSid", FORM, "string"),
    P("email", "Email", FORM, "string"),
    P("verification_type", "VerificationType", FORM, "string"),
    P("verification_document_sid", "VerificationDocumentSid", FORM, "string"),
)
_LIST: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("incoming_phone_number_sid", "IncomingPhoneNumberSid", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
    P("unique_name", "UniqueName", QUERY, "string"),
)
_FETCH: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("unique_name", "UniqueName", FORM, "string"),
    P("email", "Email", FORM, "string"),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
    P("status", "Status", FORM, "string"),
    P("verification_code", "VerificationCode", FORM, "string"),
    P("verification_type", "VerificationType", FORM, "string"),
    P("verification_document_sid", "VerificationDocumentSid", FORM, "string"),
    P("extension", "Extension", FORM, "string"),
    P("call_delay", "CallDelay", FORM, "integer"),
)
_DELETE: Operation[None] = Operation(
    "hosted_number_orders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class HostedNumberOrderCreateArgs(Args):
    phone_number: str
    sms_capability: bool
    account_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    sms_application_sid: str | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN
    verification_type: HostedNumberOrderVerificationType | str | NotGiven = NOT_GIVEN
    verification_document_sid: str | NotGiven = NOT_GIVEN


class HostedNumberOrderFilters(Args):
    status: HostedNumberOrderStatus | str | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    incoming_phone_number_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN


class HostedNumberOrderListArgs(HostedNumberOrderFilters, ListArgs): ...


class HostedNumberOrderPageArgs(HostedNumberOrderFilters, PageArgs): ...


class HostedNumberOrderUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    unique_name: str | NotGiven = NOT_GIVEN
    email: str | NotGiven = NOT_GIVEN
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN
    status: HostedNumberOrderStatus | str | NotGiven = NOT_GIVEN
    verification_code: str | NotGiven = NOT_GIVEN
    verification_type: HostedNumberOrderVerificationType | str | NotGiven = NOT_GIVEN
    verification_document_sid: str | NotGiven = NOT_GIVEN
    extension: str | NotGiven = NOT_GIVEN
    call_delay: int | NotGiven = NOT_GIVEN


class HostedNumberOrderContext(InstanceContext):
    """One HostedNumberOrder: ``/HostedNumbers/HostedNumberOrders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this HostedNumberOrder: ``GET /HostedNumbers/HostedNumberOrders/{Sid}``."""
    update = _UPDATE.call_method(HostedNumberOrderUpdateArgs)
    """Update this HostedNumberOrder: ``POST /HostedNumbers/HostedNumberOrders/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this HostedNumberOrder: ``DELETE /HostedNumbers/HostedNumberOrders/{Sid}``; returns True."""


class HostedNumberOrderList(KeyedList[HostedNumberOrderContext]):
    """HostedNumberOrder collection: ``/HostedNumbers/HostedNumberOrders``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(HostedNumberOrderCreateArgs)
    """Create a HostedNumberOrder: ``POST /HostedNumbers/HostedNumberOrders``."""
    list = _LIST.list_method(HostedNumberOrderListArgs)
    """List HostedNumberOrder resources: ``GET /HostedNumbers/HostedNumberOrders``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(HostedNumberOrderListArgs)
    """Stream HostedNumberOrder resources: ``GET /HostedNumbers/HostedNumberOrders``; one page in memory at a time."""
    page = _LIST.page_method(HostedNumberOrderPageArgs)
    """One page of HostedNumberOrder resources: ``GET /HostedNumbers/HostedNumberOrders``; ``next_page()`` moves on."""
