# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueueBulkRealTimeStatistics models (``workspaces.task_queues.bulk_real_time_statistics``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireInt
from twilio_async._models import TwilioModel


class TaskQueueBulkRealTimeStatistics(TwilioModel):
    """A TaskQueueBulkRealTimeStatistics as returned by the API."""

    account_sid: str | None = None
    workspace_sid: str | None = None
    task_queue_data: list[Any] | None = None
    task_queue_response_count: WireInt | None = None
    url: str | None = None
