# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortIn resources (``porting_port_ins``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    JSON,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    Models,
    Operation,
    P,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .porting_port_ins_porting_port_in_phone_number import PortingPortInPhoneNumberList
    from .types.porting_port_ins import PortingPortIn

_TYPES = Models(__package__, ".types.porting_port_ins")
_MODEL = _TYPES("PortingPortIn")
_LIST_PATH = "/v1/Porting/PortIn"
_INSTANCE_PATH = "/v1/Porting/PortIn/{0}"
_CREATE: Operation[PortingPortIn] = Operation(
    "porting_port_ins.create", "POST", _LIST_PATH, body="json", model=_MODEL
).with_params(
    P("account_sid", "account_sid", JSON, "string", required=True),
    P("documents", "documents", JSON, "string", many=True, required=True),
    P("phone_numbers", "phone_numbers", JSON, "object", many=True),
    P("losing_carrier_information", "losing_carrier_information", JSON, "object", required=True),
    P("notification_emails", "notification_emails", JSON, "string", many=True),
    P("target_port_in_date", "target_port_in_date", JSON, "date"),
    P("target_port_in_time_range_start", "target_port_in_time_range_start", JSON, "string"),
    P("target_port_in_time_range_end", "target_port_in_time_range_end", JSON, "string"),
    P("bundle_sid", "bundle_sid", JSON, "string"),
    P("portability_advance_carrier", "portability_advance_carrier", JSON, "string"),
    P("auto_cancel_approval_numbers", "auto_cancel_approval_numbers", JSON, "string"),
)
_FETCH: Operation[PortingPortIn] = Operation(
    "porting_port_ins.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "porting_port_ins.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class PortingPortInCreateArgs(Args):
    account_sid: str
    documents: Sequence[str]
    phone_numbers: Sequence[Any] | NotGiven = NOT_GIVEN
    losing_carrier_information: Any
    notification_emails: Sequence[str] | NotGiven = NOT_GIVEN
    target_port_in_date: date | str | NotGiven = NOT_GIVEN
    target_port_in_time_range_start: str | NotGiven = NOT_GIVEN
    target_port_in_time_range_end: str | NotGiven = NOT_GIVEN
    bundle_sid: str | NotGiven = NOT_GIVEN
    portability_advance_carrier: str | NotGiven = NOT_GIVEN
    auto_cancel_approval_numbers: str | NotGiven = NOT_GIVEN


class PortingPortInContext(InstanceContext):
    """One PortingPortIn: ``/v1/Porting/PortIn/{PortInRequestSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PortingPortIn: ``GET /v1/Porting/PortIn/{PortInRequestSid}``.

    The instance is addressed by ``{PortInRequestSid}``, matching ``^KW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortIn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this PortingPortIn: ``GET /v1/Porting/PortIn/{PortInRequestSid}``.

    The instance is addressed by ``{PortInRequestSid}``, matching ``^KW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortIn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this PortingPortIn: ``DELETE /v1/Porting/PortIn/{PortInRequestSid}``.

    The instance is addressed by ``{PortInRequestSid}``, matching ``^KW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this PortingPortIn: ``DELETE /v1/Porting/PortIn/{PortInRequestSid}``.

    The instance is addressed by ``{PortInRequestSid}``, matching ``^KW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    porting_port_in_phone_number: Child[PortingPortInPhoneNumberList] = Child(
        ".porting_port_ins_porting_port_in_phone_number", "PortingPortInPhoneNumberList"
    )


class PortingPortInList(KeyedList[PortingPortInContext]):
    """PortingPortIn collection: ``/v1/Porting/PortIn``."""

    __slots__ = ()
    _key = ("PortInRequestSid", "port_in_request_sid", "^KW[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(
        PortingPortInCreateArgs,
        """Create a PortingPortIn: ``POST /v1/Porting/PortIn``.

    Parameters are sent in the JSON body unless noted.

    Args:
        account_sid (str): ``account_sid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        documents (Sequence[str]): ``documents``; list<string>; required.
        phone_numbers (Sequence[Any]): ``phone_numbers``; list<object>; optional.
        losing_carrier_information (Any): ``losing_carrier_information``; object; required.
        notification_emails (Sequence[str]): ``notification_emails``; list<string>; optional.
        target_port_in_date (date | str): ``target_port_in_date``; date; optional.
        target_port_in_time_range_start (str): ``target_port_in_time_range_start``; string; optional.
        target_port_in_time_range_end (str): ``target_port_in_time_range_end``; string; optional.
        bundle_sid (str): ``bundle_sid``; string; optional.
        portability_advance_carrier (str): ``portability_advance_carrier``; string; optional.
        auto_cancel_approval_numbers (str): ``auto_cancel_approval_numbers``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortIn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Create a PortingPortIn: ``POST /v1/Porting/PortIn``.

    Parameters are sent in the JSON body unless noted.

    Args:
        account_sid (str): ``account_sid``; string; matching ``^AC[0-9a-fA-F]{32}$``; required.
        documents (Sequence[str]): ``documents``; list<string>; required.
        phone_numbers (Sequence[Any]): ``phone_numbers``; list<object>; optional.
        losing_carrier_information (Any): ``losing_carrier_information``; object; required.
        notification_emails (Sequence[str]): ``notification_emails``; list<string>; optional.
        target_port_in_date (date | str): ``target_port_in_date``; date; optional.
        target_port_in_time_range_start (str): ``target_port_in_time_range_start``; string; optional.
        target_port_in_time_range_end (str): ``target_port_in_time_range_end``; string; optional.
        bundle_sid (str): ``bundle_sid``; string; optional.
        portability_advance_carrier (str): ``portability_advance_carrier``; string; optional.
        auto_cancel_approval_numbers (str): ``auto_cancel_approval_numbers``; string; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortIn

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
