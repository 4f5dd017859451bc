# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Services resources (``services``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, KeyedList

if TYPE_CHECKING:
    from .services_channels import ChannelList


class ServicesContext(InstanceContext):
    """One Services: ``/v3/Services/{ServiceSid}``."""

    __slots__ = ()
    channels: Child[ChannelList] = Child(".services_channels", "ChannelList")


class ServicesList(KeyedList[ServicesContext]):
    """Services collection."""

    __slots__ = ()
    _key = ("ServiceSid", "service_sid", None)
