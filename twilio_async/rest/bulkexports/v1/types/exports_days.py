# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""DayInstance models (``exports.days``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..exports_days import DayInstanceContext


class DayInstance(InstanceModel["DayInstanceContext"]):
    """A DayInstance as returned by the API."""

    redirect_to: str | None = None
    day: str
    size: WireInt | None = None
    create_date: str | None = None
    friendly_name: str | None = None
    resource_type: str | None = None

    _key_field = "day"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = DayInstanceContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..exports_days import DayInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
