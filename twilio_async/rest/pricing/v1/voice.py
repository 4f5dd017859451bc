# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""Voice resources (``voice``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Child, InstanceContext, SingletonList

if TYPE_CHECKING:
    from .voice_countries import VoiceCountryInstanceList
    from .voice_numbers import VoiceNumberList


class VoiceContext(InstanceContext):
    """One Voice: ``/v1/Voice``."""

    __slots__ = ()
    countries: Child[VoiceCountryInstanceList] = Child(
        ".voice_countries", "VoiceCountryInstanceList"
    )
    numbers: Child[VoiceNumberList] = Child(".voice_numbers", "VoiceNumberList")


class VoiceList(SingletonList[VoiceContext]):
    """Voice collection."""

    __slots__ = ()
    countries: Child[VoiceCountryInstanceList] = Child(
        ".voice_countries", "VoiceCountryInstanceList"
    )
    numbers: Child[VoiceNumberList] = Child(".voice_numbers", "VoiceNumberList")
