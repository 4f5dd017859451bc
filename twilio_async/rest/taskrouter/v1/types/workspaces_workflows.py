# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Workflow models (``workspaces.workflows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..workspaces_workflows import WorkflowContext


class Workflow(InstanceModel["WorkflowContext"]):
    """A Workflow as returned by the API."""

    account_sid: str | None = None
    assignment_callback_url: str | None = None
    configuration: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    document_content_type: str | None = None
    fallback_assignment_callback_url: str | None = None
    friendly_name: str | None = None
    sid: str
    task_reservation_timeout: WireInt | None = None
    workspace_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WorkflowContext.fetch
        update: ClassVar = WorkflowContext.update
        delete: ClassVar = WorkflowContext.delete
        cumulative_statistics: ClassVar = WorkflowContext.cumulative_statistics
        real_time_statistics: ClassVar = WorkflowContext.real_time_statistics
        statistics: ClassVar = WorkflowContext.statistics

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..workspaces_workflows import WorkflowContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        cumulative_statistics = FromContext()
        real_time_statistics = FromContext()
        statistics = FromContext()
