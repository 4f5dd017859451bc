# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""BundleCopy models (``regulatory_compliance.bundles.bundle_copies``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import BundleCopyStatus


class BundleCopy(TwilioModel):
    """A BundleCopy as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleCopyStatus | None = None
    valid_until: IsoDateTime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
