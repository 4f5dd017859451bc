# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Enums of supersim v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class BillingPeriodBpType(TwilioEnum):
    """Values of ``billing_period_bp_type``; unknown values are kept, not rejected."""

    READY = "ready"
    ACTIVE = "active"


class EsimProfileStatus(TwilioEnum):
    """Values of ``esim_profile_status``; unknown values are kept, not rejected."""

    NEW = "new"
    RESERVING = "reserving"
    AVAILABLE = "available"
    DOWNLOADED = "downloaded"
    INSTALLED = "installed"
    FAILED = "failed"


class FleetDataMetering(TwilioEnum):
    """Values of ``fleet_data_metering``; unknown values are kept, not rejected."""

    PAYG = "payg"


class IpCommandDirection(TwilioEnum):
    """Values of ``ip_command_direction``; unknown values are kept, not rejected."""

    TO_SIM = "to_sim"
    FROM_SIM = "from_sim"


class IpCommandPayloadType(TwilioEnum):
    """Values of ``ip_command_payload_type``; unknown values are kept, not rejected."""

    TEXT = "text"
    BINARY = "binary"


class IpCommandStatus(TwilioEnum):
    """Values of ``ip_command_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENT = "sent"
    RECEIVED = "received"
    FAILED = "failed"


class SettingsUpdateStatus(TwilioEnum):
    """Values of ``settings_update_status``; unknown values are kept, not rejected."""

    SCHEDULED = "scheduled"
    IN_PROGRESS = "in-progress"
    SUCCESSFUL = "successful"
    FAILED = "failed"


class SimIpAddressIpAddressVersion(TwilioEnum):
    """Values of ``sim_ip_address_ip_address_version``; unknown values are kept, not rejected."""

    IPV4 = "IPv4"
    IPV6 = "IPv6"


class SimStatus(TwilioEnum):
    """Values of ``sim_status``; unknown values are kept, not rejected."""

    NEW = "new"
    READY = "ready"
    ACTIVE = "active"
    INACTIVE = "inactive"
    SCHEDULED = "scheduled"


class SimStatusUpdate(TwilioEnum):
    """Values of ``sim_status_update``; unknown values are kept, not rejected."""

    READY = "ready"
    ACTIVE = "active"
    INACTIVE = "inactive"


class SmsCommandDirection(TwilioEnum):
    """Values of ``sms_command_direction``; unknown values are kept, not rejected."""

    TO_SIM = "to_sim"
    FROM_SIM = "from_sim"


class SmsCommandStatus(TwilioEnum):
    """Values of ``sms_command_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"
    FAILED = "failed"


class UsageRecordGranularity(TwilioEnum):
    """Values of ``usage_record_granularity``; unknown values are kept, not rejected."""

    HOUR = "hour"
    DAY = "day"
    ALL = "all"


class UsageRecordGroup(TwilioEnum):
    """Values of ``usage_record_group``; unknown values are kept, not rejected."""

    SIM = "sim"
    FLEET = "fleet"
    NETWORK = "network"
    ISOCOUNTRY = "isoCountry"
