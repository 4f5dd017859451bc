# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""ExternalCampaign resources (``external_campaign``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import FORM, Args, ListResource, Models, Operation, P
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.external_campaign import ExternalCampaign

_TYPES = Models(__package__, ".types.external_campaign")
_MODEL = _TYPES("ExternalCampaign")
_LIST_PATH = "/v1/Services/PreregisteredUsa2p"
_CREATE: Operation[ExternalCampaign] = Operation(
    "external_campaign.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("campaign_id", "CampaignId", FORM, "string", required=True),
    P("messaging_service_sid", "MessagingServiceSid", FORM, "string", required=True),
    P("cnp_migration", "CnpMigration", FORM, "boolean"),
)


class ExternalCampaignCreateArgs(Args):
    campaign_id: str
    messaging_service_sid: str
    cnp_migration: bool | NotGiven = NOT_GIVEN


class ExternalCampaignList(ListResource):
    """ExternalCampaign collection: ``/v1/Services/PreregisteredUsa2p``."""

    __slots__ = ()
    create = _CREATE.call_method(ExternalCampaignCreateArgs)
    """Create a ExternalCampaign: ``POST /v1/Services/PreregisteredUsa2p``."""
