# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""Voice models (``voice``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..voice import VoiceContext


class Voice(InstanceModel["VoiceContext"]):
    """A Voice as returned by the API."""

    pass

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        countries: ClassVar = VoiceContext.countries
        numbers: ClassVar = VoiceContext.numbers
    else:
        countries = FromContext()
        numbers = FromContext()
