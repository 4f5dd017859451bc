# Generated from specs/iam_v1.yaml by `make codegen`; do not edit.
"""Enums of iam v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class NewKeyKeytype(TwilioEnum):
    """Values of ``new_key_keytype``; unknown values are kept, not rejected."""

    RESTRICTED = "restricted"
