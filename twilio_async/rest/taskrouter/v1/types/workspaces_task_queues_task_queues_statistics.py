# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""TaskQueuesStatistics models (``workspaces.task_queues.task_queues_statistics``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class TaskQueuesStatistics(TwilioModel):
    """A TaskQueuesStatistics as returned by the API."""

    account_sid: str | None = None
    cumulative: Any | None = None
    realtime: Any | None = None
    task_queue_sid: str | None = None
    workspace_sid: str | None = None
