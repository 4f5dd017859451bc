# Generated from specs/wireless_v1.yaml by `make codegen`; do not edit.
"""Enums of wireless v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AccountUsageRecordGranularity(TwilioEnum):
    """Values of ``account_usage_record_granularity``; unknown values are kept, not rejected."""

    HOURLY = "hourly"
    DAILY = "daily"
    ALL = "all"


class CommandCommandMode(TwilioEnum):
    """Values of ``command_command_mode``; unknown values are kept, not rejected."""

    TEXT = "text"
    BINARY = "binary"


class CommandDirection(TwilioEnum):
    """Values of ``command_direction``; unknown values are kept, not rejected."""

    FROM_SIM = "from_sim"
    TO_SIM = "to_sim"


class CommandStatus(TwilioEnum):
    """Values of ``command_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"
    FAILED = "failed"


class CommandTransport(TwilioEnum):
    """Values of ``command_transport``; unknown values are kept, not rejected."""

    SMS = "sms"
    IP = "ip"


class RatePlanDataLimitStrategy(TwilioEnum):
    """Values of ``rate_plan_data_limit_strategy``; unknown values are kept, not rejected."""

    BLOCK = "block"
    THROTTLE = "throttle"


class SimResetStatus(TwilioEnum):
    """Values of ``sim_reset_status``; unknown values are kept, not rejected."""

    RESETTING = "resetting"


class SimStatus(TwilioEnum):
    """Values of ``sim_status``; unknown values are kept, not rejected."""

    NEW = "new"
    READY = "ready"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"
    CANCELED = "canceled"
    SCHEDULED = "scheduled"
    UPDATING = "updating"


class UsageRecordGranularity(TwilioEnum):
    """Values of ``usage_record_granularity``; unknown values are kept, not rejected."""

    HOURLY = "hourly"
    DAILY = "daily"
    ALL = "all"
