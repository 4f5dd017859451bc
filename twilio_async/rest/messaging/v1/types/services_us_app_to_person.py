# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""UsAppToPersonResponse models (``services.us_app_to_person``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_us_app_to_person import UsAppToPersonResponseContext


class UsAppToPersonResponse(InstanceModel["UsAppToPersonResponseContext"]):
    """A UsAppToPersonResponse as returned by the API."""

    sid: str | None = None
    account_sid: str | None = None
    brand_registration_sid: str | None = None
    messaging_service_sid: str | None = None
    description: str | None = None
    message_samples: list[str] | None = None
    us_app_to_person_usecase: str | None = None
    has_embedded_links: bool | None = None
    has_embedded_phone: bool | None = None
    subscriber_opt_in: bool | None = None
    age_gated: bool | None = None
    direct_lending: bool | None = None
    campaign_status: str | None = None
    campaign_id: str | None = None
    is_externally_registered: bool | None = None
    rate_limits: Any | None = None
    message_flow: str | None = None
    opt_in_message: str | None = None
    opt_out_message: str | None = None
    help_message: str | None = None
    opt_in_keywords: list[str] | None = None
    opt_out_keywords: list[str] | None = None
    help_keywords: list[str] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    mock: bool | None = None
    errors: list[Any] | None = None
    privacy_policy_url: str | None = None
    terms_and_conditions_url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UsAppToPersonResponseContext.fetch
        update: ClassVar = UsAppToPersonResponseContext.update
        delete: ClassVar = UsAppToPersonResponseContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_us_app_to_person import UsAppToPersonResponseContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
