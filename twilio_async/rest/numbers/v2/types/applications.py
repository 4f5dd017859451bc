# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""ShortCodeApplication models (``applications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel, TwilioModel

if TYPE_CHECKING:
    from ..applications import ShortCodeApplicationContext


class ShortCodeApplication(InstanceModel["ShortCodeApplicationContext"]):
    """A ShortCodeApplication as returned by the API."""

    sid: str | None = None
    application_requirements_sid: str | None = None
    application_requirements_version: int | None = None
    account_sid: str | None = None
    bundle_sid: str | None = None
    reviewer: str | None = None
    zendesk_ticket_id: str | None = None
    friendly_name: str | None = None
    notification_emails: list[str] | None = None
    iso_country: str | None = None
    state: str | None = None
    setup: Any | None = None
    business_information: Any | None = None
    user_sign_up: Any | None = None
    compliance_keywords: Any | None = None
    content_examples: Any | None = None
    sms_campaign_details: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None
    updated_by: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ShortCodeApplicationContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..applications import ShortCodeApplicationContext  # noqa: F401
    else:
        fetch = FromContext()


class CreateShortCodeApplicationResponse(TwilioModel):
    """A CreateShortCodeApplicationResponse as returned by the API."""

    sid: str | None = None
    application_requirements_sid: str | None = None
    application_requirements_version: int | None = None
    account_sid: str | None = None
    bundle_sid: str | None = None
    reviewer: str | None = None
    zendesk_ticket_id: str | None = None
    friendly_name: str | None = None
    notification_emails: list[str] | None = None
    iso_country: str | None = None
    state: str | None = None
    setup: Any | None = None
    business_information: Any | None = None
    user_sign_up: Any | None = None
    compliance_keywords: Any | None = None
    content_examples: Any | None = None
    sms_campaign_details: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None
    updated_by: str | None = None
