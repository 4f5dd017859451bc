# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""Job models (``exports.jobs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..exports_jobs import JobContext


class Job(InstanceModel["JobContext"]):
    """A Job as returned by the API."""

    resource_type: str | None = None
    friendly_name: str | None = None
    details: list[Any] | None = None
    start_day: str | None = None
    end_day: str | None = None
    job_sid: str
    webhook_url: str | None = None
    webhook_method: str | None = None
    email: str | None = None
    url: str | None = None
    job_queue_position: str | None = None
    estimated_completion_time: str | None = None

    _key_field = "job_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = JobContext.fetch
        delete: ClassVar = JobContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..exports_jobs import JobContext  # noqa: F401
    else:
        fetch = FromContext()
        delete = FromContext()
