# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Enums of taskrouter v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class TaskQueueTaskOrder(TwilioEnum):
    """Values of ``task_queue_task_order``; unknown values are kept, not rejected."""

    FIFO = "FIFO"
    LIFO = "LIFO"


class TaskReservationCallStatus(TwilioEnum):
    """Values of ``task_reservation_call_status``; unknown values are kept, not rejected."""

    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"


class TaskReservationConferenceEvent(TwilioEnum):
    """Values of ``task_reservation_conference_event``; unknown values are kept, not rejected."""

    START = "start"
    END = "end"
    JOIN = "join"
    LEAVE = "leave"
    MUTE = "mute"
    HOLD = "hold"
    SPEAKER = "speaker"


class TaskReservationStatus(TwilioEnum):
    """Values of ``task_reservation_status``; unknown values are kept, not rejected."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    TIMEOUT = "timeout"
    CANCELED = "canceled"
    RESCINDED = "rescinded"
    WRAPPING = "wrapping"
    COMPLETED = "completed"


class TaskReservationSupervisorMode(TwilioEnum):
    """Values of ``task_reservation_supervisor_mode``; unknown values are kept, not rejected."""

    MONITOR = "monitor"
    WHISPER = "whisper"
    BARGE = "barge"


class TaskStatus(TwilioEnum):
    """Values of ``task_status``; unknown values are kept, not rejected."""

    PENDING = "pending"
    RESERVED = "reserved"
    ASSIGNED = "assigned"
    CANCELED = "canceled"
    COMPLETED = "completed"
    WRAPPING = "wrapping"


class WorkerReservationCallStatus(TwilioEnum):
    """Values of ``worker_reservation_call_status``; unknown values are kept, not rejected."""

    INITIATED = "initiated"
    RINGING = "ringing"
    ANSWERED = "answered"
    COMPLETED = "completed"


class WorkerReservationConferenceEvent(TwilioEnum):
    """Values of ``worker_reservation_conference_event``; unknown values are kept, not rejected."""

    START = "start"
    END = "end"
    JOIN = "join"
    LEAVE = "leave"
    MUTE = "mute"
    HOLD = "hold"
    SPEAKER = "speaker"


class WorkerReservationStatus(TwilioEnum):
    """Values of ``worker_reservation_status``; unknown values are kept, not rejected."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    TIMEOUT = "timeout"
    CANCELED = "canceled"
    RESCINDED = "rescinded"
    WRAPPING = "wrapping"
    COMPLETED = "completed"


class WorkspaceQueueOrder(TwilioEnum):
    """Values of ``workspace_queue_order``; unknown values are kept, not rejected."""

    FIFO = "FIFO"
    LIFO = "LIFO"
