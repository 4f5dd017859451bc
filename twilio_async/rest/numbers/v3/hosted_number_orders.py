# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""HostedNumberOrder resources (``hosted_number_orders``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .enums import HostedNumberOrderEnumVerificationType
    from .types.hosted_number_orders import HostedNumberOrder

_TYPES = Models(__package__, ".types.hosted_number_orders")
_MODEL = _TYPES("HostedNumberOrder")
_LIST_PATH = "/v3/HostedNumbers/HostedNumberOrders"
_CREATE: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("phone_number", "phoneNumber", FORM, "string", required=True),
    P("sms_capability", "smsCapability", FORM, "boolean", required=True),
    P("account_sid", "accountSid", FORM, "string"),
    P("friendly_name", "friendlyName", FORM, "string"),
    P("unique_name", "uniqueName", FORM, "string"),
    P("cc_emails", "ccEmails", FORM, "string", many=True),
    P("sms_url", "smsUrl", FORM, "string"),
    P("sms_method", "smsMethod", FORM, "string"),
    P("sms_fallback_url", "smsFallbackUrl", FORM, "string"),
    P("sms_fallback_method", "smsFallbackMethod", FORM, "string"),
    P("status_callback_url", "statusCallbackUrl", FORM, "string"),
    P("status_callback_method", "statusCallbackMethod", FORM, "string"),
    P("sms_application_sid", "smsApplicationSid", FORM, "string"),
    P("address_sid", "addressSid", FORM, "string"),
    P("email", "email", FORM, "string"),
    P("verification_type", "verificationType", FORM, "string"),
    P("verification_document_sid", "verificationDocumentSid", FORM, "string"),
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
    verification_type: HostedNumberOrderEnumVerificationType | str | NotGiven = NOT_GIVEN
    verification_document_sid: str | NotGiven = NOT_GIVEN


class HostedNumberOrderList(ListResource):
    """HostedNumberOrder collection: ``/v3/HostedNumbers/HostedNumberOrders``."""

    __slots__ = ()
    create = _CREATE.call_method(HostedNumberOrderCreateArgs)
    """Create a HostedNumberOrder: ``POST /v3/HostedNumbers/HostedNumberOrders``."""
