# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""AvailableAddOn resources (``available_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .available_add_ons_extensions import AvailableAddOnExtensionList
    from .types.available_add_ons import AvailableAddOn

_TYPES = Models(__package__, ".types.available_add_ons")
_MODEL = _TYPES("AvailableAddOn")
_LIST_PATH = "/marketplace/AvailableAddOns"
_INSTANCE_PATH = "/marketplace/AvailableAddOns/{0}"
_LIST: Operation[AvailableAddOn] = Operation(
    "available_add_ons.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="available_add_ons",
    model=_MODEL,
)
_FETCH: Operation[AvailableAddOn] = Operation(
    "available_add_ons.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AvailableAddOnContext(InstanceContext):
    """One AvailableAddOn: ``/marketplace/AvailableAddOns/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this AvailableAddOn: ``GET /marketplace/AvailableAddOns/{Sid}``."""
    extensions: Child[AvailableAddOnExtensionList] = Child(
        ".available_add_ons_extensions", "AvailableAddOnExtensionList"
    )


class AvailableAddOnList(KeyedList[AvailableAddOnContext]):
    """AvailableAddOn collection: ``/marketplace/AvailableAddOns``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XB[0-9a-fA-F]{32}$")
    list = _LIST.list_method(ListArgs)
    """List AvailableAddOn resources: ``GET /marketplace/AvailableAddOns``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream AvailableAddOn resources: ``GET /marketplace/AvailableAddOns``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of AvailableAddOn resources: ``GET /marketplace/AvailableAddOns``; ``next_page()`` moves on."""
