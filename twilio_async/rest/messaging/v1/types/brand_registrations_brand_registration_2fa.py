# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""BrandRegistration2fa models (``brand_registrations.brand_registration_2fa``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._models import InstanceModel

if TYPE_CHECKING:
    from ..brand_registrations_brand_registration_2fa import BrandRegistration2faContext


class BrandRegistration2fa(InstanceModel["BrandRegistration2faContext"]):
    """A BrandRegistration2fa as returned by the API."""

    pass

    if TYPE_CHECKING:

        @property
        def _context(self) -> BrandRegistration2faContext: ...
