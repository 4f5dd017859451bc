# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistration2fa resources (``brand_registrations.brand_registration_2fa``)."""

from __future__ import annotations

from twilio_async._resource import InstanceContext, SingletonList


class BrandRegistration2faContext(InstanceContext):
    """One BrandRegistration2fa: ``/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/2fa``."""

    __slots__ = ()


class BrandRegistration2faList(SingletonList[BrandRegistration2faContext]):
    """BrandRegistration2fa collection."""

    __slots__ = ()
