# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    code_length: WireInt | None = None
    lookup_enabled: bool | None = None
    psd2_enabled: bool | None = None
    skip_sms_to_landlines: bool | None = None
    dtmf_input_required: bool | None = None
    tts_name: str | None = None
    do_not_share_warning_enabled: bool | None = None
    custom_code_enabled: bool | None = None
    push: Any | None = None
    totp: Any | None = None
    default_template_sid: str | None = None
    whatsapp: Any | None = None
    passkeys: Any | None = None
    verify_event_subscription_enabled: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        access_tokens: ClassVar = ServiceContext.access_tokens
        approve_challenge: ClassVar = ServiceContext.approve_challenge
        challenges: ClassVar = ServiceContext.challenges
        new_challenge: ClassVar = ServiceContext.new_challenge
        entities: ClassVar = ServiceContext.entities
        factors: ClassVar = ServiceContext.factors
        new_factors: ClassVar = ServiceContext.new_factors
        messaging_configurations: ClassVar = ServiceContext.messaging_configurations
        rate_limits: ClassVar = ServiceContext.rate_limits
        verification_checks: ClassVar = ServiceContext.verification_checks
        verifications: ClassVar = ServiceContext.verifications
        verify_factor: ClassVar = ServiceContext.verify_factor
        new_verify_factors: ClassVar = ServiceContext.new_verify_factors
        webhooks: ClassVar = ServiceContext.webhooks

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        access_tokens = FromContext()
        approve_challenge = FromContext()
        challenges = FromContext()
        new_challenge = FromContext()
        entities = FromContext()
        factors = FromContext()
        new_factors = FromContext()
        messaging_configurations = FromContext()
        rate_limits = FromContext()
        verification_checks = FromContext()
        verifications = FromContext()
        verify_factor = FromContext()
        new_verify_factors = FromContext()
        webhooks = FromContext()
