# Generated from specs/routes_v2.yaml by `make codegen`; do not edit.
"""PhoneNumber models (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..phone_numbers import PhoneNumberContext


class PhoneNumber(InstanceModel["PhoneNumberContext"]):
    """A PhoneNumber as returned by the API."""

    phone_number: str
    url: str | None = None
    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    voice_region: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "phone_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PhoneNumberContext.fetch
        update: ClassVar = PhoneNumberContext.update

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..phone_numbers import PhoneNumberContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
