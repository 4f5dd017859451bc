# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ExternalCampaign models (``external_campaign``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class ExternalCampaign(TwilioModel):
    """A ExternalCampaign as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    campaign_id: str | None = None
    messaging_service_sid: str | None = None
    date_created: IsoDateTime | None = None
