# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainConfigMessagingService models (``domain_config_messaging_service``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..domain_config_messaging_service import DomainConfigMessagingServiceContext


class DomainConfigMessagingService(InstanceModel["DomainConfigMessagingServiceContext"]):
    """A DomainConfigMessagingService as returned by the API."""

    domain_sid: str | None = None
    config_sid: str | None = None
    messaging_service_sid: str | None = None
    fallback_url: str | None = None
    callback_url: str | None = None
    continue_on_failure: bool | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "messaging_service_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DomainConfigMessagingServiceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..domain_config_messaging_service import DomainConfigMessagingServiceContext  # noqa: F401
    else:
        fetch = FromContext()
