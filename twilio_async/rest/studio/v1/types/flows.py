# Generated from specs/studio_v1.yaml by `make codegen`; do not edit.
"""Flow models (``flows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import FlowStatus

if TYPE_CHECKING:
    from ..flows import FlowContext


class Flow(InstanceModel["FlowContext"]):
    """A Flow as returned by the API."""

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    status: FlowStatus | None = None
    version: WireInt | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = FlowContext.fetch
        delete: ClassVar = FlowContext.delete
        engagements: ClassVar = FlowContext.engagements
        executions: ClassVar = FlowContext.executions

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows import FlowContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
        engagements = FromContext()
        executions = FromContext()
