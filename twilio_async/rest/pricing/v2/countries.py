# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""TrunkingCountryInstance resources (``countries``)."""

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
    from .types.countries import TrunkingCountryInstance

_TYPES = Models(__package__, ".types.countries")
_MODEL = _TYPES("TrunkingCountryInstance")
_LIST_PATH = "/v2/Trunking/Countries"
_INSTANCE_PATH = "/v2/Trunking/Countries/{0}"
_LIST: Operation[TrunkingCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[TrunkingCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TrunkingCountryInstanceContext(InstanceContext):
    """One TrunkingCountryInstance: ``/v2/Trunking/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this TrunkingCountryInstance: ``GET /v2/Trunking/Countries/{IsoCountry}``."""


class TrunkingCountryInstanceList(KeyedList[TrunkingCountryInstanceContext]):
    """TrunkingCountryInstance collection: ``/v2/Trunking/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(ListArgs)
    """List TrunkingCountryInstance resources: ``GET /v2/Trunking/Countries``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream TrunkingCountryInstance resources: ``GET /v2/Trunking/Countries``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of TrunkingCountryInstance resources: ``GET /v2/Trunking/Countries``; ``next_page()`` moves on."""
