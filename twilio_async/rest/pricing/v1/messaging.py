# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""Messaging resources (``messaging``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, SingletonList

if TYPE_CHECKING:
    from .messaging_countries import MessagingCountryInstanceList


class MessagingContext(InstanceContext):
    """One Messaging: ``/v1/Messaging``."""

    __slots__ = ()
    countries: Child[MessagingCountryInstanceList] = Child(
        ".messaging_countries", "MessagingCountryInstanceList"
    )


class MessagingList(SingletonList[MessagingContext]):
    """Messaging collection."""

    __slots__ = ()
    countries: Child[MessagingCountryInstanceList] = Child(
        ".messaging_countries", "MessagingCountryInstanceList"
    )
