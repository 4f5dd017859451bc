# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingPortability models (``porting_portabilities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import PortingPortabilityNumberType

if TYPE_CHECKING:
    from ..porting_portabilities import PortingPortabilityContext


class PortingPortability(InstanceModel["PortingPortabilityContext"]):
    """A PortingPortability as returned by the API."""

    phone_number: str
    account_sid: str | None = None
    portable: bool | None = None
    pin_and_account_number_required: bool | None = None
    not_portable_reason: str | None = None
    not_portable_reason_code: WireInt | None = None
    number_type: PortingPortabilityNumberType | None = None
    country: str | None = None
    url: str | None = None

    _key_field = "phone_number"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = PortingPortabilityContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..porting_portabilities import PortingPortabilityContext  # noqa: F401
    else:
        fetch = FromContext()
