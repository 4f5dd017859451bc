# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""LinkshorteningMessagingService models (``domains.linkshortening_messaging_service``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..domains_linkshortening_messaging_service import LinkshorteningMessagingServiceContext


class LinkshorteningMessagingService(InstanceModel["LinkshorteningMessagingServiceContext"]):
    """A LinkshorteningMessagingService as returned by the API."""

    domain_sid: str | None = None
    messaging_service_sid: str | None = None
    url: str | None = None

    _key_field = "messaging_service_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        create: ClassVar = LinkshorteningMessagingServiceContext.create
        delete: ClassVar = LinkshorteningMessagingServiceContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..domains_linkshortening_messaging_service import (
                LinkshorteningMessagingServiceContext,  # noqa: F401
            )
    else:
        create = FromContext()
        delete = FromContext()
