# Generated from specs/lookups_v1.yaml by `make codegen`; do not edit.
"""PhoneNumber models (``phone_numbers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..phone_numbers import PhoneNumberContext


class PhoneNumber(InstanceModel["PhoneNumberContext"]):
    """A PhoneNumber as returned by the API."""

    caller_name: Any | None = None
    country_code: str | None = None
    phone_number: str
    national_format: str | None = None
    carrier: Any | None = None
    add_ons: Any | None = None
    url: str | None = None

    _key_field = "phone_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PhoneNumberContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..phone_numbers import PhoneNumberContext  # noqa: F401
    else:
        fetch = FromContext()
