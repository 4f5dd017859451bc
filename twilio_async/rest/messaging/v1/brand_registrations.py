# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistrations resources (``brand_registrations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
    Args,
    Child,
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
    from .brand_registrations_brand_registration_2fa import BrandRegistration2faList
    from .brand_registrations_brand_registration_otps import BrandRegistrationOtpList
    from .brand_registrations_brand_vettings import BrandVettingList
    from .types.brand_registrations import BrandRegistrations

_TYPES = Models(__package__, ".types.brand_registrations")
_MODEL = _TYPES("BrandRegistrations")
_LIST_PATH = "/v1/a2p/BrandRegistrations"
_INSTANCE_PATH = "/v1/a2p/BrandRegistrations/{0}"
_CREATE: Operation[BrandRegistrations] = Operation(
    "brand_registrations.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("customer_profile_bundle_sid", "CustomerProfileBundleSid", FORM, "string", required=True),
    P("a2_p_profile_bundle_sid", "A2PProfileBundleSid", FORM, "string", required=True),
    P("brand_type", "BrandType", FORM, "string"),
    P("mock", "Mock", FORM, "boolean"),
    P("skip_automatic_sec_vet", "SkipAutomaticSecVet", FORM, "boolean"),
)
_LIST: Operation[BrandRegistrations] = Operation(
    "brand_registrations.list", "GET", _LIST_PATH, body="none", list_key="data", model=_MODEL
)
_FETCH: Operation[BrandRegistrations] = Operation(
    "brand_registrations.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[BrandRegistrations] = Operation(
    "brand_registrations.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)


class BrandRegistrationsCreateArgs(Args):
    customer_profile_bundle_sid: str
    a2_p_profile_bundle_sid: str
    brand_type: str | NotGiven = NOT_GIVEN
    mock: bool | NotGiven = NOT_GIVEN
    skip_automatic_sec_vet: bool | NotGiven = NOT_GIVEN


class BrandRegistrationsContext(InstanceContext):
    """One BrandRegistrations: ``/v1/a2p/BrandRegistrations/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this BrandRegistrations: ``GET /v1/a2p/BrandRegistrations/{Sid}``."""
    update = _UPDATE.call_method(Args)
    """Update this BrandRegistrations: ``POST /v1/a2p/BrandRegistrations/{Sid}``."""
    brand_registration_2fa: Child[BrandRegistration2faList] = Child(
        ".brand_registrations_brand_registration_2fa", "BrandRegistration2faList"
    )
    brand_registration_otps: Child[BrandRegistrationOtpList] = Child(
        ".brand_registrations_brand_registration_otps", "BrandRegistrationOtpList"
    )
    brand_vettings: Child[BrandVettingList] = Child(
        ".brand_registrations_brand_vettings", "BrandVettingList"
    )


class BrandRegistrationsList(KeyedList[BrandRegistrationsContext]):
    """BrandRegistrations collection: ``/v1/a2p/BrandRegistrations``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^BN[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(BrandRegistrationsCreateArgs)
    """Create a BrandRegistrations: ``POST /v1/a2p/BrandRegistrations``."""
    list = _LIST.list_method(ListArgs)
    """List BrandRegistrations resources: ``GET /v1/a2p/BrandRegistrations``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream BrandRegistrations resources: ``GET /v1/a2p/BrandRegistrations``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of BrandRegistrations resources: ``GET /v1/a2p/BrandRegistrations``; ``next_page()`` moves on."""
