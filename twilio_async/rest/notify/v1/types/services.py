# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Service models (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services import ServiceContext


class Service(InstanceModel["ServiceContext"]):
    """A Service as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    apn_credential_sid: str | None = None
    gcm_credential_sid: str | None = None
    fcm_credential_sid: str | None = None
    messaging_service_sid: str | None = None
    facebook_messenger_page_id: str | None = None
    default_apn_notification_protocol_version: str | None = None
    default_gcm_notification_protocol_version: str | None = None
    default_fcm_notification_protocol_version: str | None = None
    log_enabled: bool | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    alexa_skill_id: str | None = None
    default_alexa_notification_protocol_version: str | None = None
    delivery_callback_url: str | None = None
    delivery_callback_enabled: bool | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceContext.fetch
        update: ClassVar = ServiceContext.update
        delete: ClassVar = ServiceContext.delete
        bindings: ClassVar = ServiceContext.bindings
        notifications: ClassVar = ServiceContext.notifications

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services import ServiceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        bindings = FromContext()
        notifications = FromContext()
