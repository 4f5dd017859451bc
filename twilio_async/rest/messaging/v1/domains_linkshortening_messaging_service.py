# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""LinkshorteningMessagingService resources (``domains.linkshortening_messaging_service``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.domains_linkshortening_messaging_service import LinkshorteningMessagingService

_TYPES = Models(__package__, ".types.domains_linkshortening_messaging_service")
_MODEL = _TYPES("LinkshorteningMessagingService")
_INSTANCE_PATH = "/v1/LinkShortening/Domains/{0}/MessagingServices/{1}"
_CREATE: Operation[LinkshorteningMessagingService] = Operation(
    "linkshortening_messaging_service.create", "POST", _INSTANCE_PATH, body="form", model=_MODEL
)
_DELETE: Operation[None] = Operation(
    "linkshortening_messaging_service.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class LinkshorteningMessagingServiceContext(InstanceContext):
    """One LinkshorteningMessagingService: ``/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}``."""

    __slots__ = ()
    create = _CREATE.call_method(Args)
    """Create a LinkshorteningMessagingService: ``POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this LinkshorteningMessagingService: ``DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}``; returns True."""


class LinkshorteningMessagingServiceList(KeyedList[LinkshorteningMessagingServiceContext]):
    """LinkshorteningMessagingService collection."""

    __slots__ = ()
    _key = ("MessagingServiceSid", "messaging_service_sid", "^MG[0-9a-fA-F]{32}$")
