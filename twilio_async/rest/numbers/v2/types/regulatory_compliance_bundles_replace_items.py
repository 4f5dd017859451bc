# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ReplaceItems models (``regulatory_compliance.bundles.replace_items``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import ReplaceItemsStatus


class ReplaceItems(TwilioModel):
    """A ReplaceItems as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: ReplaceItemsStatus | None = None
    valid_until: IsoDateTime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
