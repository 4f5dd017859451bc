# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""VoiceCountryInstance resources (``voice.countries``)."""

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
    from .types.voice_countries import VoiceCountryInstance

_TYPES = Models(__package__, ".types.voice_countries")
_MODEL = _TYPES("VoiceCountryInstance")
_LIST_PATH = "/v1/Voice/Countries"
_INSTANCE_PATH = "/v1/Voice/Countries/{0}"
_LIST: Operation[VoiceCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[VoiceCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class VoiceCountryInstanceContext(InstanceContext):
    """One VoiceCountryInstance: ``/v1/Voice/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this VoiceCountryInstance: ``GET /v1/Voice/Countries/{IsoCountry}``."""


class VoiceCountryInstanceList(KeyedList[VoiceCountryInstanceContext]):
    """VoiceCountryInstance collection: ``/v1/Voice/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(ListArgs)
    """List VoiceCountryInstance resources: ``GET /v1/Voice/Countries``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream VoiceCountryInstance resources: ``GET /v1/Voice/Countries``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of VoiceCountryInstance resources: ``GET /v1/Voice/Countries``; ``next_page()`` moves on."""
