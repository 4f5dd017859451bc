# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""Enums of numbers v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class PortingPortabilityNumberType(TwilioEnum):
    """Values of ``porting_portability_number_type``; unknown values are kept, not rejected."""

    LOCAL = "LOCAL"
    UNKNOWN = "UNKNOWN"
    MOBILE = "MOBILE"
    TOLL_FREE = "TOLL-FREE"
