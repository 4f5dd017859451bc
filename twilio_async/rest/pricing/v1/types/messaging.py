# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""Messaging models (``messaging``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..messaging import MessagingContext


class Messaging(InstanceModel["MessagingContext"]):
    """A Messaging as returned by the API."""

    pass

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        countries: ClassVar = MessagingContext.countries
    else:
        countries = FromContext()
