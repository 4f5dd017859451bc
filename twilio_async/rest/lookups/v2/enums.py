# Generated from specs/lookups_v2.yaml by `make codegen`; do not edit.
"""Enums of lookups v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ValidationError(TwilioEnum):
    """Values of ``ValidationError``; unknown values are kept, not rejected."""

    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"
    INVALID_BUT_POSSIBLE = "INVALID_BUT_POSSIBLE"
    INVALID_COUNTRY_CODE = "INVALID_COUNTRY_CODE"
    INVALID_LENGTH = "INVALID_LENGTH"
    NOT_A_NUMBER = "NOT_A_NUMBER"
