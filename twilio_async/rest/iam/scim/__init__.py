# Generated from specs/iam_scim.yaml by `make codegen`; do not edit.
"""iam scim: the version root."""

from __future__ import annotations

from twilio_async._domains import Version


class Scim(Version):
    """``iam`` scim (json-v1)."""

    domain = "iam"
    dialect_name = "json-v1"
