# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandVetting resources (``brand_registrations.brand_vettings``)."""

from __future__ import annotations

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
    from .enums import BrandVettingVettingProvider
    from .types.brand_registrations_brand_vettings import BrandVetting

_TYPES = Models(__package__, ".types.brand_registrations_brand_vettings")
_MODEL = _TYPES("BrandVetting")
_LIST_PATH = "/v1/a2p/BrandRegistrations/{0}/Vettings"
_INSTANCE_PATH = "/v1/a2p/BrandRegistrations/{0}/Vettings/{1}"
_CREATE: Operation[BrandVetting] = Operation(
    "brand_vettings.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("vetting_provider", "VettingProvider", FORM, "string", required=True),
    P("vetting_id", "VettingId", FORM, "string"),
)
_LIST: Operation[BrandVetting] = Operation(
    "brand_vettings.list", "GET", _LIST_PATH, body="none", list_key="data", model=_MODEL
).with_params(P("vetting_provider", "VettingProvider", QUERY, "string"))
_FETCH: Operation[BrandVetting] = Operation(
    "brand_vettings.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class BrandVettingCreateArgs(Args):
    vetting_provider: BrandVettingVettingProvider | str
    vetting_id: str | NotGiven = NOT_GIVEN


class BrandVettingFilters(Args):
    vetting_provider: BrandVettingVettingProvider | str | NotGiven = NOT_GIVEN


class BrandVettingListArgs(BrandVettingFilters, ListArgs): ...


class BrandVettingPageArgs(BrandVettingFilters, PageArgs): ...


class BrandVettingContext(InstanceContext):
    """One BrandVetting: ``/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this BrandVetting: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}``."""


class BrandVettingList(KeyedList[BrandVettingContext]):
    """BrandVetting collection: ``/v1/a2p/BrandRegistrations/{BrandSid}/Vettings``."""

    __slots__ = ()
    _key = ("BrandVettingSid", "brand_vetting_sid", "^VT[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BrandVettingCreateArgs)
    """Create a BrandVetting: ``POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``."""
    list = _LIST.list_method(BrandVettingListArgs)
    """List BrandVetting resources: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(BrandVettingListArgs)
    """Stream BrandVetting resources: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``; one page in memory at a time."""
    page = _LIST.page_method(BrandVettingPageArgs)
    """One page of BrandVetting resources: ``GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings``; ``next_page()`` moves on."""
