# Generated from specs/studio_v2.yaml by `make codegen`; do not edit.
"""Execution models (``flows.executions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ExecutionStatus

if TYPE_CHECKING:
    from ..flows_executions import ExecutionInstanceContext


class Execution(InstanceModel["ExecutionInstanceContext"]):
    """A Execution as returned by the API."""

    sid: str
    account_sid: str | None = None
    flow_sid: str | None = None
    contact_channel_address: str | None = None
    contact_sid: str | None = None
    flow_version: WireInt | None = None
    context: Any | None = None
    status: ExecutionStatus | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    initiated_by: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ExecutionInstanceContext.fetch
        update: ClassVar = ExecutionInstanceContext.update
        delete: ClassVar = ExecutionInstanceContext.delete
        execution_context: ClassVar = ExecutionInstanceContext.execution_context
        steps: ClassVar = ExecutionInstanceContext.steps

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..flows_executions import ExecutionInstanceContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        execution_context = FromContext()
        steps = FromContext()
