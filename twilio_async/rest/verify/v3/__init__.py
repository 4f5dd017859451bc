# Generated from specs/verify_v3.yaml by `make codegen`; do not edit.
"""verify v3: the version root."""

from __future__ import annotations

from twilio_async._domains import Version


class V3(Version):
    """``verify`` v3 (json-v1)."""

    domain = "verify"
    dialect_name = "json-v1"
