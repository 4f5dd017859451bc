# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Sink models (``sinks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import SinkSinkType, SinkStatus

if TYPE_CHECKING:
    from ..sinks import SinkContext


class Sink(InstanceModel["SinkContext"]):
    """A Sink as returned by the API."""

    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    description: str | None = None
    sid: str
    sink_configuration: Any | None = None
    sink_type: SinkSinkType | None = None
    status: SinkStatus | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SinkContext.fetch
        update: ClassVar = SinkContext.update
        delete: ClassVar = SinkContext.delete
        sink_test: ClassVar = SinkContext.sink_test
        sink_validate: ClassVar = SinkContext.sink_validate

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..sinks import SinkContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        sink_test = FromContext()
        sink_validate = FromContext()
