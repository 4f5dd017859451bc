# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortability resources (``porting_portabilities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import QUERY, Args, InstanceContext, KeyedList, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.porting_portabilities import PortingPortability

_TYPES = Models(__package__, ".types.porting_portabilities")
_MODEL = _TYPES("PortingPortability")
_INSTANCE_PATH = "/v1/Porting/Portability/PhoneNumber/{0}"
_FETCH: Operation[PortingPortability] = Operation(
    "porting_portabilities.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
).with_params(
    P("target_account_sid", "TargetAccountSid", QUERY, "string"),
    P("address_sid", "AddressSid", QUERY, "string"),
)


class PortingPortabilityFetchArgs(Args):
    target_account_sid: str | NotGiven = NOT_GIVEN
    address_sid: str | NotGiven = NOT_GIVEN


class PortingPortabilityContext(InstanceContext):
    """One PortingPortability: ``/v1/Porting/Portability/PhoneNumber/{PhoneNumber}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        PortingPortabilityFetchArgs,
        """Fetch this PortingPortability: ``GET /v1/Porting/Portability/PhoneNumber/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        target_account_sid (str): ``TargetAccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortability

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this PortingPortability: ``GET /v1/Porting/Portability/PhoneNumber/{PhoneNumber}``.

    The instance is addressed by ``{PhoneNumber}``.

    Parameters are sent in the query string unless noted.

    Args:
        target_account_sid (str): ``TargetAccountSid``; string; matching ``^AC[0-9a-fA-F]{32}$``; optional.
        address_sid (str): ``AddressSid``; string; matching ``^AD[0-9a-fA-F]{32}$``; optional.
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        PortingPortability

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class PortingPortabilityList(KeyedList[PortingPortabilityContext]):
    """PortingPortability collection."""

    __slots__ = ()
    _key = ("PhoneNumber", "phone_number", None)
