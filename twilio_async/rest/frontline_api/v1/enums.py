# Generated from specs/frontline_v1.yaml by `make codegen`; do not edit.
"""Enums of frontline-api v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class UserStateType(TwilioEnum):
    """Values of ``user_state_type``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    DEACTIVATED = "deactivated"
