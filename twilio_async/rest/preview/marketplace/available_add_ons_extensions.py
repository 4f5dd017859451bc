# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""AvailableAddOnExtension resources (``available_add_ons.extensions``)."""

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
    from .types.available_add_ons_extensions import AvailableAddOnExtension

_TYPES = Models(__package__, ".types.available_add_ons_extensions")
_MODEL = _TYPES("AvailableAddOnExtension")
_LIST_PATH = "/marketplace/AvailableAddOns/{0}/Extensions"
_INSTANCE_PATH = "/marketplace/AvailableAddOns/{0}/Extensions/{1}"
_LIST: Operation[AvailableAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[AvailableAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AvailableAddOnExtensionContext(InstanceContext):
    """One AvailableAddOnExtension: ``/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AvailableAddOnExtension: ``GET /marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}``."""


class AvailableAddOnExtensionList(KeyedList[AvailableAddOnExtensionContext]):
    """AvailableAddOnExtension collection: ``/marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List AvailableAddOnExtension resources: ``GET /marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AvailableAddOnExtension resources: ``GET /marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AvailableAddOnExtension resources: ``GET /marketplace/AvailableAddOns/{AvailableAddOnSid}/Extensions``; ``next_page()`` moves on."""
