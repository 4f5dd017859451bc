# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistrationOtp resources (``brand_registrations.brand_registration_otps``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, ListResource, Models, Operation

if TYPE_CHECKING:
    from .types.brand_registrations_brand_registration_otps import BrandRegistrationOtp

_TYPES = Models(__package__, ".types.brand_registrations_brand_registration_otps")
_MODEL = _TYPES("BrandRegistrationOtp")
_LIST_PATH = "/v1/a2p/BrandRegistrations/{0}/SmsOtp"
_CREATE: Operation[BrandRegistrationOtp] = Operation(
    "brand_registration_otps.create", "POST", _LIST_PATH, body="form", model=_MODEL
)


class BrandRegistrationOtpList(ListResource):
    """BrandRegistrationOtp collection: ``/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp``."""

    __slots__ = ()
    create = _CREATE.call_method(Args)
    """Create a BrandRegistrationOtp: ``POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp``."""
