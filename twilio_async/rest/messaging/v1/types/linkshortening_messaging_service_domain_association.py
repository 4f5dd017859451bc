# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""LinkshorteningMessagingServiceDomainAssociation models (``linkshortening_messaging_service_domain_association``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..linkshortening_messaging_service_domain_association import (
        LinkshorteningMessagingServiceDomainAssociationContext,
    )


class LinkshorteningMessagingServiceDomainAssociation(
    InstanceModel["LinkshorteningMessagingServiceDomainAssociationContext"]
):
    """A LinkshorteningMessagingServiceDomainAssociation as returned by the API."""

    domain_sid: str | None = None
    messaging_service_sid: str | None = None
    url: str | None = None

    _key_field = "messaging_service_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = LinkshorteningMessagingServiceDomainAssociationContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..linkshortening_messaging_service_domain_association import (
                LinkshorteningMessagingServiceDomainAssociationContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
