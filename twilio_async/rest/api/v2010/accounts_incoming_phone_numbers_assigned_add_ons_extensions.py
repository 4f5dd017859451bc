# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""AssignedAddOnExtension resources (``accounts.incoming_phone_numbers.assigned_add_ons.extensions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtension,
    )

_TYPES = Models(__package__, ".types.accounts_incoming_phone_numbers_assigned_add_ons_extensions")
_MODEL = _TYPES("AssignedAddOnExtension")
_LIST_PATH = "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns/{2}/Extensions.json"
_INSTANCE_PATH = (
    "/2010-04-01/Accounts/{0}/IncomingPhoneNumbers/{1}/AssignedAddOns/{2}/Extensions/{3}.json"
)
_LIST: Operation[AssignedAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[AssignedAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AssignedAddOnExtensionContext(InstanceContext):
    """One AssignedAddOnExtension: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AssignedAddOnExtension: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions/{Sid}.json``."""


class AssignedAddOnExtensionList(KeyedList[AssignedAddOnExtensionContext]):
    """AssignedAddOnExtension collection: ``/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List AssignedAddOnExtension resources: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AssignedAddOnExtension resources: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AssignedAddOnExtension resources: ``GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{AssignedAddOnSid}/Extensions.json``; ``next_page()`` moves on."""
