# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""DomainConfigMessagingService resources (``domain_config_messaging_service``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Args, InstanceContext, KeyedList, Models, Operation

if TYPE_CHECKING:
    from .types.domain_config_messaging_service import DomainConfigMessagingService

_TYPES = Models(__package__, ".types.domain_config_messaging_service")
_MODEL = _TYPES("DomainConfigMessagingService")
_INSTANCE_PATH = "/v1/LinkShortening/MessagingService/{0}/DomainConfig"
_FETCH: Operation[DomainConfigMessagingService] = Operation(
    "domain_config_messaging_service.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class DomainConfigMessagingServiceContext(InstanceContext):
    """One DomainConfigMessagingService: ``/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this DomainConfigMessagingService: ``GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig``."""


class DomainConfigMessagingServiceList(KeyedList[DomainConfigMessagingServiceContext]):
    """DomainConfigMessagingService collection."""

    __slots__ = ()
    _key = ("MessagingServiceSid", "messaging_service_sid", "^MG[0-9a-fA-F]{32}$")
