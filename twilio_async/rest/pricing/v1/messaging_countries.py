# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""MessagingCountryInstance resources (``messaging.countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.messaging_countries import MessagingCountryInstance

_TYPES = Models(__package__, ".types.messaging_countries")
_MODEL = _TYPES("MessagingCountryInstance")
_LIST_PATH = "/v1/Messaging/Countries"
_INSTANCE_PATH = "/v1/Messaging/Countries/{0}"
_LIST: Operation[MessagingCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[MessagingCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class MessagingCountryInstanceContext(InstanceContext):
    """One MessagingCountryInstance: ``/v1/Messaging/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this MessagingCountryInstance: ``GET /v1/Messaging/Countries/{IsoCountry}``."""


class MessagingCountryInstanceList(KeyedList[MessagingCountryInstanceContext]):
    """MessagingCountryInstance collection: ``/v1/Messaging/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(ListArgs)
    """List MessagingCountryInstance resources: ``GET /v1/Messaging/Countries``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream MessagingCountryInstance resources: ``GET /v1/Messaging/Countries``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of MessagingCountryInstance resources: ``GET /v1/Messaging/Countries``; ``next_page()`` moves on."""
