# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortInPhoneNumber resources (``porting_port_ins.porting_port_in_phone_number``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.porting_port_ins_porting_port_in_phone_number import PortingPortInPhoneNumber

_TYPES = Models(__package__, ".types.porting_port_ins_porting_port_in_phone_number")
_MODEL = _TYPES("PortingPortInPhoneNumber")
_INSTANCE_PATH = "/v1/Porting/PortIn/{0}/PhoneNumber/{1}"
_FETCH: Operation[PortingPortInPhoneNumber] = Operation(
    "porting_port_in_phone_number.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "porting_port_in_phone_number.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class PortingPortInPhoneNumberContext(InstanceContext):
    """One PortingPortInPhoneNumber: ``/v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this PortingPortInPhoneNumber: ``GET /v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}``.

    The instance is addressed by ``{PhoneNumberSid}``, matching ``^PU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortInPhoneNumber

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this PortingPortInPhoneNumber: ``GET /v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}``.

    The instance is addressed by ``{PhoneNumberSid}``, matching ``^PU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortInPhoneNumber

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    delete = _DELETE.delete_method(
        Args,
        """Delete this PortingPortInPhoneNumber: ``DELETE /v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}``.

    The instance is addressed by ``{PhoneNumberSid}``, matching ``^PU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this PortingPortInPhoneNumber: ``DELETE /v1/Porting/PortIn/{PortInRequestSid}/PhoneNumber/{PhoneNumberSid}``.

    The instance is addressed by ``{PhoneNumberSid}``, matching ``^PU[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class PortingPortInPhoneNumberList(KeyedList[PortingPortInPhoneNumberContext]):
    """PortingPortInPhoneNumber collection."""

    __slots__ = ()
    _key = ("PhoneNumberSid", "phone_number_sid", "^PU[0-9a-fA-F]{32}$")
