# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""LinkshorteningMessagingServiceDomainAssociation resources (``linkshortening_messaging_service_domain_association``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.linkshortening_messaging_service_domain_association import (
        LinkshorteningMessagingServiceDomainAssociation,
    )

_TYPES = Models(__package__, ".types.linkshortening_messaging_service_domain_association")
_MODEL = _TYPES("LinkshorteningMessagingServiceDomainAssociation")
_INSTANCE_PATH = "/v1/LinkShortening/MessagingServices/{0}/Domain"
_FETCH: Operation[LinkshorteningMessagingServiceDomainAssociation] = Operation(
    "linkshortening_messaging_service_domain_association.fetch",
    "GET",
    _INSTANCE_PATH,
    body="none",
    model=_MODEL,
)


class LinkshorteningMessagingServiceDomainAssociationContext(InstanceContext):
    """One LinkshorteningMessagingServiceDomainAssociation: ``/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this LinkshorteningMessagingServiceDomainAssociation: ``GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain``."""


class LinkshorteningMessagingServiceDomainAssociationList(
    KeyedList[LinkshorteningMessagingServiceDomainAssociationContext]
):
    """LinkshorteningMessagingServiceDomainAssociation collection."""

    __slots__ = ()
    _key = ("MessagingServiceSid", "messaging_service_sid", "^MG[0-9a-fA-F]{32}$")
