# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""RatePlan models (``rate_plans``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..rate_plans import RatePlanContext


class RatePlan(InstanceModel["RatePlanContext"]):
    """A RatePlan as returned by the API."""

    sid: str | None = None
    unique_name: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    data_enabled: bool | None = None
    data_metering: str | None = None
    data_limit: int | None = None
    messaging_enabled: bool | None = None
    voice_enabled: bool | None = None
    national_roaming_enabled: bool | None = None
    international_roaming: list[str] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = RatePlanContext.fetch
        update: ClassVar = RatePlanContext.update
        delete: ClassVar = RatePlanContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..rate_plans import RatePlanContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
