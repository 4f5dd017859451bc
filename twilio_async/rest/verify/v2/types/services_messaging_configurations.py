# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""MessagingConfiguration models (``services.messaging_configurations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_messaging_configurations import MessagingConfigurationContext


class MessagingConfiguration(InstanceModel["MessagingConfigurationContext"]):
    """A MessagingConfiguration as returned by the API."""

    account_sid: str | None = None
    service_sid: str | None = None
    country: str
    messaging_service_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "country"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = MessagingConfigurationContext.fetch
        update: ClassVar = MessagingConfigurationContext.update
        delete: ClassVar = MessagingConfigurationContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_messaging_configurations import MessagingConfigurationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
