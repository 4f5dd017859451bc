# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceNotification models (``services.configuration.notifications``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_configuration_notifications import ServiceNotificationContext


class ServiceNotification(InstanceModel["ServiceNotificationContext"]):
    """A ServiceNotification as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    new_message: Any | None = None
    added_to_conversation: Any | None = None
    removed_from_conversation: Any | None = None
    log_enabled: bool | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceNotificationContext.fetch
        update: ClassVar = ServiceNotificationContext.update
    else:
        fetch = FromContext()
        update = FromContext()
