# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
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
    from .enums import HostedNumberOrderStatus
    from .types.hosted_number_orders import HostedNumberOrder

_TYPES = Models(__package__, ".types.hosted_number_orders")
_MODEL = _TYPES("HostedNumberOrder")
_LIST_PATH = "/v2/HostedNumber/Orders"
_INSTANCE_PATH = "/v2/HostedNumber/Orders/{0}"
_CREATE: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("phone_number", "PhoneNumber", FORM, "string", required=True),
    P("contact_phone_number", "ContactPhoneNumber", FORM, "string", required=True),
    P("address_sid", "AddressSid", FORM, "string", required=True),
    P("email", "Email", FORM, "string", required=True),
    P("account_sid", "AccountSid", FORM, "string"),
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("cc_emails", "CcEmails", FORM, "string", many=True),
    P("sms_url", "SmsUrl", FORM, "string"),
    P("sms_method", "SmsMethod", FORM, "string"),
    P("sms_fallback_url", "SmsFallbackUrl", FORM, "string"),
    P("sms_capability", "SmsCapability", FORM, "boolean"),
    P("sms_fallback_method", "SmsFallbackMethod", FORM, "string"),
    P("status_callback_url", "StatusCallbackUrl", FORM, "string"),
    P("status_callback_method", "StatusCallbackMethod", FORM, "string"),
    P("sms_application_sid", "SmsApplicationSid", FORM, "string"),
    P("contact_title", "ContactTitle", FORM, "string"),
)
_LIST: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.list", "GET", _LIST_PATH, body="none", list_key="items", model=_MODEL
).with_params(
    P("status", "Status", QUERY, "string"),
    P("sms_capability", "SmsCapability", QUERY, "boolean"),
    P("phone_number", "PhoneNumber", QUERY, "string"),
    P("incoming_phone_number_sid", "IncomingPhoneNumberSid", QUERY, "string"),
    P("friendly_name", "FriendlyName", QUERY, "string"),
)
_FETCH: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[HostedNumberOrder] = Operation(
    "hosted_number_orders.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("status", "Status", FORM, "string", required=True),
    P("verification_call_delay", "VerificationCallDelay", FORM, "integer"),
    P("verification_call_extension", "VerificationCallExtension", FORM, "string"),
)
_DELETE: Operation[None] = Operation(
    "hosted_number_orders.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class HostedNumberOrderCreateArgs(Args):
    phone_number: str
    contact_phone_number: str
    address_sid: str
    email: str
    account_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN
    cc_emails: Sequence[str] | NotGiven = NOT_GIVEN
    sms_url: str | NotGiven = NOT_GIVEN
    sms_method: str | NotGiven = NOT_GIVEN
    sms_fallback_url: str | NotGiven = NOT_GIVEN
    sms_capability: bool | NotGiven = NOT_GIVEN
    sms_fallback_method: str | NotGiven = NOT_GIVEN
    status_callback_url: str | NotGiven = NOT_GIVEN
    status_callback_method: str | NotGiven = NOT_GIVEN
    sms_application_sid: str | NotGiven = NOT_GIVEN
    contact_title: str | NotGiven = NOT_GIVEN


class HostedNumberOrderFilters(Args):
    status: HostedNumberOrderStatus | str | NotGiven = NOT_GIVEN
    sms_capability: bool | NotGiven = NOT_GIVEN
    phone_number: str | NotGiven = NOT_GIVEN
    incoming_phone_number_sid: str | NotGiven = NOT_GIVEN
    friendly_name: str | NotGiven = NOT_GIVEN


class HostedNumberOrderListArgs(HostedNumberOrderFilters, ListArgs): ...


class HostedNumberOrderPageArgs(HostedNumberOrderFilters, PageArgs): ...


class HostedNumberOrderUpdateArgs(Args):
    status: HostedNumberOrderStatus | str
    verification_call_delay: int | NotGiven = NOT_GIVEN
    verification_call_extension: str | NotGiven = NOT_GIVEN


class HostedNumberOrderContext(InstanceContext):
    """One HostedNumberOrder: ``/v2/HostedNumber/Orders/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this HostedNumberOrder: ``GET /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this HostedNumberOrder: ``GET /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    update = _UPDATE.call_method(
        HostedNumberOrderUpdateArgs,
        """Update this HostedNumberOrder: ``POST /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; required.
        verification_call_delay (int): ``VerificationCallDelay``; integer; optional.
        verification_call_extension (str): ``VerificationCallExtension``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Update this HostedNumberOrder: ``POST /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Parameters are sent in the form body unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; required.
        verification_call_delay (int): ``VerificationCallDelay``; integer; optional.
        verification_call_extension (str): ``VerificationCallExtension``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this HostedNumberOrder: ``DELETE /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this HostedNumberOrder: ``DELETE /v2/HostedNumber/Orders/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HR[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class HostedNumberOrderList(KeyedList[HostedNumberOrderContext]):
    """HostedNumberOrder collection: ``/v2/HostedNumber/Orders``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HR[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        HostedNumberOrderCreateArgs,
        """Create a HostedNumberOrder: ``POST /v2/HostedNumber/Orders``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        contact_phone_number (str): ``ContactPhoneNumber``; phone-number; required.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        status_callback_url (str): ``StatusCallbackUrl``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        sms_application_sid (str): ``SmsApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        contact_title (str): ``ContactTitle``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a HostedNumberOrder: ``POST /v2/HostedNumber/Orders``.

    Parameters are sent in the form body unless noted.

    Args:
        phone_number (str): ``PhoneNumber``; phone-number; required.
        contact_phone_number (str): ``ContactPhoneNumber``; phone-number; required.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; required.
        email (str): ``Email``; string; required.
        account_sid (str): ``AccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        cc_emails (Sequence[str]): ``CcEmails``; list<string>; optional.
        sms_url (str): ``SmsUrl``; uri; optional.
        sms_method (str): ``SmsMethod``; http-method; optional.
        sms_fallback_url (str): ``SmsFallbackUrl``; uri; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        sms_fallback_method (str): ``SmsFallbackMethod``; http-method; optional.
        status_callback_url (str): ``StatusCallbackUrl``; uri; optional.
        status_callback_method (str): ``StatusCallbackMethod``; http-method; optional.
        sms_application_sid (str): ``SmsApplicationSid``; string; matching ``^AP[0-9a-fA-F]{32}$``; optional.
        contact_title (str): ``ContactTitle``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        HostedNumberOrder

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    list = _LIST.list_method(
        HostedNumberOrderListArgs,
        """List HostedNumberOrder resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[HostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List HostedNumberOrder resources, every page up to ``limit`` items: ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[HostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        HostedNumberOrderListArgs,
        """Stream HostedNumberOrder resources, one page in memory at a time: ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of HostedNumberOrder.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream HostedNumberOrder resources, one page in memory at a time: ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of HostedNumberOrder.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        HostedNumberOrderPageArgs,
        """One page of HostedNumberOrder resources (``next_page()`` moves on): ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[HostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of HostedNumberOrder resources (``next_page()`` moves on): ``GET /v2/HostedNumber/Orders``.

    Parameters are sent in the query string unless noted.

    Args:
        status (HostedNumberOrderStatus | str): ``Status``; enum:hosted_number_order_status; one of ``twilio-processing``, ``received``, ``pending-verification``, ``verified``, ``pending-loa``, ``carrier-processing``, ``testing``, ``completed``, ``failed``, ``action-required``; optional.
        sms_capability (bool): ``SmsCapability``; boolean; optional.
        phone_number (str): ``PhoneNumber``; phone-number; optional.
        incoming_phone_number_sid (str): ``IncomingPhoneNumberSid``; string; matching ``^PN[0-9a-fA-F]{32}$``; optional.
        friendly_name (str): ``FriendlyName``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[HostedNumberOrder]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
