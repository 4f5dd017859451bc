# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""Eligibility models (``eligibilities``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel


class Eligibility(TwilioModel):
    """A Eligibility as returned by the API."""

    results: list[Any] | None = None
