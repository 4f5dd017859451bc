# Generated from specs/api_v2010.yaml by `make codegen`; do not edit.
"""Application models (``accounts.applications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import Rfc2822DateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..accounts_applications import ApplicationContext


class Application(InstanceModel["ApplicationContext"]):
    """A Application as returned by the API."""

    account_sid: str | None = None
    api_version: str | None = None
    date_created: Rfc2822DateTime | None = None
    date_updated: Rfc2822DateTime | None = None
    friendly_name: str | None = None
    message_status_callback: str | None = None
    sid: str
    sms_fallback_method: str | None = None
    sms_fallback_url: str | None = None
    sms_method: str | None = None
    sms_status_callback: str | None = None
    sms_url: str | None = None
    status_callback: str | None = None
    status_callback_method: str | None = None
    uri: str | None = None
    voice_caller_id_lookup: bool | None = None
    voice_fallback_method: str | None = None
    voice_fallback_url: str | None = None
    voice_method: str | None = None
    voice_url: str | None = None
    public_application_connect_enabled: bool | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ApplicationContext.fetch
        update: ClassVar = ApplicationContext.update
        delete: ClassVar = ApplicationContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..accounts_applications import ApplicationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
