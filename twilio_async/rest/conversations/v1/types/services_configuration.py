# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConfiguration models (``services.configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_configuration import ServiceConfigurationContext


class ServiceConfiguration(InstanceModel["ServiceConfigurationContext"]):
    """A ServiceConfiguration as returned by the API."""

    chat_service_sid: str | None = None
    default_conversation_creator_role_sid: str | None = None
    default_conversation_role_sid: str | None = None
    default_chat_service_role_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    reachability_enabled: bool | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConfigurationContext.fetch
        update: ClassVar = ServiceConfigurationContext.update
        notifications: ClassVar = ServiceConfigurationContext.notifications
        webhooks: ClassVar = ServiceConfigurationContext.webhooks
    else:
        fetch = FromContext()
        update = FromContext()
        notifications = FromContext()
        webhooks = FromContext()
