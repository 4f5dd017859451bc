# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Configuration models (``configuration``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..configuration import ConfigurationContext


class Configuration(InstanceModel["ConfigurationContext"]):
    """A Configuration as returned by the API."""

    account_sid: str | None = None
    default_chat_service_sid: str | None = None
    default_messaging_service_sid: str | None = None
    default_inactive_timer: str | None = None
    default_closed_timer: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfigurationContext.fetch
        update: ClassVar = ConfigurationContext.update
        webhooks: ClassVar = ConfigurationContext.webhooks
    else:
        fetch = FromContext()
        update = FromContext()
        webhooks = FromContext()
