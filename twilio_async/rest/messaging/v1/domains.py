# Generated from specs/messaging_v1.yaml by `make codegen`; do not edit.
"""Domains resources (``domains``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .domains_linkshortening_messaging_service import LinkshorteningMessagingServiceList


class DomainsContext(InstanceContext):
    """One Domains: ``/v1/LinkShortening/Domains/{DomainSid}``."""

    __slots__ = ()
    linkshortening_messaging_service: Child[LinkshorteningMessagingServiceList] = Child(
        ".domains_linkshortening_messaging_service", "LinkshorteningMessagingServiceList"
    )


class DomainsList(KeyedList[DomainsContext]):
    """Domains collection."""

    __slots__ = ()
    _key = ("DomainSid", "domain_sid", None)
