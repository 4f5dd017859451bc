# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""PhoneNumber resources (``services.phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.services_phone_numbers import PhoneNumber

_TYPES = Models(__package__, ".types.services_phone_numbers")
_MODEL = _TYPES("PhoneNumber")
_LIST_PATH = "/v1/Services/{0}/PhoneNumbers"
_INSTANCE_PATH = "/v1/Services/{0}/PhoneNumbers/{1}"
_CREATE: Operation[PhoneNumber] = Operation(
    "phone_numbers.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(P("phone_number_sid", "PhoneNumberSid", FORM, "string", required=True))
_LIST: Operation[PhoneNumber] = Operation(
    "phone_numbers.list", "GET", _LIST_PATH, body="none", list_key="phone_numbers", model=_MODEL
)
_FETCH: Operation[PhoneNumber] = Operation(
    "phone_numbers.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_DELETE: Operation[None] = Operation("phone_numbers.delete", "DELETE", _INSTANCE_PATH, body="none")


class PhoneNumberCreateArgs(Args):
    phone_number_sid: str


class PhoneNumberContext(InstanceContext):
    """One PhoneNumber: ``/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this PhoneNumber: ``GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this PhoneNumber: ``DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}``; returns True."""


class PhoneNumberList(KeyedList[PhoneNumberContext]):
    """PhoneNumber collection: ``/v1/Services/{ServiceSid}/PhoneNumbers``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(PhoneNumberCreateArgs)
    """Create a PhoneNumber: ``POST /v1/Services/{ServiceSid}/PhoneNumbers``."""
    list = _LIST.list_method(ListArgs)
    """List PhoneNumber resources: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream PhoneNumber resources: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of PhoneNumber resources: ``GET /v1/Services/{ServiceSid}/PhoneNumbers``; ``next_page()`` moves on."""
