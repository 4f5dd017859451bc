# Generated from specs/trunking_v1.yaml by `make codegen`; do not edit.
"""PhoneNumber models (``trunks.phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import PhoneNumberAddressRequirement

if TYPE_CHECKING:
    from ..trunks_phone_numbers import PhoneNumberContext


class PhoneNumber(InstanceModel["PhoneNumberContext"]):
    """A PhoneNumber as returned by the API."""

    account_sid: str | None = None
    address_requirements: PhoneNumberAddressRequirement | None = None
    api_version: str | None = None
    beta: bool | None = None
    capabilities: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    friendly_name: str | None = None
    links: dict[str, Any] | None = None
    phone_number: str | None = None
    sid: str
    sms_application_sid: str | None = None
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    trunk_sid: str | None = None
    url: str | None = None
    voice_application_sid: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_method: str | None = None
    voice_url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PhoneNumberContext.fetch
        delete: ClassVar = PhoneNumberContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..trunks_phone_numbers import PhoneNumberContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
