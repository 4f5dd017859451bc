# Generated from specs/bulkexports_v1.yaml by `make codegen`; do not edit.
"""ExportCustomJob models (``exports.export_custom_jobs``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class ExportCustomJob(TwilioModel):
    """A ExportCustomJob as returned by the API."""

    friendly_name: str | None = None
    resource_type: str | None = None
    start_day: str | None = None
    end_day: str | None = None
    webhook_url: str | None = None
    webhook_method: str | None = None
    email: str | None = None
    job_sid: str | None = None
    details: list[Any] | None = None
    job_queue_position: str | None = None
    estimated_completion_time: str | None = None
